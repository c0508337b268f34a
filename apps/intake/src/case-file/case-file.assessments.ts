import type { CaseFact } from './recorded-case-event';
import type { CaseFile, FactorEntry, FactorProfile, Screening } from './case-file.document';
import { SENSITIVE_AREAS, SENSITIVE_FACTORS, SENSITIVE_SERVICES } from '@homeward/contracts/intake';

type AssessmentFact = CaseFact<'intake.IndividualFactorAssessed' | 'intake.VulnerabilityScreened' | 'intake.UrgentNeedIdentified' | 'intake.UrgentNeedAddressed'>;

/** Factors, screenings and urgent needs; the sensitive ones go to `sensitive` and nowhere else. */
export function evolveAssessments(file: CaseFile, fact: AssessmentFact): CaseFile {
  switch (fact.type) {
    case 'intake.IndividualFactorAssessed': {
      const { factor, assessment, note } = fact.data.personal;
      const entry: FactorEntry = { factor, assessment, assessedAt: fact.data.assessedAt, assessedBy: fact.actor.userId, eventId: fact.eventId };
      if (SENSITIVE_FACTORS.includes(factor)) {
        return { ...file, sensitive: { ...file.sensitive, individualFactors: withAssessment(file.sensitive.individualFactors, { ...entry, note }) } };
      }
      // The assessment is for the office; what the case manager wrote about it is free text, sensitive.
      if (file.individualFactors.history.some((h) => h.eventId === entry.eventId)) return file;
      const factorNotes = [...file.sensitive.factorNotes, { eventId: fact.eventId, note }];
      return { ...file, individualFactors: withAssessment(file.individualFactors, entry), sensitive: { ...file.sensitive, factorNotes } };
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
      // Whoever is on duty sees that a need exists and how urgent; its kind and the finding behind it
      // are health, trafficking or violence data, except for a child without an adult.
      if (!SENSITIVE_SERVICES.includes(serviceNeeded)) {
        return { ...file, urgentNeeds: [...file.urgentNeeds, { needId, screeningId, serviceNeeded, urgency, identifiedAt, status: 'open' }] };
      }
      const sensitive = { ...file.sensitive, urgentNeeds: [...file.sensitive.urgentNeeds, { needId, screeningId, serviceNeeded }] };
      return { ...file, urgentNeeds: [...file.urgentNeeds, { needId, urgency, identifiedAt, status: 'open' }], sensitive };
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
