import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import type { CommandMetadata } from '../shared/command-metadata';
import type { ProviderSnapshot } from './directory/provider-snapshot';
import type { OpenUrgentReferral } from './referral.commands';
import { DEFAULT_ACKNOWLEDGE_WITHIN_HOURS } from './urgent-matching';

/** What the service looked up for the case when the need arrived: the decider matches on it, and reads nothing. */
export interface UrgentNeedLookup {
  /** The case's administrative area, if known. */
  area?: string;
  /** The emergency providers of the office's country (URGENT_SERVICE_TYPES says which types), in the order to try them. */
  candidates: ProviderSnapshot[];
  /** What the service knows of the returnee; only the minimum data set of the service, within consent or the exception, leaves. */
  returnee: SharedReferralData;
}

export interface UrgentReferralConfig {
  /** How long the provider has to acknowledge; the programme's setting, 24 hours unless it says. */
  acknowledgeWithinHours?: number;
}

/**
 * Urgent need identified → open urgent referral: the first reaction across services, a pure function
 * from intake's event to referrals' command. Ids come from the need's, so a redelivered event makes
 * the same command, which the decider then finds already acted on. Any other event asks for nothing.
 */
export function urgentNeedPolicy(event: IntakeTopicEvent, lookup: UrgentNeedLookup, metadata: CommandMetadata, config: UrgentReferralConfig = {}): OpenUrgentReferral[] {
  if (event.type !== 'intake.UrgentNeedIdentified') return [];
  const { caseId, needId, serviceNeeded, urgency, office } = event.data;
  return [
    {
      type: 'OpenUrgentReferral',
      data: {
        caseId,
        referralId: `urgent-${needId}`,
        unmetNeedId: `unmet-${needId}`,
        needId,
        serviceNeeded,
        urgency,
        office,
        ...(lookup.area ? { area: lookup.area } : {}),
        candidates: lookup.candidates,
        acknowledgeWithinHours: config.acknowledgeWithinHours ?? DEFAULT_ACKNOWLEDGE_WITHIN_HOURS,
        returnee: lookup.returnee,
      },
      metadata,
    },
  ];
}
