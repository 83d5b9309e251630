import { InitialSchema0001 } from './0001-initial-schema';
import { FocalPoints0002 } from './0002-focal-points';
import type { SimpulMigration } from './types';

/** The ordered list of schema steps. How to add one: README "Adding a migration". */
export const MIGRATIONS: readonly SimpulMigration[] = [
  new InitialSchema0001(),
  new FocalPoints0002(),
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
