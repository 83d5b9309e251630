import { describe, expect, it } from 'vitest';
import { classifyUpdateError } from '../../../electron/main/updates/updateErrors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const http = (statusCode: number) => Object.assign(new Error(`HTTP error: ${statusCode}`), { statusCode, code: `HTTP_ERROR_${statusCode}` });

describe('what the status line says about a failed check or download', () => {
  it.each([
    // Electron's net module (the desktop app) and Node's http (tests) word the same failures differently.
    [new Error('net::ERR_INTERNET_DISCONNECTED'), 'check', 'unreachable'],
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'check', 'unreachable'],
    [new Error('net::ERR_PROXY_CONNECTION_FAILED'), 'check', 'unreachable'],
    [withCode('connect ECONNREFUSED 10.0.0.5:80', 'ECONNREFUSED'), 'check', 'unreachable'],
    [withCode('getaddrinfo ENOTFOUND server-pusat', 'ENOTFOUND'), 'check', 'unreachable'],
    [http(503), 'check', 'unreachable'],
    [http(404), 'check', 'feedInvalid'],
    [withCode('Cannot find channel "latest.yml" update info', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'), 'check', 'feedInvalid'],
    [withCode('Cannot parse update info', 'ERR_UPDATER_INVALID_UPDATE_INFO'), 'check', 'feedInvalid'],
    [new Error('net::ERR_CONNECTION_RESET'), 'download', 'interrupted'],
    [new Error('net::ERR_NETWORK_CHANGED'), 'download', 'interrupted'],
    [withCode('aborted', 'ECONNRESET'), 'download', 'interrupted'],
    [new Error('Cannot download "http://server/simpul/Simpul-Setup-0.2.0.exe", status 404: Not Found'), 'download', 'feedInvalid'],
    [withCode('sha512 checksum mismatch, expected x, got y', 'ERR_CHECKSUM_MISMATCH'), 'download', 'corrupt'],
    [withCode('New version 0.2.0 is not signed by the application owner', 'ERR_UPDATER_INVALID_SIGNATURE'), 'download', 'untrusted'],
    [new Error('EPERM: operation not permitted, rename'), 'download', 'failed'],
    ['a string thrown by mistake', 'check', 'failed'],
  ] as const)('%s during %s -> %s', (error, phase, problem) => {
    expect(classifyUpdateError(error, phase)).toBe(problem);
  });
});
