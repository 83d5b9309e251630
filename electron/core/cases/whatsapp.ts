import type { WhatsappReminderDto } from '../../../shared/dto';
import { formatDateId } from '../../../shared/dates';
import { whatsappNumber, whatsappUrl } from '../../../shared/phone';
import { notFound } from '../errors';
import { asOf } from '../roster/queries';
import type { ServiceContext } from '../service';
import { officeToday } from './queries/detail';

type Ctx = Pick<ServiceContext, 'manager' | 'now'>;

/**
 * A ready message for the agency's focal point listing its cases whose agency-side deadline
 * has passed: register number, subject, what is awaited and since when. Never a reporter's
 * name or any free text of the case (which might carry one).
 */
export async function whatsappReminder(agencyId: string, ctx: Ctx): Promise<WhatsappReminderDto> {
  const [agency] = (await ctx.manager.query(`SELECT id, name FROM agencies WHERE id = ?`, [agencyId])) as Array<{ id: string; name: string }>;
  if (!agency) throw notFound();
  const today = officeToday(ctx);
  const rows = (await ctx.manager.query(
    `SELECT c.register_number, c.agency_due_on, c.forwarded_on, sb.name AS subject,
            (SELECT r.name FROM deadline_rules r WHERE r.party = 'agency' AND r.id = c.next_due_rule_id) AS rule_name
       FROM cases c JOIN case_master_items sb ON sb.id = c.subject_id
      WHERE c.agency_id = ? AND c.agency_due_on IS NOT NULL AND c.agency_due_on < ?
      ORDER BY c.agency_due_on, c.register_year, c.register_seq`,
    [agencyId, today],
  )) as Array<{ register_number: string; agency_due_on: string; forwarded_on: string | null; subject: string; rule_name: string | null }>;
  const office = (await ctx.manager.query(`SELECT office_name FROM office_settings WHERE is_local = 1`)) as Array<{ office_name: string }>;
  const { primary } = await asOf(agencyId, today, ctx);
  const wa = primary ? whatsappNumber(primary.person.whatsapp || primary.person.phone) : null;
  const number = wa && wa.ok ? wa.number : null;
  const lines = [
    primary ? `Yth. Bapak/Ibu ${primary.person.name},` : 'Yth. Bapak/Ibu Narahubung,',
    `narahubung ${agency.name}.`,
    '',
    rows.length === 0
      ? `Saat ini tidak ada laporan masyarakat yang melewati batas waktu tindak lanjut pada ${agency.name}. Terima kasih atas kerja samanya.`
      : `Bersama ini kami sampaikan ${rows.length} laporan masyarakat yang tindak lanjutnya telah melewati batas waktu:`,
    ...rows.map((r, i) => `${i + 1}. No. ${r.register_number} (${r.subject})${r.forwarded_on ? `, diteruskan ${formatDateId(r.forwarded_on)}` : ''}, batas waktu ${formatDateId(r.agency_due_on)}${r.rule_name ? ` (${r.rule_name.toLowerCase()})` : ''}`),
    ...(rows.length ? ['', 'Mohon bantuan Bapak/Ibu untuk menindaklanjuti dan menyampaikan tanggapan instansi kepada kami.'] : []),
    '',
    `Terima kasih.`,
    office[0]?.office_name ?? 'Ombudsman Republik Indonesia',
  ];
  const text = lines.join('\n');
  return {
    agencyId,
    agencyName: agency.name,
    focalPointName: primary?.person.name ?? null,
    whatsappNumber: number,
    waUrl: number ? `${whatsappUrl(number)}?text=${encodeURIComponent(text)}` : null,
    text,
    caseCount: rows.length,
  };
}
