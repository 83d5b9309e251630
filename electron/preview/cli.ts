/**
 * npm run preview:browser [-- --db PATH] [--port N] [--empty]
 * Runs the core on a database file and serves the built renderer on 127.0.0.1.
 * Without --db it uses its own demo database (.preview-data/), filled with demo data on
 * first use unless --empty is given, with an administrator "admin" whose new password is
 * printed at every start.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localOperatorContext } from '../core';
import { prepareDemoAdmin } from './demoAdmin';
import { startPreviewServer } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: 'out/renderer' },
    empty: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Port tidak valid: ${values.port}`);
  process.exit(2);
}
const rendererDir = resolve(values.renderer!);
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`Renderer belum dibangun (${rendererDir}/index.html tidak ada). Jalankan: npm run build`);
  process.exit(2);
}
const usingDefault = values.db === undefined;
const dbPath = resolve(values.db ?? '.preview-data/simpul-preview.sqlite');
const isNew = !existsSync(dbPath);

const preview = await startPreviewServer({ dbPath, rendererDir, port, appVersion: process.env.npm_package_version ?? '0.0.0' });
// The demo database's administrator gets a fresh password at every start (printed below).
const demoLogin = usingDefault && !values.empty ? await prepareDemoAdmin(preview.core) : null;
if (usingDefault && isNew && !values.empty) {
  const loaded = await preview.core.dispatch('system.loadDemo', undefined, localOperatorContext('cli'));
  if (!loaded.ok) console.error('Gagal memuat data contoh:', loaded.error.message);
}
console.log(`Simpul preview: ${preview.url}`);
console.log(`Database: ${dbPath}`);
if (demoLogin) console.log(`Masuk sebagai "${demoLogin.username}" dengan kata sandi: ${demoLogin.password}`);
console.log('Tekan Ctrl-C untuk berhenti.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await preview.close();
  console.log('Pratinjau dihentikan.');
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
