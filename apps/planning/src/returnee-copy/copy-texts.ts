import type { ElementStatus, InstalmentModality, Modality, PlanElementType, Responsibility } from '@homeward/contracts/planning';
import type { PlanVersion } from '@homeward/domain';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** The languages the copy is written in; a translation file each (i18n/<language>.json). */
export const COPY_LANGUAGES = ['fr', 'en'] as const;
export type CopyLanguage = (typeof COPY_LANGUAGES)[number];

/** Every text of the copy: a translation file missing one of them does not compile. */
export interface CopyTexts {
  title: string;
  preparedFor: string;
  caseReference: string;
  version: string;
  status: Record<PlanVersion['status'], string>;
  arrival: string;
  elementsHeading: string;
  noElements: string;
  /** What an element says once her personal data is erased: its words are gone. */
  erasedDescription: string;
  elementTypes: Record<PlanElementType, string>;
  responsibility: string;
  responsibilities: Record<Responsibility, string>;
  provider: string;
  providerFromDirectory: string;
  contact: string;
  dates: { both: string; startOnly: string; endOnly: string };
  elementStatus: string;
  elementStatuses: Record<ElementStatus, string>;
  allocation: string;
  instalment: string;
  modalities: Record<Modality | InstalmentModality, string>;
  arrangementsHeading: string;
  followUp: string;
  feedbackCollection: string;
  informationExchange: string;
  estimatedDuration: string;
  months: string;
  exitStrategy: string;
  transitionToMainstream: string;
  notYetSet: string;
  closing: string;
  page: string;
  monthNames: string[];
  dateFormat: string;
}

export const COPY_TEXTS: Record<CopyLanguage, CopyTexts> = { en, fr };

/** A text with its `{name}` placeholders filled; a placeholder left without a value is a bug, so it throws. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${text}"`);
    return String(values[name]);
  });
}

/** A calendar day (YYYY-MM-DD) as the returnee reads it: "15 janvier 2027". */
export function dayIn(texts: CopyTexts, day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return fill(texts.dateFormat, { day: date, month: texts.monthNames[month - 1], year });
}

/**
 * An amount kept in the currency's minor unit (francs for XOF, cents for EUR) written in the
 * language's way, with its ISO code: Intl knows each currency's decimals.
 */
export function amountIn(language: CopyLanguage, amount: number, currency: string): string {
  const format = new Intl.NumberFormat(language, { style: 'decimal', minimumFractionDigits: decimalsOf(currency), maximumFractionDigits: decimalsOf(currency) });
  return `${format.format(amount / 10 ** decimalsOf(currency))} ${currency}`;
}

const decimalsOf = (currency: string): number => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
