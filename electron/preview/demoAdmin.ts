import { randomBytes } from 'node:crypto';
import { localOperatorContext, type SimpulCore } from '../core';
import type { UserDto } from '../../shared/dto';
import type { Result } from '../../shared/result';

export const DEMO_ADMIN_USERNAME = 'admin';

/**
 * The browser preview's own demo database has an administrator "admin" whose password is
 * new at every start and printed on the console: no password is written into the code, the
 * README or a file.
 */
export async function prepareDemoAdmin(core: SimpulCore): Promise<{ username: string; password: string }> {
  const ctx = localOperatorContext('cli');
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input, ctx)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const status = await must<{ setupRequired: boolean }>('auth.status', undefined);
  if (status.setupRequired) {
    await must('auth.setupAdmin', { username: DEMO_ADMIN_USERNAME, fullName: 'Admin Demo', password });
    return { username: DEMO_ADMIN_USERNAME, password };
  }
  const users = await must<UserDto[]>('users.list', {});
  let admin = users.find((u) => u.username === DEMO_ADMIN_USERNAME);
  admin ??= await must<UserDto>('users.create', { username: DEMO_ADMIN_USERNAME, fullName: 'Admin Demo', role: 'admin', password });
  if (!admin.active) await must('users.setActive', { id: admin.id, active: true });
  await must('users.resetPassword', { id: admin.id, newPassword: password, mustChange: false });
  return { username: DEMO_ADMIN_USERNAME, password };
}
