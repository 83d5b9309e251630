import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateLine, todayIso } from '../../../../shared/dates';
import type { PaperSize } from '../../../../shared/dto';
import { checkLetterPattern, formatLetterNumber } from '../../../../shared/letterNumber';
import { DefaultLogo } from './DefaultLogo';
import classes from './LetterheadPreview.module.css';
import type { SettingsFormValues } from './settingsFormValues';

const INSTITUTION = 'OMBUDSMAN REPUBLIK INDONESIA';

/** The office line of the kop in capitals, without repeating the institution's name. */
export function kopOfficeLine(officeName: string): string {
  const upper = officeName.trim().toLocaleUpperCase('id-ID');
  return upper.startsWith(INSTITUTION) ? upper.slice(INSTITUTION.length).trim() : upper;
}

function contactLine(v: SettingsFormValues): string {
  const parts = [
    v.phone.trim() && `Telepon ${v.phone.trim()}`,
    v.email.trim() && `Email ${v.email.trim()}`,
    v.website.trim() && `Laman ${v.website.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '')}`,
  ].filter(Boolean);
  return parts.join(' · ');
}

/**
 * The first page of a letter drawn to scale (sizes in millimetres of the chosen paper):
 * kop with logo and office name in capitals, address and contacts, a double rule, then the
 * date line, letter number and signature block as they will be printed.
 */
export function LetterheadPreview({ values }: { values: SettingsFormValues }) {
  const { t } = useTranslation();
  const today = todayIso();
  const office = kopOfficeLine(values.officeName);
  const number = checkLetterPattern(values.letterNumberPattern) ? '…' : formatLetterNumber(values.letterNumberPattern, 1, today);
  const paper: PaperSize = values.paperSize;
  const contacts = contactLine(values);

  return (
    <Paper p="md" component="section">
      <Stack gap={4} mb="sm">
        <Title order={2} fz="md" id="letterhead-preview-heading">
          {t('settings.preview')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('settings.previewHint', { paper: paper === 'F4' ? t('settings.paperF4') : t('settings.paperA4') })}
        </Text>
      </Stack>
      <div className={classes.sheet}>
        <div className={`${classes.page} ${paper === 'F4' ? classes.f4 : classes.a4}`}>
          <div className={classes.kop}>
            <div className={classes.logo}>
              {values.logoDataUrl ? <img src={values.logoDataUrl} alt="" /> : <DefaultLogo />}
            </div>
            <div className={classes.kopText}>
              <div className={classes.institution}>{INSTITUTION}</div>
              <div className={office ? classes.office : `${classes.office} ${classes.placeholder}`}>
                {office || t('settings.previewPlaceholderOffice')}
              </div>
              {values.address.trim() && <div className={classes.address}>{values.address.trim().replace(/\n+/g, ', ')}</div>}
              {contacts && <div className={classes.address}>{contacts}</div>}
            </div>
          </div>
          <div className={classes.rule} />
          <div className={classes.body}>
            <div className={classes.dateLine}>{formatDateLine(values.city, today)}</div>
            <table className={classes.meta}>
              <tbody>
                <tr>
                  <td>{t('settings.previewNumber')}</td>
                  <td>:</td>
                  <td>{number}</td>
                </tr>
                <tr>
                  <td>{t('settings.previewAttachment')}</td>
                  <td>:</td>
                  <td>-</td>
                </tr>
                <tr>
                  <td>{t('settings.previewSubject')}</td>
                  <td>:</td>
                  <td>{t('settings.previewSubjectText')}</td>
                </tr>
              </tbody>
            </table>
            <div className={classes.lines} aria-hidden>
              {Array.from({ length: 9 }, (_, i) => (
                <span key={i} />
              ))}
            </div>
            <div className={classes.signature}>
              <div>{values.headPosition.trim() || '…'}</div>
              <div className={classes.signSpace} />
              <div className={classes.signName}>{values.headName.trim() || '…'}</div>
              {values.headNip.trim() && (
                <div>
                  {t('settings.previewNip')} {values.headNip.replace(/\s+/g, '')}
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </Paper>
  );
}
