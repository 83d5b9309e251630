import type { QueryRunner } from 'typeorm';
import type { SimpulMigration } from './types';

/**
 * Where this office's updates come from: the feed URL (head office may host it on its
 * intranet, so plain http is allowed next to https) and whether an admin switched updates
 * off. Part of the office profile, so a head-office merge carries it with the office.
 */
export class Updates0009 implements SimpulMigration {
  readonly version = 9;
  readonly name = 'update-feed-settings';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE office_settings ADD COLUMN updates_enabled INTEGER NOT NULL DEFAULT 1
      CHECK (updates_enabled IN (0, 1))`);
    // An empty URL means "no feed configured": the app never reaches out.
    await q.query(`ALTER TABLE office_settings ADD COLUMN update_feed_url TEXT NOT NULL DEFAULT ''
      CHECK (update_feed_url = '' OR ((update_feed_url LIKE 'https://%' OR update_feed_url LIKE 'http://%') AND length(update_feed_url) <= 500))`);
  }
}
