/**
 * Head office scripting: the same verify and import as the app, from a command line.
 *
 *   npm run archive -- verify FILE.simpul --db PATH [--json] [--lang en]
 *   npm run archive -- import FILE.simpul --db PATH [--accept-unknown-key] [--json]
 *   npm run archive -- trust-key KEY.simpulkey --db PATH
 *   plain node, after `npm run build:archive-cli`:  node out/cli/simpul-archive.mjs verify ...
 *
 * Requests go through the core's dispatch as the local operator (transport "cli"), so the
 * checks, the audit entries and the import report are those of the app.
 * Exit codes: 0 done, 1 refused (the message says why; nothing changed), 2 usage or a failure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localOperatorContext, openCore } from '../core';
import type { ArchiveImportDto, ArchiveVerifyDto, TrustedKeyDto } from '../../shared/dto';
import type { Lang } from '../../shared/messages';
import { formatVerify, formatImport } from './archiveReport';

const USAGE = 'Pemakaian: simpul-archive verify|import|trust-key BERKAS --db PATH [--accept-unknown-key] [--json] [--lang id|en]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'id' },
      'accept-unknown-key': { type: 'boolean', default: false },
      'app-version': { type: 'string', default: process.env.npm_package_version ?? '0.0.0-cli' },
    },
  });
  const [command, file] = positionals;
  if (!command || !file || !values.db || !['verify', 'import', 'trust-key'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const lang: Lang = values.lang === 'en' ? 'en' : 'id';
  const dbPath = resolve(values.db);
  const core = await openCore({ dbPath, backupDir: join(dirname(dbPath), 'backups'), appVersion: values['app-version']! });
  const ctx = localOperatorContext('cli', lang);
  const print = (value: unknown, text: string) => console.log(values.json ? JSON.stringify(value, null, 2) : text);
  try {
    if (command === 'trust-key') {
      const r = await core.dispatch('archive.trustKey', { text: readFileSync(resolve(file), 'utf8'), note: 'command line' }, ctx);
      if (!r.ok) return fail(r.error.message);
      const key = r.value as TrustedKeyDto;
      print(key, `Kunci ${key.officeCode} (${key.fingerprint}) dipercaya.`);
      return 0;
    }
    const token = await core.stageFile('archive', resolve(file));
    if (command === 'verify') {
      const r = await core.dispatch('archive.verify', { token }, ctx);
      if (!r.ok) return fail(r.error.message);
      const v = r.value as ArchiveVerifyDto;
      print(v, formatVerify(v, lang));
      return v.ok ? 0 : 1;
    }
    const r = await core.dispatch('archive.import', { token, acceptUnknownKey: values['accept-unknown-key'] }, ctx);
    if (!r.ok) return fail(r.error.message, r.error.code === 'INTERNAL' ? 2 : 1);
    print(r.value, formatImport(r.value as ArchiveImportDto, lang));
    return 0;
  } finally {
    await core.close();
  }
}

function fail(message: string, code = 1): number {
  console.error(message);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
