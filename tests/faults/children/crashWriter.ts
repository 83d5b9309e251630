/**
 * Child process of the crash-consistency test: writes records through dispatch in a tight
 * loop and, after each commit, prints "<table> <id>" on stdout. The parent kills it with
 * SIGKILL at random moments. Pipes are written synchronously on Linux, so a printed id has
 * left this process; dispatch only answers after COMMIT (synchronous=FULL), so a printed id
 * is durable.
 */
import { join } from 'node:path';
import { openCore } from '../../../electron/core';
import { contextAs, EXAMPLE_OFFICE } from '../../helpers/tempCore';

const [dbPath] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: crashWriter <dbPath>');

const core = await openCore({ dbPath, backupDir: join(dbPath, '..', 'backups'), appVersion: '0.1.0-crash', logError: () => {} });
const ctx = contextAs('admin');
const out = (line: string) => process.stdout.write(`${line}\n`);

async function must<T>(channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input, ctx);
  if (!r.ok) {
    process.stderr.write(`${channel} failed: ${JSON.stringify(r.error)}\n`);
    process.exit(3);
  }
  return r.value as T;
}

const settings = await must<unknown>('settings.get', undefined);
if (settings === null) await must('settings.update', EXAMPLE_OFFICE);
const groups = await must<Array<{ id: string }>>('agencyGroups.list', undefined);
out('ready');

// Three shapes of transaction: one row, one row, and three rows (person, assignment, audit).
for (let i = 0; ; i++) {
  const tag = `${process.pid}-${i}`;
  const agency = await must<{ id: string }>('agencies.create', { name: `Dinas Uji Mati Listrik ${tag}`, groupId: groups[i % groups.length]!.id, notes: 'x'.repeat(i % 500) });
  out(`agencies ${agency.id}`);
  const person = await must<{ id: string }>('persons.create', { name: `Narahubung ${tag}`, phone: '0812 3456 7890' });
  out(`focal_persons ${person.id}`);
  const assignment = await must<{ id: string; person: { id: string } }>('roster.assign', { agencyId: agency.id, person: { newPerson: { name: `Utama ${tag}` } }, startDate: '2024-01-02' });
  out(`focal_assignments ${assignment.id}`);
  out(`focal_persons ${assignment.person.id}`);
}
