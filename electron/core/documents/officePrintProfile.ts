import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperSize } from '../../../shared/dto';
import { INSTITUTION, kopContactLine, kopOfficeLine } from '../../../shared/letterhead';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import type { Letterhead } from './layout/letterhead';
import type { SignatureBlock } from './layout/signatures';

/** What every printed document takes from the office profile (Settings). */
export interface OfficePrintProfile {
  officeName: string;
  city: string;
  paper: PaperSize;
  letterhead: Letterhead;
  /** The head of office's block ("Kepala Perwakilan ..."), without caption or date. */
  head: SignatureBlock;
}

const DATA_URL = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=\s]+)$/;
const logoCache = new Map<string, Buffer>();

export function defaultLogo(resourcesDir: string): Buffer {
  const path = join(resourcesDir, 'logo-default.png');
  let logo = logoCache.get(path);
  if (!logo) {
    logo = readFileSync(path);
    logoCache.set(path, logo);
  }
  return logo;
}

/** The uploaded logo's bytes, or null when absent or not a PNG/JPEG data URL. */
export function logoBytes(dataUrl: string | null): Buffer | null {
  const match = dataUrl ? DATA_URL.exec(dataUrl) : null;
  return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : null;
}

export async function officePrintProfile(ctx: ServiceContext): Promise<OfficePrintProfile> {
  const office = await findLocalOffice(ctx);
  if (!office) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  const fallbackLogo = defaultLogo(ctx.paths.resourcesDir);
  // Whoever heads the office signs as its head; the office name completes a bare "Kepala Perwakilan".
  const position = office.headPosition.trim() || 'Kepala Perwakilan';
  return {
    officeName: office.officeName,
    city: office.city,
    paper: office.paperSize,
    letterhead: {
      institution: INSTITUTION,
      officeLine: kopOfficeLine(office.officeName),
      address: office.address,
      contacts: kopContactLine(office),
      logo: logoBytes(office.logoDataUrl) ?? fallbackLogo,
      fallbackLogo,
    },
    head: { position: headTitle(position, office.officeName), name: office.headName.trim() || '....................................', nip: office.headNip },
  };
}

/**
 * "Kepala Perwakilan" alone says nothing outside the office; signature blocks print the
 * full title, "Kepala Perwakilan Ombudsman Republik Indonesia Provinsi ...", unless the
 * setting already names the office.
 */
function headTitle(position: string, officeName: string): string {
  if (/ombudsman/i.test(position)) return position;
  const region = officeName
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^ombudsman\s+(republik\s+indonesia|ri)\s*/i, '')
    .replace(/^perwakilan\s*/i, '');
  return region ? `${position} Ombudsman Republik Indonesia ${region}` : position;
}
