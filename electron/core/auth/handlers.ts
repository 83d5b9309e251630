import type { HandlersOf } from '../service';
import { authStatus, changePassword, lock, login, logout, setupAdmin, unlock } from './signIn';
import { createUser, listUsers, resetPassword, setUserActive, updateUser } from './users';

export const authHandlers: HandlersOf<'auth'> = {
  'auth.status': (_input, ctx) => authStatus(ctx),
  'auth.setupAdmin': (input, ctx) => setupAdmin(input, ctx),
  'auth.login': (input, ctx) => login(input, ctx),
  'auth.unlock': (input, ctx) => unlock(input, ctx),
  'auth.lock': async (_input, ctx) => lock(ctx),
  'auth.logout': async (_input, ctx) => logout(ctx),
  'auth.changePassword': (input, ctx) => changePassword(input, ctx),
  // Dispatch's session check already counted the request as activity.
  'auth.keepAlive': async () => ({ ok: true }),
};

export const userHandlers: HandlersOf<'users'> = {
  'users.list': (input, ctx) => listUsers(input, ctx),
  'users.create': (input, ctx) => createUser(input, ctx),
  'users.update': (input, ctx) => updateUser(input, ctx),
  'users.resetPassword': (input, ctx) => resetPassword(input, ctx),
  'users.setActive': (input, ctx) => setUserActive(input, ctx),
};
