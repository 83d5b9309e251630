import { z } from 'zod';
import type { AboutDto, OpenDataFolderDto, UpdateStatusDto } from '../dto';
import { mutation, query } from './define';

/**
 * The app updater (its state lives in the desktop main process; the core reaches it through
 * the transport's host) and the about screen. Checking and opening the data folder change no
 * record, so they are queries; installing is a mutation because it is audited.
 */
export const updateChannels = {
  /**
   * Public: the status line polls it, and a poll is not the clerk's activity (it would keep an
   * idle session from locking). It tells versions only, nothing of the office's records.
   */
  'updates.status': query<UpdateStatusDto>()(z.undefined(), 'public'),
  /** Starts a check now and returns at once; the status line follows it. */
  'updates.check': query<UpdateStatusDto>()(z.undefined(), 'app.read'),
  /** Backs the database up, closes Simpul and runs the downloaded installer. */
  'updates.install': mutation<UpdateStatusDto>()(z.object({}).strict().default({}), 'app.read'),
  'about.get': query<AboutDto>()(z.undefined(), 'app.read'),
  /** Shows the data folder in the file manager (desktop); elsewhere only answers its path. */
  'about.openDataFolder': query<OpenDataFolderDto>()(z.undefined(), 'app.read'),
};
