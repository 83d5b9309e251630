/**
 * The editable wording of commitment sheets: opening and closing texts with placeholders in
 * single braces, filled per agency when a sheet is printed. A template naming a placeholder
 * not listed here is refused when saved, with the placeholder named, so a typo such as
 * "{instasi}" never reaches paper.
 */
export const COMMITMENT_PLACEHOLDERS = {
  instansi: 'Nama lengkap instansi',
  instansi_singkat: 'Nama singkat instansi (nama lengkap bila tidak ada)',
  penandatangan: 'Nama penanda tangan instansi',
  jabatan: 'Jabatan penanda tangan instansi',
  judul: 'Judul rencana aksi',
  tahun: 'Tahun rencana aksi',
  kegiatan: 'Nama kegiatan tempat penandatanganan (judul rencana aksi bila tidak ada)',
  tempat: 'Tempat penandatanganan (kota)',
  tanggal: 'Tanggal penandatanganan, mis. 22 November 2025',
  hari_tanggal: 'Hari dan tanggal, mis. Sabtu, 22 November 2025',
  kantor: 'Ombudsman Republik Indonesia Perwakilan ...',
  kepala_perwakilan: 'Nama Kepala Perwakilan',
  jumlah_butir: 'Banyaknya butir, mis. 3 (tiga)',
} as const;
export type CommitmentPlaceholder = keyof typeof COMMITMENT_PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(COMMITMENT_PLACEHOLDERS) as CommitmentPlaceholder[];

export type TemplateProblem = { code: 'templateUnknownPlaceholder'; placeholder: string } | { code: 'templateBraces' };

const TOKEN = /\{([^{}]*)\}/g;

/** The first problem of a template text, or null: unknown placeholder, or a stray brace. */
export function checkTemplateText(text: string): TemplateProblem | null {
  for (const m of text.matchAll(TOKEN)) {
    const name = m[1]!.trim();
    if (!(PLACEHOLDER_NAMES as string[]).includes(name)) return { code: 'templateUnknownPlaceholder', placeholder: `{${m[1]}}` };
  }
  if (/[{}]/.test(text.replace(TOKEN, ''))) return { code: 'templateBraces' };
  return null;
}

/** Fills the placeholders; a missing value prints as a dotted line to be written by hand. */
export function fillTemplate(text: string, values: Partial<Record<CommitmentPlaceholder, string>>): string {
  return text.replace(TOKEN, (all, raw: string) => {
    const name = raw.trim() as CommitmentPlaceholder;
    if (!(name in COMMITMENT_PLACEHOLDERS)) return all;
    const value = values[name]?.trim();
    return value ? value : '....................';
  });
}

export const DEFAULT_COMMITMENT_TEMPLATE = {
  name: 'Komitmen Rencana Aksi',
  sheetTitle: 'LEMBAR KOMITMEN',
  opening:
    'Kami yang bertanda tangan di bawah ini, {penandatangan}, {jabatan}, untuk dan atas nama {instansi}, bersama {kantor}, ' +
    'dengan ini menyatakan komitmen untuk melaksanakan {judul} yang meliputi {jumlah_butir} butir sebagai berikut:',
  closing:
    'Demikian komitmen ini kami buat dengan penuh kesadaran dan tanggung jawab untuk dilaksanakan dengan sebaik-baiknya. ' +
    'Pelaksanaannya akan dipantau dan dievaluasi bersama dalam pertemuan berkala narahubung (focal point).',
} as const;
