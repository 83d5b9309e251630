import { ActionIcon, Badge, Button, Group, Modal, Paper, Skeleton, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_MASTER_LISTS, type CaseMasterItemDto, type CaseMasterList } from '../../../../../shared/dto';
import { useCaseMaster } from '../../../api/caseSetup';
import { ErrorAlert } from '../../../components/ErrorAlert';
import tableClasses from '../../../components/lists/ListTable.module.css';
import { PHASE_COLORS } from '../CaseBadges';
import { useLastValue } from '../../roster/useLastValue';
import { MasterItemForm } from './MasterItemForm';

/** The editable reference lists of the register, one tab each, with how often each item is used. */
export function MasterListsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const master = useCaseMaster();
  const [list, setList] = useState<CaseMasterList>('stage');
  const [editing, setEditing] = useState<{ item?: CaseMasterItemDto } | null>(null);
  const shown = useLastValue(editing);
  const items = master.data?.[list] ?? [];
  const nextOrder = items.reduce((m, i) => Math.max(m, i.sortOrder), 0) + 10;

  return (
    <Paper p="md">
      {master.isError && <ErrorAlert error={master.error} title={t('errors.loadFailed')} onRetry={() => void master.refetch()} />}
      <Tabs value={list} onChange={(v) => v && setList(v as CaseMasterList)} variant="pills" orientation="vertical" styles={{ tabLabel: { flex: 1, textAlign: 'left' } }}>
        <Tabs.List w={220} mr="lg">
          {CASE_MASTER_LISTS.map((l) => (
            <Tabs.Tab key={l} value={l} rightSection={<Badge size="sm" variant={l === list ? 'white' : 'light'} color="gray" miw={28}>{master.data?.[l].length ?? '–'}</Badge>}>
              {t(`cases.setup.lists.${l}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" mb="sm">
            <Text size="sm" c="dimmed" maw={560}>
              {t(`cases.setup.listHelp.${list}`)}
            </Text>
            {canEdit && (
              <Button size="xs" leftSection={<IconPlus size={15} />} onClick={() => setEditing({})}>
                {t('cases.setup.addItem')}
              </Button>
            )}
          </Group>
          {master.isPending ? (
            <Skeleton h={240} />
          ) : (
            <Table verticalSpacing={6} highlightOnHover className={tableClasses.table}>
              <Table.Thead className={tableClasses.thead}>
                <Table.Tr>
                  <Table.Th w={60}>{t('cases.setup.sortOrderShort')}</Table.Th>
                  <Table.Th>{t('cases.setup.itemName')}</Table.Th>
                  {list === 'stage' && <Table.Th w={180}>{t('cases.setup.phase')}</Table.Th>}
                  <Table.Th w={110}>{t('cases.setup.usage')}</Table.Th>
                  <Table.Th w={100}>{t('cases.setup.status')}</Table.Th>
                  <Table.Th w={50} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id} className={i.active ? undefined : tableClasses.inactiveRow}>
                    <Table.Td>{i.sortOrder}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {i.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {i.code}
                      </Text>
                    </Table.Td>
                    {list === 'stage' && (
                      <Table.Td>
                        {i.phase && (
                          <Badge variant="light" color={PHASE_COLORS[i.phase]} tt="none">
                            {t(`cases.phases.${i.phase}`)}
                          </Badge>
                        )}
                      </Table.Td>
                    )}
                    <Table.Td>{i.usageCount.toLocaleString('id-ID')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={i.active ? 'teal' : 'gray'} tt="none">
                        {i.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('cases.setup.editNamed', { name: i.name })} onClick={() => setEditing({ item: i })}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </Tabs>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={shown?.item ? t('cases.setup.editItem') : t('cases.setup.addItemTo', { list: t(`cases.setup.lists.${list}`) })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {shown && <MasterItemForm key={shown.item?.id ?? 'new'} list={list} item={shown.item} nextOrder={nextOrder} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}
