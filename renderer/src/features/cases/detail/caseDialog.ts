import type { CaseEventDto, GeneratedLetterKind, ManualEventKind } from '../../../../../shared/dto';

/** The one dialog the case page has open, with what it was opened for. */
export type CaseDialog =
  | { kind: 'stage' }
  | { kind: 'forward' }
  | { kind: 'event'; event?: CaseEventDto; eventKind?: ManualEventKind }
  | { kind: 'cancelEvent'; event: CaseEventDto }
  | { kind: 'letter'; letterKind: GeneratedLetterKind }
  | { kind: 'reminder' }
  | { kind: 'link' }
  | { kind: 'editCase'; focus?: string }
  | { kind: 'editReporter' };

export type OpenDialog = (dialog: CaseDialog) => void;
