import { Badge, Button, Code, Group, Modal, NavLink, ScrollArea, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_PLACEHOLDERS, DEFAULT_COMMITMENT_TEMPLATE, PLACEHOLDER_NAMES } from '../../../../shared/commitmentTemplate';
import { commitmentTemplateSaveInput } from '../../../../shared/contract/actionPlans';
import type { CommitmentTemplateDto } from '../../../../shared/dto';
import { isApiError } from '../../api/ApiError';
import { useCommitmentTemplates, useSaveCommitmentTemplate } from '../../api/actionPlans';
import { ErrorAlert, formAlertNeeded } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../components/forms/useSchemaForm';
import { notifySuccess } from '../../components/notify';

/** The wording of commitment sheets, with the placeholders that may be used. */
export function TemplatesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const templates = useCommitmentTemplates();
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const list = templates.data ?? [];
  const current = selected === 'new' ? undefined : (list.find((x) => x.id === selected) ?? list[0]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('actionPlans.templatesTitle')} size={1000} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="lg">
        <Stack gap={4}>
          {list.map((x) => (
            <NavLink
              key={x.id}
              label={x.name}
              description={t('actionPlans.templateUsed', { count: x.planCount })}
              active={current?.id === x.id && selected !== 'new'}
              onClick={() => setSelected(x.id)}
              rightSection={!x.active ? <Badge size="xs" color="gray">off</Badge> : null}
            />
          ))}
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setSelected('new')}>
            {t('actionPlans.templateAdd')}
          </Button>
        </Stack>
        <div style={{ gridColumn: 'span 3' }}>
          {(current || selected === 'new') && <TemplateForm key={selected === 'new' ? 'new' : current?.id + (current?.updatedAt ?? '')} template={selected === 'new' ? undefined : current} />}
        </div>
      </SimpleGrid>
    </Modal>
  );
}

interface Values extends Record<string, unknown> {
  name: string;
  sheetTitle: string;
  opening: string;
  closing: string;
  active: boolean;
}
const FIELDS = ['name', 'sheetTitle', 'opening', 'closing', 'active'];

function TemplateForm({ template }: { template?: CommitmentTemplateDto }) {
  const { t } = useTranslation();
  const save = useSaveCommitmentTemplate();
  const base = template ?? { ...DEFAULT_COMMITMENT_TEMPLATE, name: '', active: true };
  const prepare = (v: Values) => ({ ...(template ? { id: template.id } : {}), ...v });
  const { form, server, focusFirstError } = useSchemaForm<Values>(commitmentTemplateSaveInput, { name: base.name, sheetTitle: base.sheetTitle, opening: base.opening, closing: base.closing, active: base.active }, prepare);
  const submit = async (v: Values) => {
    server.clearAll();
    try {
      await save.mutateAsync(prepare(v));
      notifySuccess(t('actionPlans.templateSaved'), v.name);
    } catch (error) {
      server.setFrom(error);
      if (isApiError(error)) focusFirstError(FIELDS, error.fields);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(FIELDS, errors))} noValidate>
      <Stack gap="sm">
        {save.isError && formAlertNeeded(save.error, FIELDS) && <ErrorAlert error={save.error} title={t('errors.saveFailed')} />}
        <Group grow align="flex-start">
          <TextInput label={t('actionPlans.templateName')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('actionPlans.templateSheetTitle')} withAsterisk {...form.getInputProps('sheetTitle')} />
        </Group>
        <Textarea label={t('actionPlans.templateOpening')} withAsterisk autosize minRows={4} maxRows={10} {...form.getInputProps('opening')} />
        <Textarea label={t('actionPlans.templateClosing')} autosize minRows={3} maxRows={8} {...form.getInputProps('closing')} />
        <Switch label={t('actionPlans.templateActive')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Text size="sm" fw={600}>
          {t('actionPlans.placeholdersTitle')}
        </Text>
        <ScrollArea.Autosize mah={160}>
          <SimpleGrid cols={2} spacing={4} verticalSpacing={2}>
            {PLACEHOLDER_NAMES.map((n) => (
              <Text key={n} size="xs">
                <Code>{`{${n}}`}</Code> {COMMITMENT_PLACEHOLDERS[n]}
              </Text>
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
