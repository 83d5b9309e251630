import { createSessionHolder, sessionContext, type RequestContext, type SessionHolder, type SimpulCore } from '../../electron/core';
import type { SessionDto, UserDto } from '../../shared/dto';
import type { Role } from '../../shared/permissions';
import type { Result } from '../../shared/result';
import type { TempCore } from './tempCore';

/** A window's view of the core: its own session holder, signed in through dispatch. */
export interface Window {
  holder: SessionHolder;
  ctx: RequestContext;
  call<T = unknown>(channel: string, input?: unknown): Promise<Result<T>>;
}

export function openWindow(core: SimpulCore, transport: 'ipc' | 'preview' = 'ipc'): Window {
  const holder = createSessionHolder();
  const ctx = sessionContext(transport, holder);
  return { holder, ctx, call: (channel, input) => core.dispatch(channel, input, ctx) as never };
}

export const PASSWORDS: Record<Role, string> = {
  admin: 'kunci-admin-2025',
  staff: 'kunci-staf-2025',
  viewer: 'kunci-pembaca-2025',
};

/** Creates a user of that role through dispatch (trusted context), mustChange cleared. */
export async function makeUser(t: TempCore, role: Role, username: string = `${role}.uji`, extra: { canSeeConfidential?: boolean } = {}): Promise<UserDto> {
  const status = await t.must('auth.status');
  if (status.setupRequired && role === 'admin') {
    await t.must('auth.setupAdmin', { username, fullName: `Uji ${role}`, password: PASSWORDS[role] });
    return (await t.must('users.list', {})).find((u) => u.username === username)!;
  }
  const user = await t.must('users.create', { username, fullName: `Uji ${role}`, role, password: PASSWORDS[role], ...extra });
  return t.must('users.resetPassword', { id: user.id, newPassword: PASSWORDS[role], mustChange: false });
}

/** A window signed in as that user. */
export async function signedIn(t: TempCore, username: string, password: string): Promise<Window & { session: SessionDto }> {
  const w = openWindow(t.core);
  const r = await w.call<SessionDto>('auth.login', { username, password });
  if (!r.ok) throw new Error(`login ${username}: ${JSON.stringify(r.error)}`);
  return { ...w, session: r.value };
}
