import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ArchiveExportDto, ArchiveImportDto, ArchivePreviewDto, ArchiveVerifyDto } from '../../shared/dto';
import type { ExportStartInput } from '../../shared/contract/archive';
import { SYNC_TABLES } from '../../electron/core/db/tableRegistry';
import { generateDemoData, type DemoOptions } from '../../electron/core/demo/generate';
import { loadDemoData } from '../../electron/core/demo/load';
import { localOperatorContext, type OpenCoreOptions, type RequestContext } from '../../electron/core';
import { permissionsFor } from '../../shared/permissions';
import type { TempCore } from './tempCore';

/** An administrator granted the right to see confidential reporter identities. */
export const confidentialAdmin = (): RequestContext => ({ ...localOperatorContext('test'), permissions: permissionsFor('admin', { canSeeConfidential: true }) });

/** Starts an export through dispatch and waits for its background job; returns the row and the file. */
export async function exportNow(t: TempCore, input: ExportStartInput, ctx: RequestContext = t.ctx): Promise<{ row: ArchiveExportDto; path: string }> {
  const r = await t.call('archive.exportStart', input, ctx);
  if (!r.ok) throw new Error(`archive.exportStart failed: ${JSON.stringify(r.error)}`);
  const started = r.value;
  for (let i = 0; i < 2000; i++) {
    const p = await t.must('archive.exportProgress', { id: started.id });
    if (p.status !== 'running') {
      if (p.status !== 'completed') throw new Error(`export ${p.status}: ${p.export.error}`);
      return { row: p.export, path: join(t.core.paths.dataDir, 'exports', p.export.fileName!) };
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('export did not finish');
}

export async function verifyFile(t: TempCore, path: string): Promise<ArchiveVerifyDto> {
  return t.must('archive.verify', { token: await t.core.stageFile('archive', path) });
}

export async function previewFile(t: TempCore, path: string): Promise<ArchivePreviewDto> {
  return t.must('archive.preview', { token: await t.core.stageFile('archive', path) });
}

export async function importFile(t: TempCore, path: string, acceptUnknownKey = true): Promise<ArchiveImportDto> {
  return t.must('archive.import', { token: await t.core.stageFile('archive', path), acceptUnknownKey });
}

export interface DemoOffice extends DemoOptions {
  officeCode?: string;
  officeName?: string;
}

/** Core options whose system.loadDemo fills a demo office of the given code, seed and size. */
export function demoOffice(options: DemoOffice = {}): Partial<OpenCoreOptions> {
  return {
    handlerOverrides: {
      'system.loadDemo': (_input, ctx) => {
        const data = generateDemoData(options);
        if (options.officeCode) data.office = { ...data.office, officeCode: options.officeCode, officeName: options.officeName ?? `Kantor ${options.officeCode}` };
        return loadDemoData(data, ctx);
      },
    },
  };
}

/** Rows of every synchronised table belonging to one office, for comparing databases. */
export function officeRows(dbPath: string, officeCode: string, opts: { ignore?: Record<string, string[]> } = {}): Record<string, unknown[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of SYNC_TABLES) {
      const table = t.name;
      const source = table === 'audit_log' ? null : table;
      if (!source) continue;
      const ignore = new Set(opts.ignore?.[table] ?? []);
      const rows = db.prepare(`SELECT * FROM ${source} WHERE office_code = ? ORDER BY id`).all(officeCode) as Array<Record<string, unknown>>;
      out[table] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !ignore.has(k))));
    }
    return out;
  } finally {
    db.close();
  }
}

/** The audit entries of one office, from its own trail or from office_audit_log at head office. */
export function auditRows(dbPath: string, table: 'audit_log' | 'office_audit_log', officeCode: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table} WHERE office_code = ? ORDER BY id`).all(officeCode);
  } finally {
    db.close();
  }
}
