import type { z } from 'zod';
import type { calendarImportInput } from '../../../../shared/contract/caseSetup';
import { type CalendarDayKind, type CalendarImportDto, type CalendarImportRowDto } from '../../../../shared/dto';
import { isIsoDate } from '../../../../shared/dates';
import { msg } from '../../../../shared/messages';
import { nameKey } from '../../../../shared/text';
import { uuidv7 } from '../../../../shared/uuid';
import { DomainError } from '../../errors';
import type { ServiceContext } from '../../service';
import { requireOfficeCode } from '../../settings/service';
import { refreshAllDue } from '../deadlines/refresh';
import { seedYears } from './service';

const KIND_WORDS: Record<string, CalendarDayKind> = {
  libur_nasional: 'libur_nasional', 'libur nasional': 'libur_nasional', nasional: 'libur_nasional', '': 'libur_nasional',
  cuti_bersama: 'cuti_bersama', 'cuti bersama': 'cuti_bersama', cuti: 'cuti_bersama',
  libur_kantor: 'libur_kantor', 'libur kantor': 'libur_kantor', kantor: 'libur_kantor',
};

/** "2025-03-28" or "28/03/2025" (also with - or .) to YYYY-MM-DD, or null. */
function looseDate(s: string): string | null {
  const t = s.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Splits a line on ; or , or tab (whichever the line uses first), honouring simple double quotes. */
function cells(line: string): string[] {
  const sep = [';', '\t', ','].find((s) => line.includes(s)) ?? ';';
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

/**
 * Imports a list of days off (e.g. the year's SKB on cuti bersama) from CSV: tanggal;nama;jenis.
 * The preview shows what each row does; the commit saves all rows or none, seeding the years
 * first, and recomputes open cases' deadlines.
 */
export async function importCalendar(input: z.output<typeof calendarImportInput>, ctx: ServiceContext): Promise<CalendarImportDto> {
  const officeCode = await requireOfficeCode(ctx);
  const text = Buffer.from(input.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
  const existing = new Map(((await ctx.manager.query(`SELECT day, name, kind FROM calendar_days`)) as Array<{ day: string; name: string; kind: string }>).map((r) => [r.day, r]));
  const rows: CalendarImportRowDto[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [rawDate = '', rawName = '', rawKind = ''] = cells(line);
    const date = looseDate(rawDate);
    if (!date && i === 0 && !/\d/.test(rawDate)) return; // a header row ("tanggal;nama;jenis")
    const kind = KIND_WORDS[nameKey(rawKind)];
    const row: CalendarImportRowDto = { line: i + 1, date: date ?? rawDate.slice(0, 20), name: rawName.slice(0, 150) || 'Hari libur', kind: kind ?? 'libur_nasional', action: 'add', error: null };
    if (!date) row.error = msg('calendarCsvBadDate', {}, ctx.request.lang);
    else if (!kind) row.error = msg('calendarCsvBadKind', {}, ctx.request.lang);
    else if (seen.has(date)) row.action = 'same';
    else {
      const old = existing.get(date);
      row.action = !old ? 'add' : old.name === row.name && old.kind === row.kind ? 'same' : 'update';
    }
    if (row.error) row.action = 'error';
    if (date) seen.add(date);
    rows.push(row);
  });
  if (rows.length === 0) throw new DomainError('VALIDATION', 'calendarCsvEmpty', {}, { base64: { key: 'calendarCsvEmpty' } });
  const errors = rows.filter((r) => r.action === 'error').length;
  const added = rows.filter((r) => r.action === 'add').length;
  const updated = rows.filter((r) => r.action === 'update').length;
  if (!input.commit) {
    // A preview writes nothing, but a mutation leaves a trace of who looked at which file.
    await ctx.audit.record({ entity: 'calendar_import', entityId: input.fileName, action: 'preview', before: null, after: { rows: rows.length, added, updated, errors } });
    return { rows, added, updated, errors, committed: false };
  }
  if (errors > 0) throw new DomainError('VALIDATION', 'calendarCsvHasErrors', { count: errors });
  await seedYears([...new Set(rows.map((r) => Number(r.date.slice(0, 4))))], ctx, officeCode);
  const now = ctx.now().toISOString();
  for (const r of rows.filter((x) => x.action !== 'same')) {
    await ctx.manager.query(
      `INSERT INTO calendar_days (id, office_code, day, name, kind, source, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'impor', 1, ?, ?)
       ON CONFLICT (office_code, day) DO UPDATE SET name = excluded.name, kind = excluded.kind, source = 'impor', active = 1, updated_at = excluded.updated_at`,
      [uuidv7(), officeCode, r.date, r.name, r.kind, now, now],
    );
  }
  await ctx.audit.record({ entity: 'calendar_import', entityId: input.fileName, action: 'commit', before: null, after: { rows } });
  await refreshAllDue(ctx);
  return { rows, added, updated, errors, committed: true };
}

