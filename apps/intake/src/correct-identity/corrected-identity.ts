import type { ReadModelStore } from '@homeward/events';
import { findLikelyDuplicates, type Identity, type LikelyDuplicate } from '../register-returnee/likely-duplicates';
import { RETURNEE_INDEX } from '../returnee-search/identity-key';
import type { ReturneeIndexEntry } from '../returnee-search/returnee-index.projection';

/**
 * Other records the identity would match once corrected: the case's identity as the returnee
 * index holds it, with the corrected details over it. None when no identifying detail changes
 * or the index does not hold the case yet (it is projected a moment after each write).
 */
export async function duplicatesAfterCorrection(readModels: ReadModelStore, caseId: string, correction: Partial<Identity>): Promise<LikelyDuplicate[]> {
  const { firstName, lastName, dateOfBirth, nationality } = correction;
  if ([firstName, lastName, dateOfBirth, nationality].every((v) => v === undefined)) return [];
  const current = await readModels.get<ReturneeIndexEntry>(RETURNEE_INDEX, caseId);
  if (!current) return [];
  const corrected: Identity = {
    firstName: firstName ?? current.firstName,
    lastName: lastName ?? current.lastName,
    dateOfBirth: dateOfBirth ?? current.dateOfBirth,
    nationality: nationality ?? current.nationality,
  };
  return findLikelyDuplicates(readModels, corrected, caseId);
}
