import type { z } from 'zod';
import { ARCHIVE_EXTENSION, UPLOAD_MAX_BYTES } from '../../../shared/archive';
import type { stageInput } from '../../../shared/contract/archive';
import type { ArchiveStatusDto, StagedFileDto } from '../../../shared/dto';
import { getBackupStatus } from '../backups/service';
import { DomainError } from '../errors';
import { requireRuntime } from '../runtime';
import type { HandlersOf, ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { deliverExport, exportProgress, latestExport, listExports, startExport } from './exportService';
import { latestImport, importStaged, listImports, previewStaged, verifyStaged } from './importService';
import { deliverOwnKey, listKeys, readKey, setKeyActive, trustKey } from './keysService';
import { readOfficeKey } from './officeKey';
import { toStagedDto } from './staging';

async function archiveStatus(ctx: ServiceContext): Promise<ArchiveStatusDto> {
  const office = await findLocalOffice(ctx);
  const key = await readOfficeKey(ctx.paths.dataDir).catch(() => null);
  return {
    officeCode: office?.officeCode ?? null,
    officeName: office?.officeName ?? null,
    ownKeyFingerprint: key?.fingerprint ?? null,
    lastExport: await latestExport(ctx),
    lastImport: await latestImport(ctx),
    runningExportId: ctx.runtime?.jobs.runningId() ?? null,
    backup: await getBackupStatus(ctx),
    canChooseFiles: Boolean(ctx.request.host?.chooseFile && ctx.request.host.chooseFolder),
    uploadMaxBytes: UPLOAD_MAX_BYTES,
    mayIncludeConfidential: ctx.request.permissions.has('confidential.read'),
  };
}

const FILTERS = {
  archive: [{ name: 'Arsip Simpul', extensions: [ARCHIVE_EXTENSION] }],
  backup: [{ name: 'Cadangan Simpul', extensions: ['sqlite'] }],
};

/**
 * Holds a chosen file under a token. The desktop's dialog waits on the user while this
 * request holds the queue; the dialog is modal, so nothing else is asked meanwhile.
 */
async function stage(input: z.output<typeof stageInput>, ctx: ServiceContext): Promise<StagedFileDto | null> {
  const runtime = requireRuntime(ctx);
  if (input.source === 'upload') {
    const bytes = Buffer.from(input.base64, 'base64');
    if (bytes.length > UPLOAD_MAX_BYTES) throw new DomainError('VALIDATION', 'uploadTooLarge');
    return toStagedDto(await runtime.staging.addUpload(input.purpose, input.fileName, bytes));
  }
  const host = ctx.request.host;
  if (!host?.chooseFile) throw new DomainError('PRECONDITION', 'fileDialogUnavailable');
  const title = input.purpose === 'archive' ? 'Pilih arsip Simpul' : 'Pilih berkas cadangan Simpul';
  const chosen = await host.chooseFile({ title, filters: FILTERS[input.purpose] });
  return chosen ? toStagedDto(runtime.staging.add(input.purpose, chosen.path, chosen.fileName, chosen.sizeBytes)) : null;
}

export const archiveHandlers: HandlersOf<'archive'> = {
  'archive.status': (_input, ctx) => archiveStatus(ctx),
  'archive.exportStart': (input, ctx) => startExport(input, ctx),
  'archive.exportProgress': (input, ctx) => exportProgress(input.id, ctx),
  'archive.exports': (_input, ctx) => listExports(ctx),
  'archive.deliver': (input, ctx) => deliverExport(input.id, ctx),
  'archive.deliverOwnKey': (_input, ctx) => deliverOwnKey(ctx),
  'archive.keys': (_input, ctx) => listKeys(ctx),
  'archive.readKey': (input, ctx) => readKey(input.text, ctx),
  'archive.trustKey': (input, ctx) => trustKey(input, ctx),
  'archive.setKeyActive': (input, ctx) => setKeyActive(input, ctx),
  'archive.stage': (input, ctx) => stage(input, ctx),
  'archive.verify': (input, ctx) => verifyStaged(input.token, ctx),
  'archive.preview': (input, ctx) => previewStaged(input.token, ctx),
  'archive.import': (input, ctx) => importStaged(input, ctx),
  'archive.imports': (_input, ctx) => listImports(ctx),
};
