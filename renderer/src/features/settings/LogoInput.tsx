import { Button, FileButton, Group, Input, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconRestore } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../../../../shared/messages';
import { useLang } from '../../app/i18n';
import { DefaultLogo } from './DefaultLogo';
import classes from './LogoInput.module.css';
import { readLogoFile } from './readLogoFile';

interface Props {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  onError: (message: string) => void;
}

/** Letterhead logo: PNG/JPEG up to 512 KB kept as a data URL; empty means the default logo. */
export function LogoInput({ value, onChange, error, onError }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();

  const pick = async (file: File | null) => {
    if (!file) return;
    const result = await readLogoFile(file);
    if (result.ok) {
      onChange(result.dataUrl);
      return;
    }
    if (result.reason === 'wrongType') onError(t('settings.logoWrongType'));
    else if (result.reason === 'tooLarge') onError(t('settings.logoTooLarge', { size: String(result.sizeKb ?? 0) }));
    else if (result.reason === 'unreadable') onError(t('settings.logoUnreadable'));
    else onError(msg('logo', {}, lang));
  };

  return (
    <Input.Wrapper label={t('settings.logo')} description={t('settings.logoHelp')} error={error} id={id} labelElement="div">
      <Group gap="md" mt={6} wrap="nowrap" align="center">
        <div className={classes.thumb}>
          {value ? <img src={value} alt={t('settings.logoCurrentAlt')} /> : <DefaultLogo />}
        </div>
        <Stack gap={6}>
          <Group gap="xs">
            <FileButton onChange={(file) => void pick(file)} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} variant="default" size="xs" leftSection={<IconPhotoUp size={16} />} aria-describedby={`${id}-description`}>
                  {t('settings.logoChoose')}
                </Button>
              )}
            </FileButton>
            {value && (
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconRestore size={16} />} onClick={() => onChange(null)}>
                {t('settings.logoRemove')}
              </Button>
            )}
          </Group>
          {!value && (
            <Text size="xs" c="dimmed">
              {t('settings.logoDefault')}
            </Text>
          )}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
