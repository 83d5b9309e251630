import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLang, useLang } from './i18n';

/** ID / EN switch; the choice is remembered for the next start. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={lang}
      onChange={(value) => setLang(value === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: <span title={t('app.languageIdFull')}>{t('app.languageId')}</span> },
        { value: 'en', label: <span title={t('app.languageEnFull')}>{t('app.languageEn')}</span> },
      ]}
    />
  );
}
