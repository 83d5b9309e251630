import type { OfficeSettingsDto } from '../../../shared/dto';
import { permissionsFor } from '../../../shared/permissions';
import type { Result } from '../../../shared/result';
import { localOperatorContext, type RequestContext } from '../../core';
import type { UpdateSettings } from './updateController';

type Dispatch = (channel: 'settings.get', input: undefined, ctx: RequestContext) => Promise<Result<unknown>>;

/**
 * The main process reads the admin's switch and the feed through the same dispatch as every
 * other caller, as a trusted in-process caller with a viewer's rights (all it needs).
 */
const UPDATER_CONTEXT: RequestContext = {
  ...localOperatorContext('ipc'),
  actor: { id: 'system-updater', name: 'Pembaru aplikasi', role: 'viewer' },
  permissions: permissionsFor('viewer'),
};

export async function readUpdateSettings(dispatch: Dispatch | null): Promise<UpdateSettings | null> {
  if (!dispatch) throw new Error('The database is closed');
  const result = await dispatch('settings.get', undefined, UPDATER_CONTEXT);
  if (!result.ok) throw new Error(`settings.get: ${result.error.message}`);
  const settings = result.value as OfficeSettingsDto | null;
  return settings ? { enabled: settings.updatesEnabled, feedUrl: settings.updateFeedUrl } : null;
}
