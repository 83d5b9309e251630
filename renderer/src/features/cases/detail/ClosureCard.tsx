import { DataList } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetailDto } from '../../../../../shared/dto';
import { useLang } from '../../../app/i18n';
import { longDate } from '../../roster/focalDates';
import classes from '../Cases.module.css';
import { DetailCard, DetailRow } from './DetailCard';

/** How the case ended: outcome, date and the reason given. */
export function ClosureCard({ c }: { c: CaseDetailDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DetailCard id="case-closure" title={t('cases.detail.closureTitle')}>
      <DataList labelWidth={200} withDivider>
        <DetailRow label={t('cases.stage.outcome')} value={c.outcomeName} />
        <DetailRow label={t('cases.detail.closedOn')} value={longDate(c.closedOn, lang)} />
        <DetailRow label={t('cases.stage.closureReason')} value={<span className={classes.prewrap}>{c.closureReason}</span>} />
      </DataList>
    </DetailCard>
  );
}
