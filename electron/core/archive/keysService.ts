import { join } from 'node:path';
import type { KeyFileDto, TrustedKeyDto } from '../../../shared/dto';
import { KEY_FILE_EXTENSION } from '../../../shared/archive';
import { uuidv7 } from '../../../shared/uuid';
import { writeFileAtomic } from '../documents/atomicWrite';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { DeliverableFile } from '../host';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { TrustedKeyEntity, type TrustedKey } from './entities';
import { publicKeyFileText, readPublicKeyFile, type PublicKeyFile } from './keyFile';
import { keyFolder, loadOrCreateOfficeKey, readOfficeKey } from './officeKey';
import type { VerifyOptions } from './verify';

/**
 * Office keys at head office: the list of public keys it trusts, each bound to one office
 * code. Keys are deactivated (revoked), never deleted: imports recorded with a key keep
 * naming it.
 */
export const toTrustedKeyDto = (k: TrustedKey): TrustedKeyDto => ({
  id: k.id,
  officeCode: k.keyOfficeCode,
  officeName: k.keyOfficeName,
  fingerprint: k.fingerprint,
  active: k.active,
  note: k.note,
  createdAt: k.createdAt,
});

export async function listKeys(ctx: ServiceContext): Promise<TrustedKeyDto[]> {
  const rows = await ctx.manager.find(TrustedKeyEntity, { order: { keyOfficeCode: 'ASC', createdAt: 'DESC' } });
  return rows.map(toTrustedKeyDto);
}

/** Own key and every listed key, for verification. */
export async function keyLookup(ctx: Pick<ServiceContext, 'manager' | 'paths'>): Promise<Pick<VerifyOptions, 'lookupKey' | 'officeHasKey'>> {
  const own = await readOfficeKey(ctx.paths.dataDir);
  const office = await findLocalOffice(ctx);
  const rows = await ctx.manager.find(TrustedKeyEntity);
  return {
    lookupKey: (fingerprint) => {
      if (own && office && own.fingerprint === fingerprint) return { status: 'own', officeCode: office.officeCode };
      const row = rows.find((r) => r.fingerprint === fingerprint);
      if (!row) return null;
      return { status: row.active ? 'trusted' : 'revoked', officeCode: row.keyOfficeCode };
    },
    officeHasKey: (code) => (own !== null && office?.officeCode === code) || rows.some((r) => r.active && r.keyOfficeCode === code),
  };
}

function parseKeyText(text: string): PublicKeyFile {
  const file = readPublicKeyFile(text);
  if (!file) throw new DomainError('VALIDATION', 'archiveKeyFileInvalid', {}, { text: { key: 'archiveKeyFileInvalid' } });
  return file;
}

async function knownAs(file: PublicKeyFile, ctx: ServiceContext): Promise<KeyFileDto['known']> {
  const own = await readOfficeKey(ctx.paths.dataDir);
  if (own?.fingerprint === file.fingerprint) return 'own';
  const row = await ctx.manager.findOne(TrustedKeyEntity, { where: { fingerprint: file.fingerprint } });
  return row ? (row.active ? 'trusted' : 'revoked') : null;
}

export async function readKey(text: string, ctx: ServiceContext): Promise<KeyFileDto> {
  const file = parseKeyText(text);
  return { officeCode: file.officeCode, officeName: file.officeName, fingerprint: file.fingerprint, createdAt: file.createdAt, known: await knownAs(file, ctx) };
}

export async function trustKey(input: { text: string; note: string }, ctx: ServiceContext): Promise<TrustedKeyDto> {
  const file = parseKeyText(input.text);
  const known = await knownAs(file, ctx);
  if (known === 'own') throw new DomainError('CONFLICT', 'archiveKeyOwn');
  const existing = await ctx.manager.findOne(TrustedKeyEntity, { where: { fingerprint: file.fingerprint } });
  if (existing?.active) throw new DomainError('DUPLICATE', 'archiveKeyAlreadyTrusted', { office: existing.keyOfficeCode });
  if (existing) return setKeyActive({ id: existing.id, active: true }, ctx);
  const office = await findLocalOffice(ctx);
  const now = ctx.now().toISOString();
  const row: TrustedKey = {
    id: uuidv7(),
    officeCode: office?.officeCode ?? '-',
    keyOfficeCode: file.officeCode,
    keyOfficeName: file.officeName,
    publicKey: file.publicKeyDer.toString('base64'),
    fingerprint: file.fingerprint,
    active: true,
    note: input.note,
    deactivatedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.manager.insert(TrustedKeyEntity, row);
  await ctx.audit.record({ entity: 'archive_trusted_key', entityId: row.id, action: 'trust', before: null, after: toTrustedKeyDto(row) });
  return toTrustedKeyDto(row);
}

export async function setKeyActive(input: { id: string; active: boolean }, ctx: ServiceContext): Promise<TrustedKeyDto> {
  const row = await ctx.manager.findOne(TrustedKeyEntity, { where: { id: input.id } });
  if (!row) throw notFound();
  if (row.active === input.active) throw new DomainError('CONFLICT', 'alreadyInState');
  const updatedAt = nextTimestamp(ctx, row.updatedAt);
  const changed: TrustedKey = { ...row, active: input.active, deactivatedAt: input.active ? null : updatedAt, updatedAt };
  await ctx.manager.update(TrustedKeyEntity, { id: row.id }, { active: changed.active, deactivatedAt: changed.deactivatedAt, updatedAt });
  await ctx.audit.record({ entity: 'archive_trusted_key', entityId: row.id, action: input.active ? 'trust' : 'revoke', before: toTrustedKeyDto(row), after: toTrustedKeyDto(changed) });
  return toTrustedKeyDto(changed);
}

/** This office's public key as a file for head office (the key pair is made on first use). */
export async function deliverOwnKey(ctx: ServiceContext): Promise<DeliverableFile> {
  const office = await findLocalOffice(ctx);
  if (!office) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  const key = await loadOrCreateOfficeKey(ctx.paths.dataDir, ctx.now());
  const fileName = `simpul-kunci-${office.officeCode}.${KEY_FILE_EXTENSION}`;
  const path = join(keyFolder(ctx.paths.dataDir), fileName);
  const text = publicKeyFileText({ officeCode: office.officeCode, officeName: office.officeName, publicKeyDer: key.publicKeyDer, fingerprint: key.fingerprint, createdAt: key.createdAt });
  await writeFileAtomic(path, Buffer.from(text, 'utf8'));
  return { path, fileName, mimeType: 'application/json' };
}
