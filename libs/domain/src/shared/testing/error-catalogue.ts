import type { ErrorCatalogue } from '../domain-error';

/**
 * What every context's catalogue must hold, checked in that context's own spec. The type already
 * demands a status and both texts; this catches the empty, the untranslated and the misplaced.
 */
export function describeErrorCatalogue(context: string, catalogue: ErrorCatalogue): void {
  describe(`${context}'s error catalogue`, () => {
    const entries = Object.entries(catalogue);

    it('has codes', () => expect(entries.length).toBeGreaterThan(0));

    it.each(entries)('%s is a stable SCREAMING_SNAKE code with a client-error status', (code, entry) => {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect([400, 403, 404, 409, 422]).toContain(entry.status);
    });

    it.each(entries)('%s says its rule in English and in French, each its own sentence', (_code, entry) => {
      for (const text of [entry.en, entry.fr]) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(10);
        // The API prefixes the field; a text that starts with one would name it twice.
        expect(text).not.toMatch(/^[a-z][A-Za-z.]*: /);
      }
      expect(entry.fr).not.toBe(entry.en);
    });
  });
}
