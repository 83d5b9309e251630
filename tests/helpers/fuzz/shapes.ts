import fc from 'fast-check';
import { z } from 'zod';
import { UUID_RE } from '../../../shared/uuid';
import { EDGE_DATES, EXTRA_KEYS, hostileAnything, hostileLeaf, HOSTILE_LINES, HOSTILE_MULTILINE, withOwnKey } from './hostile';

/**
 * Arbitraries derived from a channel's zod input schema (through its JSON Schema), so a
 * channel added to the contract later is fuzzed without anyone writing a generator for it.
 * `validShaped` aims at inputs the schema accepts (with hostile strings inside);
 * `malformed` at inputs it refuses: wrong types, missing or extra keys, values out of range,
 * corruption deep inside an otherwise plausible object. The caller still asks the schema,
 * because a generator can only aim.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface FuzzPools {
  /** Ids of real records, so generated references sometimes hit something. */
  ids: readonly string[];
}

export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Whether the schema accepts the value; a schema that throws counts as refusing (dispatch must cope). */
export function schemaAccepts(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

const isoDates = fc.date({ min: new Date('1946-01-01'), max: new Date('2098-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const DATE_NAME = /date|Date|On$|Until$/;

function hostileText(max: number | undefined): fc.Arbitrary<string> {
  const limit = max ?? 400;
  const arb = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_LINES), weight: 5 },
    { arbitrary: fc.constantFrom(...HOSTILE_MULTILINE), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_LINES), fc.constantFrom(...HOSTILE_LINES)).map(([a, b]) => `${a} ${b}`), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(limit, 60) }), weight: 2 },
    { arbitrary: fc.constantFrom('x'.repeat(limit), '%'.repeat(limit), "'".repeat(limit)), weight: 1 },
    { arbitrary: isoDates, weight: 1 },
  );
  return arb.map((s) => (s.length > limit ? s.slice(0, limit) : s));
}

function stringArb(s: JsonSchema, pools: FuzzPools, name: string): fc.Arbitrary<unknown> {
  if (s.pattern === UUID_RE.source) {
    return pools.ids.length > 0
      ? fc.oneof({ arbitrary: fc.constantFrom(...pools.ids), weight: 3 }, { arbitrary: fc.uuid({ version: 7 }), weight: 1 })
      : fc.uuid({ version: 7 });
  }
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern), { size: 'small' }).filter((v) => v.length <= (s.maxLength ?? Infinity));
  if (DATE_NAME.test(name)) return fc.oneof(isoDates, fc.constantFrom(...EDGE_DATES), hostileText(s.maxLength));
  return hostileText(s.maxLength);
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min = s.minimum ?? -1e6;
  const max = s.maximum ?? 1e6;
  const inside = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(inside, fc.constantFrom(min, max));
}

const withoutType = (s: JsonSchema, type: string): JsonSchema => ({ ...s, type });

/** Values the schema is meant to accept, hostile where free text is allowed. */
export function validShaped(s: JsonSchema, pools: FuzzPools, name = ''): fc.Arbitrary<unknown> {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => validShaped(a, pools, name)));
  if (s.enum) return fc.constantFrom(...s.enum);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => validShaped(withoutType(s, t), pools, name)));
  switch (s.type) {
    case 'string':
      return stringArb(s, pools, name);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validShaped(s.items ?? {}, pools, name), { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)) });
    case 'object':
      return objectArb(s, pools);
    default:
      // No representable shape (z.undefined()): the only valid input is none.
      return fc.constant(undefined);
  }
}

function objectArb(s: JsonSchema, pools: FuzzPools): fc.Arbitrary<unknown> {
  if (s.properties && Object.keys(s.properties).length > 0) {
    const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, validShaped(v, pools, k)]));
    return fc.record(props, { requiredKeys: (s.required ?? []) as never[] });
  }
  if (typeof s.additionalProperties === 'object') {
    const key = s.propertyNames ? (validShaped(s.propertyNames, pools) as fc.Arbitrary<string>) : hostileText(200);
    return fc.dictionary(key, validShaped(s.additionalProperties, pools), { maxKeys: 4 });
  }
  return fc.constant({});
}

/** Wrong in one place, or wholly: what the schema must refuse. */
export function malformed(s: JsonSchema, pools: FuzzPools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const near = corrupted(s, pools, name, depth);
  return near ? fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: hostileAnything, weight: 2 }) : hostileAnything;
}

function corrupted(s: JsonSchema, pools: FuzzPools, name: string, depth: number): fc.Arbitrary<unknown> | null {
  if (depth > 3) return null;
  const valid = validShaped(s, pools, name);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => malformed(a, pools, name, depth + 1)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' && s.properties && Object.keys(s.properties).length > 0) {
    const props = s.properties;
    const keys = Object.keys(props);
    const required = s.required ?? [];
    const replaceOne = fc.constantFrom(...keys).chain((k) =>
      fc.tuple(valid, fc.oneof(hostileLeaf, malformed(props[k]!, pools, k, depth + 1))).map(([o, bad]) => ({ ...(o as object), ...withOwnKey(k, bad) })),
    );
    const dropRequired = required.length
      ? fc.tuple(valid, fc.constantFrom(...required)).map(([o, k]) => {
          const copy = { ...(o as Record<string, unknown>) };
          delete copy[k];
          return copy;
        })
      : null;
    const extraKey = fc
      .tuple(valid, fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string()), hostileLeaf)
      .map(([o, k, v]) => ({ ...(o as object), ...withOwnKey(k, v) }));
    const wrapped = valid.map((o) => [o]);
    const asText = valid.map((o) => JSON.stringify(o));
    return fc.oneof(replaceOne, extraKey, wrapped, asText, ...(dropRequired ? [dropRequired] : []));
  }
  if (type === 'array') {
    const item = s.items ?? {};
    const badItem = fc.tuple(fc.array(validShaped(item, pools, name), { maxLength: 3 }), malformed(item, pools, name, depth + 1)).map(([xs, bad]) => [...xs, bad]);
    const tooMany = s.maxItems !== undefined ? [fc.constant(Array.from({ length: s.maxItems + 1 }, () => pools.ids[0] ?? 'x'))] : [];
    return fc.oneof(badItem, fc.constant([]), ...tooMany);
  }
  if (type === 'string') {
    const over = s.maxLength !== undefined ? [fc.constant('x'.repeat(s.maxLength + 1))] : [];
    const bent = valid.map((v) => (typeof v === 'string' ? [v.toUpperCase() + ' ', ` ${v}`, `${v}\u0000`, v.slice(1), `${v}x`] : [v])).chain((vs) => fc.constantFrom(...vs));
    return fc.oneof(bent, fc.constantFrom<unknown>(1, true, null, ['x'], { toString: 'x' }), ...over);
  }
  if (type === 'integer' || type === 'number') {
    const outside = [s.minimum !== undefined ? s.minimum - 1 : -1e300, s.maximum !== undefined ? s.maximum + 1 : 1e300];
    return fc.constantFrom<unknown>(...outside, 1.5, NaN, Infinity, '1', `${s.maximum ?? 1}`, null, 10n);
  }
  if (type === 'boolean') return fc.constantFrom<unknown>('true', 1, 0, 'false', null);
  return null;
}
