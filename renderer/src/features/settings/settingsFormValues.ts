import type { OfficeSettingsInput } from '../../../../shared/contract/settings';
import type { OfficeSettingsDto, PaperSize } from '../../../../shared/dto';
import { DEFAULT_LETTER_PATTERN } from '../../../../shared/letterNumber';

export interface SettingsFormValues extends Record<string, unknown> {
  officeCode: string;
  officeName: string;
  province: string;
  city: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  logoDataUrl: string | null;
  headName: string;
  headPosition: string;
  headNip: string;
  paperSize: PaperSize;
  letterNumberPattern: string;
  /** Months after which unconfirmed focal-point data is flagged "Data usang". */
  staleAfterMonths: number;
  /** Automatic updates (admin switch) and the feed they come from ('' = none yet). */
  updatesEnabled: boolean;
  updateFeedUrl: string;
  /** Minutes without use before a session locks. */
  idleLockMinutes: number;
}

/** Every input of the settings form, for placing server field errors. */
export const SETTINGS_FIELDS = [
  'officeCode', 'officeName', 'province', 'city', 'address', 'phone', 'email', 'website',
  'logoDataUrl', 'headName', 'headPosition', 'headNip', 'paperSize', 'letterNumberPattern',
  'staleAfterMonths', 'updatesEnabled', 'updateFeedUrl', 'idleLockMinutes',
] as const satisfies ReadonlyArray<keyof SettingsFormValues>;

/** The loaded profile, or sensible defaults on first run (A4, the default number pattern). */
export function toSettingsFormValues(dto: OfficeSettingsDto | null): SettingsFormValues {
  return {
    officeCode: dto?.officeCode ?? '',
    officeName: dto?.officeName ?? '',
    province: dto?.province ?? '',
    city: dto?.city ?? '',
    address: dto?.address ?? '',
    phone: dto?.phone ?? '',
    email: dto?.email ?? '',
    website: dto?.website ?? '',
    logoDataUrl: dto?.logoDataUrl ?? null,
    headName: dto?.headName ?? '',
    headPosition: dto?.headPosition ?? '',
    headNip: dto?.headNip ?? '',
    paperSize: dto?.paperSize ?? 'A4',
    letterNumberPattern: dto?.letterNumberPattern ?? DEFAULT_LETTER_PATTERN,
    staleAfterMonths: dto?.staleAfterMonths ?? 6,
    idleLockMinutes: dto?.idleLockMinutes ?? 15,
    updatesEnabled: dto?.updatesEnabled ?? true,
    updateFeedUrl: dto?.updateFeedUrl ?? '',
  };
}

export function toSettingsInput(values: SettingsFormValues, expectedUpdatedAt: string | null): OfficeSettingsInput {
  return { ...values, expectedUpdatedAt };
}
