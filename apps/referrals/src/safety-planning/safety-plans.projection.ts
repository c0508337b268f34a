import type { ReturneeErased } from '@homeward/contracts/intake';
import type { EmergencyContact, SafetyEvent } from '@homeward/contracts/referrals';
import { ERASED, isErasedPart, type Projection } from '@homeward/events';

/** What an erased word reads as (ERASED). */
type Erased = 'erased';

export interface SafetyPlanView {
  safetyPlanId: string;
  recordedAt: string;
  risks: string[] | Erased;
  mitigations: string[] | Erased;
  copingStrategies?: string[];
  emergencyContacts: EmergencyContact[] | Erased;
  emergencyServices?: string;
}

export interface RelocationView {
  relocationId: string;
  decidedOn: string;
  decidedAt: string;
  toArea: string;
  reason: string;
}

/** A case's safety plans and relocations, words included: read only by her case manager and the office's supervisors. */
export interface SafetyPlansDocument {
  caseId: string;
  safetyPlans: SafetyPlanView[];
  relocations: RelocationView[];
  /** Once intake erased her: every word reads "erased", here and after any rebuild (the key is gone). */
  erasedAt?: string;
}

export const SAFETY_PLANS = 'safety_plans';

type Handled = SafetyEvent | ReturneeErased;

const erasedPlan = ({ safetyPlanId, recordedAt }: SafetyPlanView): SafetyPlanView => ({ safetyPlanId, recordedAt, risks: ERASED, mitigations: ERASED, emergencyContacts: ERASED });
const erasedRelocation = ({ relocationId, decidedOn, decidedAt }: RelocationView): RelocationView => ({ relocationId, decidedOn, decidedAt, toArea: ERASED, reason: ERASED });

export const safetyPlansProjection: Projection<SafetyPlansDocument, Handled> = {
  name: 'referrals.safety-plans',
  collection: SAFETY_PLANS,
  // Read by case id alone.
  indexes: [],
  handles: ['referrals.SafetyPlanRecorded', 'referrals.RelocationDecided', 'intake.ReturneeErased'],
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    const current: SafetyPlansDocument = doc ?? { caseId: event.data.caseId, safetyPlans: [], relocations: [] };
    switch (event.type) {
      case 'referrals.SafetyPlanRecorded': {
        const { safetyPlanId, recordedAt, personal } = event.data;
        const plan: SafetyPlanView = { safetyPlanId, recordedAt, risks: [], mitigations: [], emergencyContacts: [] };
        // A part whose key is gone (a rebuild after her erasure) reads as erased, as after the erasure event.
        const kept = isErasedPart(personal) || current.erasedAt ? erasedPlan(plan) : { ...plan, ...words(personal) };
        return { ...current, safetyPlans: [...current.safetyPlans, kept] };
      }
      case 'referrals.RelocationDecided': {
        const { relocationId, decidedOn, decidedAt, personal } = event.data;
        const relocation: RelocationView = { relocationId, decidedOn, decidedAt, toArea: personal.toArea, reason: personal.reason };
        const kept = isErasedPart(personal) || current.erasedAt ? erasedRelocation(relocation) : relocation;
        return { ...current, relocations: [...current.relocations, kept] };
      }
      case 'intake.ReturneeErased':
        // Nothing recorded about her here: no document to make.
        if (!doc) return null;
        return { ...doc, erasedAt: event.data.erasedAt, safetyPlans: doc.safetyPlans.map(erasedPlan), relocations: doc.relocations.map(erasedRelocation) };
    }
  },
};

/** Field by field: a later version of the event must not reach the read model unreviewed. */
function words(personal: Extract<SafetyEvent, { type: 'referrals.SafetyPlanRecorded' }>['data']['personal']) {
  const { risks, mitigations, copingStrategies, emergencyContacts, emergencyServices } = personal;
  return { risks, mitigations, emergencyContacts, ...(copingStrategies ? { copingStrategies } : {}), ...(emergencyServices ? { emergencyServices } : {}) };
}
