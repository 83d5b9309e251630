import fc from 'fast-check';

/**
 * Values a hostile or broken caller could send through a transport. IPC structured-clones
 * (Dates, Maps, typed arrays, BigInt survive), the browser preview sends JSON, so both kinds
 * are here; functions and symbols cannot cross either and are left out.
 */

/** Objects with own keys that pollute prototypes when merged carelessly. */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  withOwnKey('__proto__', { polluted: 'yes' }),
  withOwnKey('prototype', { polluted: 'yes' }),
  { toString: 'not a function', valueOf: 42, hasOwnProperty: null },
  Object.create(null),
  [JSON.parse('{"__proto__":{"polluted":"yes"}}')],
];

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

// Built once and shared by reference: the point is their size, not their variety.
const HUGE = ['x'.repeat(1_000_000), 'é'.repeat(300_001), '\u{1F600}'.repeat(250_000), '%'.repeat(100_000), ' '.repeat(2_000_000)];
const DEEP = [nested(200, 'array'), nested(5_000, 'array'), nested(200, 'object'), nested(5_000, 'object')];
const WIDE = [Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])), Array.from({ length: 100_000 }, (_, i) => i)];

/** Text that breaks naive handling: surrogates, direction marks, invisible and combining characters. */
export const UNICODE_EDGES = [
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\uFEFFnama',
  '\u202Egnp.exe',
  'nama\u200B\u200C\u200D',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353'.repeat(50),
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}',
  'İıẞß',
  '１２３４５６',
  '٠٨١٢٣٤٥٦٧٨٩',
  '\uFFFF\uFFFE',
  '\u2028\u2029',
  '\u00A0\u3000',
];

/** Strings no field accepts as they are (control characters, NUL). */
export const CONTROL_STRINGS = ['\u0000', 'abc\u0000def', '\u0007\u001b[31m', 'a\u007fb', '\u0085', '\r\n\u0000'];

const DATE_LOOKALIKES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '2024-1-1',
  '+002024-01-01',
  '2024-01-01T00:00:00Z',
  ' 2024-01-01',
  '01/02/2024',
  '2024-01-01\u0000',
  'Invalid Date',
];

const NUMBERS: unknown[] = [NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 1e308, -1e308, 0.5, 2 ** 31, -(2 ** 53)];

const ODD_OBJECTS: unknown[] = [
  new Date(NaN),
  new Date(8.64e15 + 1),
  new Date(0),
  new Map([['name', 'x']]),
  new Set(['x']),
  new Uint8Array([0, 1, 2]),
  new ArrayBuffer(8),
  /x/g,
  new Error('boom'),
  10n,
  -(2n ** 70n),
  Object.assign(new String('boxed'), { extra: 1 }),
  new Number(5),
  new Boolean(false),
  // eslint-disable-next-line no-sparse-arrays
  [, , 1],
];

/** One hostile leaf: wrong types, extreme numbers, odd objects, polluting keys, huge and deep values. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...NUMBERS, ...ODD_OBJECTS, ...POLLUTERS), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(...UNICODE_EDGES, ...CONTROL_STRINGS, ...DATE_LOOKALIKES), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(...HUGE, ...DEEP, ...WIDE), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, 0, 1, -1, '', [], {}), weight: 3 },
);

/** Any JSON a broken client could post (the preview's wire format). */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' });

/** Arbitrary structured-clonable values, with prototype-pollution keys among the object keys. */
export const anyClonable: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'name')),
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  stringUnit: 'binary',
});

/** A completely arbitrary input, shape-unaware. */
export const hostileAnything: fc.Arbitrary<unknown> = fc.oneof(hostileLeaf, anyJson, anyClonable);

/** Keys to slip into an object that otherwise looks right. */
export const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'officeCode', 'id', 'permissions', ''];
export { withOwnKey };

/**
 * Strings a schema accepts that still try to break something downstream: SQL and LIKE
 * syntax, FTS operators, path traversal and Windows device names, spreadsheet formulas,
 * markup, template syntax, and unusual Unicode. No control characters except in the
 * multi-line set (tab and line breaks are allowed in notes and addresses).
 */
export const HOSTILE_LINES = [
  "' OR '1'='1",
  "'; DROP TABLE agencies; --",
  'Robert"); DROP TABLE focal_persons;--',
  '1 UNION SELECT name, sql FROM sqlite_schema --',
  "x' || (SELECT group_concat(name) FROM sqlite_schema) || '",
  '/* comment */',
  '%',
  '_',
  '%%__%%',
  'a%b_c',
  '\\%',
  '\\',
  '[a-z]*?',
  'NEAR(a b) AND "x" OR -y*',
  '^title:x',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  'CON',
  'NUL.txt',
  'COM1',
  'lpt9.pdf',
  '=HYPERLINK("http://evil.example/","klik")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|',
  '-2+3',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%s%s%s%n',
  '${process.exit(1)}',
  "{{constructor.constructor('return process')()}}",
  '{nomor:4}/{tahun}/{bulan_romawi}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '   ',
  ...UNICODE_EDGES.filter((s) => !/\p{Cc}/u.test(s)),
];

export const HOSTILE_MULTILINE = ['a\nb\r\nc\rd', '\t\t\tx', "line1\n'; DROP TABLE agencies; --\nline3", '\n\n\n', 'x\u2028y'];

/** ISO dates a schema accepts but code may mishandle (leap days, far past and future). */
export const EDGE_DATES = ['2024-02-29', '2000-02-29', '1900-02-28', '1970-01-01', '0001-01-01', '1945-08-17', '2099-12-31', '9999-12-31'];
