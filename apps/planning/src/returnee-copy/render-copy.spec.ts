import { awaPlan, INTERNAL_NOTES } from './awa-plan.scenario';
import { COPY_TEXTS } from './copy-texts';
import { pdfText } from '@homeward/testing/pdf';
import { renderReturneeCopy } from './render-copy';
import { returneeCopyOf } from './returnee-copy';

const awa = { firstName: 'Awa', lastName: 'Diallo' };
/** The copy's text as PDF.js reads it from the rendered bytes, lines joined by spaces. */
const readCopy = async (language: 'fr' | 'en', returnee: typeof awa | null = awa) =>
  (await pdfText(await renderReturneeCopy(returneeCopyOf(awaPlan(), 1, returnee ?? undefined), language))).join('\n').replace(/\s+/g, ' ');

describe("The returnee's copy of her plan (handbook 2.3.2), read back from the PDF", () => {
  let fr: string;
  let en: string;
  beforeAll(async () => {
    [fr, en] = await Promise.all([readCopy('fr'), readCopy('en')]);
  });

  it.each([['fr'], ['en']] as const)('holds every element with its description, provider, contact and the exit strategy (%s)', (language) => {
    const text = language === 'fr' ? fr : en;
    for (const words of [
      'Awa Diallo',
      'Start-up grant for the tailoring shop',
      'Three months of pattern cutting',
      'prov-tvet',
      'Monthly counselling sessions',
      'Centre Jàmm',
      '+221 33 800 00 00',
      'A visit at the shop every month',
      'Asked at each visit, and by phone whenever she wishes',
      'Providers receive only what the consent form names',
      'Support ends after six months of steady trading',
      'The district health centre takes over the counselling',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('is written in French, dates, responsibilities and headings included', () => {
    for (const words of [
      'Mon plan de réintégration',
      'Établi pour Awa Diallo',
      'Version 1, du 5 janvier 2027',
      'Date de votre retour : 15 décembre 2026',
      'Allocation financière',
      'Du 15 janvier 2027 au 15 avril 2027',
      'Du 1 février 2027 au 30 avril 2027',
      "Qui s'en charge : votre chargé de dossier",
      "Qui s'en charge : le prestataire de services",
      'Étape : en cours',
      'Aide de 300 000 XOF, en partie en espèces et en partie en nature, en 2 versement(s)',
      'Versement 2 : 150 000 XOF, en nature, prévu le 1 mars 2027',
      "Stratégie de sortie : comment l'accompagnement prend fin",
      'Durée estimée 12 mois',
    ]) {
      expect(fr).toContain(words);
    }
    expect(fr).not.toContain('Exit strategy');
  });

  it('is written in English when asked', () => {
    for (const words of [
      'My reintegration plan',
      'Prepared for Awa Diallo',
      'Version 1, of 5 January 2027',
      'Date of your return: 15 December 2026',
      'From 15 January 2027 to 15 April 2027',
      'Who does it: your case manager',
      'Who does it: the service provider',
      'Stage: under way',
      'Support of 300,000 XOF, partly in cash and partly in kind, in 2 instalment(s)',
      'Instalment 1: 150,000 XOF, in cash, due on 20 January 2027',
      'Exit strategy: how the support ends',
      'Estimated duration 12 month(s)',
    ]) {
      expect(en).toContain(words);
    }
    expect(en).not.toContain('Stratégie de sortie');
  });

  it("holds none of the staff's notes, scores or references", () => {
    for (const text of [fr, en]) {
      for (const note of Object.values(INTERNAL_NOTES)) expect(text).not.toContain(note);
      for (const internal of ['0.42', 'eco-tvet', 'example-grid-sn', 'Shop open at six months', 'partner-wave', 'r-awa', 'Tailoring shop']) expect(text).not.toContain(internal);
    }
  });

  it('names the case when the returnee’s name is not known to planning', async () => {
    const text = await readCopy('en', null);
    expect(text).toContain('Case reference: c-awa');
    expect(text).not.toContain('Prepared for');
  });

  it('is the same document each time it is made for the same version', async () => {
    const copy = returneeCopyOf(awaPlan(), 1, awa);
    expect(Buffer.from(await renderReturneeCopy(copy, 'fr')).equals(Buffer.from(await renderReturneeCopy(copy, 'fr')))).toBe(true);
  });

  it('refuses a version the plan does not have', () => {
    expect(() => returneeCopyOf(awaPlan(), 2)).toThrow(expect.objectContaining({ code: 'PLAN_VERSION_NOT_FOUND' }));
  });

  it('flows a long plan onto further pages, each numbered', async () => {
    const plan = awaPlan();
    const [first] = plan.versions;
    const many = { ...plan, versions: [{ ...first, content: { ...first.content, elements: Array.from({ length: 30 }, (_, i) => ({ ...first.content.elements[2], elementId: `e-${i}`, description: `Session ${i + 1} `.repeat(20) })) } }] };
    const pages = await pdfText(await renderReturneeCopy(returneeCopyOf(many, 1, awa), 'en'));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages.join(' ')).toContain('Session 30');
  });

  it('writes a character Helvetica cannot show without its accent, or as "?", instead of failing', async () => {
    const plan = awaPlan();
    const [first] = plan.versions;
    const odd = { ...plan, versions: [{ ...first, content: { ...first.content, exitStrategy: 'Ends at Ŝ and at 市' } }] };
    const text = (await pdfText(await renderReturneeCopy(returneeCopyOf(odd, 1), 'en'))).join(' ');
    expect(text).toContain('Ends at S and at ?');
  });
});

describe('The translation files', () => {
  const keysOf = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('say the same things in French and in English', () => {
    expect(keysOf(COPY_TEXTS.fr).sort()).toEqual(keysOf(COPY_TEXTS.en).sort());
    expect(COPY_TEXTS.fr.monthNames).toHaveLength(12);
  });
});
