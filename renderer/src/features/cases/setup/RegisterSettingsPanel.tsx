import { Button, Grid, Group, NumberInput, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseSettingsInput, type CaseSettingsInput } from '../../../../../shared/contract/caseSetup';
import type { CaseSettingsDto } from '../../../../../shared/dto';
import { isApiError } from '../../../api/ApiError';
import { useCaseSettings, useSetCaseTarget, useUpdateCaseSettings } from '../../../api/caseSetup';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { notifyError, notifySuccess } from '../../../components/notify';
import { LetterPatternInput } from '../../settings/LetterPatternInput';
import { SaveError } from '../detail/dialogs/DialogParts';
import { NumberRegisterCard } from './NumberRegisterCard';

interface Values extends Record<string, unknown> {
  registerNumberPattern: string;
  dueSoonWorkingDays: number | '';
}
const FIELDS = ['registerNumberPattern', 'dueSoonWorkingDays'];

function SettingsForm({ settings, canEdit }: { settings: CaseSettingsDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateCaseSettings();
  const prepare = (v: Values): CaseSettingsInput => ({
    registerNumberPattern: v.registerNumberPattern,
    dueSoonWorkingDays: v.dueSoonWorkingDays === '' ? (undefined as unknown as number) : v.dueSoonWorkingDays,
    expectedUpdatedAt: settings.updatedAt,
  });
  const sf = useSchemaForm<Values>(caseSettingsInput, { registerNumberPattern: settings.registerNumberPattern, dueSoonWorkingDays: settings.dueSoonWorkingDays }, prepare);
  const { form, server } = sf;
  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    await update.mutateAsync(prepare(values));
    notifySuccess(t('cases.register.saved'));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={update.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <LetterPatternInput label={t('cases.register.pattern')} inputProps={form.getInputProps('registerNumberPattern')} />
        <Text size="xs" c="dimmed">
          {t('cases.register.patternNote')}
        </Text>
        <NumberInput label={t('cases.register.dueSoon')} description={t('cases.register.dueSoonHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} min={1} max={30} allowDecimal={false} w={260} {...form.getInputProps('dueSoonWorkingDays')} />
        {canEdit && (
          <Group>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function Targets({ settings, thisYear, canEdit }: { settings: CaseSettingsDto; thisYear: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const setTarget = useSetCaseTarget();
  const [year, setYear] = useState<number | string>(thisYear);
  const [target, setTargetValue] = useState<number | string>(settings.targets.find((x) => x.year === thisYear)?.target ?? '');
  const save = async () => {
    try {
      await setTarget.mutateAsync({ year: Number(year), target: Number(target) });
      notifySuccess(t('cases.register.targetSaved', { year: String(year) }));
    } catch (error) {
      notifyError(t('errors.saveFailed'), isApiError(error) ? error.message : t('errors.unexpected'));
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('cases.register.targetsHelp')}
      </Text>
      {canEdit && (
        <Group align="flex-end" gap="sm">
          <NumberInput label={t('cases.register.year')} min={2000} max={2100} allowDecimal={false} value={year} onChange={setYear} w={110} />
          <NumberInput label={t('cases.register.target')} min={0} max={100_000} allowDecimal={false} value={target} onChange={setTargetValue} w={140} />
          <Button variant="light" onClick={() => void save()} loading={setTarget.isPending} disabled={target === '' || year === ''}>
            {t('cases.register.setTarget')}
          </Button>
        </Group>
      )}
      <Table verticalSpacing={4} maw={320}>
        <Table.Tbody>
          {settings.targets.map((x) => (
            <Table.Tr key={x.year}>
              <Table.Td>{x.year}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {x.target.toLocaleString('id-ID')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {settings.targets.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.register.noTargets')}
        </Text>
      )}
    </Stack>
  );
}

/** The register number's pattern, the "due soon" window, and the yearly closure targets. */
export function RegisterSettingsPanel({ canEdit, canWrite, today }: { canEdit: boolean; canWrite: boolean; today: string }) {
  const thisYear = Number(today.slice(0, 4));
  const { t } = useTranslation();
  const settings = useCaseSettings();
  if (settings.isError) return <ErrorAlert error={settings.error} title={t('errors.loadFailed')} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Skeleton h={320} />;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper p="lg">
          <Title order={2} fz="md" mb="md">
            {t('cases.register.title')}
          </Title>
          <SettingsForm key={settings.data.updatedAt} settings={settings.data} canEdit={canEdit} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper p="lg">
          <Title order={2} fz="md" mb="md">
            {t('cases.register.targetsTitle')}
          </Title>
          <Targets settings={settings.data} thisYear={thisYear} canEdit={canEdit} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={12}>
        <NumberRegisterCard thisYear={thisYear} today={today} canWrite={canWrite} />
      </Grid.Col>
    </Grid>
  );
}
