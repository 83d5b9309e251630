import { Button, Divider, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseEventAddInput, caseEventUpdateInput, type CaseEventAddInput } from '../../../../../../shared/contract/cases';
import { LETTER_KINDS, MANUAL_EVENT_KINDS, type CaseDetailDto, type CaseEventDto, type LetterKind, type ManualEventKind } from '../../../../../../shared/dto';
import { useAddCaseEvent, useUpdateCaseEvent } from '../../../../api/cases';
import { AttachmentList } from '../../../../components/attachments/AttachmentList';
import { useSchemaForm } from '../../../../components/forms/useSchemaForm';
import { schemaSubmit } from '../../../../components/forms/schemaSubmit';
import { notifySuccess } from '../../../../components/notify';
import { DialogButtons, SaveError } from './DialogParts';

interface Values extends Record<string, unknown> {
  kind: ManualEventKind;
  occurredOn: string;
  title: string;
  details: string;
  letterKind: LetterKind | '';
  letterNumber: string;
}
const FIELDS = ['kind', 'occurredOn', 'letterKind', 'letterNumber', 'title', 'details'];

interface Props {
  c: CaseDetailDto;
  /** Editing an entry; absent: adding one. */
  event?: CaseEventDto;
  eventKind?: ManualEventKind;
  onClose: () => void;
}

/** Adds a dated entry to the timeline (or corrects one); files are attached once it exists. */
export function EventForm({ c, event, eventKind, onClose }: Props) {
  const [saved, setSaved] = useState<CaseEventDto | null>(null);
  if (saved) return <AttachStep event={saved} onClose={onClose} />;
  return event ? <EditEvent event={event} onClose={onClose} /> : <AddEvent c={c} kind={eventKind ?? 'note'} onSaved={setSaved} onClose={onClose} />;
}

function AttachStep({ event, onClose }: { event: CaseEventDto; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('cases.events.savedAttach', { title: event.title })}</Text>
      <AttachmentList entity="case_event" entityId={event.id} />
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('cases.events.done')}</Button>
      </Group>
    </Stack>
  );
}

function AddEvent({ c, kind, onSaved, onClose }: { c: CaseDetailDto; kind: ManualEventKind; onSaved: (e: CaseEventDto) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddCaseEvent();
  const defaultTitle = (k: ManualEventKind) => t(`cases.events.defaultTitles.${k}`);
  const prepare = (v: Values): CaseEventAddInput => {
    const letter = v.kind === 'letter_sent';
    return { caseId: c.id, kind: v.kind, occurredOn: v.occurredOn, title: v.title, details: v.details, letterKind: letter && v.letterKind ? v.letterKind : null, letterNumber: letter ? v.letterNumber : '' };
  };
  const sf = useSchemaForm<Values>(
    caseEventAddInput,
    { kind, occurredOn: c.today, title: defaultTitle(kind), details: '', letterKind: kind === 'letter_sent' ? 'lainnya' : '', letterNumber: '' },
    prepare,
  );
  const { form, server } = sf;
  const setKind = (next: ManualEventKind) => {
    // A title still at the previous kind's default follows the new kind.
    if (form.values.title === defaultTitle(form.values.kind) || form.values.title === '') form.setFieldValue('title', defaultTitle(next));
    if (next === 'letter_sent' && !form.values.letterKind) form.setFieldValue('letterKind', 'lainnya');
    form.setFieldValue('kind', next);
  };

  const submit = schemaSubmit(sf, FIELDS, async (values) => {
    const event = await add.mutateAsync(prepare(values));
    notifySuccess(t('cases.events.added'), event.letterNumber ? t('cases.events.numbered', { number: event.letterNumber }) : event.title);
    onSaved(event);
  });

  const letter = form.values.kind === 'letter_sent';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError error={add.error} fields={FIELDS} unplaced={server.unplaced(FIELDS)} />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('cases.events.kind')}
            data={MANUAL_EVENT_KINDS.map((k) => ({ value: k, label: t(`cases.events.kinds.${k}`) }))}
            allowDeselect={false}
            withAsterisk
            value={form.values.kind}
            onChange={(v) => v && setKind(v as ManualEventKind)}
            error={form.errors.kind}
          />
          <TextInput type="date" label={t('cases.events.date')} withAsterisk {...form.getInputProps('occurredOn')} />
        </SimpleGrid>
        {letter && (
          <SimpleGrid cols={2} spacing="sm">
            <Select label={t('cases.events.letterKind')} data={LETTER_KINDS.map((k) => ({ value: k, label: t(`cases.letters.kinds.${k}`) }))} allowDeselect={false} {...form.getInputProps('letterKind')} />
            <TextInput label={t('cases.events.letterNumber')} description={t('cases.events.letterNumberHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('letterNumber')} />
          </SimpleGrid>
        )}
        <TextInput label={t('cases.events.titleField')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('cases.events.details')} autosize minRows={3} maxRows={10} {...form.getInputProps('details')} />
        <Text size="xs" c="dimmed">
          {t('cases.events.attachAfter')}
        </Text>
        <DialogButtons onCancel={onClose} pending={add.isPending} submit={t('cases.events.save')} />
      </Stack>
    </form>
  );
}

interface EditValues extends Record<string, unknown> {
  occurredOn: string;
  title: string;
  details: string;
}
const EDIT_FIELDS = ['occurredOn', 'title', 'details'];

function EditEvent({ event, onClose }: { event: CaseEventDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCaseEvent();
  const prepare = (v: EditValues) => ({ id: event.id, expectedUpdatedAt: event.updatedAt, ...v });
  const sf = useSchemaForm<EditValues>(caseEventUpdateInput, { occurredOn: event.occurredOn, title: event.title, details: event.details }, prepare);
  const { form, server } = sf;
  const submit = schemaSubmit(sf, EDIT_FIELDS, async (values) => {
    await update.mutateAsync(prepare(values));
    notifySuccess(t('cases.events.updated'), values.title);
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('cases.events.editHint', { kind: t(`cases.events.kinds.${event.kind}`) })}
        </Text>
        <SaveError error={update.error} fields={EDIT_FIELDS} unplaced={server.unplaced(EDIT_FIELDS)} />
        <TextInput type="date" label={t('cases.events.date')} withAsterisk {...form.getInputProps('occurredOn')} />
        <TextInput label={t('cases.events.titleField')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('cases.events.details')} autosize minRows={3} maxRows={10} {...form.getInputProps('details')} />
        <Divider label={t('attachments.title')} labelPosition="left" />
        <AttachmentList entity="case_event" entityId={event.id} />
        <DialogButtons onCancel={onClose} pending={update.isPending} submit={t('common.save')} />
      </Stack>
    </form>
  );
}
