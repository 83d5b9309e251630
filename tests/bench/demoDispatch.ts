import type { RequestContext } from '../../electron/core';
import { localOperatorContext } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import type { DemoData } from '../../electron/core/demo/generate';
import { loadDemoData } from '../../electron/core/demo/load';
import { createDispatch, type Dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { dataPaths } from '../../electron/core/service';

/** A database at `dbPath` filled with the given demo data through the real dispatch (as the first-run choice does). */
export async function openDemoDispatch(dbPath: string, dir: string, data: DemoData): Promise<{ dispatch: Dispatch; ctx: RequestContext; close(): Promise<void>; raw: Awaited<ReturnType<typeof openDatabase>>['raw'] }> {
  const db = await openDatabase({ dbPath, backupDir: dir, appVersion: 'bench' });
  const ctx = localOperatorContext('cli');
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers: { ...handlers, 'system.loadDemo': (_i, c) => loadDemoData(data, c) },
    appVersion: 'bench',
    schemaVersion: db.schemaVersion,
    paths: dataPaths(dir, dir),
  });
  const loaded = await dispatch('system.loadDemo', undefined, ctx);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return { dispatch, ctx, raw: db.raw, close: () => db.dataSource.destroy() };
}
