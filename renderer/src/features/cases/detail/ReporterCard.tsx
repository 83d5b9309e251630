import { ActionIcon, Alert, DataList, Stack, Text, Tooltip } from '@mantine/core';
import { IconLock, IconPencil, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto } from '../../../../../shared/dto';
import classes from '../Cases.module.css';
import type { OpenDialog } from './caseDialog';
import { DetailCard, DetailRow } from './DetailCard';

/**
 * The reporter. A masked identity is shown as masked, never as a placeholder that could pass
 * for a name; a confidential identity the user may see carries a reminder that it stays inside.
 */
export function ReporterCard({ c, canWrite, open }: { c: CaseDetailDto; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  const r = c.reporter;
  const mayEdit = canWrite && c.canSeeIdentity;
  return (
    <DetailCard
      id="case-reporter"
      title={t('cases.detail.reporterTitle')}
      action={
        mayEdit && (
          <Tooltip label={t('cases.detail.editReporter')}>
            <ActionIcon variant="subtle" aria-label={t('cases.detail.editReporter')} onClick={() => open({ kind: 'editReporter' })}>
              <IconPencil size={17} />
            </ActionIcon>
          </Tooltip>
        )
      }
    >
      {r.masked ? (
        <Alert color="grape" variant="light" icon={<IconLock size={18} />} title={t('cases.detail.maskedTitle')} data-testid="reporter-masked">
          <Text size="sm">{t('cases.detail.maskedText')}</Text>
        </Alert>
      ) : (
        <Stack gap="sm">
          {c.confidential && (
            <Alert color="grape" variant="light" icon={<IconShieldLock size={18} />} p="xs">
              <Text size="sm">{t('cases.detail.confidentialVisible')}</Text>
            </Alert>
          )}
          <DataList labelWidth={120} withDivider>
            <DetailRow label={t('cases.reporter.name')} value={<Text fw={600} size="sm" component="span">{r.name}</Text>} />
            <DetailRow label={t('cases.reporter.phone')} value={r.phone} />
            <DetailRow label={t('cases.reporter.email')} value={r.email} />
            <DetailRow label={t('cases.reporter.address')} value={r.address && <span className={classes.prewrap}>{r.address}</span>} />
            <DetailRow label={t('cases.reporter.idNumber')} value={r.idNumber} />
            <DetailRow label={t('cases.reporter.representingShort')} value={r.representing || t('cases.reporter.self')} />
          </DataList>
        </Stack>
      )}
    </DetailCard>
  );
}
