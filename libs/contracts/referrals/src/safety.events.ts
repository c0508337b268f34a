/** Someone the returnee can call in danger: a person's details, so personal. */
export interface EmergencyContact {
  name: string;
  relationship?: string;
  phone?: string;
}

/**
 * Where services are lacking, the risks the returnee faces, how to reduce or avoid harm, how to cope if
 * a risk comes true, and whom to call (handbook 2.3.2). Sensitive: all of it is under personal, sealed
 * under the person's protection key (referrals' own sensitive class).
 */
export interface SafetyPlanRecorded {
  type: 'referrals.SafetyPlanRecorded';
  data: {
    caseId: string;
    safetyPlanId: string;
    recordedAt: string;
    personal: {
      risks: string[];
      mitigations: string[];
      copingStrategies?: string[];
      emergencyContacts: EmergencyContact[];
      /** How to reach the emergency services that are safe for the returnee. */
      emergencyServices?: string;
    };
  };
}

/** Where needs are urgent or cannot be met: relocation to an area with services. Where to and why are sensitive. */
export interface RelocationDecided {
  type: 'referrals.RelocationDecided';
  data: { caseId: string; relocationId: string; decidedOn: string; decidedAt: string; personal: { toArea: string; reason: string } };
}

export type SafetyEvent = SafetyPlanRecorded | RelocationDecided;
