import type { HandlersOf } from '../service';
import { backupNow, chooseBackupFolder, getBackupStatus, restoreBackup, setBackupRotation } from './service';

export const backupHandlers: HandlersOf<'backup'> = {
  'backup.status': (_input, ctx) => getBackupStatus(ctx),
  'backup.run': (_input, ctx) => backupNow(ctx),
  'backup.chooseFolder': (input, ctx) => chooseBackupFolder(input, ctx),
  'backup.setRotation': (input, ctx) => setBackupRotation(input, ctx),
  'backup.restore': (input, ctx) => restoreBackup(input, ctx),
};
