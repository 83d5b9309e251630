import { Badge, Code, Drawer, Group, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';
import { auditDiff } from './auditDiff';
import classes from './Audit.module.css';

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** One entry: who, when, through what, and the record before and after, changed fields marked. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntryDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [changedOnly, setChangedOnly] = useState(true);
  const rows = entry ? auditDiff(entry.before, entry.after) : [];
  const hasBoth = entry !== null && entry.before !== null && entry.after !== null;
  const shown = hasBoth && changedOnly ? rows.filter((r) => r.changed) : rows;

  return (
    <Drawer opened={entry !== null} onClose={onClose} position="right" size={720} title={entry ? <Text fw={600}>{t('audit.entryTitle', { seq: entry.seq })}</Text> : null} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {entry && (
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Meta label={t('audit.when')}>{formatTimestamp(entry.at, lang)}</Meta>
            <Meta label={t('audit.who')}>{entry.actorName}</Meta>
            <Meta label={t('audit.what')}>
              <Badge variant="light">{entry.action}</Badge>
            </Meta>
            <Meta label={t('audit.record')}>
              {entry.entity} · <Code>{entry.entityId}</Code>
            </Meta>
            <Meta label={t('audit.channel')}>
              <Code>{entry.channel}</Code>
            </Meta>
            <Meta label={t('audit.transport')}>{entry.transport}</Meta>
          </SimpleGrid>
          <Meta label={t('audit.hash')}>
            <Code className={classes.hash}>{entry.hash}</Code>
          </Meta>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('audit.noSnapshot')}
            </Text>
          ) : (
            <>
              {hasBoth && (
                <Group justify="flex-end">
                  <Switch size="sm" label={t('audit.changedOnly')} checked={changedOnly} onChange={(e) => setChangedOnly(e.currentTarget.checked)} />
                </Group>
              )}
              <Table withTableBorder withColumnBorders verticalSpacing={6} className={classes.diff}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="26%">{t('audit.field')}</Table.Th>
                    <Table.Th>{t('audit.before')}</Table.Th>
                    <Table.Th>{t('audit.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => (
                    <Table.Tr key={r.field} data-changed={r.changed && hasBoth ? 'true' : undefined}>
                      <Table.Td>
                        <Code>{r.field}</Code>
                      </Table.Td>
                      <Table.Td className={hasBoth && r.changed ? classes.removed : undefined}>{r.before}</Table.Td>
                      <Table.Td className={hasBoth && r.changed ? classes.added : undefined}>{r.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
