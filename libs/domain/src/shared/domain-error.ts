/** The languages a broken rule is explained in; the API answers in one of them. */
export type ErrorLanguage = 'en' | 'fr';

/** The client errors a broken rule can mean: the input, who asks, what the path names, the state it meets. */
export type ErrorStatus = 400 | 403 | 404 | 409 | 422;

/** What one code means: its HTTP status, and its text in every language, without the field name. */
export type ErrorEntry = { readonly status: ErrorStatus } & { readonly [L in ErrorLanguage]: string };

/** A context's codes with their meanings. Every entry has every language, or it does not compile. */
export type ErrorCatalogue<Code extends string = string> = { readonly [C in Code]: ErrorEntry };

/**
 * Declares a context's catalogue beside its domain. Returns it unchanged, keeping its literal keys,
 * so the context's code union is `keyof typeof` it and no shared list grows with a new context.
 */
export const defineErrors = <const T extends ErrorCatalogue>(catalogue: T): T => catalogue;

/**
 * A broken business rule. The code is stable (clients key on it); the error carries the status
 * and texts of its catalogue entry, so the API answers it without knowing which context threw it.
 * Each context extends it once, with its catalogue and its code union.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  readonly status: ErrorStatus;
  readonly #texts: ErrorEntry;

  protected constructor(
    catalogue: ErrorCatalogue<Code>,
    readonly code: Code,
    /** In English, as specific as the rule can be ("Session s-1 is paused"); the catalogue's text by default. */
    message?: string,
    readonly field?: string,
    /** Extra facts for the caller, such as the existing records behind a likely duplicate. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? catalogue[code].en);
    this.name = new.target.name;
    this.status = catalogue[code].status;
    this.#texts = catalogue[code];
  }

  /** English as the rule said it; another language from the catalogue, without the field name. */
  messageIn(language: ErrorLanguage): string {
    return language === 'en' ? this.message : this.#texts[language];
  }
}
