import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDemoAdmin } from '../../electron/preview/demoAdmin';
import type { SessionDto } from '../../shared/dto';
import { openWindow } from '../helpers/sessions';
import { openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
});
afterEach(async () => t.cleanup());

describe('the preview demo administrator', () => {
  it('is created on the first start and gets a new password at every start', async () => {
    const first = await prepareDemoAdmin(t.core);
    expect(first.username).toBe('admin');
    expect(first.password.length).toBeGreaterThanOrEqual(10);
    const w = openWindow(t.core, 'preview');
    expect(await w.call<SessionDto>('auth.login', first)).toMatchObject({ ok: true, value: { user: { role: 'admin' }, mustChangePassword: false } });

    const second = await prepareDemoAdmin(t.core);
    expect(second.password).not.toBe(first.password);
    expect((await w.call('agencies.list', {})).ok).toBe(false); // the reset ended the old sign-in
    expect((await openWindow(t.core, 'preview').call('auth.login', second)).ok).toBe(true);
    expect((await t.must('users.list', {})).filter((u) => u.username === 'admin')).toHaveLength(1);
  });
});
