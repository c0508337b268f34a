import type { CaseFact } from './recorded-case-event';
import type { CaseFile, FactorEntry, FactorProfile, Screening } from './case-file.document';
import { SENSITIVE_AREAS, SENSITIVE_FACTORS } from '@homeward/domain';

type AssessmentFact = CaseFact<'intake.IndividualFactorAssessed' | 'intake.VulnerabilityScreened' | 'intake.UrgentNeedIdentified' | 'intake.UrgentNeedAddressed'>;

/** Factors, screenings and urgent needs; the sensitive ones go to `sensitive` and nowhere else. */
export function evolveAssessments(file: CaseFile, fact: AssessmentFact): CaseFile {
  switch (fact.type) {
    case 'intake.IndividualFactorAssessed': {
      const { factor, assessment, note } = fact.data.personal;
      const entry: FactorEntry = { factor, assessment, note, assessedAt: fact.data.assessedAt, assessedBy: fact.actor.userId, eventId: fact.eventId };
      if (!SENSITIVE_FACTORS.includes(factor)) return { ...file, individualFactors: withAssessment(file.individualFactors, entry) };
      return { ...file, sensitive: { ...file.sensitive, individualFactors: withAssessment(file.sensitive.individualFactors, entry) } };
    }
    case 'intake.VulnerabilityScreened': {
      const { screeningId, urgency, screenedAt, personal } = fact.data;
      const screening: Screening = { screeningId, area: personal.area, urgency, screenedAt, derived: personal.derived, ...(personal.details ? { details: personal.details } : {}) };
      if (!SENSITIVE_AREAS.includes(personal.area)) return { ...file, screenings: withScreening(file.screenings, screening) };
      return { ...file, sensitive: { ...file.sensitive, screenings: withScreening(file.sensitive.screenings, screening) } };
    }
    case 'intake.UrgentNeedIdentified': {
      const { needId, screeningId, serviceNeeded, urgency, identifiedAt } = fact.data;
      if (file.urgentNeeds.some((n) => n.needId === needId)) return file;
      // The service needed stays open, deliberately: whoever is on duty must act on a
      // life-threatening need. The finding behind it (the screening) stays in `sensitive`.
      return { ...file, urgentNeeds: [...file.urgentNeeds, { needId, screeningId, serviceNeeded, urgency, identifiedAt, status: 'open' }] };
    }
    case 'intake.UrgentNeedAddressed': {
      const { needId, addressedAt, personal } = fact.data;
      const urgentNeeds = file.urgentNeeds.map((n) => (n.needId === needId ? { ...n, status: 'addressed' as const, addressedAt } : n));
      if (!personal?.note) return { ...file, urgentNeeds };
      // "Admitted to the psychiatric ward" says what the finding was: the note is sensitive.
      const notes = [...file.sensitive.urgentNeedNotes.filter((n) => n.needId !== needId), { needId, note: personal.note }];
      return { ...file, urgentNeeds, sensitive: { ...file.sensitive, urgentNeedNotes: notes } };
    }
  }
}

/** The latest assessment of a factor replaces the current one; the history keeps every one, once. */
function withAssessment(profile: FactorProfile, entry: FactorEntry): FactorProfile {
  if (profile.history.some((h) => h.eventId === entry.eventId)) return profile;
  return {
    current: [...profile.current.filter((c) => c.factor !== entry.factor), entry],
    history: [...profile.history, entry],
  };
}

const withScreening = (screenings: Screening[], screening: Screening): Screening[] => [
  ...screenings.filter((s) => s.screeningId !== screening.screeningId),
  screening,
];
