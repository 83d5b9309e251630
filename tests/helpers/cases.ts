import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseCreateInput } from '../../shared/contract/cases';
import type { CaseMasterDto, CaseMasterList } from '../../shared/dto';
import { permissionsFor, type Permission, type Role } from '../../shared/permissions';
import type { RequestContext } from '../../electron/core';
import { seedPartners, type Partners } from './partnerships';
import { readPdf } from './pdfText';
import { contextAs, openTempCore, type TempCore } from './tempCore';

/** A clock the test moves: the core's "today" follows it. */
export class TestClock {
  constructor(private iso: string) {}
  now = (): Date => new Date(`${this.iso}T03:00:00.000Z`);
  set(day: string): void {
    this.iso = day;
  }
  get today(): string {
    return this.iso;
  }
}

export interface CaseWorld {
  t: TempCore;
  clock: TestClock;
  partners: Partners;
  master: CaseMasterDto;
  /** Master item id by list and code. */
  item(list: CaseMasterList, code: string): string;
  /** The focal point serving Pemkab Bangka Tengah from 2024-01-01. */
  focalName: string;
}

/** A role's rights plus, when asked, the grant to see confidential identities (whichever way the users work lands). */
export function contextWith(role: Role, confidential = false): RequestContext {
  const base = contextAs(role);
  const set = new Set<Permission>(permissionsFor(role));
  if (confidential) set.add('confidential.read');
  else set.delete('confidential.read');
  return { ...base, permissions: set };
}

export async function openCaseWorld(today = '2025-03-20'): Promise<CaseWorld> {
  const clock = new TestClock(today);
  const t = await openTempCore({ now: clock.now });
  const partners = await seedPartners(t);
  const master = await t.must('caseMaster.list');
  const focalName = 'Rahmat Hidayat';
  await t.must('roster.assign', {
    agencyId: partners.bateng.id,
    person: { newPerson: { name: focalName, position: 'Inspektur Pembantu', phone: '0812-7000-1111', whatsapp: '0812 7000 1111' } },
    startDate: '2024-01-01',
  });
  return {
    t,
    clock,
    partners,
    master,
    focalName,
    item: (list, code) => {
      const found = master[list].find((i) => i.code === code);
      if (!found) throw new Error(`no ${list} ${code}`);
      return found.id;
    },
  };
}

export function caseInput(w: CaseWorld, patch: Partial<CaseCreateInput> = {}): CaseCreateInput {
  return {
    receivedOn: '2025-03-03',
    channelId: w.item('channel', 'datang_langsung'),
    trackId: w.item('track', 'reguler'),
    agencyId: w.partners.bateng.id,
    agencyUnit: 'Dinas Kependudukan dan Pencatatan Sipil',
    subjectId: w.item('subject', 'adminduk'),
    maladministrationIds: [w.item('maladministration', 'penundaan_berlarut')],
    summary: 'Pencetakan KTP-el tertunda berbulan-bulan karena blangko disebut habis',
    chronology: 'Perekaman dilakukan bulan Oktober; sejak itu pemohon datang lima kali dan selalu diminta kembali.',
    expectedOutcome: 'KTP-el segera dicetak.',
    assignedStaff: 'Yoga Pratama',
    reporter: { name: 'Siti Aminah', address: 'Jl. Merdeka 5, Koba', phone: '0813-6789-1234', email: 'siti@contoh.id', idNumber: '1904015505800003', representing: '' },
    confidential: false,
    ...patch,
  };
}

/** The stored file of a generated document (documents/<year>/<id>.<ext>), found by its id. */
export function documentPath(w: CaseWorld, documentId: string): string {
  const year = readdirSync(join(w.t.dir, 'documents')).find((y) => readdirSync(join(w.t.dir, 'documents', y)).some((f) => f.startsWith(documentId)))!;
  const file = readdirSync(join(w.t.dir, 'documents', year)).find((f) => f.startsWith(documentId))!;
  return join(w.t.dir, 'documents', year, file);
}

export async function documentText(w: CaseWorld, documentId: string): Promise<string> {
  const pages = await readPdf(readFileSync(documentPath(w, documentId)));
  return pages.map((p) => p.text).join('\n');
}
