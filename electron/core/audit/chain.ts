import { createHash } from 'node:crypto';
import type { AuditBreakReason } from '../../../shared/dto';

/**
 * The audit trail's hash chain. Each entry's hash covers its position, every stored field
 * and the previous entry's hash, so changing, removing, inserting or reordering an entry
 * breaks the chain from there on. Anyone with the database file could recompute the whole
 * chain; writing down (or archiving) the newest hash that audit.verify reports makes even
 * that, and a cut-off tail, detectable.
 */

/** prev_hash of the first entry. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation ever changes (old entries keep verifying under their tag). */
const CHAIN_TAG = 'simpul-audit-v1';

export interface ChainedAuditFields {
  seq: number;
  id: string;
  officeCode: string;
  at: string;
  actorId: string;
  actorName: string;
  transport: string;
  channel: string;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
}

/**
 * SHA-256 over a canonical serialisation: a JSON array in a fixed order. Every member is a
 * string, an integer or null, whose JSON form is unique, so equal entries hash equally.
 */
export function auditEntryHash(e: ChainedAuditFields): string {
  const canonical = JSON.stringify([
    CHAIN_TAG,
    e.seq,
    e.id,
    e.officeCode,
    e.at,
    e.actorId,
    e.actorName,
    e.transport,
    e.channel,
    e.action,
    e.entity,
    e.entityId,
    e.beforeJson,
    e.afterJson,
    e.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainBreak {
  id: string;
  /** The position (seq) at which the chain stops holding. */
  position: number;
  reason: AuditBreakReason;
}

/**
 * Checks entries in seq order, one at a time (the caller streams them): the first problem
 * wins. Positions must run 1, 2, 3, ...; a gap means entries were removed.
 */
export class ChainWalker {
  private expectedSeq = 1;
  private prevHash = AUDIT_GENESIS_HASH;
  private checked = 0;
  broken: ChainBreak | null = null;
  head: { seq: number; hash: string } | null = null;

  /** Returns false once the chain is broken (the caller may stop). */
  next(stored: ChainedAuditFields & { hash: string }): boolean {
    if (this.broken) return false;
    this.checked += 1;
    const at = (reason: AuditBreakReason, position = this.expectedSeq): false => {
      this.broken = { id: stored.id, position, reason };
      return false;
    };
    if (!Number.isInteger(stored.seq) || stored.seq < this.expectedSeq) return at('sequenceInvalid');
    if (stored.seq > this.expectedSeq) return at('entryMissing');
    if (stored.prevHash !== this.prevHash) return at('linkBroken');
    if (auditEntryHash(stored) !== stored.hash) return at('contentChanged');
    this.prevHash = stored.hash;
    this.head = { seq: stored.seq, hash: stored.hash };
    this.expectedSeq += 1;
    return true;
  }

  get entries(): number {
    return this.checked;
  }
}
