import {
  IconArchive,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChecklist,
  IconFileCertificate,
  IconHome,
  IconMessageReport,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

import type { Permission } from '../../../shared/permissions';

export type ComingSoonArea = 'cases' | 'events' | 'actionPlans' | 'archive';

export interface NavArea {
  key: 'home' | 'agencies' | 'mou' | 'settings' | ComingSoonArea;
  path: string;
  icon: Icon;
  /** Not built yet: the route shows the shared "belum tersedia" page. */
  comingSoon?: boolean;
  /** Other path prefixes that belong to the area (highlight its menu entry). */
  also?: readonly string[];
  /** Shown only to users holding one of these (dispatch checks every call regardless). */
  anyOf?: readonly Permission[];
}

/** Every area of the app, in menu order. Paths are Indonesian, as users may see them. */
export const NAV_AREAS: readonly NavArea[] = [
  { key: 'home', path: '/', icon: IconHome },
  { key: 'cases', path: '/laporan', icon: IconMessageReport },
  { key: 'agencies', path: '/instansi', icon: IconBuildingCommunity, also: ['/narahubung'] },
  { key: 'events', path: '/kegiatan', icon: IconCalendarEvent },
  { key: 'actionPlans', path: '/rencana-aksi', icon: IconChecklist },
  { key: 'mou', path: '/mou', icon: IconFileCertificate },
  { key: 'archive', path: '/arsip', icon: IconArchive },
  { key: 'settings', path: '/pengaturan', icon: IconSettings, anyOf: ['settings.write', 'users.manage', 'audit.read'] },
];
