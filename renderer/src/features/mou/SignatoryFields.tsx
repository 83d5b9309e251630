import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MouFormValues } from './mouFormValues';

/** Who signed: name, position, and whom they represent; a short list. */
export function SignatoryFields({ form }: { form: UseFormReturnType<MouFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.signatories;
  const listError = typeof form.errors.signatories === 'string' ? form.errors.signatories : null;
  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('mou.noSignatories')}
        </Text>
      )}
      {rows.map((_, i) => (
        <Paper key={i} p="sm" withBorder radius="md" bg="gray.0">
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} c="dimmed" w={18} pt={28} aria-hidden>
              {i + 1}.
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput label={t('mou.fields.signatoryName')} withAsterisk {...form.getInputProps(`signatories.${i}.name`)} />
              <TextInput label={t('mou.fields.signatoryPosition')} {...form.getInputProps(`signatories.${i}.position`)} />
              <TextInput label={t('mou.fields.signatoryParty')} placeholder={t('mou.placeholders.signatoryParty')} {...form.getInputProps(`signatories.${i}.party`)} />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" mt={26} onClick={() => form.removeListItem('signatories', i)} aria-label={t('mou.removeSignatory', { n: String(i + 1) })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {listError && (
        <Text size="xs" c="red">
          {listError}
        </Text>
      )}
      {rows.length < 20 && (
        <Group>
          <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('signatories', { name: '', position: '', party: '' })}>
            {t('mou.addSignatory')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
