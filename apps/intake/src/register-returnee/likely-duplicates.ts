import type { ReadModelStore } from '@homeward/events';
import { identityKey, RETURNEE_INDEX } from '../returnee-search/identity-key';

/**
 * Cases of people registered with the same identity. Read from the returnee index, so a
 * registration made in the same instant elsewhere can slip through: this is a warning for
 * a case manager, as in Primero and DHIS2, not a uniqueness constraint.
 */
export async function findLikelyDuplicates(
  readModels: ReadModelStore,
  person: { firstName: string; lastName: string; dateOfBirth: string; nationality: string },
): Promise<string[]> {
  const found = await readModels.find<{ caseId: string }>(RETURNEE_INDEX, { identityKey: identityKey(person) }, { limit: 20 });
  return found.map((d) => d.caseId);
}
