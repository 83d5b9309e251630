/**
 * Defaults offered to an office for its complaint register (domain.md, "Public complaints").
 * Everything here is master data the office edits; names follow Peraturan Ombudsman 58/2023
 * where known, codes stay stable so rules and demo data can find the defaults.
 */
import type { CaseMasterList, DeadlineParty, DeadlineTrigger, DeadlineUnit, StagePhase } from '../../../../shared/dto';

export interface DefaultMasterItem {
  code: string;
  name: string;
  phase?: StagePhase;
}

export const DEFAULT_MASTER: Record<CaseMasterList, DefaultMasterItem[]> = {
  stage: [
    { code: 'penerimaan', name: 'Penerimaan dan Verifikasi', phase: 'intake' },
    { code: 'pemeriksaan', name: 'Pemeriksaan', phase: 'examination' },
    { code: 'lhp', name: 'LHP dan Tindakan Korektif', phase: 'findings' },
    { code: 'resolusi', name: 'Resolusi dan Monitoring', phase: 'resolution' },
    { code: 'ditutup', name: 'Ditutup', phase: 'closed' },
  ],
  track: [
    { code: 'reguler', name: 'Reguler' },
    { code: 'rco', name: 'Respon Cepat Ombudsman (RCO)' },
    { code: 'konsultasi', name: 'Konsultasi' },
    { code: 'tembusan', name: 'Tembusan' },
    { code: 'iaps', name: 'Investigasi atas Prakarsa Sendiri (IAPS)' },
  ],
  channel: [
    { code: 'datang_langsung', name: 'Datang langsung' },
    { code: 'surat', name: 'Surat' },
    { code: 'email', name: 'Email' },
    { code: 'telepon', name: 'Telepon' },
    { code: 'whatsapp', name: 'WhatsApp' },
    { code: 'media_sosial', name: 'Media sosial' },
    { code: 'website', name: 'Website' },
    { code: 'sp4n_lapor', name: 'SP4N-LAPOR!' },
    { code: 'lainnya', name: 'Lainnya' },
  ],
  subject: [
    { code: 'agraria', name: 'Agraria/Pertanahan' },
    { code: 'kepegawaian', name: 'Kepegawaian' },
    { code: 'pendidikan', name: 'Pendidikan' },
    { code: 'kepolisian', name: 'Kepolisian' },
    { code: 'adminduk', name: 'Administrasi Kependudukan' },
    { code: 'kesehatan', name: 'Kesehatan' },
    { code: 'jaminan_sosial', name: 'Jaminan Sosial' },
    { code: 'ketenagakerjaan', name: 'Ketenagakerjaan' },
    { code: 'perizinan', name: 'Perizinan' },
    { code: 'energi', name: 'Energi dan Kelistrikan' },
    { code: 'air', name: 'Air' },
    { code: 'perhubungan', name: 'Perhubungan dan Infrastruktur' },
    { code: 'perbankan', name: 'Perbankan' },
    { code: 'pengadaan', name: 'Pengadaan Barang dan Jasa' },
    { code: 'lainnya', name: 'Lainnya' },
  ],
  maladministration: [
    { code: 'penundaan_berlarut', name: 'Penundaan berlarut' },
    { code: 'tidak_memberikan_pelayanan', name: 'Tidak memberikan pelayanan' },
    { code: 'tidak_kompeten', name: 'Tidak kompeten' },
    { code: 'penyalahgunaan_wewenang', name: 'Penyalahgunaan wewenang' },
    { code: 'penyimpangan_prosedur', name: 'Penyimpangan prosedur' },
    { code: 'permintaan_imbalan', name: 'Permintaan imbalan uang, barang dan jasa' },
    { code: 'tidak_patut', name: 'Tidak patut' },
    { code: 'berpihak', name: 'Berpihak' },
    { code: 'diskriminasi', name: 'Diskriminasi' },
    { code: 'konflik_kepentingan', name: 'Konflik kepentingan' },
    { code: 'pengabaian_kewajiban_hukum', name: 'Pengabaian kewajiban hukum' },
  ],
  outcome: [
    { code: 'maladministrasi_ditemukan', name: 'Ditemukan maladministrasi' },
    { code: 'tidak_ditemukan', name: 'Tidak ditemukan maladministrasi' },
    { code: 'pemeriksaan_dihentikan', name: 'Pemeriksaan dihentikan' },
    { code: 'tidak_memenuhi_syarat', name: 'Tidak memenuhi syarat formil/materiil' },
    { code: 'selesai_konsultasi', name: 'Selesai (konsultasi/tembusan)' },
  ],
};

export interface DefaultRule {
  code: string;
  name: string;
  trigger: DeadlineTrigger;
  stageCode: string | null;
  days: number;
  unit: DeadlineUnit;
  party: DeadlineParty;
  pausesForReporter: boolean;
  notes: string;
}

/** Known limits (domain.md) in working days; where no text fixes one, the usual office practice. */
export const DEFAULT_RULES: DefaultRule[] = [
  { code: 'verifikasi', name: 'Verifikasi laporan oleh kantor', trigger: 'stage', stageCode: 'penerimaan', days: 14, unit: 'working', party: 'office', pausesForReporter: true, notes: 'Batas internal kantor; berhenti selama menunggu kelengkapan dari pelapor.' },
  { code: 'klarifikasi', name: 'Jawaban instansi atas permintaan klarifikasi', trigger: 'letter_klarifikasi', stageCode: null, days: 14, unit: 'working', party: 'agency', pausesForReporter: false, notes: 'Tidak ditetapkan peraturan; kantor umumnya memakai 14 hari.' },
  { code: 'pengingat', name: 'Jawaban instansi atas surat pengingat', trigger: 'letter_pengingat', stageCode: null, days: 7, unit: 'working', party: 'agency', pausesForReporter: false, notes: 'Batas bawaan Simpul; sesuaikan dengan praktik kantor.' },
  { code: 'tindakan_korektif', name: 'Pelaksanaan tindakan korektif LHP oleh instansi', trigger: 'stage', stageCode: 'lhp', days: 30, unit: 'working', party: 'agency', pausesForReporter: false, notes: '30 hari kerja sebelum laporan masuk tahap resolusi.' },
  { code: 'rekomendasi', name: 'Laporan atasan terlapor atas rekomendasi', trigger: 'stage', stageCode: 'resolusi', days: 60, unit: 'working', party: 'agency', pausesForReporter: false, notes: '60 hari (UU 37/2008 Pasal 38); ubah ke hari kalender bila kantor menghitungnya demikian.' },
  { code: 'tanggapan_pelapor', name: 'Tanggapan pelapor (kelengkapan berkas / rancangan temuan)', trigger: 'reporter_request', stageCode: null, days: 14, unit: 'working', party: 'reporter', pausesForReporter: false, notes: 'Pelapor menanggapi dalam 14 hari.' },
];

export const DEFAULT_DUE_SOON_WORKING_DAYS = 5;

/** "0012/LM/2025/BABEL": running number, "LM" (laporan masyarakat), year, office code. */
export const defaultRegisterPattern = (officeCode: string): string => `{nomor:4}/LM/{tahun}/${officeCode}`;
