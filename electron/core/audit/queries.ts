import type { z } from 'zod';
import type { auditListInput } from '../../../shared/contract/audit';
import type { AuditEntryDto, AuditFacetsDto, AuditVerifyDto, Page } from '../../../shared/dto';
import type { ServiceContext } from '../service';
import { ChainWalker } from './chain';
import type { AuditEntry } from './entity';

type ListInput = z.output<typeof auditListInput>;

interface Row {
  id: string;
  seq: number;
  office_code: string;
  at: string;
  actor_id: string;
  actor_name: string;
  transport: string;
  channel: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

const parse = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json; // shown as stored; audit.verify says whether it was altered
  }
};

/** A stored row as the chain sees it (every field the hash covers, and the hash). */
const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  id: r.id,
  officeCode: r.office_code,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  transport: r.transport,
  channel: r.channel,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  beforeJson: r.before_json,
  afterJson: r.after_json,
  prevHash: r.prev_hash,
  hash: r.hash,
});

const toDto = (r: Row): AuditEntryDto => {
  const { officeCode: _office, prevHash: _prev, beforeJson, afterJson, ...rest } = toEntry(r);
  return { ...rest, before: parse(beforeJson), after: parse(afterJson) };
};

/** A local calendar date's start as a UTC instant (the office PC's time zone is the office's). */
const localDayStart = (iso: string, plusDays = 0): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
};

/** Newest first, filtered by who, what record, which channel or action, and when. */
export async function listAudit(input: ListInput, ctx: ServiceContext): Promise<Page<AuditEntryDto>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const eq = (column: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  eq('actor_id', input.actorId);
  eq('entity', input.entity);
  eq('entity_id', input.entityId?.trim());
  eq('channel', input.channel);
  eq('action', input.action);
  if (input.from) {
    where.push('at >= ?');
    params.push(localDayStart(input.from));
  }
  if (input.to) {
    where.push('at < ?');
    params.push(localDayStart(input.to, 1));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM audit_log ${clause}`, params)) as [{ n: number }];
  const rows = (await ctx.manager.query(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`, [
    ...params,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  ])) as Row[];
  return { items: rows.map(toDto), total: n, page: input.page, pageSize: input.pageSize };
}

/** The values the viewer's filters offer. */
export async function auditFacets(ctx: ServiceContext): Promise<AuditFacetsDto> {
  const column = async (sql: string) => ((await ctx.manager.query(sql)) as Array<{ v: string }>).map((r) => r.v);
  const actors = (await ctx.manager.query(
    `SELECT actor_id AS id, actor_name AS name FROM audit_log WHERE seq IN (SELECT MAX(seq) FROM audit_log GROUP BY actor_id) ORDER BY actor_name`,
  )) as Array<{ id: string; name: string }>;
  return {
    actors,
    entities: await column(`SELECT DISTINCT entity AS v FROM audit_log ORDER BY entity`),
    channels: await column(`SELECT DISTINCT channel AS v FROM audit_log ORDER BY channel`),
    actions: await column(`SELECT DISTINCT action AS v FROM audit_log ORDER BY action`),
  };
}

/** Recomputes every hash in order on the raw connection (streamed, not loaded whole). */
export function verifyAudit(ctx: Pick<ServiceContext, 'raw' | 'now'>): AuditVerifyDto {
  const walker = new ChainWalker();
  const rows = ctx.raw.prepare(`SELECT * FROM audit_log ORDER BY seq`).iterate() as IterableIterator<Row>;
  for (const r of rows) {
    const entry = toEntry(r);
    if (!walker.next(entry)) {
      rows.return?.();
      break;
    }
  }
  return { ok: walker.broken === null, entries: walker.entries, head: walker.head, broken: walker.broken, checkedAt: ctx.now().toISOString() };
}
