import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localOperatorContext, type RequestContext } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/db/open';
import { generateDemoData } from '../../../electron/core/demo/generate';
import { loadDemoData } from '../../../electron/core/demo/load';
import { createDispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import type { DeliverableFile } from '../../../electron/core/host';
import { dataPaths, type DataPaths } from '../../../electron/core/service';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { tempDir } from '../../helpers/tempCore';

/** Saturday 22 November 2025, mid-morning in Pangkalpinang. */
export const NOW = new Date('2025-11-22T03:00:00Z');
export const TODAY = '2025-11-22';

export interface DemoCore {
  dir: string;
  paths: DataPaths;
  ctx: RequestContext;
  call<C extends Channel>(channel: C, input?: InputOf<C>, ctx?: RequestContext): Promise<Result<OutputOf<C>>>;
  must<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
  /** Delivers a generated document to a recording host and returns the file it was given. */
  fileOf(id: string): Promise<DeliverableFile>;
  close(): Promise<void>;
}

/**
 * A temporary database with the demo office and `agencyCount` agencies (with focal points),
 * loaded through the real dispatch with a demo handler of that size (as tests/bench does).
 */
export async function openDemoCore(agencyCount?: number): Promise<DemoCore> {
  const dir = tempDir('simpul-docs-');
  const db = await openDatabase({ dbPath: join(dir, 'simpul.sqlite'), backupDir: join(dir, 'backups'), appVersion: 'test' });
  const paths = dataPaths(dir, join(dir, 'backups'));
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers: { ...handlers, 'system.loadDemo': (_i, c) => loadDemoData(generateDemoData({ agencyCount, today: TODAY }), c) },
    appVersion: 'test',
    schemaVersion: db.schemaVersion,
    paths,
    now: () => NOW,
    logError: () => {},
  });
  const ctx = localOperatorContext('test');
  const core: DemoCore = {
    dir,
    paths,
    ctx,
    call: (channel, input, c = ctx) => dispatch(channel, input, c) as never,
    async must(channel, input) {
      const r = await core.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    async fileOf(id) {
      let given: DeliverableFile | undefined;
      const host = { deliverFile: async (file: DeliverableFile) => ((given = file), { outcome: 'opened' as const, fileName: file.fileName }) };
      const r = await core.call('documents.deliver', { id, mode: 'open' }, { ...ctx, host });
      if (!r.ok || !given) throw new Error(`documents.deliver failed: ${JSON.stringify(r.ok ? r.value : r.error)}`);
      return given;
    },
    async close() {
      await db.dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await core.must('system.loadDemo', {});
  return core;
}
