import { Anchor, Breadcrumbs, Group, Stepper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_MAX_LABEL, type ImportMapping } from '../../../../shared/agencyImport';
import type { ImportPreviewDto, ImportResultDto } from '../../../../shared/dto';
import { useCommitImport, usePreviewImport } from '../../api/imports';
import { PageHeader } from '../../components/PageHeader';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { readImportFile } from './readImportFile';
import { ResultStep } from './ResultStep';

type Stage = 'file' | 'mapping' | 'preview' | 'done';
const STAGES: Stage[] = ['file', 'mapping', 'preview', 'done'];

/**
 * /instansi/impor: choose a spreadsheet, match its columns, check every row, import all or
 * nothing. The file stays in the page (base64) and is sent again with each step: the core
 * re-reads and re-checks it every time and never trusts an earlier answer.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const previewCall = usePreviewImport();
  const commitCall = useCommitImport();
  const [stage, setStage] = useState<Stage>('file');
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ local: string } | { remote: unknown } | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [groupMap, setGroupMap] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ImportResultDto | null>(null);
  // Each step starts at its top: the summary and the step's heading come first.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [stage]);

  const runPreview = async (input: { fileName: string; base64: string; sheet?: string; mapping?: ImportMapping; groupMap?: Record<string, string> }, next: Stage) => {
    commitCall.reset();
    try {
      const p = await previewCall.mutateAsync(input);
      setPreview(p);
      setMapping(p.appliedMapping);
      setStage(next);
      setProblem(null);
    } catch (error) {
      setProblem({ remote: error });
      setStage('file');
    }
  };

  const chooseFile = async (chosen: File | null) => {
    if (!chosen) return;
    setReading(chosen.name);
    const read = await readImportFile(chosen);
    setReading(null);
    if (!read.ok) {
      setProblem({ local: t(`agencyImport.file.${read.reason}`, { name: read.fileName, size: read.size, max: IMPORT_MAX_LABEL }) });
      setStage('file');
      return;
    }
    const picked = { fileName: read.fileName, base64: read.base64 };
    setFile(picked);
    setGroupMap({});
    await runPreview(picked, 'mapping');
  };

  const sheet = preview?.sheet ?? undefined;
  const toPreview = (map = groupMap) => file && void runPreview({ ...file, sheet, mapping, groupMap: map }, 'preview');
  const commit = () => {
    if (!file || !preview) return;
    commitCall.mutate(
      { ...file, sheet, mapping: preview.appliedMapping, groupMap, expectedSha256: preview.fileSha256, expectedPlanDigest: preview.planDigest },
      { onSuccess: (r) => { setResult(r); setStage('done'); } },
    );
  };
  const restart = () => {
    setStage('file');
    setFile(null);
    setPreview(null);
    setResult(null);
    setProblem(null);
  };

  const crumbs = (
    <Breadcrumbs separatorMargin={6}>
      <Anchor component={Link} to="/instansi" size="sm">
        {t('nav.agencies')}
      </Anchor>
      <Anchor size="sm" c="dimmed" underline="never" component="span">
        {t('agencyImport.breadcrumb')}
      </Anchor>
    </Breadcrumbs>
  );

  return (
    <>
      <PageHeader above={crumbs} title={t('agencyImport.title')} lead={t('agencyImport.lead')} />
      <Stepper active={stage === 'done' ? STAGES.length : STAGES.indexOf(stage)} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={(i) => i < STAGES.indexOf(stage) && stage !== 'done' && setStage(STAGES[i]!)}>
        {STAGES.map((s) => (
          <Stepper.Step key={s} label={t(`agencyImport.steps.${s}`)} description={t(`agencyImport.steps.${s}Hint`)} />
        ))}
      </Stepper>
      {file && stage !== 'file' && stage !== 'done' && preview && (
        <Group gap="xs" mb="sm">
          <Text size="sm" fw={600}>
            {t('agencyImport.file.current', { name: file.fileName })}
          </Text>
          <Text size="sm" c="dimmed">
            {preview.format === 'csv' ? t('agencyImport.file.csvInfo', { delimiter: preview.delimiter === '\t' ? 'tab' : (preview.delimiter ?? ''), encoding: preview.encoding ?? '' }) : t('agencyImport.file.xlsxInfo', { sheet: preview.sheet ?? '' })}
          </Text>
        </Group>
      )}
      {stage === 'file' && <FileStep onFile={(f) => void chooseFile(f)} reading={reading ?? (previewCall.isPending ? file?.fileName ?? null : null)} problem={problem} />}
      {stage === 'mapping' && preview && file && (
        <MappingStep
          preview={preview}
          mapping={mapping}
          onMapping={setMapping}
          onSheet={(s) => void runPreview({ ...file, sheet: s }, 'mapping')}
          onBack={restart}
          onNext={() => toPreview()}
          busy={previewCall.isPending}
        />
      )}
      {stage === 'preview' && preview && (
        <PreviewStep
          key={preview.planDigest}
          preview={preview}
          groupMap={groupMap}
          onGroupMap={setGroupMap}
          onApplyGroups={() => toPreview()}
          onBack={() => setStage('mapping')}
          onFile={(f) => void chooseFile(f)}
          onCommit={commit}
          committing={commitCall.isPending}
          commitError={commitCall.error}
          busy={previewCall.isPending}
        />
      )}
      {stage === 'done' && result && <ResultStep result={result} onAnother={restart} />}
    </>
  );
}
