import { negotiateLanguage } from './negotiate';

describe('The language of an answer follows Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE, fr;q=0.5', 'fr'],
    ['de', 'en'],
    ['*', 'en'],
    ['en;q=0.2, fr;q=0.7', 'fr'],
    ['fr, en', 'fr'],
    ['en, fr', 'en'],
    ['fr;q=0, *', 'en'],
    ['en;q=0, *', 'fr'],
    ['en;q=0', 'en'],
    ['fr;q=0', 'en'],
    ['fr;q=0, fr-FR;q=0.5', 'fr'],
    ['fr;q=abc, en;q=0.1', 'en'],
    ['fr;q=1.5, en;q=0.1', 'en'],
    [['de', 'fr;q=0.3'], 'fr'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLanguage(header as string | string[] | undefined)).toBe(expected);
  });
});
