import { DEFAULT_COMMITMENT_TEMPLATE } from '../../../shared/commitmentTemplate';
import { DEFAULT_EVENT_TYPES } from '../../../shared/eventDefaults';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { CommitmentTemplateEntity, type CommitmentTemplate } from '../actionPlans/entities';
import type { ServiceContext } from '../service';
import { EventTypeEntity, type EventType } from './entities';

/**
 * The event types and the commitment template a new office starts with (both editable);
 * seeded with the office profile, like the agency groups. Does nothing once either exists.
 */
export async function ensureEventDefaults(ctx: Pick<ServiceContext, 'manager' | 'now' | 'audit'>, officeCode: string): Promise<void> {
  const now = ctx.now().toISOString();
  const stamp = { officeCode, createdAt: now, updatedAt: now };
  if ((await ctx.manager.count(EventTypeEntity, { where: { officeCode } })) === 0) {
    const types: EventType[] = DEFAULT_EVENT_TYPES.map((name, i) => ({ id: uuidv7(), name, nameKey: nameKey(name), sortOrder: (i + 1) * 10, active: true, ...stamp }));
    await ctx.manager.insert(EventTypeEntity, types);
    await ctx.audit.recordMany(types.map((r) => ({ entity: 'event_type', entityId: r.id, action: 'create', before: null, after: r })));
  }
  if ((await ctx.manager.count(CommitmentTemplateEntity, { where: { officeCode } })) === 0) {
    const t = DEFAULT_COMMITMENT_TEMPLATE;
    const row: CommitmentTemplate = { id: uuidv7(), name: t.name, nameKey: nameKey(t.name), sheetTitle: t.sheetTitle, opening: t.opening, closing: t.closing, active: true, ...stamp };
    await ctx.manager.insert(CommitmentTemplateEntity, row);
    await ctx.audit.record({ entity: 'commitment_template', entityId: row.id, action: 'create', before: null, after: row });
  }
}

/** The office code changed before any record used it: the seeded master data follows. */
export async function restampEventDefaults(ctx: Pick<ServiceContext, 'manager'>, from: string, to: string): Promise<void> {
  await ctx.manager.update(EventTypeEntity, { officeCode: from }, { officeCode: to });
  await ctx.manager.update(CommitmentTemplateEntity, { officeCode: from }, { officeCode: to });
}
