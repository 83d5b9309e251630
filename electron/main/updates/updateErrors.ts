import type { UpdateProblem } from '../../../shared/dto';

/** Where the updater was when it failed: asking the feed, or fetching the installer. */
export type UpdatePhase = 'check' | 'download';

// Node's and Chromium's (Electron net: "net::ERR_...") ways of saying the network failed.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const NETWORK_MESSAGE = /net::ERR_|socket hang up|aborted|premature close|timeout|timed out/i;

// electron-updater's codes for a feed that answered with something unusable.
const FEED_CODES = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
]);

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const statusOf = (error: unknown): number | null =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : null;

/**
 * What to tell the clerk about a failed check or download. None of these is shown as a
 * dialog: the status line says it quietly and the next attempt comes on its own.
 */
export function classifyUpdateError(error: unknown, phase: UpdatePhase): UpdateProblem {
  const code = codeOf(error);
  if (code === 'ERR_CHECKSUM_MISMATCH') return 'corrupt';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return 'untrusted';
  if (FEED_CODES.has(code)) return 'feedInvalid';
  const status = statusOf(error);
  if (status !== null) return status >= 500 ? 'unreachable' : 'feedInvalid';
  if (NETWORK_CODES.has(code) || NETWORK_MESSAGE.test(messageOf(error))) return phase === 'check' ? 'unreachable' : 'interrupted';
  // A download answered with an HTTP error ("Cannot download ..., status 404") is a feed problem.
  if (phase === 'download' && /status \d{3}/.test(messageOf(error))) return 'feedInvalid';
  return 'failed';
}
