import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's resources/ folder, for development, tests, the browser preview and the
 * command line. Found relative to this source file first (works whatever the working folder),
 * then relative to the working folder (a bundled build, where the source layout is gone).
 * The packaged desktop app never relies on this: it passes process.resourcesPath.
 */
export function defaultResourcesDir(): string {
  const candidates = [fileURLToPath(new URL('../../resources', import.meta.url)), resolve(process.cwd(), 'resources')];
  return candidates.find((dir) => existsSync(join(dir, 'fonts'))) ?? candidates[candidates.length - 1];
}
