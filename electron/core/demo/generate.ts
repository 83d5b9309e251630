import { nameKey } from '../../../shared/text';
import { DEFAULT_AGENCY_GROUPS } from '../agencies/defaultGroups';
import { babelAgencies, DEMO_OFFICE, FIRST_NAMES, LAST_NAMES, REGIONS, seatOf, SYNTHETIC_UNITS, type DemoAgencySeed } from './babel';
import { demoNip, pick, seededRandom, seededUuid } from './random';
import { demoPartnerships, type DemoAssistance, type DemoMou } from './partnerships';
import { demoCeremony, type DemoCeremony } from './ceremony';
import { demoRoster, type DemoAssignment, type DemoPerson } from './roster';

export interface DemoAgency extends DemoAgencySeed {
  id: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headNip: string;
  active: boolean;
  notes: string;
}

export interface DemoData {
  office: typeof DEMO_OFFICE;
  groups: Array<{ id: string; name: string; sortOrder: number }>;
  agencies: DemoAgency[];
  persons: DemoPerson[];
  assignments: DemoAssignment[];
  mous: DemoMou[];
  assistance: DemoAssistance[];
  /** Events, attendance and the action plan with its commitments. */
  ceremony: DemoCeremony;
}

export interface DemoOptions {
  seed?: number;
  /** Total agencies; beyond the real Bangka Belitung set, synthetic units fill the count. */
  agencyCount?: number;
  /** The day the focal-point dates are relative to (YYYY-MM-DD). */
  today?: string;
  /** Extra past focal points per agency, to grow history for benchmarks. */
  extraRotations?: number;
}

const BASE_TIME = Date.UTC(2025, 0, 6, 1, 0, 0);

function* syntheticSeeds(): Generator<DemoAgencySeed> {
  for (let round = 1; ; round++) {
    for (const region of REGIONS) {
      for (const [unit, head] of SYNTHETIC_UNITS) {
        const suffix = round === 1 ? '' : ` Unit ${round}`;
        yield { name: `${unit} ${region}${suffix}`, shortName: '', group: 'Pemerintah Kabupaten/Kota', region, headPosition: head };
      }
    }
  }
}


/** The same options always give the same data, ids included. */
export function generateDemoData(options: DemoOptions = {}): DemoData {
  const rand = seededRandom(options.seed ?? 2025);
  let tick = 0;
  const id = () => seededUuid(rand, BASE_TIME + tick++);
  const groups = DEFAULT_AGENCY_GROUPS.map((name, i) => ({ id: id(), name, sortOrder: (i + 1) * 10 }));

  const real = babelAgencies();
  const target = Math.max(options.agencyCount ?? real.length, 0);
  const seeds: DemoAgencySeed[] = real.slice(0, target);
  const taken = new Set(seeds.map((s) => nameKey(s.name)));
  const extra = syntheticSeeds();
  while (seeds.length < target) {
    const next = extra.next().value as DemoAgencySeed;
    if (taken.has(nameKey(next.name))) continue;
    taken.add(nameKey(next.name));
    seeds.push(next);
  }

  const agencies = seeds.map((s, i): DemoAgency => {
    const person = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
    const areaCode = s.region.includes('Belitung') ? '0719' : '0717';
    const slug = (s.shortName || s.name).toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 18);
    return {
      ...s,
      id: id(),
      address: `Jl. ${pick(rand, ['Jenderal Sudirman', 'Ahmad Yani', 'Merdeka', 'Diponegoro', 'Pahlawan 12', 'Soekarno Hatta'])} No. ${1 + Math.floor(rand() * 200)}, ${seatOf(s.region)}`,
      phone: `(${areaCode}) ${400000 + Math.floor(rand() * 99999)}`,
      email: rand() < 0.8 ? `${slug || 'instansi'}@contoh.go.id` : '',
      headName: person,
      headNip: s.headPosition === 'General Manager' || s.headPosition === 'Direktur Utama' || s.headPosition.startsWith('Kepala Cabang') ? '' : demoNip(rand),
      // A few inactive agencies, as after a reorganisation, so lists show both states.
      active: i % 23 !== 22,
      notes: '',
    };
  });
  const roster = demoRoster(agencies, rand, id, options.today ?? '2025-11-22', options.extraRotations ?? 0);
  const partnerships = demoPartnerships(agencies, options.today ?? '2025-11-22', options.seed);
  const ceremony = demoCeremony(agencies, roster.persons, roster.assignments, options.today ?? '2025-11-22', options.seed);
  return { office: DEMO_OFFICE, groups, agencies, ...roster, ...partnerships, ceremony };
}
