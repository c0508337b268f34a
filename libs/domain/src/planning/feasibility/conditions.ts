import type { GridCondition } from '@homeward/contracts/planning';
import { exhaustive } from '../../shared/exhaustive';
import type { ReturneeProfile } from './returnee-profile';

/** Whether one condition of a grid row holds for the profile. Unknown facts never satisfy a condition. */
export function holds(condition: GridCondition, profile: ReturneeProfile): boolean {
  switch (condition.kind) {
    case 'factor':
      return profile.factors.some((f) => f.factor === condition.factor && f.assessment === condition.assessment);
    case 'vulnerability':
      return profile.vulnerabilities.some((v) => v.area === condition.area && (!condition.urgencies || condition.urgencies.includes(v.urgency)));
    case 'age':
      return profile.age !== undefined && (condition.min === undefined || profile.age >= condition.min) && (condition.max === undefined || profile.age <= condition.max);
    case 'need':
      return profile.needs.includes(condition.need);
    case 'family_in_case':
      return profile.familyInCase;
    default:
      return exhaustive(condition);
  }
}
