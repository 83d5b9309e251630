import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StagedFileDto } from '../../../shared/dto';
import { writeFileAtomic } from '../documents/atomicWrite';
import { refuse } from './refusal';

export interface StagedFile extends StagedFileDto {
  path: string;
  /** Uploaded bytes the core wrote itself (deleted when dropped); a chosen file is only read. */
  owned: boolean;
  at: number;
}

const KEEP = 8;
const LIFETIME_MS = 6 * 60 * 60 * 1000;

/**
 * Files the user chose, held under an unguessable token: the page names a token, never a
 * path. A file chosen in the desktop's dialog is read where it is; bytes the browser
 * preview sent are kept in <data>/staging until dropped (the folder is emptied at start-up).
 */
export class StagedFiles {
  private readonly files = new Map<string, StagedFile>();

  constructor(private readonly dir: string) {}

  /** Removes what an earlier run left in the staging folder. */
  async clearFolder(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.map((name) => rm(join(this.dir, name), { force: true, recursive: true })));
  }

  add(purpose: StagedFile['purpose'], path: string, fileName: string, sizeBytes: number, owned = false): StagedFile {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    const staged: StagedFile = { token, purpose, path, fileName, sizeBytes, owned, at: Date.now() };
    this.files.set(token, staged);
    return staged;
  }

  async addUpload(purpose: StagedFile['purpose'], fileName: string, bytes: Uint8Array): Promise<StagedFile> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `${randomBytes(12).toString('hex')}.${purpose}`);
    await writeFileAtomic(path, bytes);
    return this.add(purpose, path, fileName, bytes.length, true);
  }

  get(token: string, purpose: StagedFile['purpose']): StagedFile {
    const staged = this.files.get(token);
    if (!staged || staged.purpose !== purpose || Date.now() - staged.at > LIFETIME_MS) throw refuse('archiveStagedMissing');
    return staged;
  }

  private prune(): void {
    const now = Date.now();
    const list = [...this.files.values()].sort((a, b) => b.at - a.at);
    list.forEach((f, i) => {
      if (i >= KEEP - 1 || now - f.at > LIFETIME_MS) this.drop(f.token);
    });
  }

  drop(token: string): void {
    const staged = this.files.get(token);
    if (!staged) return;
    this.files.delete(token);
    if (staged.owned) void rm(staged.path, { force: true });
  }
}

export const toStagedDto = (f: StagedFile): StagedFileDto => ({ token: f.token, fileName: f.fileName, sizeBytes: f.sizeBytes, purpose: f.purpose });
