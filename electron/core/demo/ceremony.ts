import { addDays } from '../../../shared/dates';
import type { AttendanceStatus, CommitmentStatus, ProgressStatus } from '../../../shared/dto';
import { DEFAULT_EVENT_TYPES } from '../../../shared/eventDefaults';
import type { DemoAgency } from './generate';
import { pick, seededRandom, seededUuid } from './random';
import type { DemoAssignment, DemoPerson } from './roster';

export interface DemoEvent {
  id: string;
  type: (typeof DEFAULT_EVENT_TYPES)[number];
  title: string;
  theme: string;
  startDate: string;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string;
  speakers: string;
  invitations: Array<{ id: string; agencyId: string; attendance: AttendanceStatus; note: string; attendees: DemoAttendee[] }>;
  walkIns: DemoAttendee[];
}

export interface DemoAttendee {
  id: string;
  personId: string | null;
  name: string;
  position: string;
  institution: string;
  phone: string;
}

export interface DemoCommitment {
  id: string;
  agencyId: string;
  status: CommitmentStatus;
  signedOn: string | null;
  archivedOn: string | null;
  declinedOn: string | null;
  declineReason: string;
  progress: Array<{ id: string; point: number; status: ProgressStatus; note: string; recordedOn: string }>;
}

export interface DemoCeremony {
  typeIds: string[];
  templateId: string;
  events: DemoEvent[];
  plan: { id: string; title: string; year: number; eventId: string; signingDate: string; pointIds: string[]; points: string[]; commitments: DemoCommitment[] };
}

const BASE_TIME = Date.UTC(2025, 2, 3, 1, 0, 0);
const PLACE = 'Aula Kantor Ombudsman RI Perwakilan Kepulauan Bangka Belitung, Jl. Jenderal Sudirman No. 12, Pangkalpinang';
const STAND_INS = ['Andi Saputra', 'Nurhayati', 'Rizky Pratama', 'Wulan Sari', 'Hendra Gunawan', 'Melati Kusuma', 'Agus Salim'];
const STAND_IN_POSITIONS = ['Kepala Subbagian Umum', 'Analis Kebijakan', 'Sekretaris', 'Pengelola Pengaduan', 'Kepala Seksi Pelayanan'];

export const DEMO_PLAN_POINTS = [
  'Melaksanakan pertemuan berkala narahubung (focal point) paling sedikit sekali dalam tiga bulan untuk koordinasi penyelesaian laporan masyarakat.',
  'Menindaklanjuti laporan masyarakat yang diteruskan oleh Ombudsman Republik Indonesia dan menyampaikan perkembangannya dalam waktu 14 hari kerja.',
  'Melakukan upaya pencegahan maladministrasi, antara lain dengan memublikasikan standar pelayanan dan saluran pengaduan pada setiap unit pelayanan.',
];

/**
 * The demo office's events and its action plan: a formation workshop, the periodic meeting
 * where "Rencana Aksi Focal Point Tahun ..." was signed, a later periodic meeting, a monev and
 * an upcoming socialisation. Attendance mixes agencies whose focal point came, stand-ins and
 * absentees; commitments are in every state. Dates are relative to `today`; a random stream
 * of its own keeps every other demo id unchanged.
 */
export function demoCeremony(agencies: DemoAgency[], persons: DemoPerson[], assignments: DemoAssignment[], today: string, seed = 2025): DemoCeremony {
  const rand = seededRandom(seed ^ 0x4b6f6d);
  let tick = 0;
  const id = () => seededUuid(rand, BASE_TIME + tick++);
  const day = (offset: number) => addDays(today, offset);
  const active = agencies.filter((a) => a.active);
  const byShort = (shorts: string[]) => shorts.map((s) => active.find((a) => a.shortName === s)).filter((a): a is DemoAgency => a !== undefined);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const focalOn = (agencyId: string, date: string) => {
    const a = assignments.find((x) => x.agencyId === agencyId && x.role === 'utama' && x.startDate <= date && (x.endDate === null || x.endDate > date));
    return a ? personById.get(a.personId) ?? null : null;
  };
  const typeIds = DEFAULT_EVENT_TYPES.map(() => id());
  const templateId = id();

  const events: DemoEvent[] = [];
  const event = (e: Omit<DemoEvent, 'id' | 'invitations' | 'walkIns'>, invited: DemoAgency[], absent: number, standIns: number, recorded: boolean, walkIns: Array<[string, string, string]>) => {
    const ev: DemoEvent = { ...e, id: id(), invitations: [], walkIns: [] };
    invited = [...new Map(invited.map((a) => [a.id, a])).values()];
    const absentAt = new Set(Array.from({ length: absent }, (_, k) => Math.min(invited.length - 1, 2 + k * 4)));
    invited.forEach((agency, i) => {
      const attendance: AttendanceStatus = !recorded ? 'belum' : absentAt.has(i) ? 'tidak_hadir' : 'hadir';
      const focal = focalOn(agency.id, e.startDate);
      const attendees: DemoAttendee[] = [];
      let status: AttendanceStatus = attendance;
      if (attendance === 'hadir') {
        if (focal && !(standIns > 0 && rand() < 0.35 && standIns--)) {
          attendees.push({ id: id(), personId: focal.id, name: focal.name, position: focal.position, institution: '', phone: focal.phone });
        } else {
          status = 'diwakilkan';
          attendees.push({ id: id(), personId: null, name: pick(rand, STAND_INS), position: pick(rand, STAND_IN_POSITIONS), institution: '', phone: '' });
        }
        if (rand() < 0.3) attendees.push({ id: id(), personId: null, name: pick(rand, STAND_INS), position: 'Staf', institution: '', phone: '' });
      }
      ev.invitations.push({ id: id(), agencyId: agency.id, attendance: status, note: status === 'tidak_hadir' ? 'Berhalangan: bertepatan dengan agenda pimpinan' : '', attendees });
    });
    ev.walkIns = walkIns.map(([name, position, institution]) => ({ id: id(), personId: null, name, position, institution, phone: '' }));
    events.push(ev);
    return ev;
  };

  const core = byShort(['Pemprov Babel', 'Inspektorat Provinsi', 'Pemkot Pangkalpinang', 'Pemkab Bangka', 'Pemkab Bangka Barat', 'Pemkab Bangka Tengah', 'Pemkab Bangka Selatan', 'Pemkab Belitung', 'Pemkab Belitung Timur']);
  const partners = byShort(['Kanwil ATR/BPN Babel', 'Kanwil Kemenag Babel', 'Polda Kep. Babel', 'PLN UIW Babel', 'BPJS Kesehatan', 'Dinkes Pangkalpinang']);
  const inspectorates = active.filter((a) => a.group === 'Inspektorat');
  const opd = active.filter((a) => a.region === 'Kota Pangkalpinang' && a.group === 'Pemerintah Kabupaten/Kota');

  event({ type: 'Workshop pembentukan', title: 'Workshop Pembentukan Jejaring Narahubung Pengelolaan Pengaduan Pelayanan Publik', theme: 'Membangun jejaring penyelesaian laporan masyarakat yang cepat dan tuntas', startDate: day(-330), endDate: day(-329), startTime: '08:30', endTime: '15:30', place: 'Hotel Santika Bangka, Pangkalpinang', speakers: 'Kepala Perwakilan Ombudsman RI Kepulauan Bangka Belitung\nAsisten Ombudsman Keasistenan Pencegahan' }, [...core, ...inspectorates.slice(0, 4)], 2, 2, true, [['Yusuf Maulana', 'Dosen Ilmu Pemerintahan', 'Universitas Bangka Belitung']]);
  const signing = event({ type: 'Pertemuan berkala', title: 'Pertemuan Berkala Narahubung dan Penandatanganan Rencana Aksi Focal Point', theme: 'Penguatan peran narahubung dalam penyelesaian laporan masyarakat', startDate: day(-200), endDate: null, startTime: '09:00', endTime: '12:30', place: PLACE, speakers: 'Kepala Perwakilan Ombudsman RI Kepulauan Bangka Belitung' }, [...core, ...partners], 2, 3, true, [['Rina Marlina', 'Wartawan', 'Bangka Pos'], ['Dimas Prakoso', 'Staf Ahli', 'DPRD Provinsi Kepulauan Bangka Belitung']]);
  event({ type: 'Pertemuan berkala', title: 'Pertemuan Berkala Narahubung Triwulan III', theme: 'Evaluasi tindak lanjut laporan yang diteruskan', startDate: day(-60), endDate: null, startTime: '09:00', endTime: '12:00', place: PLACE, speakers: '' }, [...core, ...partners.slice(0, 3)], 2, 2, true, []);
  event({ type: 'Monitoring dan evaluasi', title: 'Monitoring dan Evaluasi Pelaksanaan Rencana Aksi Focal Point', theme: '', startDate: day(-9), endDate: null, startTime: '13:30', endTime: '16:00', place: PLACE, speakers: 'Asisten Ombudsman Keasistenan Resolusi dan Monitoring' }, core.slice(0, 8), 1, 1, true, []);
  event({ type: 'Sosialisasi', title: 'Sosialisasi Pengelolaan Pengaduan Pelayanan Publik bagi Organisasi Perangkat Daerah Kota Pangkalpinang', theme: 'Standar pelayanan dan pengelolaan pengaduan sesuai UU 25/2009', startDate: day(9), endDate: null, startTime: '09:00', endTime: null, place: 'Ruang Rapat Wali Kota Pangkalpinang', speakers: 'Kepala Perwakilan Ombudsman RI Kepulauan Bangka Belitung' }, opd, 0, 0, false, []);

  const year = Number(signing.startDate.slice(0, 4));
  const pointIds = DEMO_PLAN_POINTS.map(() => id());
  const states: Array<[CommitmentStatus, number]> = [['diarsipkan', 3], ['ditandatangani', 4], ['dicetak', 3], ['menolak', 1], ['draft', 2]];
  const participants = [...core, ...partners].slice(0, states.reduce((n, [, k]) => n + k, 0));
  const statusAt = (i: number): CommitmentStatus => {
    let k = i;
    for (const [status, count] of states) {
      if (k < count) return status;
      k -= count;
    }
    return 'draft';
  };
  const commitments = participants.map((agency, i): DemoCommitment => {
    const status = statusAt(i);
    const signed = status === 'ditandatangani' || status === 'diarsipkan';
    const progress = signed
      ? DEMO_PLAN_POINTS.map((_, point) => {
          const s: ProgressStatus = rand() < 0.45 ? 'selesai' : rand() < 0.7 ? 'berjalan' : 'belum';
          const note = s === 'selesai' ? pick(rand, ['Notulen rapat koordinasi terlampir', 'Laporan tindak lanjut disampaikan', 'Standar pelayanan dipublikasikan di laman instansi']) : s === 'berjalan' ? 'Dalam proses; dijadwalkan bulan depan' : '';
          return { id: id(), point, status: s, note, recordedOn: day(-9) };
        })
      : [];
    return {
      id: id(),
      agencyId: agency.id,
      status,
      signedOn: signed ? signing.startDate : null,
      archivedOn: status === 'diarsipkan' ? day(-190) : null,
      declinedOn: status === 'menolak' ? signing.startDate : null,
      declineReason: status === 'menolak' ? 'Menunggu penetapan pejabat definitif' : '',
      progress,
    };
  });
  return {
    typeIds,
    templateId,
    events,
    plan: { id: id(), title: `Rencana Aksi Focal Point Tahun ${year}`, year, eventId: signing.id, signingDate: signing.startDate, pointIds, points: DEMO_PLAN_POINTS, commitments },
  };
}

