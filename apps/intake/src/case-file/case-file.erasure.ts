import { ERASED, type ReturneeErased } from '@homeward/contracts/intake';
import type { Recorded } from '@homeward/events';
import type { CaseFile, SensitiveParts } from './case-file.document';

/** What an identity correction says outside its personal part: which of these it corrected stays known. */
const PUBLIC_CORRECTIONS = ['sex', 'nationality', 'duplicateOverride'];

export const noSensitiveParts = (): SensitiveParts => ({
  individualFactors: { current: [], history: [] },
  factorNotes: [],
  screenings: [],
  urgentNeeds: [],
  sessionSteps: [],
  urgentNeedNotes: [],
  correctionReasons: [],
});

/**
 * The file once the returnee is erased: what came from personal parts (identity, contact, family,
 * what was done and said at each step, factors, screenings, every sensitive part) is "erased" or
 * gone; what the case's public events said (office, dates, status, consents, urgency, disclosures)
 * stays. A rebuild ends on the same file: it reads the erased parts as stand-ins, then this event.
 */
export function erasedFile(file: CaseFile, fact: Recorded<ReturneeErased>): CaseFile {
  const { gender, corrections, ...returnee } = file.returnee;
  const publicCorrections = corrections && { corrections: corrections.map((c) => ({ ...c, fields: c.fields.filter((f) => PUBLIC_CORRECTIONS.includes(f)) })) };
  const { erasedAt, reason } = fact.data;
  return {
    ...file,
    returnee: { ...returnee, firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED, contact: {}, familyMembers: [], ...publicCorrections },
    sessions: file.sessions.map((s) => ({ ...s, steps: s.steps.map(({ details, ...step }) => step) })),
    individualFactors: { current: [], history: [] },
    screenings: [],
    sensitive: noSensitiveParts(),
    erasure: { erasedAt, erasedBy: fact.actor.userId, reason },
  };
}
