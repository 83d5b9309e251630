import type { MouCreateInput } from '../../shared/contract/mous';
import type { AgencyDto } from '../../shared/dto';
import { EXAMPLE_OFFICE, type TempCore } from './tempCore';

export interface Partners {
  pemprov: AgencyDto;
  bateng: AgencyDto;
  beltim: AgencyDto;
}

/** The office profile and three partner agencies, as most MoU and assistance tests need. */
export async function seedPartners(t: TempCore): Promise<Partners> {
  await t.must('settings.update', EXAMPLE_OFFICE);
  const groups = await t.must('agencyGroups.list');
  const group = (name: string) => groups.find((g) => g.name === name)!.id;
  const agency = (name: string, shortName: string, groupName: string, region: string) =>
    t.must('agencies.create', { name, shortName, groupId: group(groupName), region });
  return {
    pemprov: await agency('Pemerintah Provinsi Kepulauan Bangka Belitung', 'Pemprov Babel', 'Pemerintah Provinsi', 'Kota Pangkalpinang'),
    bateng: await agency('Pemerintah Kabupaten Bangka Tengah', 'Pemkab Bangka Tengah', 'Pemerintah Kabupaten/Kota', 'Kabupaten Bangka Tengah'),
    beltim: await agency('Pemerintah Kabupaten Belitung Timur', 'Pemkab Belitung Timur', 'Pemerintah Kabupaten/Kota', 'Kabupaten Belitung Timur'),
  };
}

export const signedMou = (agencyIds: string[], patch: Partial<MouCreateInput> = {}): MouCreateInput => ({
  title: 'Nota Kesepahaman tentang Pengelolaan Pengaduan Pelayanan Publik',
  number: '01/MoU/PBB/2025',
  status: 'ditandatangani',
  plannedDate: '2025-03-01',
  signedDate: '2025-03-10',
  validUntil: '2030-03-09',
  agencyIds,
  otherParties: '',
  signatories: [
    { name: 'Hendra Saputra', position: 'Kepala Perwakilan', party: 'Ombudsman RI Perwakilan Babel' },
    { name: 'Algafry Rahman', position: 'Bupati', party: 'Pemkab Bangka Tengah' },
  ],
  notes: '',
  ...patch,
});

export const plannedMou = (agencyIds: string[], patch: Partial<MouCreateInput> = {}): MouCreateInput => ({
  title: 'Rencana MoU Pengawasan Pelayanan Publik',
  status: 'rencana',
  plannedDate: '2025-12-15',
  agencyIds,
  ...patch,
});
