import { Badge, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportProblemDto, ImportRowDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { fieldErrorText } from '../../components/errorText';

export const ACTION_COLOR: Record<ImportAction, string> = { create: 'teal', addFocal: 'simpul', skip: 'gray', conflict: 'orange', error: 'red' };
/** Values the table shows in its own columns: a problem there needs no "value:" repeat. */
const SHOWN_IN_COLUMNS: readonly string[] = ['name', 'group', 'region', 'focalName', 'focalPosition', 'focalPhone'];
const SEVERITY_COLOR: Record<ImportProblemDto['severity'], string> = { error: 'red.8', warning: 'orange.9', info: 'dimmed' };

/** The rows of the preview: what each will do, and every problem in words a clerk can act on. */
export function PreviewTable({ rows }: { rows: ImportRowDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actionLabel = (r: ImportRowDto) =>
    r.action === 'create' && r.withFocal ? t('agencyImport.preview.action.createWithFocal') : t(`agencyImport.preview.action.${r.action}`);

  const problemText = (r: ImportRowDto, p: ImportProblemDto) => {
    // The group chooser above the table lists the known groups; the row only names the text.
    if (p.code === 'importGroupUnknown') return t('agencyImport.preview.groupUnknownShort', { value: String(p.params?.value ?? '') });
    const text = fieldErrorText(p, lang);
    const value = p.severity === 'error' && p.field !== 'row' && !SHOWN_IN_COLUMNS.includes(p.field) ? r.values[p.field] : undefined;
    return value && !text.includes(value) ? `${text} (${t('agencyImport.preview.value', { value })})` : text;
  };
  const fieldLabel = (p: ImportProblemDto) => (p.field === 'row' ? null : t(`agencyImport.fields.${p.field}`).replace(/ \(.*\)$/, ''));

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={8} horizontalSpacing="md" striped aria-label={t('agencyImport.preview.heading')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('agencyImport.preview.colRow')}</Table.Th>
            <Table.Th w={170}>{t('agencyImport.preview.colAction')}</Table.Th>
            <Table.Th w="26%">{t('agencyImport.preview.colAgency')}</Table.Th>
            <Table.Th w="22%">{t('agencyImport.preview.colFocal')}</Table.Th>
            <Table.Th>{t('agencyImport.preview.colProblems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.rowNumber} data-row={r.rowNumber} data-action={r.action}>
              <Table.Td>
                <Text size="sm" c="dimmed" ff="monospace">
                  {r.rowNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_COLOR[r.action]} radius="sm" size="sm" styles={{ label: { whiteSpace: 'normal', textTransform: 'none' } }} h="auto" py={2}>
                  {actionLabel(r)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {r.values.name ?? '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[r.values.group, r.values.region].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {r.withFocal ? (
                  <Stack gap={0}>
                    <Text size="sm">
                      {r.values.focalName ?? '—'}
                      {r.values.role === 'cadangan' && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('agencyImport.preview.role.cadangan')})
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[r.values.focalPosition, r.values.focalPhone].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('agencyImport.preview.noFocal')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.problems.length > 0 && (
                  <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
                    {r.problems.map((p, i) => (
                      <List.Item key={i}>
                        <Text size="sm" c={SEVERITY_COLOR[p.severity]} data-severity={p.severity}>
                          {fieldLabel(p) && (
                            <Text span fw={600} inherit>
                              {fieldLabel(p)}:{' '}
                            </Text>
                          )}
                          {problemText(r, p)}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
