import type { z } from 'zod';
import type { officeSettingsInput } from '../../../shared/contract/settings';
import type { OfficeSettingsDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { ensureDefaultGroups } from '../agencies/defaultGroups';
import { ensureCaseSetup, restampCaseSetup } from '../cases/setup/ensure';
import { ensureEventDefaults, restampEventDefaults } from '../events/defaults';
import { AgencyEntity, AgencyGroupEntity } from '../agencies/entities';
import { nextTimestamp } from '../db/timestamps';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../auth/sessions';
import { stampUsersWithOffice } from '../auth/users';
import { DomainError, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { OfficeSettingsEntity, type OfficeSettings } from './entity';

type SettingsInput = z.output<typeof officeSettingsInput>;

export function toSettingsDto(s: OfficeSettings): OfficeSettingsDto {
  return {
    officeCode: s.officeCode,
    officeName: s.officeName,
    province: s.province,
    city: s.city,
    address: s.address,
    phone: s.phone,
    email: s.email,
    website: s.website,
    logoDataUrl: s.logoDataUrl,
    headName: s.headName,
    headPosition: s.headPosition,
    headNip: s.headNip,
    paperSize: s.paperSize,
    letterNumberPattern: s.letterNumberPattern,
    staleAfterMonths: s.staleAfterMonths,
    idleLockMinutes: s.idleLockMinutes,
    updatesEnabled: s.updatesEnabled,
    updateFeedUrl: s.updateFeedUrl,
    updatedAt: s.updatedAt,
  };
}

export async function findLocalOffice(ctx: Pick<ServiceContext, 'manager'>): Promise<OfficeSettings | null> {
  return ctx.manager.findOne(OfficeSettingsEntity, { where: { isLocal: true } });
}

/** The office code every new record is stamped with; refuses work before the profile exists. */
export async function requireOfficeCode(ctx: Pick<ServiceContext, 'manager'>): Promise<string> {
  const office = await findLocalOffice(ctx);
  if (!office) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  return office.officeCode;
}

export async function getSettings(ctx: ServiceContext): Promise<OfficeSettingsDto | null> {
  const office = await findLocalOffice(ctx);
  return office ? toSettingsDto(office) : null;
}

/** Saves the office profile; the first save ends first run and seeds the default groups. */
export async function updateSettings(input: SettingsInput, ctx: ServiceContext): Promise<OfficeSettingsDto> {
  const { expectedUpdatedAt, updatesEnabled, updateFeedUrl, idleLockMinutes, ...profile } = input;
  const existing = await findLocalOffice(ctx);
  // Left out of the input = unchanged; a new profile starts with updates on and no feed.
  const fields = {
    ...profile,
    updatesEnabled: updatesEnabled ?? existing?.updatesEnabled ?? true,
    updateFeedUrl: updateFeedUrl ?? existing?.updateFeedUrl ?? '',
    idleLockMinutes: idleLockMinutes ?? existing?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
  };
  const now = ctx.now().toISOString();

  if (existing && expectedUpdatedAt !== null && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();

  if (existing && existing.officeCode !== fields.officeCode) {
    // Records carry the code they were created with; once agencies exist it is settled.
    const agencies = await ctx.manager.count(AgencyEntity, { where: { officeCode: existing.officeCode } });
    if (agencies > 0) {
      throw new DomainError('CONFLICT', 'officeCodeLocked', { code: existing.officeCode }, {
        officeCode: { key: 'officeCodeLocked', params: { code: existing.officeCode } },
      });
    }
    await ctx.manager.update(AgencyGroupEntity, { officeCode: existing.officeCode }, { officeCode: fields.officeCode });
    await restampEventDefaults(ctx, existing.officeCode, fields.officeCode);
    await restampCaseSetup(ctx, existing.officeCode, fields.officeCode);
  }

  const row: OfficeSettings = existing
    ? { ...existing, ...fields, updatedAt: nextTimestamp(ctx, existing.updatedAt) }
    : { id: uuidv7(), isLocal: true, createdAt: now, updatedAt: now, ...fields };
  await ctx.manager.save(OfficeSettingsEntity, row);
  await ctx.audit.record({
    entity: 'office_settings',
    entityId: row.id,
    action: existing ? 'update' : 'create',
    before: existing ? toSettingsDto(existing) : null,
    after: toSettingsDto(row),
  });
  if (!existing) await ensureDefaultGroups(ctx, row.officeCode);
  // Complaint master data, deadline rules and calendar (cases/setup): idempotent.
  await ensureCaseSetup(ctx, row.officeCode);
  if (!existing) await ensureEventDefaults(ctx, row.officeCode);
  // Accounts made before the profile existed (the first administrator) join the office.
  await stampUsersWithOffice(ctx, row.officeCode);
  // The desktop updater follows the admin's switch and feed at once, not at its next check.
  ctx.effects.afterCommit(() => ctx.request.host?.updates?.settingsChanged());
  return toSettingsDto(row);
}
