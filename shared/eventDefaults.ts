/** Kinds of event offered to a new office (domain.md); editable master data, never constants in logic. */
export const DEFAULT_EVENT_TYPES = [
  'Workshop pembentukan',
  'Pertemuan berkala',
  'Monitoring dan evaluasi',
  'Sosialisasi',
  'Penandatanganan MoU',
  'Lainnya',
] as const;
