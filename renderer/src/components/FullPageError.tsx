import { Center, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** A whole screen that could not load (the app's status, the sign-in state), with a retry. */
export function FullPageError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="lg">
      <Container size={560} w="100%">
        <ErrorAlert error={error} title={t('errors.loadFailed')} onRetry={onRetry} retrying={retrying} />
      </Container>
    </Center>
  );
}
