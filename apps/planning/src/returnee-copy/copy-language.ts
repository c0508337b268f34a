import type { Plan } from '@homeward/domain';
import { COPY_LANGUAGES, type CopyLanguage } from './copy-texts';

const written = (language: string | undefined): language is CopyLanguage => (COPY_LANGUAGES as readonly string[]).includes(language ?? '');

/**
 * The language her copy is written in when the request names none: the first of her languages (the one
 * she speaks best first, as intake shared them) that the copy is written in; without them, the language
 * she signed her latest form to assistance in; else English.
 */
export function copyLanguageFor(plan: Plan, languages: readonly string[] = []): CopyLanguage {
  const hers = languages.find(written);
  if (hers) return hers;
  const forms = plan.facts.consents.filter((c) => c.purpose === 'assistance').sort((a, b) => a.sequence - b.sequence);
  const signedIn = forms[forms.length - 1]?.language;
  return written(signedIn) ? signedIn : 'en';
}
