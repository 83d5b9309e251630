import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorText, scrubText } from './errorText';

export interface Logger {
  error(scope: string, error: unknown): void;
  warn(scope: string, message: string): void;
  info(scope: string, message: string): void;
  /** The shape dispatch and openCore take: the scope is the channel name. */
  readonly logError: (error: unknown, channel: string) => void;
  readonly file: string;
}

export interface FileLoggerOptions {
  /** `<data folder>/logs` */
  dir: string;
  /** Rotate when the current file would grow past this (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one: simpul.1.log (newest) .. simpul.N.log (default 5). */
  keep?: number;
  now?: () => Date;
  /** Also print each line (development, the preview's terminal). */
  echo?: (line: string) => void;
}

const BASE = 'simpul';

/**
 * A small size-rotated log file in the data folder, for support: what failed, where and
 * when, never whose data (see errorText.ts). Lines are appended synchronously so the last
 * words before a crash are on disk; writing a log line never throws, whatever the disk says.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 5);
  const now = options.now ?? (() => new Date());
  const file = join(options.dir, `${BASE}.log`);
  const rotated = (n: number) => join(options.dir, `${BASE}.${n}.log`);
  let size: number | null = null;
  let broken = false;

  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    if (existsSync(file)) renameSync(file, rotated(1));
    size = 0;
  };

  const write = (level: 'ERROR' | 'WARN' | 'INFO', scope: string, text: string) => {
    const line = `${now().toISOString()} ${level} [${scope}] ${text}\n`;
    options.echo?.(line.trimEnd());
    try {
      if (size === null) {
        mkdirSync(options.dir, { recursive: true });
        size = existsSync(file) ? statSync(file).size : 0;
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
      broken = false;
    } catch (error) {
      // A full or read-only disk must not turn a logged problem into a crash; say so once.
      if (!broken) console.error(`[log] cannot write ${file}: ${(error as Error).message}`);
      broken = true;
      size = null;
    }
  };

  return {
    file,
    error: (scope, error) => write('ERROR', scope, errorText(error)),
    warn: (scope, message) => write('WARN', scope, scrubText(message)),
    info: (scope, message) => write('INFO', scope, scrubText(message)),
    logError: (error, channel) => write('ERROR', channel, errorText(error)),
  };
}
