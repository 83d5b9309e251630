/**
 * The rows of an audit entry's before/after view: one per field present on either side,
 * flattened one level deep ("signatories.0.name"), values shown as text.
 */
export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string => {
  if (v === undefined) return '';
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
};

function flatten(value: unknown, prefix = '', depth = 0): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (isRecord(value) && depth < 2) {
    for (const [k, v] of Object.entries(value)) for (const [path, leaf] of flatten(v, prefix ? `${prefix}.${k}` : k, depth + 1)) out.set(path, leaf);
  } else if (Array.isArray(value) && depth < 2 && value.every(isRecord)) {
    value.forEach((v, i) => {
      for (const [path, leaf] of flatten(v, `${prefix}.${i}`, depth + 1)) out.set(path, leaf);
    });
  } else {
    out.set(prefix || '(nilai)', value);
  }
  return out;
}

export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = before === null || before === undefined ? new Map<string, unknown>() : flatten(before);
  const a = after === null || after === undefined ? new Map<string, unknown>() : flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.map((field) => {
    const bt = b.has(field) ? text(b.get(field)) : '';
    const at = a.has(field) ? text(a.get(field)) : '';
    return { field, before: bt, after: at, changed: bt !== at };
  });
}
