/**
 * Deletions travel to head office as tombstones: a row in archive_tombstones per deleted
 * record (its id, office and table, and when). A trigger writes it, so every way a row can
 * disappear (a service's delete, an unlink, ON DELETE CASCADE) leaves one.
 *
 * Migrations call this for each deletable table they create. Its output must never change
 * (released migrations depend on it): write a new function for a new shape.
 * The time is SQLite's clock in the same format as Date.toISOString().
 */
export function tombstoneTriggerSql(table: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Not a table name: ${table}`);
  const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  return `CREATE TRIGGER ${table}_tombstone AFTER DELETE ON ${table}
    BEGIN
      INSERT INTO archive_tombstones (id, office_code, table_name, deleted_at, created_at, updated_at)
      VALUES (OLD.id, OLD.office_code, '${table}', ${now}, ${now}, ${now})
      ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at, updated_at = excluded.updated_at;
    END`;
}

export const tombstoneTriggerName = (table: string): string => `${table}_tombstone`;
