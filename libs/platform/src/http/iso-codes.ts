import { getAlpha2Codes } from 'i18n-iso-countries';
import iso6393 from 'iso-639-3/index.json';

/**
 * The codes we take, from maintained lists rather than typed by hand: ISO 3166-1 alpha-2 as
 * i18n-iso-countries keeps it (with XK, Kosovo, which the UN and IOM use), and ISO 639 as
 * iso-639-3 (SIL's tables) keeps it: the two-letter 639-1 codes (fr, wo) and the three-letter
 * 639-3 ones, which many languages of return (Pulaar fuc, Soninke snk) have alone.
 */
export const COUNTRY_CODES: readonly string[] = Object.keys(getAlpha2Codes()).sort();

export const LANGUAGE_CODES: readonly string[] = [
  ...new Set(iso6393.flatMap((language) => [language.iso6393, ...(language.iso6391 ? [language.iso6391] : [])])),
].sort();

const countries = new Set(COUNTRY_CODES);
const languages = new Set(LANGUAGE_CODES);

export const isCountryCode = (code: unknown): boolean => typeof code === 'string' && countries.has(code);
export const isLanguageCode = (code: unknown): boolean => typeof code === 'string' && languages.has(code);
