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

export type ComingSoonArea = 'cases' | 'events' | 'actionPlans' | 'archive';

export interface NavArea {
  key: 'home' | 'agencies' | 'mou' | 'settings' | ComingSoonArea;
  path: string;
  icon: Icon;
  /** Not built yet: the route shows the shared "belum tersedia" page. */
  comingSoon?: boolean;
  /** Other path prefixes that belong to the area (highlight its menu entry). */
  also?: readonly string[];
}

/** Every area of the app, in menu order. Paths are Indonesian, as users may see them. */
export const NAV_AREAS: readonly NavArea[] = [
  { key: 'home', path: '/', icon: IconHome },
  { key: 'cases', path: '/laporan', icon: IconMessageReport, comingSoon: true },
  { key: 'agencies', path: '/instansi', icon: IconBuildingCommunity, also: ['/narahubung'] },
  { key: 'events', path: '/kegiatan', icon: IconCalendarEvent, comingSoon: true },
  { key: 'actionPlans', path: '/rencana-aksi', icon: IconChecklist, comingSoon: true },
  { key: 'mou', path: '/mou', icon: IconFileCertificate },
  { key: 'archive', path: '/arsip', icon: IconArchive, comingSoon: true },
  { key: 'settings', path: '/pengaturan', icon: IconSettings },
];
