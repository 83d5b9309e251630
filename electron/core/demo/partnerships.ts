import { addDays } from '../../../shared/dates';
import type { AssistanceTopic, MouSignatoryDto, MouStatus } from '../../../shared/dto';
import { TechnicalAssistanceEntity, type TechnicalAssistance } from '../assistance/entities';
import { MouAgencyEntity, MouEntity, type Mou, type MouAgency } from '../mous/entities';
import type { ServiceContext } from '../service';
import { DEMO_OFFICE } from './babel';
import type { DemoAgency } from './generate';
import { seededRandom, seededUuid } from './random';

export interface DemoMou {
  id: string;
  title: string;
  number: string;
  status: MouStatus;
  plannedDate: string | null;
  signedDate: string | null;
  validUntil: string | null;
  /** Partner agencies in order, each link with its own id. */
  parties: Array<{ id: string; agencyId: string }>;
  otherParties: string;
  signatories: MouSignatoryDto[];
  notes: string;
}

export interface DemoAssistance {
  id: string;
  agencyId: string;
  topic: AssistanceTopic;
  topicOther: string;
  date: string;
  officeStaff: string;
  participantCount: number | null;
  participantNames: string;
  outcome: string;
  notes: string;
}

const BASE_TIME = Date.UTC(2025, 1, 3, 1, 0, 0);
const STAFF = ['Rina Oktaviani', 'Yoga Pratama', 'Dewi Anggraini', 'Fajar Ramadhan', 'Intan Permatasari'];

/**
 * MoUs and technical-assistance sessions of the demo office, with every state the tracker
 * shows: in force, ending within 90 days, past its end but still marked signed, planned and
 * overdue, planned ahead, ended, cancelled. Dates are relative to `today`; a separate random
 * stream keeps the rest of the demo's ids unchanged.
 */
export function demoPartnerships(agencies: DemoAgency[], today: string, seed = 2025): { mous: DemoMou[]; assistance: DemoAssistance[] } {
  const rand = seededRandom(seed ^ 0x4d6f55);
  let tick = 0;
  const id = () => seededUuid(rand, BASE_TIME + tick++);
  const byShort = new Map(agencies.filter((a) => a.active).map((a) => [a.shortName, a]));
  const day = (offset: number) => addDays(today, offset);
  const head = { name: DEMO_OFFICE.headName, position: DEMO_OFFICE.headPosition, party: 'Ombudsman RI Perwakilan Kep. Bangka Belitung' };
  const signer = (a: DemoAgency): MouSignatoryDto => ({ name: a.headName, position: a.headPosition, party: a.shortName || a.name });

  const mous: DemoMou[] = [];
  const mou = (shorts: string[], m: Omit<DemoMou, 'id' | 'parties' | 'signatories' | 'otherParties' | 'notes'> & Partial<DemoMou>) => {
    const partners = shorts.map((s) => byShort.get(s));
    if (partners.some((p) => p === undefined)) return; // a smaller demo set without them
    const signed = m.status === 'ditandatangani' || m.status === 'berakhir';
    mous.push({
      id: id(),
      parties: partners.map((p) => ({ id: id(), agencyId: p!.id })),
      otherParties: '',
      notes: '',
      signatories: signed ? [head, ...partners.map((p) => signer(p!))] : [],
      ...m,
    });
  };
  const year = (offset: number) => day(offset).slice(0, 4);

  mou(['Pemprov Babel'], {
    title: 'Nota Kesepahaman tentang Pengawasan Penyelenggaraan Pelayanan Publik di Provinsi Kepulauan Bangka Belitung',
    number: `003/NK/PBB/III/${year(-620)}`,
    status: 'ditandatangani', plannedDate: day(-640), signedDate: day(-620), validUntil: addDays(day(-620), 5 * 365),
    notes: 'Evaluasi pelaksanaan dilakukan setiap tahun dalam pertemuan berkala narahubung.',
  });
  mou(['Pemkab Bangka Tengah'], {
    title: 'Nota Kesepahaman tentang Penyelesaian Laporan Masyarakat dan Pencegahan Maladministrasi',
    number: `011/NK/PBB/IX/${year(-1047)}`,
    status: 'ditandatangani', plannedDate: null, signedDate: day(-1047), validUntil: day(48),
    notes: 'Perlu disiapkan perpanjangan sebelum masa berlaku berakhir.',
  });
  mou(['Pemkab Bangka Barat'], {
    title: 'Nota Kesepahaman tentang Pengelolaan Pengaduan Pelayanan Publik',
    number: `007/NK/PBB/X/${year(-1121)}`,
    status: 'ditandatangani', plannedDate: null, signedDate: day(-1121), validUntil: day(-26),
  });
  mou(['Pemkot Pangkalpinang'], {
    title: 'Nota Kesepahaman tentang Peningkatan Kualitas Pelayanan Publik di Kota Pangkalpinang',
    number: `002/NK/PBB/I/${year(-305)}`,
    status: 'ditandatangani', plannedDate: day(-320), signedDate: day(-305), validUntil: addDays(day(-305), 3 * 365),
  });
  mou(['Pemkab Belitung Timur'], {
    title: 'Nota Kesepahaman tentang Pengawasan Pelayanan Publik dan Penyelesaian Laporan',
    number: '',
    status: 'rencana', plannedDate: day(-12), signedDate: null, validUntil: null,
    notes: 'Draf sudah disepakati; menunggu jadwal Bupati.',
  });
  mou(['Pemkab Bangka Selatan', 'Pemkab Belitung'], {
    title: 'Nota Kesepahaman Bersama tentang Penguatan Jejaring Narahubung Pengelolaan Pengaduan',
    number: '',
    status: 'rencana', plannedDate: day(24), signedDate: null, validUntil: null,
    notes: 'Direncanakan ditandatangani bersama pada pertemuan berkala narahubung.',
  });
  mou(['Pemkab Bangka'], {
    title: 'Nota Kesepahaman tentang Pelayanan Publik yang Bebas Maladministrasi',
    number: `004/NK/PBB/II/${year(-2190)}`,
    status: 'berakhir', plannedDate: null, signedDate: day(-2190), validUntil: day(-365),
  });
  mou(['BPJS Kesehatan'], {
    title: 'Nota Kesepahaman tentang Koordinasi Penanganan Pengaduan Peserta JKN',
    number: `015/NK/PBB/VII/${year(-140)}`,
    status: 'ditandatangani', plannedDate: null, signedDate: day(-140), validUntil: addDays(day(-140), 2 * 365),
  });
  mou([], {
    title: 'Nota Kesepahaman tentang Kuliah Kerja Nyata Tematik Pelayanan Publik',
    number: '',
    status: 'dibatalkan', plannedDate: day(-200), signedDate: null, validUntil: null,
    otherParties: 'Universitas Bangka Belitung',
    notes: 'Dibatalkan; kerja sama dialihkan ke program magang.',
  });

  const assistance: DemoAssistance[] = [];
  const session = (short: string, offset: number, topic: AssistanceTopic, count: number, outcome: string, topicOther = '') => {
    const agency = byShort.get(short);
    if (!agency) return;
    const staff = [STAFF[Math.floor(rand() * STAFF.length)]!, STAFF[Math.floor(rand() * STAFF.length)]!];
    assistance.push({
      id: id(),
      agencyId: agency.id,
      topic,
      topicOther,
      date: day(offset),
      officeStaff: [...new Set(staff)].join('\n'),
      participantCount: count,
      participantNames: '',
      outcome,
      notes: '',
    });
  };
  session('Inspektorat Provinsi', -9, 'monev_pengelolaan', 14, 'Instrumen monitoring dan evaluasi pengelolaan pengaduan disepakati untuk 7 kabupaten/kota.');
  session('Pemkab Bangka Tengah', -23, 'tindak_lanjut_penyelesaian', 11, 'Daftar laporan yang belum ditindaklanjuti disusun bersama; target penyelesaian akhir triwulan.');
  session('Dinkes Pangkalpinang', -41, 'penerimaan_pengaduan', 18, 'Alur penerimaan pengaduan puskesmas diseragamkan; papan informasi pengaduan dipasang.');
  session('RSUD Depati Hamzah Pangkalpinang', -58, 'penerimaan_pengaduan', 9, 'Unit pengaduan rumah sakit menyiapkan register pengaduan dan jawaban dalam 5 hari kerja.');
  session('Disdukcapil Pangkalpinang', -77, 'berbagi_metode', 22, 'Berbagi praktik baik layanan adminduk tanpa antre dan penanganan keluhan melalui WhatsApp.');
  session('Pemkab Belitung Timur', -96, 'lainnya', 16, 'Draf SOP pengelolaan pengaduan OPD selesai dibahas.', 'Penyusunan SOP pengelolaan pengaduan');
  session('Kantah Pangkalpinang', -131, 'tindak_lanjut_penyelesaian', 7, 'Tindak lanjut laporan sertifikat yang tertunda dijadwalkan ulang.');
  session('BPJS Kesehatan', -163, 'monev_pengelolaan', 6, 'Evaluasi waktu penyelesaian pengaduan peserta JKN semester I.');
  session('Inspektorat Provinsi', -212, 'berbagi_metode', 25, 'Metode klasifikasi pengaduan dan prioritas penanganan dibagikan kepada inspektorat kabupaten/kota.');
  session('Pemkab Bangka Tengah', -300, 'penerimaan_pengaduan', 20, 'Kanal pengaduan terpadu kabupaten diperkenalkan kepada seluruh OPD.');
  return { mous, assistance };
}

/** Inserts the demo MoUs and sessions; called by loadDemoData inside its transaction. */
export async function loadDemoPartnerships(data: { mous: DemoMou[]; assistance: DemoAssistance[] }, ctx: ServiceContext, officeCode: string, now: string): Promise<void> {
  const stamp = { officeCode, createdAt: now, updatedAt: now };
  const mous: Mou[] = data.mous.map(({ parties: _parties, signatories, ...m }) => ({ ...m, ...stamp, signatoriesJson: JSON.stringify(signatories) }));
  const parties: MouAgency[] = data.mous.flatMap((m) => m.parties.map((x, sortOrder) => ({ ...x, mouId: m.id, sortOrder, ...stamp })));
  const sessions: TechnicalAssistance[] = data.assistance.map(({ date, ...s }) => ({ ...s, heldOn: date, ...stamp }));
  if (mous.length) await ctx.manager.insert(MouEntity, mous);
  if (parties.length) await ctx.manager.insert(MouAgencyEntity, parties);
  if (sessions.length) await ctx.manager.insert(TechnicalAssistanceEntity, sessions);
  await ctx.audit.recordMany([
    ...mous.map((r) => ({ entity: 'mou', entityId: r.id, action: 'create', before: null, after: r })),
    ...sessions.map((r) => ({ entity: 'technical_assistance', entityId: r.id, action: 'create', before: null, after: r })),
  ]);
}
