import type { GeneratedDocumentDto } from '../../../shared/dto';
import { todayIso } from '../../../shared/dates';
import { uuidv7 } from '../../../shared/uuid';
import { CommitmentSheetBook } from '../documents/commitmentSheets/commitmentSheetPdf';
import { documentFileName, MIME } from '../documents/fileNames';
import { officePrintProfile, type OfficePrintProfile } from '../documents/officePrintProfile';
import { storeGeneratedDocument } from '../documents/store';
import { nextTimestamp } from '../db/timestamps';
import type { ServiceContext } from '../service';
import { touchPlan } from './commitments';
import { CommitmentEntity, CommitmentPrintEntity, type CommitmentPrint } from './entities';
import { getActionPlan, getCommitment, type LoadedCommitment } from './queries';

export function newSheetBook(profile: OfficePrintProfile, env: { resourcesDir: string; createdAt: Date; title: string }): CommitmentSheetBook {
  return new CommitmentSheetBook({ paper: profile.paper, letterhead: profile.letterhead, officeName: profile.officeName, ...env });
}

/**
 * Records each printed sheet (its code and content hash, against the stored PDF) and moves
 * drafts to "dicetak" with today's date; a sheet printed again keeps its status and gets
 * today as its printing date unless it is signed already.
 */
export async function recordPrints(items: readonly LoadedCommitment[], documentId: string, ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx.now());
  const now = ctx.now().toISOString();
  const prints: CommitmentPrint[] = items.map((i) => ({
    id: uuidv7(),
    officeCode: '',
    commitmentId: i.dto.id,
    code: i.dto.code,
    contentSha256: i.digest,
    printedOn: today,
    documentId,
    createdAt: now,
    updatedAt: now,
  }));
  const [office] = (await ctx.manager.query(`SELECT office_code FROM commitments WHERE id = ?`, [items[0]!.dto.id])) as Array<{ office_code: string }>;
  for (const p of prints) p.officeCode = office!.office_code;
  for (let i = 0; i < prints.length; i += 40) await ctx.manager.insert(CommitmentPrintEntity, prints.slice(i, i + 40));
  const audit = [];
  for (const item of items) {
    const c = item.dto;
    if (c.status !== 'draft' && c.status !== 'dicetak') continue;
    const change = { status: 'dicetak' as const, printedOn: today, updatedAt: nextTimestamp(ctx, c.updatedAt) };
    await ctx.manager.update(CommitmentEntity, { id: c.id }, change);
    audit.push({ entity: 'commitment', entityId: c.id, action: 'print', before: { status: c.status, printedOn: c.printedOn }, after: { ...change, code: c.code } });
  }
  await ctx.audit.recordMany(audit);
  await touchPlan(items[0]!.dto.planId, ctx);
}

/** commitments.print: one agency's sheet. */
export async function printCommitment(input: { id: string }, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const item = await getCommitment(input.id, ctx);
  const plan = await getActionPlan(item.dto.planId, ctx);
  const profile = await officePrintProfile(ctx);
  const book = newSheetBook(profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now(), title: `${item.content.sheetTitle} - ${item.dto.agencyName}` });
  book.add(item.content, item.dto.code);
  const { bytes, pages } = await book.finish();
  const doc = await storeGeneratedDocument(
    {
      kind: 'commitmentSheet',
      title: `Lembar komitmen ${item.dto.agencyName} (${plan.title})`,
      fileName: documentFileName(['Lembar Komitmen', item.dto.agencyShortName || item.dto.agencyName, plan.title], 'pdf'),
      mimeType: MIME.pdf,
      bytes,
      pages,
      related: { entity: 'commitment', id: item.dto.id },
    },
    ctx,
  );
  await recordPrints([item], doc.id, ctx);
  return doc;
}
