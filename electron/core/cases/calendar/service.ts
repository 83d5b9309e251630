import type { z } from 'zod';
import type { calendarDaySaveInput, workingDaysInput } from '../../../../shared/contract/caseSetup';
import type { CalendarDayDto, CalendarDayKind, CalendarSource, CalendarYearDto } from '../../../../shared/dto';
import { uuidv7 } from '../../../../shared/uuid';
import { nextTimestamp } from '../../db/timestamps';
import { DomainError, notFound, staleRecord } from '../../errors';
import type { ServiceContext } from '../../service';
import { requireOfficeCode } from '../../settings/service';
import { refreshAllDue } from '../deadlines/refresh';
import { builtInDaysOff } from './holidayLibrary';
import { WorkCalendar } from './workCalendar';

type Ctx = Pick<ServiceContext, 'manager'>;

interface DayRow {
  id: string;
  day: string;
  name: string;
  kind: CalendarDayKind;
  source: CalendarSource;
  active: number;
  updated_at: string;
}

const toDto = (r: DayRow): CalendarDayDto => ({ id: r.id, date: r.day, name: r.name, kind: r.kind, source: r.source, active: r.active === 1, updatedAt: r.updated_at });

async function seededYears(ctx: Ctx): Promise<Set<number>> {
  const rows = (await ctx.manager.query(`SELECT year FROM calendar_years`)) as Array<{ year: number }>;
  return new Set(rows.map((r) => r.year));
}

/**
 * The office's calendar: for a year the office has (seeded, possibly corrected), its active
 * days off; for any other year, Simpul's built-in list. Seeding copies that same list into
 * the table, so it never moves a deadline by itself.
 */
export async function loadWorkCalendar(ctx: Ctx): Promise<WorkCalendar> {
  const seeded = await seededYears(ctx);
  const rows = (await ctx.manager.query(`SELECT day FROM calendar_days WHERE active = 1`)) as Array<{ day: string }>;
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    const y = Number(r.day.slice(0, 4));
    if (!byYear.has(y)) byYear.set(y, new Set());
    byYear.get(y)!.add(r.day);
  }
  return new WorkCalendar((year) => (seeded.has(year) ? (byYear.get(year) ?? new Set()) : new Set(builtInDaysOff(year).map((d) => d.date))));
}

/** Copies the built-in days off of each year not yet seeded into the table. */
export async function seedYears(years: readonly number[], ctx: ServiceContext, officeCode: string): Promise<number[]> {
  const seeded = await seededYears(ctx);
  const now = ctx.now().toISOString();
  const done: number[] = [];
  for (const year of years) {
    if (seeded.has(year) || year < 2000 || year > 2100) continue;
    await ctx.manager.query(`INSERT INTO calendar_years (id, office_code, year, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`, [uuidv7(), officeCode, year, now, now]);
    const days = builtInDaysOff(year);
    for (const d of days) {
      await ctx.manager.query(
        `INSERT OR IGNORE INTO calendar_days (id, office_code, day, name, kind, source, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'bawaan', 1, ?, ?)`,
        [uuidv7(), officeCode, d.date, d.name, d.kind, now, now],
      );
    }
    await ctx.audit.record({ entity: 'calendar_year', entityId: String(year), action: 'seed', before: null, after: { year, days } });
    done.push(year);
  }
  return done;
}

export async function calendarYear(year: number, ctx: Ctx): Promise<CalendarYearDto> {
  const seeded = (await seededYears(ctx)).has(year);
  const calendar = await loadWorkCalendar(ctx);
  let days: CalendarDayDto[];
  if (seeded) {
    const rows = (await ctx.manager.query(
      `SELECT id, day, name, kind, source, active, updated_at FROM calendar_days WHERE day >= ? AND day <= ? ORDER BY day`,
      [`${year}-01-01`, `${year}-12-31`],
    )) as DayRow[];
    days = rows.map(toDto);
  } else {
    // Not the office's yet: what would apply. Ids are empty; saving any day seeds the year first.
    days = builtInDaysOff(year).map((d) => ({ id: '', date: d.date, name: d.name, kind: d.kind, source: 'bawaan', active: true, updatedAt: '' }));
  }
  return { year, days, workingDays: calendar.workingDaysIn(year), seeded };
}

export async function seedCalendarYear(year: number, ctx: ServiceContext): Promise<CalendarYearDto> {
  const officeCode = await requireOfficeCode(ctx);
  const done = await seedYears([year], ctx, officeCode);
  // Nothing to seed is still a request worth a trace.
  if (done.length === 0) await ctx.audit.record({ entity: 'calendar_year', entityId: String(year), action: 'seedSkipped', before: null, after: { year } });
  return calendarYear(year, ctx);
}

type SaveDayInput = z.output<typeof calendarDaySaveInput>;

export async function saveCalendarDay(input: SaveDayInput, ctx: ServiceContext): Promise<CalendarDayDto> {
  const officeCode = await requireOfficeCode(ctx);
  await seedYears([Number(input.date.slice(0, 4))], ctx, officeCode);
  const [clash] = (await ctx.manager.query(`SELECT id, name FROM calendar_days WHERE day = ?`, [input.date])) as Array<{ id: string; name: string }>;
  const now = ctx.now().toISOString();
  let id = input.id;
  if (!id) {
    if (clash) throw new DomainError('DUPLICATE', 'calendarDuplicateDate', { date: input.date, name: clash.name }, { date: { key: 'calendarDuplicateDate', params: { date: input.date, name: clash.name } } });
    id = uuidv7();
    await ctx.manager.query(
      `INSERT INTO calendar_days (id, office_code, day, name, kind, source, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'kantor', ?, ?, ?)`,
      [id, officeCode, input.date, input.name, input.kind, input.active ? 1 : 0, now, now],
    );
    await ctx.audit.record({ entity: 'calendar_day', entityId: id, action: 'create', before: null, after: input });
  } else {
    const [before] = (await ctx.manager.query(`SELECT id, day, name, kind, source, active, updated_at FROM calendar_days WHERE id = ?`, [id])) as DayRow[];
    if (!before) throw notFound();
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updated_at) throw staleRecord();
    if (clash && clash.id !== id) throw new DomainError('DUPLICATE', 'calendarDuplicateDate', { date: input.date, name: clash.name }, { date: { key: 'calendarDuplicateDate', params: { date: input.date, name: clash.name } } });
    await ctx.manager.query(`UPDATE calendar_days SET day = ?, name = ?, kind = ?, active = ?, updated_at = ? WHERE id = ?`, [
      input.date, input.name, input.kind, input.active ? 1 : 0, nextTimestamp(ctx, before.updated_at), id,
    ]);
    await ctx.audit.record({ entity: 'calendar_day', entityId: id, action: 'update', before: toDto(before), after: input });
  }
  await refreshAllDue(ctx);
  const [row] = (await ctx.manager.query(`SELECT id, day, name, kind, source, active, updated_at FROM calendar_days WHERE id = ?`, [id])) as DayRow[];
  return toDto(row!);
}

export async function addCalendarDays(input: z.output<typeof workingDaysInput>, ctx: Ctx): Promise<{ date: string }> {
  const calendar = await loadWorkCalendar(ctx);
  return { date: calendar.addDays(input.from, input.days, input.unit)! };
}
