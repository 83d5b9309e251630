import type { z } from 'zod';
import type { commitmentTemplateSaveInput } from '../../../shared/contract/actionPlans';
import type { CommitmentTemplateDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { CommitmentTemplateEntity, type CommitmentTemplate } from './entities';

export async function listCommitmentTemplates(ctx: Pick<ServiceContext, 'manager'>): Promise<CommitmentTemplateDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT t.id, t.name, t.sheet_title, t.opening, t.closing, t.active, t.updated_at,
            (SELECT count(*) FROM action_plans p WHERE p.template_id = t.id) AS n
       FROM commitment_templates t ORDER BY t.active DESC, t.name_key`,
  )) as Array<{ id: string; name: string; sheet_title: string; opening: string; closing: string; active: number; updated_at: string; n: number }>;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sheetTitle: r.sheet_title,
    opening: r.opening,
    closing: r.closing,
    active: r.active === 1,
    planCount: r.n,
    updatedAt: r.updated_at,
  }));
}

async function templateDto(id: string, ctx: ServiceContext): Promise<CommitmentTemplateDto> {
  const found = (await listCommitmentTemplates(ctx)).find((t) => t.id === id);
  if (!found) throw notFound();
  return found;
}

/**
 * Saves a template; its texts were checked for unknown placeholders by the contract. The
 * wording of a template behind sheets already signed stays as signed: such a template can be
 * renamed or retired, and a new one made for new wording.
 */
export async function saveCommitmentTemplate(input: z.output<typeof commitmentTemplateSaveInput>, ctx: ServiceContext): Promise<CommitmentTemplateDto> {
  const officeCode = await requireOfficeCode(ctx);
  const key = nameKey(input.name);
  const clash = await ctx.manager.findOne(CommitmentTemplateEntity, { where: { officeCode, nameKey: key } });
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'templateDuplicate', { name: clash.name }, { name: { key: 'templateDuplicate', params: { name: clash.name } } });
  }
  const wording = { sheetTitle: input.sheetTitle, opening: input.opening, closing: input.closing };
  if (!input.id) {
    const now = ctx.now().toISOString();
    const row: CommitmentTemplate = { id: uuidv7(), officeCode, name: input.name, nameKey: key, ...wording, active: input.active, createdAt: now, updatedAt: now };
    await ctx.manager.insert(CommitmentTemplateEntity, row);
    await ctx.audit.record({ entity: 'commitment_template', entityId: row.id, action: 'create', before: null, after: row });
    return templateDto(row.id, ctx);
  }
  const existing = await ctx.manager.findOne(CommitmentTemplateEntity, { where: { id: input.id } });
  if (!existing) throw notFound();
  const wordingChanged = existing.sheetTitle !== wording.sheetTitle || existing.opening !== wording.opening || existing.closing !== wording.closing;
  if (wordingChanged) {
    const [{ n }] = (await ctx.manager.query(
      `SELECT count(*) AS n FROM commitments c JOIN action_plans p ON p.id = c.plan_id
        WHERE p.template_id = ? AND c.status IN ('ditandatangani', 'diarsipkan')`,
      [input.id],
    )) as [{ n: number }];
    if (n > 0) throw new DomainError('CONFLICT', 'templateInUse', {}, { opening: { key: 'templateInUse' } });
  }
  const change = { name: input.name, nameKey: key, ...wording, active: input.active, updatedAt: nextTimestamp(ctx, existing.updatedAt) };
  await ctx.manager.update(CommitmentTemplateEntity, { id: input.id }, change);
  await ctx.audit.record({ entity: 'commitment_template', entityId: input.id, action: 'update', before: existing, after: { ...existing, ...change } });
  return templateDto(input.id, ctx);
}
