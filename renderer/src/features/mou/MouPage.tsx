import { Button, Tabs } from '@mantine/core';
import { IconFileCertificate, IconHeartHandshake, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssistanceDto, MouDto } from '../../../../shared/dto';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { AssistancePanel } from '../assistance/AssistancePanel';
import { MouListPanel } from './MouListPanel';

export type MouTab = 'mous' | 'assistance';
const PATHS: Record<MouTab, string> = { mous: '/mou', assistance: '/mou/pendampingan' };

/** "MoU & Pendampingan": the MoU tracker and the technical-assistance log, as two tabs. */
export function MouPage({ tab }: { tab: MouTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const [mouDrawer, setMouDrawer] = useState<{ opened: boolean; mou?: MouDto }>({ opened: false });
  const [assistanceDrawer, setAssistanceDrawer] = useState<{ opened: boolean; item?: AssistanceDto }>({ opened: false });

  return (
    <>
      <PageHeader
        title={t('nav.mou')}
        lead={t('mou.lead')}
        actions={
          !canWrite ? null : tab === 'mous' ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setMouDrawer({ opened: true })}>
              {t('mou.add')}
            </Button>
          ) : (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setAssistanceDrawer({ opened: true })}>
              {t('assistance.add')}
            </Button>
          )
        }
      />
      <Tabs value={tab} onChange={(value) => value && void navigate(PATHS[value as MouTab])} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="mous" leftSection={<IconFileCertificate size={16} />}>
            {t('mou.tabMous')}
          </Tabs.Tab>
          <Tabs.Tab value="assistance" leftSection={<IconHeartHandshake size={16} />}>
            {t('mou.tabAssistance')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mous">
          <MouListPanel drawer={mouDrawer} setDrawer={setMouDrawer} />
        </Tabs.Panel>
        <Tabs.Panel value="assistance">
          <AssistancePanel drawer={assistanceDrawer} setDrawer={setAssistanceDrawer} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
