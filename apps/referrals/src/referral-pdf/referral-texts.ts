import type { Sex } from '@homeward/contracts/intake';
import type { ReferralField, ServiceType } from '@homeward/contracts/referrals';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** The languages the referral's PDF is written in; a translation file each (i18n/<language>.json). */
export const REFERRAL_PDF_LANGUAGES = ['fr', 'en'] as const;
export type ReferralPdfLanguage = (typeof REFERRAL_PDF_LANGUAGES)[number];

/** Every text of the PDF: a translation file missing one of them does not compile. */
export interface ReferralTexts {
  title: string;
  to: string;
  contact: string;
  service: string;
  referralReference: string;
  caseReference: string;
  sentOn: string;
  underConsent: string;
  underEmergency: string;
  sharedHeading: string;
  /** One shared field and its value, as the language punctuates it. */
  fieldLine: string;
  fields: Record<ReferralField, string>;
  sexes: Record<Sex, string>;
  years: string;
  answerHeading: string;
  answer: string;
  confidentiality: string;
  serviceTypes: Record<ServiceType, string>;
  page: string;
  monthNames: string[];
  dateFormat: string;
}

export const REFERRAL_TEXTS: Record<ReferralPdfLanguage, ReferralTexts> = { en, fr };

/** A text with its `{name}` placeholders filled; one left without a value is a bug, so it throws. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${text}"`);
    return String(values[name]);
  });
}

/** An instant's day as the provider reads it: "8 janvier 2027". */
export function dayIn(texts: ReferralTexts, instant: string): string {
  const [year, month, day] = instant.slice(0, 10).split('-').map(Number);
  return fill(texts.dateFormat, { day, month: texts.monthNames[month - 1], year });
}
