import { ActionIcon, Badge, Button, Group, Modal, Paper, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRuleDto } from '../../../../../shared/dto';
import { useDeadlineRules } from '../../../api/caseSetup';
import { ErrorAlert } from '../../../components/ErrorAlert';
import tableClasses from '../../../components/lists/ListTable.module.css';
import { useLastValue } from '../../roster/useLastValue';
import { DeadlineRuleForm } from './DeadlineRuleForm';

/** Deadline rules per stage or step, in working or calendar days; editing recomputes every open case. */
export function DeadlineRulesPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const rules = useDeadlineRules();
  const [editing, setEditing] = useState<{ rule?: DeadlineRuleDto } | null>(null);
  const shown = useLastValue(editing);
  return (
    <Paper p={0}>
      <Group justify="space-between" p="md">
        <Text size="sm" c="dimmed" maw={720}>
          {t('cases.rules.lead')}
        </Text>
        {canEdit && (
          <Button size="xs" leftSection={<IconPlus size={15} />} onClick={() => setEditing({})}>
            {t('cases.rules.add')}
          </Button>
        )}
      </Group>
      {rules.isError && <ErrorAlert error={rules.error} title={t('errors.loadFailed')} onRetry={() => void rules.refetch()} />}
      {rules.isPending ? (
        <Skeleton h={220} m="md" />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover className={tableClasses.table}>
            <Table.Thead className={tableClasses.thead}>
              <Table.Tr>
                <Table.Th>{t('cases.rules.name')}</Table.Th>
                <Table.Th w={240}>{t('cases.rules.trigger')}</Table.Th>
                <Table.Th w={150}>{t('cases.rules.length')}</Table.Th>
                <Table.Th w={130}>{t('cases.rules.party')}</Table.Th>
                <Table.Th w={90}>{t('cases.setup.status')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rules.data ?? []).map((r) => (
                <Table.Tr key={r.id} className={r.active ? undefined : tableClasses.inactiveRow}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    {r.notes && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {r.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.trigger === 'stage' ? t('cases.rules.enteringStage', { stage: r.stageName ?? '—' }) : t(`cases.rules.triggers.${r.trigger}`)}</Text>
                    {r.pausesForReporter && (
                      <Text size="xs" c="dimmed">
                        {t('cases.rules.pausesShort')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('cases.rules.lengthValue', { days: r.days, unit: t(`cases.units.${r.unit}`) })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`cases.parties.${r.party}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.active ? 'teal' : 'gray'} tt="none">
                      {r.active ? t('common.active') : t('common.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon variant="subtle" aria-label={t('cases.setup.editNamed', { name: r.name })} onClick={() => setEditing({ rule: r })}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={shown?.rule ? t('cases.rules.editTitle') : t('cases.rules.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {shown && <DeadlineRuleForm key={shown.rule?.id ?? 'new'} rule={shown.rule} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}
