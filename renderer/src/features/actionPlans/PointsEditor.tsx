import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanFormValues } from './planFormValues';

/** The ordered points of an action plan: edit, add, remove, move up and down. */
export function PointsEditor({ form, locked }: { form: UseFormReturnType<PlanFormValues>; locked: boolean }) {
  const { t } = useTranslation();
  const points = form.values.points;
  const move = (from: number, to: number) => {
    const next = [...points];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    form.setFieldValue('points', next);
  };
  return (
    <Stack gap="xs">
      {points.map((p, i) => (
        <Group key={p.id ?? `new-${i}`} gap="xs" align="flex-start" wrap="nowrap">
          <Text fw={600} mt={6} w={22} ta="right">
            {i + 1}.
          </Text>
          <Textarea aria-label={t('actionPlans.pointLabel', { n: i + 1 })} autosize minRows={2} maxRows={6} flex={1} disabled={locked} {...form.getInputProps(`points.${i}.text`)} />
          <Stack gap={2}>
            <ActionIcon variant="subtle" size="sm" aria-label={`${t('actionPlans.moveUp')} ${i + 1}`} disabled={locked || i === 0} onClick={() => move(i, i - 1)}>
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon variant="subtle" size="sm" aria-label={`${t('actionPlans.moveDown')} ${i + 1}`} disabled={locked || i === points.length - 1} onClick={() => move(i, i + 1)}>
              <IconArrowDown size={14} />
            </ActionIcon>
            <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('actionPlans.removePoint', { n: i + 1 })} disabled={locked || points.length === 1} onClick={() => form.setFieldValue('points', points.filter((_, k) => k !== i))}>
              <IconTrash size={14} />
            </ActionIcon>
          </Stack>
        </Group>
      ))}
      {typeof form.errors.points === 'string' && (
        <Text size="xs" c="red">
          {form.errors.points}
        </Text>
      )}
      {!locked && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.setFieldValue('points', [...points, { text: '' }])}>
            {t('actionPlans.addPoint')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
