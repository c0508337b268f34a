import type { ReadModelStore } from '@homeward/events';
import { inScope, type Principal } from '@homeward/platform';
import { identityKey, RETURNEE_INDEX } from '../returnee-search/identity-key';

export interface LikelyDuplicate {
  caseId: string;
  hostCountry: string;
  countryOfOrigin: string;
}

/**
 * Cases of people registered with the same identity. Read from the returnee index, so a
 * registration made in the same instant elsewhere can slip through: this is a warning for
 * a case manager, as in Primero and DHIS2, not a uniqueness constraint.
 */
export async function findLikelyDuplicates(
  readModels: ReadModelStore,
  person: { firstName: string; lastName: string; dateOfBirth: string; nationality: string },
): Promise<LikelyDuplicate[]> {
  return readModels.find<LikelyDuplicate>(RETURNEE_INDEX, { identityKey: identityKey(person) }, { limit: 20 });
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
