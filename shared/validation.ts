/**
 * Field builders shared by the contract (checked in the core) and the renderer's forms
 * (checked as the user types), so both give the same message for the same mistake.
 * A custom check names its message by key (see messages.ts) in `error`.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { checkLetterPattern } from './letterNumber';
import { isMessageKey, msg, type Lang, type MessageKey } from './messages';
import type { FieldError } from './result';
import { cleanLine } from './text';
import { UUID_RE } from './uuid';

// Control characters other than tab/newline never belong in a record.
const CONTROL_RE = /(?![\t\n\r])\p{Cc}/u;
const SINGLE_LINE_CONTROL_RE = /\p{Cc}/u;

/** A required one-line text: trimmed, inner spaces collapsed, 1..max characters. */
export const requiredLine = (max = 200) =>
  z
    .string({ error: 'required' })
    .refine((s) => !SINGLE_LINE_CONTROL_RE.test(s), { error: 'singleLine' })
    .transform(cleanLine)
    .pipe(z.string().min(1, { error: 'required' }).max(max));

/** An optional one-line text: empty becomes "". */
export const optionalLine = (max = 200) =>
  z
    .string({ error: 'invalidType' })
    .refine((s) => !SINGLE_LINE_CONTROL_RE.test(s), { error: 'singleLine' })
    .transform(cleanLine)
    .pipe(z.string().max(max))
    .default('');

/** Multi-line free text (notes, addresses): trimmed, line breaks kept. */
export const optionalText = (max = 4000) =>
  z
    .string({ error: 'invalidType' })
    .refine((s) => !CONTROL_RE.test(s), { error: 'singleLine' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max))
    .default('');

export const optionalEmail = () =>
  optionalLine(254).refine((s) => s === '' || z.email().safeParse(s).success, { error: 'email' });

export const optionalPhone = () =>
  optionalLine(40).refine((s) => {
    if (s === '') return true;
    if (!/^[0-9+()\-. ]+$/.test(s)) return false;
    const digits = s.replace(/\D/g, '').length;
    return digits >= 6 && digits <= 20;
  }, { error: 'phone' });

export const optionalUrl = () =>
  optionalLine(300).refine((s) => {
    if (s === '') return true;
    // "ombudsman.go.id" is fine; any other scheme ("mailto:", "javascript:") is not.
    if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^https?:\/\//i.test(s)) return false;
    try {
      const u = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
      return !u.username && !u.password && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, { error: 'url' });

/** NIP (Nomor Induk Pegawai): 18 digits; optional because ORI assistants and company staff may not have one. */
export const optionalNip = () =>
  z
    .string({ error: 'invalidType' })
    .transform((s) => s.replace(/\s+/g, ''))
    .refine((s) => s === '' || /^\d{18}$/.test(s), { error: 'nip' })
    .default('');

export const isoDate = () => z.string({ error: 'required' }).refine(isIsoDate, { error: 'date' });

export const recordId = () => z.string({ error: 'required' }).regex(UUID_RE, { error: 'uuid' });

export const letterPattern = () =>
  z
    .string({ error: 'required' })
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      const problem = checkLetterPattern(s);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem.code, params: problem });
      }
    });

/** Turns zod issues into per-field errors in the requested language. */
export function fieldErrors(error: z.ZodError, lang: Lang = 'id'): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (out[path]) continue;
    out[path] = describeIssue(issue, lang);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue, lang: Lang): FieldError {
  const make = (code: MessageKey, params: Record<string, string | number> = {}): FieldError => ({
    code,
    message: msg(code, params, lang),
    ...(Object.keys(params).length ? { params } : {}),
  });
  if (issue.code === 'custom' && isMessageKey(issue.message)) {
    const p = (issue.params ?? {}) as Record<string, unknown>;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p)) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) params[k] = String(v);
    return make(issue.message, params);
  }
  if (isMessageKey(issue.message)) return make(issue.message);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? make('required') : make('tooShort', { min: Number(issue.minimum) });
      return make('invalidType');
    case 'too_big':
      if (issue.origin === 'string') return make('tooLong', { max: Number(issue.maximum) });
      return make('invalidType');
    case 'invalid_value':
      return make('invalidOption');
    case 'unrecognized_keys':
      return make('unknownField', { key: issue.keys.join(', ') });
    case 'invalid_type':
      return issue.input === undefined ? make('required') : make('invalidType');
    default:
      return make('invalidType');
  }
}
