import { homedir } from 'node:os';

/**
 * How an error is written to the log: its class, its code (SQLite's or the file system's),
 * its message, its stack frames and its causes. Nothing else of the error object is read:
 * TypeORM's QueryFailedError carries the statement and its parameters (names, phone numbers,
 * a password hash), zod errors carry the input, and neither may reach a file that support
 * staff copy around. Messages are scrubbed of what looks like contact data as a second line
 * of defence, and the user's home folder (which holds the Windows user name) is shortened.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Phone numbers, NIP/NIK and similar: 6+ digits, possibly grouped by spaces, dots or dashes.
const NUMBER_RUN = /\+?\d(?:[\s().-]?\d){5,}/g;
const HOME = homedir();

export function scrubText(text: string): string {
  let out = text.replace(EMAIL, '[email]').replace(NUMBER_RUN, '[number]');
  if (HOME.length > 3) out = out.split(HOME).join('~');
  return out;
}

function codeOf(error: object): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

function framesOf(error: Error): string[] {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => `    ${line.trim().split(HOME).join('~')}`);
}

export function errorText(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) {
    // A thrown non-Error may be anything, the request's input included: only its kind is logged.
    return typeof error === 'string' ? scrubText(error) : `(thrown ${error === null ? 'null' : typeof error})`;
  }
  const code = codeOf(error);
  const head = `${error.name}${code ? ` ${code}` : ''}: ${scrubText(error.message)}`;
  const lines = [head, ...framesOf(error)];
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < 3) lines.push(`  caused by ${errorText(cause, depth + 1)}`);
  return lines.join('\n');
}
