import type { importChannels } from '../../../shared/contract/import';
import type { Handler } from '../service';
import { commitImport, previewImport } from './service';
import { generateImportTemplate } from './template';

type ImportChannel = keyof typeof importChannels;

export const importHandlers: { [C in ImportChannel]: Handler<C> } = {
  'import.preview': (input, ctx) => previewImport(input, ctx),
  'import.commit': (input, ctx) => commitImport(input, ctx),
  'import.template': (_input, ctx) => generateImportTemplate(ctx),
};
