import type { ReadModelStore } from '@homeward/events';
import { inScope, type Principal } from '@homeward/platform';
import { identityKeys, RETURNEE_INDEX } from '../returnee-search/identity-key';
import type { ReturneeIndexEntry } from '../returnee-search/returnee-index.projection';

export interface LikelyDuplicate {
  caseId: string;
  hostCountry: string;
  countryOfOrigin: string;
}

export type Identity = Pick<ReturneeIndexEntry, 'firstName' | 'lastName' | 'dateOfBirth' | 'nationality'>;

/**
 * Cases of people registered with the same identity (see identityKeys), other than the one
 * named. Read from the returnee index, so a registration or correction made in the same
 * instant elsewhere can slip through: this is a warning for a case manager, as in Primero
 * and DHIS2, not a uniqueness constraint.
 */
export async function findLikelyDuplicates(readModels: ReadModelStore, person: Identity, exceptCaseId?: string): Promise<LikelyDuplicate[]> {
  const found = await readModels.find<ReturneeIndexEntry>(RETURNEE_INDEX, { identityKeys: identityKeys(person) }, { limit: 21 });
  return found
    .filter((d) => d.caseId !== exceptCaseId)
    .slice(0, 20)
    .map(({ caseId, hostCountry, countryOfOrigin }) => ({ caseId, hostCountry, countryOfOrigin }));
}

/**
 * What the refusal may tell this caller: links to the cases they may open, and only a
 * count of the others, so a name and a date of birth cannot be used to locate someone
 * in another country's caseload.
 */
export function duplicatesShownTo(principal: Principal, duplicates: LikelyDuplicate[]) {
  const visible = duplicates.filter((d) => inScope(principal, d.hostCountry) || inScope(principal, d.countryOfOrigin));
  return { existingCaseIds: visible.map((d) => d.caseId), outsideYourScope: duplicates.length - visible.length };
}
