import type { QueryRunner } from 'typeorm';

/**
 * A schema step. Versions are consecutive integers starting at 1; each step is one small
 * class in its own file, listed in order in migrations/index.ts (after Signal Desktop's
 * ts/sql/migrations). Steps never change once released: fix forward with a new step.
 */
export interface SimpulMigration {
  readonly version: number;
  readonly name: string;
  up(queryRunner: QueryRunner): Promise<void>;
}
