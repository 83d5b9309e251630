import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AGENCY_IMPORT_FIELDS, FOCAL_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/agencyImport';
import type { ImportPreviewDto } from '../../../../shared/dto';
import { fieldErrorText } from '../../components/errorText';
import { useLang } from '../../app/i18n';

interface Props {
  preview: ImportPreviewDto;
  mapping: ImportMapping;
  onMapping: (mapping: ImportMapping) => void;
  onSheet: (sheet: string) => void;
  onBack: () => void;
  onNext: () => void;
  busy: boolean;
}

/** Step 2: one choice per Simpul field, prefilled from the headers, with a few values of each column. */
export function MappingStep({ preview, mapping, onMapping, onSheet, onBack, onNext, busy }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const NONE = '';
  const options = [
    { value: NONE, label: t('agencyImport.mapping.none') },
    ...preview.columns.map((c) => ({
      value: String(c.index),
      label: c.header ? t('agencyImport.mapping.column', { letter: c.letter, header: c.header }) : t('agencyImport.mapping.columnNoHeader', { letter: c.letter }),
    })),
  ];

  const select = (field: ImportField) => {
    const column = mapping[field];
    const chosen = column === null || column === undefined ? null : preview.columns[column];
    const samples = chosen ? (chosen.samples.length ? t('agencyImport.mapping.samples', { values: chosen.samples.join(' · ') }) : t('agencyImport.mapping.noSamples')) : undefined;
    return (
      <Select
        key={field}
        label={
          <Group gap={6} component="span">
            {t(`agencyImport.fields.${field}`)}
            {field === 'name' && (
              <Badge size="xs" variant="light" color="red" radius="sm">
                {t('agencyImport.mapping.required')}
              </Badge>
            )}
          </Group>
        }
        aria-label={t(`agencyImport.fields.${field}`)}
        data={options}
        value={chosen ? String(column) : NONE}
        onChange={(value) => onMapping({ ...mapping, [field]: value ? Number(value) : null })}
        allowDeselect={false}
        description={samples}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
    );
  };

  return (
    <Paper p="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {t('agencyImport.mapping.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agencyImport.mapping.text')} {t('agencyImport.file.headerRow', { row: String(preview.headerRowNumber) })}
          </Text>
        </Stack>
        {preview.sheets.length > 1 && (
          <Select label={t('agencyImport.mapping.sheet')} data={preview.sheets} value={preview.sheet} onChange={(v) => v && onSheet(v)} allowDeselect={false} maw={320} />
        )}
        {preview.mappingProblems.map((p, i) => (
          <Text key={i} c="red" size="sm" role="alert">
            {fieldErrorText(p, lang)}
          </Text>
        ))}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('agencyImport.mapping.agencySection')}
            </Title>
            {AGENCY_IMPORT_FIELDS.map(select)}
          </Stack>
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('agencyImport.mapping.focalSection')}
            </Title>
            {FOCAL_IMPORT_FIELDS.map(select)}
          </Stack>
        </SimpleGrid>
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            {t('agencyImport.mapping.back')}
          </Button>
          <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} loading={busy} disabled={mapping.name === undefined || mapping.name === null}>
            {t('agencyImport.mapping.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
