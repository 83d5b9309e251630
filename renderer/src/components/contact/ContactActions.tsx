import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBrandWhatsapp, IconCheck, IconCopy, IconMail, IconPhone } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIndonesianPhone, whatsappNumber, whatsappUrl } from '../../../../shared/phone';
import { notifyError } from '../notify';
import classes from './ContactActions.module.css';
import { copyText } from './copyText';

export interface ContactInfo {
  name: string;
  phone: string;
  whatsapp: string;
  email: string;
}

/** Copies a value; the icon turns into a tick for a moment so the clerk sees it worked. */
export function CopyAction({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1800);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    if (await copyText(value.trim())) setCopied(true);
    else notifyError(t('contact.copyFailed'), value);
  };
  return (
    <Tooltip label={copied ? t('contact.copied') : label} openDelay={copied ? 0 : 300} opened={copied || undefined}>
      <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" aria-label={label} onClick={() => void copy()}>
        {copied ? <IconCheck size={15} /> : <IconCopy size={15} />}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * Opens a chat with the number through an ordinary link: the desktop app hands new windows
 * for http(s) links to the system browser (main/navigationGuards.ts), the preview opens a tab.
 * A number WhatsApp cannot use shows a warning with the reason instead of a link.
 */
export function WhatsAppAction({ number, name }: { number: string; name: string }) {
  const { t } = useTranslation();
  const wa = whatsappNumber(number);
  if (!wa.ok) {
    const reason = t('contact.whatsappUnavailable', { reason: t(`contact.problem.${wa.reason}`) });
    return (
      <Tooltip label={reason} multiline maw={260}>
        <span className={classes.warning} tabIndex={0} role="img" aria-label={reason}>
          <IconAlertTriangle size={15} />
        </span>
      </Tooltip>
    );
  }
  const label = t('contact.whatsappWith', { name });
  return (
    <Tooltip label={label}>
      <ActionIcon component="a" href={whatsappUrl(wa.number)} target="_blank" rel="noopener noreferrer" variant="subtle" color="green" size="sm" aria-label={label}>
        <IconBrandWhatsapp size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

export function EmailAction({ email, name }: { email: string; name: string }) {
  const { t } = useTranslation();
  const label = t('contact.emailTo', { name });
  return (
    <Tooltip label={label}>
      <ActionIcon component="a" href={`mailto:${email}`} variant="subtle" color="simpul" size="sm" aria-label={label}>
        <IconMail size={15} />
      </ActionIcon>
    </Tooltip>
  );
}

/** One line for a table cell: the number to reach the person on, then copy / WhatsApp / email. */
export function ContactInline({ contact }: { contact: ContactInfo }) {
  const { t } = useTranslation();
  const number = contact.whatsapp.trim() || contact.phone.trim();
  if (!number && !contact.email) {
    return (
      <Text size="sm" c="dimmed">
        {t('contact.none')}
      </Text>
    );
  }
  return (
    <Group gap={2} wrap="nowrap">
      {number && (
        <Text size="sm" className={classes.number} mr={4}>
          {number}
        </Text>
      )}
      {number && <CopyAction value={number} label={t('contact.copyNumberOf', { name: contact.name })} />}
      {number && <WhatsAppAction number={number} name={contact.name} />}
      {contact.email && <EmailAction email={contact.email} name={contact.name} />}
    </Group>
  );
}

function Line({ icon, value, children }: { icon: ReactNode; value: string; children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" className={classes.line}>
      <span className={classes.lineIcon} aria-hidden>
        {icon}
      </span>
      <Text size="sm" className={classes.lineValue}>
        {value}
      </Text>
      <Group gap={2} wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}

function sameNumber(a: string, b: string): boolean {
  const pa = parseIndonesianPhone(a);
  const pb = parseIndonesianPhone(b);
  return pa.ok && pb.ok ? pa.international === pb.international : a.replace(/\D/g, '') === b.replace(/\D/g, '');
}

/** Every way to reach the person, one line each, for detail pages. */
export function ContactList({ contact }: { contact: ContactInfo }) {
  const { t } = useTranslation();
  const phone = contact.phone.trim();
  const whatsapp = contact.whatsapp.trim();
  if (!phone && !whatsapp && !contact.email) {
    return (
      <Text size="sm" c="dimmed">
        {t('contact.none')}
      </Text>
    );
  }
  // The same number typed twice (phone and WhatsApp) is shown once.
  const same = phone !== '' && whatsapp !== '' && sameNumber(phone, whatsapp);
  const chatNumber = whatsapp || phone;
  return (
    <Stack gap={4}>
      {phone && (
        <Line icon={<IconPhone size={15} />} value={phone}>
          <CopyAction value={phone} label={t('contact.copyNumberOf', { name: contact.name })} />
          {/* No separate WhatsApp number: the phone may be the one they chat on. */}
          {(!whatsapp || same) && <WhatsAppAction number={chatNumber} name={contact.name} />}
        </Line>
      )}
      {whatsapp && !same && (
        <Line icon={<IconBrandWhatsapp size={15} />} value={whatsapp}>
          <CopyAction value={whatsapp} label={t('contact.copyWhatsappOf', { name: contact.name })} />
          <WhatsAppAction number={whatsapp} name={contact.name} />
        </Line>
      )}
      {contact.email && (
        <Line icon={<IconMail size={15} />} value={contact.email}>
          <CopyAction value={contact.email} label={t('contact.copyEmailOf', { name: contact.name })} />
          <EmailAction email={contact.email} name={contact.name} />
        </Line>
      )}
    </Stack>
  );
}
