/**
 * Which automatic/on-demand backups to delete: keep the newest backup of each of the last
 * `keepDaily` days that have one, and the newest of each of the last `keepMonthly` months
 * (grandfather-father-son). Days and months are the computer's local calendar, as the clerk
 * sees it. Only "backup" copies rotate; copies made before a migration, a restore or an
 * update are kept until someone removes them.
 */
export interface RotatableBackup {
  fileName: string;
  createdAt: string;
}

const dayOf = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
const monthOf = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}`;

export function backupsToRemove(backups: readonly RotatableBackup[], keepDaily: number, keepMonthly: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const b of newestFirst) {
    const at = new Date(b.createdAt);
    const day = dayOf(at);
    const month = monthOf(at);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(b.fileName);
    }
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(b.fileName);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
