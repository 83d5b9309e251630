import type { SessionDto } from '../../../shared/dto';
import { permissionsFor } from '../../../shared/permissions';
import type { ServiceContext } from '../service';
import { DEFAULT_IDLE_LOCK_MINUTES, type Session } from './sessions';
import type { User } from './entity';

/** The office's idle lock (15 minutes until a profile sets another). */
export async function idleLockMinutes(ctx: Pick<ServiceContext, 'manager'>): Promise<number> {
  const [row] = (await ctx.manager.query(`SELECT idle_lock_minutes AS m FROM office_settings WHERE is_local = 1`)) as Array<{ m: number }>;
  return row?.m ?? DEFAULT_IDLE_LOCK_MINUTES;
}

export function toSessionDto(session: Session, user: User, idleMinutes: number): SessionDto {
  return {
    user: { id: user.id, username: user.username, fullName: user.fullName, role: user.role, canSeeConfidential: user.canSeeConfidential },
    permissions: [...permissionsFor(user.role, user)],
    locked: session.locked,
    mustChangePassword: user.mustChangePassword,
    idleLockMinutes: idleMinutes,
    startedAt: new Date(session.startedAt).toISOString(),
  };
}
