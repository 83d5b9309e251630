import type { AssignmentDto, EventDetailDto } from '../../shared/dto';
import { seedPartners, type Partners } from './partnerships';
import type { TempCore } from './tempCore';

export interface Ceremony extends Partners {
  /** The primary focal points serving from 2025-01-06 (Pemprov and Bateng; Beltim has none). */
  focal: { pemprov: AssignmentDto; bateng: AssignmentDto };
  typeId: (name: string) => string;
}

const person = (name: string, position: string, phone: string) => ({ newPerson: { name, position, phone, nip: '', unit: '', whatsapp: '', email: '', notes: '' } });

/** The office, three partner agencies, focal points for two of them, and the event types. */
export async function seedCeremony(t: TempCore): Promise<Ceremony> {
  const p = await seedPartners(t);
  const pemprov = await t.must('roster.assign', { agencyId: p.pemprov.id, person: person('Rahmat Hidayat', 'Kepala Bagian Organisasi', '0812 7000 1111'), startDate: '2025-01-06' });
  const bateng = await t.must('roster.assign', { agencyId: p.bateng.id, person: person('Sri Wahyuni', 'Analis Pengaduan', '0813 7000 2222'), startDate: '2025-01-06' });
  const types = await t.must('eventTypes.list');
  return { ...p, focal: { pemprov, bateng }, typeId: (name) => types.find((x) => x.name === name)!.id };
}

export const meeting = (typeId: string, patch: Record<string, unknown> = {}) => ({
  typeId,
  title: 'Pertemuan Berkala Narahubung Triwulan IV',
  theme: 'Percepatan penyelesaian laporan masyarakat',
  startDate: '2025-11-20',
  startTime: '09:00',
  endTime: '12:00',
  place: 'Aula Kantor Ombudsman RI Perwakilan Kepulauan Bangka Belitung',
  ...patch,
});

export const invitationOf = (detail: EventDetailDto, agencyId: string) => detail.invitations.find((i) => i.agencyId === agencyId)!;

export const POINTS = [
  'Melaksanakan pertemuan berkala narahubung (focal point) untuk koordinasi penyelesaian laporan masyarakat.',
  'Menindaklanjuti laporan masyarakat yang diteruskan oleh Ombudsman RI dalam waktu yang ditetapkan.',
  'Melakukan upaya pencegahan maladministrasi pada unit pelayanan publik di lingkungan instansi.',
];

/** "Rencana Aksi Focal Point Tahun 2025" for the given agencies, with the default template. */
export async function createPlan(t: TempCore, agencyIds: string[], patch: Record<string, unknown> = {}) {
  const [template] = await t.must('commitmentTemplates.list');
  return t.must('actionPlans.create', {
    title: 'Rencana Aksi Focal Point Tahun 2025',
    year: 2025,
    templateId: template!.id,
    signingDate: '2025-11-20',
    place: 'Pangkalpinang',
    points: POINTS.map((text) => ({ text })),
    agencyIds,
    ...patch,
  });
}
