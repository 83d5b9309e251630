import type { z } from 'zod';
import type { caseLinkInput } from '../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { loadCaseHead } from './caseRules';
import { getCase } from './queries/detail';

/** Links two cases (same reporter, same matter); the pair is stored once, in id order. */
export async function linkCases(input: z.output<typeof caseLinkInput>, ctx: ServiceContext): Promise<CaseDetailDto> {
  if (input.caseId === input.otherCaseId) throw new DomainError('VALIDATION', 'caseLinkSelf', {}, { otherCaseId: { key: 'caseLinkSelf' } });
  const head = await loadCaseHead(input.caseId, ctx);
  await loadCaseHead(input.otherCaseId, ctx);
  const [a, b] = input.caseId < input.otherCaseId ? [input.caseId, input.otherCaseId] : [input.otherCaseId, input.caseId];
  const [exists] = (await ctx.manager.query(`SELECT 1 FROM case_links WHERE case_a_id = ? AND case_b_id = ?`, [a, b])) as unknown[];
  if (exists) throw new DomainError('DUPLICATE', 'caseLinkExists', {}, { otherCaseId: { key: 'caseLinkExists' } });
  const id = uuidv7();
  const now = ctx.now().toISOString();
  await ctx.manager.query(`INSERT INTO case_links (id, office_code, case_a_id, case_b_id, reason, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
    id, head.office_code, a, b, input.reason, input.note, now, now,
  ]);
  await ctx.audit.record({ entity: 'case_link', entityId: id, action: 'create', before: null, after: { caseA: a, caseB: b, reason: input.reason, note: input.note } });
  return getCase(input.caseId, ctx);
}

export async function unlinkCases(id: string, ctx: ServiceContext): Promise<{ id: string }> {
  const [row] = (await ctx.manager.query(`SELECT * FROM case_links WHERE id = ?`, [id])) as Array<Record<string, string>>;
  if (!row) throw notFound();
  await ctx.manager.query(`DELETE FROM case_links WHERE id = ?`, [id]);
  await ctx.audit.record({ entity: 'case_link', entityId: id, action: 'delete', before: row, after: null });
  return { id };
}
