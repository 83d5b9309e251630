import type { EntitySchemaColumnOptions } from 'typeorm';

/** Columns every record carries: UUIDv7 id, the office that owns it, UTC ISO timestamps. */
export interface BaseRecord {
  id: string;
  officeCode: string;
  createdAt: string;
  updatedAt: string;
}

export const baseColumns: Record<keyof BaseRecord, EntitySchemaColumnOptions> = {
  id: { type: 'text', primary: true },
  officeCode: { name: 'office_code', type: 'text' },
  createdAt: { name: 'created_at', type: 'text' },
  updatedAt: { name: 'updated_at', type: 'text' },
};

/** Booleans are stored as 0/1 integers; TypeORM's transformer keeps the entity a boolean. */
export const boolColumn = (name: string): EntitySchemaColumnOptions => ({
  name,
  type: 'integer',
  transformer: { to: (v: boolean) => (v ? 1 : 0), from: (v: number) => v === 1 },
});
