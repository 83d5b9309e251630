import type { z } from 'zod';
import type { duplicateHintInput } from '../../../shared/contract/cases';
import type { DuplicateHintDto } from '../../../shared/dto';
import type { ServiceContext } from '../service';
import { canSeeIdentity } from './confidentiality';
import { distinctiveTokens, ftsAnyWord, searchTokens } from './search/ftsQuery';

type Ctx = Pick<ServiceContext, 'manager' | 'request'>;

/** Share of the typed text's distinctive words that the earlier case also has. */
const MIN_OVERLAP = 0.3;
const MIN_SHARED = 3;

interface Candidate {
  id: string;
  register_number: string;
  received_on: string;
  summary: string;
  chronology: string;
  stage_name: string;
}

/**
 * At intake: earlier cases for the same agency whose summary/chronology share enough
 * distinctive words (FTS5 ranks candidates by bm25, the overlap decides), and, only for
 * callers who may see identities, cases from the same reporter (phone, identity number or
 * exact name), so a hint never tells anyone else who reported what.
 */
export async function duplicateHints(input: z.output<typeof duplicateHintInput>, ctx: Ctx): Promise<DuplicateHintDto[]> {
  const hints: DuplicateHintDto[] = [];
  const tokens = distinctiveTokens(input.text);
  const match = ftsAnyWord(tokens);
  const exclude = input.excludeCaseId ?? '';
  if (match && tokens.length >= MIN_SHARED) {
    const rows = (await ctx.manager.query(
      `SELECT c.id, c.register_number, c.received_on, c.summary, c.chronology, st.name AS stage_name
         FROM cases_fts f JOIN cases c ON c.rowid = f.rowid JOIN case_master_items st ON st.id = c.stage_id
        WHERE cases_fts MATCH ? AND c.agency_id = ? AND c.id <> ?
        ORDER BY bm25(cases_fts) LIMIT 20`,
      [match, input.agencyId, exclude],
    )) as Candidate[];
    for (const r of rows) {
      const theirs = new Set(searchTokens(`${r.summary} ${r.chronology}`, 5000));
      const shared = tokens.filter((t) => theirs.has(t)).length;
      if (shared >= MIN_SHARED && shared / tokens.length >= MIN_OVERLAP) hints.push(hint(r, 'text'));
      if (hints.length >= 5) break;
    }
  }
  if (canSeeIdentity(ctx)) {
    const phone = input.reporterPhone.replace(/\D/g, '').replace(/^(?:62|0)+/, '');
    const idNumber = input.reporterIdNumber.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    const name = input.reporterName.trim().toLocaleLowerCase('id-ID');
    if (phone.length >= 8 || idNumber.length >= 6 || name.length >= 5) {
      const rows = (await ctx.manager.query(
        `SELECT c.id, c.register_number, c.received_on, c.summary, '' AS chronology, st.name AS stage_name
           FROM case_reporters r JOIN cases c ON c.id = r.case_id JOIN case_master_items st ON st.id = c.stage_id
          WHERE c.id <> ? AND ((? <> '' AND replace(replace(replace(replace(replace(replace(r.phone, ' ', ''), '-', ''), '+', ''), '.', ''), '(', ''), ')', '') LIKE '%' || ?)
             OR (? <> '' AND upper(replace(replace(replace(r.id_number, ' ', ''), '.', ''), '-', '')) = ?)
             OR (? <> '' AND lower(r.name) = ?))
          ORDER BY c.received_on DESC LIMIT 5`,
        [exclude, phone.length >= 8 ? phone : '', phone, idNumber.length >= 6 ? idNumber : '', idNumber, name.length >= 5 ? name : '', name],
      )) as Candidate[];
      for (const r of rows) if (!hints.some((h) => h.caseId === r.id)) hints.push(hint(r, 'reporter'));
    }
  }
  return hints;
}

const hint = (r: Candidate, reason: DuplicateHintDto['reason']): DuplicateHintDto => ({
  caseId: r.id,
  registerNumber: r.register_number,
  receivedOn: r.received_on,
  stageName: r.stage_name,
  summary: r.summary.slice(0, 240),
  reason,
});
