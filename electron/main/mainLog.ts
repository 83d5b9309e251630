import { join } from 'node:path';
import { app } from 'electron';
import { createFileLogger, type Logger } from '../core';

let logger: Logger | null = null;

/**
 * The desktop app's log: `<userData>/logs/simpul.log`, rotated (core/log/fileLogger.ts), never
 * holding personal data. Created on first use, after app.setName has fixed the userData path;
 * during development each line is also printed.
 */
export function mainLog(): Logger {
  logger ??= createFileLogger({
    dir: join(app.getPath('userData'), 'logs'),
    echo: app.isPackaged ? undefined : (line) => console.error(line),
  });
  return logger;
}

/** A catch handler that logs under a scope: `.catch(logFailure('window.load'))`. */
export const logFailure =
  (scope: string) =>
  (error: unknown): void =>
    mainLog().error(scope, error);
