import type { UpdateStatusDto } from '../../../shared/dto';
import { DomainError } from '../errors';
import type { HandlersOf, ServiceContext } from '../service';

/** The status where no desktop updater runs: the browser preview, tests, a command line. */
export function unavailableUpdateStatus(currentVersion: string): UpdateStatusDto {
  return { state: 'unavailable', currentVersion, availableVersion: null, percent: null, problem: null, lastCheckedAt: null, nextCheckAt: null };
}

export function updateStatusOf(ctx: ServiceContext): UpdateStatusDto {
  return ctx.request.host?.updates?.status() ?? unavailableUpdateStatus(ctx.appVersion);
}

/**
 * The core only relays: the updater's state and its work belong to the desktop main process
 * (electron/main/updates), reached through the transport's host like file delivery.
 */
export const updateHandlers: HandlersOf<'updates'> = {
  'updates.status': async (_input, ctx) => updateStatusOf(ctx),
  'updates.check': async (_input, ctx) => ctx.request.host?.updates?.checkNow() ?? unavailableUpdateStatus(ctx.appVersion),
  'updates.install': async (_input, ctx) => {
    const updates = ctx.request.host?.updates;
    if (!updates) throw new DomainError('PRECONDITION', 'updatesUnavailable');
    const status = updates.status();
    if (status.state !== 'downloaded' || status.availableVersion === null) throw new DomainError('PRECONDITION', 'updateNotReady');
    // Who restarted the office's Simpul into which version, kept with every other change.
    await ctx.audit.record({
      entity: 'app_update',
      entityId: status.availableVersion,
      action: 'install',
      before: { version: status.currentVersion },
      after: { version: status.availableVersion },
    });
    // After the commit: the installer replaces the running app, so nothing may be pending.
    ctx.effects.afterCommit(async () => {
      await updates.installNow();
    });
    return status;
  },
};
