import { addDays } from '../../../shared/dates';
import type { EndReason, FocalRole } from '../../../shared/dto';
import { FIRST_NAMES, LAST_NAMES } from './babel';
import type { DemoAgency } from './generate';
import { demoNip, pick } from './random';

export interface DemoPerson {
  id: string;
  name: string;
  nip: string;
  position: string;
  unit: string;
  phone: string;
  whatsapp: string;
  email: string;
}

export interface DemoAssignment {
  id: string;
  agencyId: string;
  personId: string;
  role: FocalRole;
  decreeNumber: string;
  decreeDate: string | null;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  lastConfirmedOn: string | null;
}

const POSITIONS = ['Kepala Subbagian Umum dan Kepegawaian', 'Sekretaris', 'Kepala Bidang Pelayanan', 'Kepala Seksi Pengaduan', 'Analis Kebijakan Ahli Muda', 'Auditor Ahli Madya', 'Kepala Bagian Hukum', 'Pranata Humas'];
const UNITS = ['Sekretariat', 'Bagian Umum', 'Bidang Pelayanan Publik', 'Unit Pengaduan Masyarakat', 'Bagian Hukum dan Organisasi'];
const REASONS: EndReason[] = ['mutasi', 'mutasi', 'mutasi', 'pensiun', 'diganti', 'mengundurkan_diri'];

/**
 * A network with the holes offices describe: most agencies have a primary focal point, some
 * none, some with data not confirmed for a long time, a few rotated last month, many with
 * history. Dates are relative to `today` so the flags look the same whenever the demo loads.
 */
export function demoRoster(agencies: DemoAgency[], rand: () => number, id: () => string, today: string, extraRotations = 0) {
  const persons: DemoPerson[] = [];
  const nips = new Set<string>();
  const uniqueNip = (): string => {
    let n = demoNip(rand);
    while (nips.has(n)) n = demoNip(rand);
    nips.add(n);
    return n;
  };
  const assignments: DemoAssignment[] = [];
  const person = (agency: DemoAgency): DemoPerson => {
    const name = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
    const phone = `08${['12', '13', '21', '52', '77', '57'][Math.floor(rand() * 6)]}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
    const p: DemoPerson = {
      id: id(),
      name,
      nip: agency.headNip ? uniqueNip() : '',
      position: pick(rand, POSITIONS),
      unit: pick(rand, UNITS),
      phone,
      whatsapp: rand() < 0.85 ? phone : '',
      email: rand() < 0.6 ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@contoh.go.id` : '',
    };
    persons.push(p);
    return p;
  };
  const decree = (date: string, i: number) => (rand() < 0.7 ? { decreeNumber: `800/${100 + i}/SK/${date.slice(0, 4)}`, decreeDate: date } : { decreeNumber: '', decreeDate: null });

  agencies.forEach((agency, i) => {
    if (!agency.active || rand() < 0.08) return; // a hole in the network
    const recent = i % 17 === 5;
    const start = recent ? addDays(today, -(3 + Math.floor(rand() * 20))) : addDays(today, -(40 + Math.floor(rand() * 1400)));
    // History: predecessors that rotated out, oldest first.
    const history = (recent ? 1 : rand() < 0.35 ? 1 : 0) + extraRotations;
    let end = start;
    const past: DemoAssignment[] = [];
    for (let h = 0; h < history; h++) {
      const begin = addDays(end, -(200 + Math.floor(rand() * 900)));
      past.unshift({ id: id(), agencyId: agency.id, personId: person(agency).id, role: 'utama', ...decree(begin, i), startDate: begin, endDate: end, endReason: pick(rand, REASONS), lastConfirmedOn: null });
      end = begin;
    }
    assignments.push(...past);
    const stale = rand() < 0.2;
    const confirmed = stale ? addDays(today, -(220 + Math.floor(rand() * 300))) : addDays(today, -Math.floor(rand() * 120));
    assignments.push({ id: id(), agencyId: agency.id, personId: person(agency).id, role: 'utama', ...decree(start, i), startDate: start, endDate: null, endReason: null, lastConfirmedOn: confirmed < start ? start : confirmed });
    if (rand() < 0.3) {
      const b = addDays(start, Math.floor(rand() * 30));
      if (b < today) assignments.push({ id: id(), agencyId: agency.id, personId: person(agency).id, role: 'cadangan', decreeNumber: '', decreeDate: null, startDate: b, endDate: null, endReason: null, lastConfirmedOn: null });
    }
  });
  return { persons, assignments };
}
