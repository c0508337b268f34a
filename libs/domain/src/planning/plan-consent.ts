import type { PlanConsentRelied } from '@homeward/contracts/planning';
import { mayReceive, type ConsentAnswer } from '../consent/consent-register';
import type { NotedConsent } from './consent-facts';
import { needsOutsideService } from './plan-content';
import type { PlanVersion } from './plan.state';

/** A component of the version the returnee's consent does not cover, and why. */
export type UncoveredComponent =
  | { component: 'plan'; reason: Exclude<ConsentAnswer, { allowed: true }>['reason'] | 'SIGNED_BEFORE_THIS_VERSION' }
  | { component: 'referral'; elementId: string; providerId: string; reason: Exclude<ConsentAnswer, { allowed: true }>['reason'] };

export type PlanConsentCoverage =
  | { covered: true; consent: PlanConsentRelied; referralConsentIds: string[] }
  | { covered: false; uncovered: UncoveredComponent[] };

/**
 * Whether the returnee's consent covers every component of a version, as intake's register says
 * on that day. Consent forms cover all plan components and are signed again whenever the plan
 * changes (handbook 2.3.2): the form to assistance in force is dated on or after the day of the
 * version's last change and was recorded after that change, so a revision made the day she signed still
 * needs her signature again. Each element a provider of the directory delivers needs consent to referral naming that
 * provider. A provider named in free text has no id the register could name: the plan's form covers it.
 */
export function planConsentCoverage(version: PlanVersion, consents: NotedConsent[], on: string): PlanConsentCoverage {
  const uncovered: UncoveredComponent[] = [];
  const assistance = mayReceive(consents, { purpose: 'assistance', on });
  const form = assistance.allowed ? consents.find((c) => c.consentId === assistance.consentId) : undefined;
  if (!assistance.allowed) uncovered.push({ component: 'plan', reason: assistance.reason });
  else if (form && (form.decidedOn < version.changedOn || form.decidedAt < version.changedAt)) uncovered.push({ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' });

  const referralConsentIds = new Set<string>();
  for (const element of version.content.elements) {
    if (!needsOutsideService(element) || !element.provider || !('providerId' in element.provider)) continue;
    const providerId = element.provider.providerId;
    const answer = mayReceive(consents, { purpose: 'referral', recipientId: providerId, on });
    if (answer.allowed) referralConsentIds.add(answer.consentId);
    else uncovered.push({ component: 'referral', elementId: element.elementId, providerId, reason: answer.reason });
  }

  if (uncovered.length || !form) return { covered: false, uncovered };
  return {
    covered: true,
    consent: { consentId: form.consentId, formVersion: form.formVersion, language: form.language, decidedOn: form.decidedOn },
    referralConsentIds: [...referralConsentIds],
  };
}
