import type { z } from 'zod';
import type { caseLetterInput } from '../../../../shared/contract/cases';
import type { CaseLetterResultDto } from '../../../../shared/dto';
import { formatDateId } from '../../../../shared/dates';
import { uuidv7 } from '../../../../shared/uuid';
import { documentFileName, MIME } from '../../documents/fileNames';
import { officePrintProfile } from '../../documents/officePrintProfile';
import { storeGeneratedDocument } from '../../documents/store';
import { asOf } from '../../roster/queries';
import type { ServiceContext } from '../../service';
import { loadWorkCalendar } from '../calendar/service';
import { assertCaseDate, loadCaseHead } from '../caseRules';
import { assertNoLeak, loadIdentity } from '../confidentiality';
import { loadClockRules, refreshCaseDue } from '../deadlines/refresh';
import { insertEvent } from '../events';
import { takeNumber } from '../numbering';
import { caseEvent, getCase } from '../queries/detail';
import { stampForwarding } from '../stages';
import { LETTER_SUBJECTS, renderCaseLetter } from './letterPdf';

/**
 * A clarification request or a reminder to the reported agency: numbered from the letter
 * register, addressed through the focal point serving on the letter's date, printed with the
 * letterhead and the head of office's signature block, and registered on the timeline (whose
 * reply clock it starts). A case not yet forwarded is forwarded by its clarification letter.
 */
export async function printCaseLetter(input: z.output<typeof caseLetterInput>, ctx: ServiceContext): Promise<CaseLetterResultDto> {
  const head = await loadCaseHead(input.caseId, ctx);
  assertCaseDate(input.date, head.received_on, 'date', ctx);
  const copies = input.copies.split('\n').map((c) => c.trim()).filter(Boolean);
  await assertNoLeak(input.caseId, ctx, [
    { field: 'extraText', label: 'Teks tambahan surat', text: input.extraText },
    { field: 'copies', label: 'Tembusan', text: input.copies },
  ]);
  if (!head.forwarded_on) await stampForwarding(input.caseId, head.agency_id, input.date, `Diteruskan bersama surat ${LETTER_SUBJECTS[input.kind].toLowerCase()}.`, ctx);
  const detail = await getCase(input.caseId, ctx);
  const rule = (await loadClockRules(ctx)).find((r) => r.active && r.trigger === `letter_${input.kind}`);
  const replyDays = input.replyDays ?? rule?.days ?? 14;
  const replyUnit = rule?.unit ?? 'working';
  const replyDueOn = (await loadWorkCalendar(ctx)).addDays(input.date, replyDays, replyUnit)!;
  const [agency] = (await ctx.manager.query(`SELECT name, head_position, region FROM agencies WHERE id = ?`, [head.agency_id])) as Array<{ name: string; head_position: string; region: string }>;
  const { primary } = await asOf(head.agency_id, input.date, ctx);
  const previous = detail.events.filter((e) => e.kind === 'letter_sent' && e.letterKind === 'klarifikasi' && !e.cancelled && e.occurredOn <= input.date).at(-1);
  const identity = head.confidential === 1 ? null : await loadIdentity(input.caseId, ctx);

  const eventId = uuidv7();
  const number = await takeNumber('letter', input.date, { entity: 'case_event', entityId: eventId }, ctx, input.reservedNumberId);
  const { bytes, pages } = await renderCaseLetter({
    kind: input.kind,
    profile: await officePrintProfile(ctx),
    number: number.number,
    date: input.date,
    agencyName: agency!.name,
    agencyHeadPosition: agency!.head_position,
    agencyRegion: agency!.region,
    focalPoint: primary ? { name: primary.person.name, position: primary.person.position } : null,
    registerNumber: detail.registerNumber,
    receivedOn: detail.receivedOn,
    summary: detail.summary,
    subject: detail.subjectName,
    maladministration: detail.maladministrationNames,
    agencyUnit: detail.agencyUnit,
    reporterName: identity?.name ?? null,
    replyDays,
    replyUnit,
    replyDueOn,
    previous: previous ? { number: previous.letterNumber, date: previous.occurredOn } : null,
    extraText: input.extraText,
    copies,
    resourcesDir: ctx.paths.resourcesDir,
    createdAt: ctx.now(),
  });
  const document = await storeGeneratedDocument(
    {
      kind: `caseLetter_${input.kind}`,
      title: `${LETTER_SUBJECTS[input.kind]} ${detail.registerNumber}`,
      fileName: documentFileName([LETTER_SUBJECTS[input.kind], detail.registerNumber.replace(/\//g, '-'), input.date], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'case', id: input.caseId },
    },
    ctx,
  );
  await insertEvent(
    {
      id: eventId,
      caseId: input.caseId,
      officeCode: head.office_code,
      kind: 'letter_sent',
      occurredOn: input.date,
      title: `${LETTER_SUBJECTS[input.kind]} kepada ${agency!.name}`.slice(0, 200),
      details: primary ? `Melalui narahubung ${primary.person.name}. Batas tanggapan ${formatDateId(replyDueOn)}.` : `Batas tanggapan ${formatDateId(replyDueOn)}.`,
      letterKind: input.kind,
      letterNumber: number.number,
      numberId: number.id,
      documentId: document.id,
      replyDays: input.replyDays ?? null,
    },
    ctx,
  );
  await refreshCaseDue(input.caseId, ctx);
  const event = await caseEvent(eventId, ctx);
  await ctx.audit.record({ entity: 'case_event', entityId: eventId, action: 'printLetter', before: null, after: event });
  return { document, event, letterNumber: number.number, replyDueOn };
}
