import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Textarea, TextInput, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deadlineRuleSaveInput, type DeadlineRuleSaveInput } from '../../../../../shared/contract/caseSetup';
import { DEADLINE_PARTIES, DEADLINE_TRIGGERS, DEADLINE_UNITS, type DeadlineParty, type DeadlineRuleDto, type DeadlineTrigger, type DeadlineUnit } from '../../../../../shared/dto';
import { useSaveDeadlineRule } from '../../../api/caseSetup';
import { useSchemaForm } from '../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../components/notify';
import { DialogButtons, SaveError } from '../detail/dialogs/DialogParts';
import { useCaseMasterOptions } from '../useCaseMasterOptions';

interface Values extends Record<string, unknown> {
  name: string;
  trigger: DeadlineTrigger;
  stageId: string;
  days: number | '';
  unit: DeadlineUnit;
  party: DeadlineParty;
  pausesForReporter: boolean;
  active: boolean;
  notes: string;
}
const FIELDS = ['name', 'trigger', 'stageId', 'days', 'unit', 'party', 'pausesForReporter', 'active', 'notes'];

/** A deadline rule: what starts the clock, how long it runs, who must act. Saving recomputes open cases. */
export function DeadlineRuleForm({ rule, onClose }: { rule?: DeadlineRuleDto; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveDeadlineRule();
  const master = useCaseMasterOptions(rule?.stageId ? [rule.stageId] : []);
  const prepare = (v: Values): DeadlineRuleSaveInput => ({
    ...(rule ? { id: rule.id, expectedUpdatedAt: rule.updatedAt } : {}),
    name: v.name,
    trigger: v.trigger,
    stageId: v.trigger === 'stage' ? v.stageId || null : null,
    days: v.days === '' ? (undefined as unknown as number) : v.days,
    unit: v.unit,
    party: v.party,
    pausesForReporter: v.pausesForReporter,
    active: v.active,
    notes: v.notes,
  });
  const sf = useSchemaForm<Values>(
    deadlineRuleSaveInput,
    {
      name: rule?.name ?? '',
      trigger: rule?.trigger ?? 'stage',
      stageId: rule?.stageId ?? '',
      days: rule?.days ?? 14,
      unit: rule?.unit ?? 'working',
      party: rule?.party ?? 'agency',
      pausesForReporter: rule?.pausesForReporter ?? false,
      active: rule?.active ?? true,
      notes: rule?.notes ?? '',
    },
    prepare,
  );
  const { form, server } = sf;
  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const saved = await save.mutateAsync(prepare(values));
    notifySuccess(t('cases.rules.saved'), saved.name);
    onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={save.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <TextInput label={t('cases.rules.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <Select label={t('cases.rules.trigger')} data={DEADLINE_TRIGGERS.map((x) => ({ value: x, label: t(`cases.rules.triggers.${x}`) }))} allowDeselect={false} {...form.getInputProps('trigger')} />
          {form.values.trigger === 'stage' && <Select label={t('cases.rules.stage')} data={master.options.stage} withAsterisk allowDeselect={false} {...form.getInputProps('stageId')} />}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label={t('cases.rules.days')} min={1} max={365} allowDecimal={false} withAsterisk {...form.getInputProps('days')} />
          <Input.Wrapper label={t('cases.rules.unit')}>
            <SegmentedControl fullWidth data={DEADLINE_UNITS.map((u) => ({ value: u, label: t(`cases.units.${u}`) }))} {...form.getInputProps('unit')} />
          </Input.Wrapper>
        </SimpleGrid>
        <Select label={t('cases.rules.party')} data={DEADLINE_PARTIES.map((p) => ({ value: p, label: t(`cases.parties.${p}`) }))} allowDeselect={false} {...form.getInputProps('party')} />
        <Switch label={t('cases.rules.pauses')} description={t('cases.rules.pausesHelp')} {...form.getInputProps('pausesForReporter', { type: 'checkbox' })} />
        <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Textarea label={t('cases.rules.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        <DialogButtons onCancel={onClose} pending={save.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
