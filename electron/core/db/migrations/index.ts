import { InitialSchema0001 } from './0001-initial-schema';
import type { SimpulMigration } from './types';

/** The ordered list of schema steps. How to add one: README "Adding a migration". */
export const MIGRATIONS: readonly SimpulMigration[] = [new InitialSchema0001()];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
