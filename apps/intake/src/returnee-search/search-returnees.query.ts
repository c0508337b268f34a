import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Stored } from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { scopeFilter } from '../case-file/case-access';
import { queryTokens, RETURNEE_INDEX } from './identity-key';
import type { ReturneeIndexEntry } from './returnee-index.projection';

export class SearchReturneesQuery {
  constructor(
    readonly principal: Principal,
    readonly name: string | undefined,
    readonly dateOfBirth: string | undefined,
  ) {}
}

export type ReturneeMatch = Pick<ReturneeIndexEntry, 'caseId' | 'returneeId' | 'firstName' | 'lastName' | 'dateOfBirth' | 'nationality' | 'office'>;

const RESULTS = 50;
/** Candidates read per scope filter before the other name parts are checked. */
const CANDIDATES = 1000;

/**
 * Returnees whose every queried name part is one of their name parts (and born that day, if
 * given), among cases whose host country or country of origin is in the caller's scope.
 */
@QueryHandler(SearchReturneesQuery)
export class SearchReturneesHandler implements IQueryHandler<SearchReturneesQuery, ReturneeMatch[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, name, dateOfBirth }: SearchReturneesQuery): Promise<ReturneeMatch[]> {
    const tokens = name ? queryTokens(name) : [];
    // The store is asked by the most selective keys, so the candidate cap does not crowd the
    // returnee out: the date of birth if given, and the longest name part ("diallo", not "de").
    const longest = [...tokens].sort((a, b) => b.length - a.length)[0];
    const wanted = { ...(longest ? { nameTokens: longest } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) };
    // A case belongs to both countries it crosses; the store's filter takes one field at a time.
    const scopes = principal.countries.includes('*') ? [{}] : [scopeFilter(principal, 'hostCountry'), scopeFilter(principal, 'countryOfOrigin')];
    const found = new Map<string, Stored<ReturneeIndexEntry>>();
    for (const scope of scopes) {
      for (const doc of await this.infra.readModels.find<ReturneeIndexEntry>(RETURNEE_INDEX, { ...wanted, ...scope }, { limit: CANDIDATES })) found.set(doc._id, doc);
    }
    return [...found.values()]
      .filter((doc) => tokens.every((token) => doc.nameTokens.includes(token)))
      .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.caseId.localeCompare(b.caseId))
      .slice(0, RESULTS)
      .map(({ caseId, returneeId, firstName, lastName, dateOfBirth: born, nationality, office }) => ({ caseId, returneeId, firstName, lastName, dateOfBirth: born, nationality, office }));
  }
}
