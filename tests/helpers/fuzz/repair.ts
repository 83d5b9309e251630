import type { z } from 'zod';
import type { FuzzPools } from './shapes';

/**
 * Nudges a generated input towards one its schema accepts, by replacing only the values the
 * schema complains about with plain ones (or dropping them). Hostile text everywhere else
 * stays, so channels with strict fields (office code, letter-number pattern, phone, cross-field
 * date rules) still receive hostile values in all their other fields. Generic: it reads the
 * schema's own issues, so it needs nothing per channel.
 */
const PLAIN_TEXT = [
  'Teks biasa',
  'BABEL',
  '2020-01-15',
  '2024-06-30',
  '2031-12-31',
  '0812-3456-7890',
  'nama@contoh.go.id',
  'ombudsman.go.id',
  '{nomor}/{tahun}',
  '199001012020121001',
  '',
];
const PLAIN_OTHER: unknown[] = [null, 1, 10, true, false, []];

function candidates(pools: FuzzPools): unknown[] {
  const ids = pools.ids.slice(0, 3);
  return [...PLAIN_TEXT, ...ids, ...PLAIN_OTHER, ids.slice(0, 1), { personId: ids[0] }, { name: 'Nama Contoh' }];
}

const DROP = Symbol('drop');

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value === DROP ? undefined : value;
  const [head, ...rest] = path;
  const container = Array.isArray(root) ? [...root] : { ...(root as Record<PropertyKey, unknown>) };
  const current = (container as Record<PropertyKey, unknown>)[head as PropertyKey];
  const next = setAt(current, rest, value);
  if (next === undefined && value === DROP && rest.length === 0 && !Array.isArray(container)) delete (container as Record<PropertyKey, unknown>)[head as PropertyKey];
  else (container as Record<PropertyKey, unknown>)[head as PropertyKey] = next;
  return container;
}

const key = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function repairTowardsValid(schema: z.ZodType, input: unknown, pools: FuzzPools, rounds = 6): unknown {
  let value = input;
  for (let round = 0; round < rounds; round++) {
    let parsed;
    try {
      parsed = schema.safeParse(value);
    } catch {
      return value;
    }
    if (parsed.success) return value;
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) value = setAt(value, [...issue.path, k], DROP);
      continue;
    }
    const target = key(issue.path);
    let fixed = false;
    for (const candidate of [DROP, ...candidates(pools)]) {
      const attempt = setAt(value, issue.path, candidate);
      let result;
      try {
        result = schema.safeParse(attempt);
      } catch {
        continue;
      }
      if (result.success || !result.error.issues.some((i) => key(i.path) === target)) {
        value = attempt;
        fixed = true;
        break;
      }
    }
    if (!fixed) return value;
  }
  return value;
}
