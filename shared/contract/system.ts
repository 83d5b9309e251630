import { z } from 'zod';
import type { SystemStatusDto } from '../dto';
import { mutation, query } from './define';

export const systemChannels = {
  'system.status': query<SystemStatusDto>()(z.undefined(), 'app.read'),
  /** First run: fill the database with the deterministic demo set (only while empty). */
  'system.loadDemo': mutation<{ agencies: number }>()(z.object({}).strict().default({}), 'system.setup'),
};
