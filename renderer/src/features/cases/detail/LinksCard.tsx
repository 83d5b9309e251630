import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { isApiError } from '../../../api/ApiError';
import { useUnlinkCases } from '../../../api/cases';
import { notifyError, notifySuccess } from '../../../components/notify';
import { casePath } from '../list/CaseTable';
import type { OpenDialog } from './caseDialog';
import { DetailCard } from './DetailCard';

/** Cases of the same reporter or the same matter. */
export function LinksCard({ c, canWrite, open }: { c: CaseDetailDto; canWrite: boolean; open: OpenDialog }) {
  const { t } = useTranslation();
  const unlink = useUnlinkCases();
  const remove = async (id: string, number: string) => {
    try {
      await unlink.mutateAsync(id);
      notifySuccess(t('cases.links.removed'), number);
    } catch (error) {
      notifyError(t('errors.saveFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };
  return (
    <DetailCard
      id="case-links"
      title={t('cases.links.title')}
      action={
        canWrite && (
          <Button size="xs" variant="subtle" leftSection={<IconLink size={15} />} onClick={() => open({ kind: 'link' })}>
            {t('cases.links.add')}
          </Button>
        )
      }
    >
      {c.links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.links.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {c.links.map((l) => (
            <Paper key={l.id} p="xs" withBorder>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <div>
                  <Group gap={6}>
                    <Anchor component={Link} to={casePath(l.otherCaseId)} size="sm" fw={600}>
                      {l.otherRegisterNumber}
                    </Anchor>
                    <Badge size="xs" variant="light" tt="none">
                      {t(`cases.links.reasons.${l.reason}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {l.otherStageName}
                  </Text>
                  <Text size="xs" lineClamp={2}>
                    {l.otherSummary}
                  </Text>
                  {l.note && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {l.note}
                    </Text>
                  )}
                </div>
                {canWrite && (
                  <Tooltip label={t('cases.links.remove')}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('cases.links.removeNamed', { number: l.otherRegisterNumber })} onClick={() => void remove(l.id, l.otherRegisterNumber)}>
                      <IconLinkOff size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </DetailCard>
  );
}
