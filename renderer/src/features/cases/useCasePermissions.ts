import type { Permission } from '../../../../shared/permissions';
import { useSystemStatus } from '../../api/system';

/**
 * What the signed-in user may do in the complaint register, to hide actions they cannot
 * take. The core checks every channel anyway; this only spares them a refusal.
 */
export function useCasePermissions() {
  const granted = new Set(useSystemStatus().data?.permissions ?? []);
  const has = (p: Permission) => granted.has(p);
  return {
    canWrite: has('records.write'),
    canEditMaster: has('masterdata.write'),
    canEditSettings: has('settings.write'),
    canSeeConfidential: has('confidential.read'),
  };
}
