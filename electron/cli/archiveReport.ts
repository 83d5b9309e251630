import { formatFingerprint } from '../../shared/archive';
import type { ArchiveImportDto, ArchiveVerifyDto, TableMergeStatsDto } from '../../shared/dto';
import type { Lang } from '../../shared/messages';

/** Plain-text reports of the command line (Indonesian, or English with --lang en). */
const T = {
  id: { ok: 'Arsip sah', refused: 'Arsip DITOLAK', office: 'Kantor', kind: 'Jenis', rows: 'baris', files: 'berkas', since: 'sejak', made: 'dibuat', key: 'Kunci', conflicts: 'Konflik', table: 'Tabel', warnings: 'Perhatian' },
  en: { ok: 'Archive valid', refused: 'Archive REFUSED', office: 'Office', kind: 'Kind', rows: 'rows', files: 'files', since: 'since', made: 'made', key: 'Key', conflicts: 'Conflicts', table: 'Table', warnings: 'Warnings' },
};

export function formatVerify(v: ArchiveVerifyDto, lang: Lang): string {
  const t = T[lang];
  if (!v.ok || !v.manifest) return `${t.refused}: ${v.fileName}\n${v.problem?.message ?? ''}`;
  const m = v.manifest;
  const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
  const lines = [
    `${t.ok}: ${v.fileName}`,
    `${t.office}: ${m.officeCode} (${m.officeName})`,
    `${t.kind}: ${m.kind}${m.since ? ` ${t.since} ${m.since}` : ''}, ${rows} ${t.rows}, ${m.fileCount} ${t.files}, ${t.made} ${m.createdAt}`,
    `${t.key}: ${v.signer?.status} ${formatFingerprint(v.signer?.fingerprint ?? '')}`,
  ];
  if (v.warnings.length) lines.push(`${t.warnings}:`, ...v.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

const row = (s: Pick<TableMergeStatsDto, 'new' | 'changed' | 'unchanged' | 'conflicting' | 'deleted'>) =>
  `${String(s.new).padStart(8)} ${String(s.changed).padStart(8)} ${String(s.unchanged).padStart(10)} ${String(s.conflicting).padStart(8)} ${String(s.deleted).padStart(8)}`;

export function formatImport(r: ArchiveImportDto, lang: Lang): string {
  const t = T[lang];
  const lines = [
    `${r.sourceOfficeCode} ${r.archiveKind} ${r.archiveCreatedAt}`,
    `${t.table.padEnd(28)}      new  changed  unchanged conflict  deleted`,
    ...r.tables.map((s) => `${s.table.padEnd(28)} ${row(s)}`),
    `${'='.repeat(28)} ${row(r.totals)}`,
  ];
  if (r.conflictCount > 0) {
    lines.push(`${t.conflicts} (${r.conflictCount}):`);
    for (const c of r.conflicts.slice(0, 50)) lines.push(`  ${c.table} ${c.id} ${c.reason} ${c.detail}`);
  }
  return lines.join('\n');
}
