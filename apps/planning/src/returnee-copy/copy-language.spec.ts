import type { Plan } from '@homeward/domain';
import { awaPlan } from './awa-plan.scenario';
import { copyLanguageFor } from './copy-language';

type NotedConsent = Plan['facts']['consents'][number];

const form = (consentId: string, language: string, sequence: number, purpose: NotedConsent['purpose'] = 'assistance'): NotedConsent => ({
  consentId, purpose, dataCategories: ['plan'], status: 'given', decidedOn: '2027-01-07', decidedAt: '2027-01-07T09:00:00.000Z', formVersion: 'v3', language, sequence,
});
const signedIn = (...consents: NotedConsent[]): Plan => ({ ...awaPlan(), facts: { consents, screenings: [] } });

describe('The language of her copy when the request names none', () => {
  it('is the first of her languages the copy is written in, the one she speaks best first', () => {
    expect(copyLanguageFor(signedIn(form('k-1', 'en', 1)), ['fr', 'wo'])).toBe('fr');
    expect(copyLanguageFor(signedIn(form('k-1', 'fr', 1)), ['wo', 'en', 'fr'])).toBe('en');
  });

  it('is, without her languages or with none the copy is written in, that of her latest form to assistance', () => {
    const plan = signedIn(form('k-2', 'fr', 2), form('k-1', 'en', 1), form('k-ref', 'en', 3, 'referral'));
    expect(copyLanguageFor(plan)).toBe('fr');
    expect(copyLanguageFor(plan, ['wo'])).toBe('fr');
  });

  it('is English when neither says a language the copy is written in', () => {
    expect(copyLanguageFor(signedIn(form('k-1', 'wo', 1)), ['wo'])).toBe('en');
    expect(copyLanguageFor(signedIn())).toBe('en');
  });
});
