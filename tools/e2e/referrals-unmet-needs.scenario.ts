import request from 'supertest';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { eventually } from '../testing/test-services';
import { forms, type IntakeClient } from './intake-writes.scenario';
import { CASE_MANAGER_SN, planForms, type PlanningClient, SUPERVISOR_SN } from './planning-writes.scenario';

/** Referrals' people in Dakar and beyond. */
export const ME_OFFICER_SN: Partial<Principal> = { userId: 'me-sn', role: 'me_officer', countries: ['SN'] };
export const ANALYST: Partial<Principal> = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
export const OTHER_CASE_MANAGER_SN: Partial<Principal> = { userId: 'cm-sn-2', role: 'case_manager', countries: ['SN'] };
export const CASE_MANAGER_MA: Partial<Principal> = { userId: 'cm-ma', role: 'case_manager', countries: ['MA'] };
export const CASE_MANAGER_ML: Partial<Principal> = { userId: 'cm-ml', role: 'case_manager', countries: ['ML'] };

export const safetyPlanForm = () => ({
  risks: ['Threats from the recruiter Moussa Fall who lives nearby'],
  mitigations: ['Stays with her aunt in Pikine'],
  copingStrategies: ['Calls the hotline when afraid'],
  emergencyContacts: [{ name: 'Khady Sarr', relationship: 'aunt', phone: '+221 77 123 45 67' }],
  emergencyServices: 'Gendarmerie de Pikine, women’s desk',
});
export const relocationForm = (decidedOn: string) => ({ toArea: 'Kaolack', reason: 'The recruiter found her street; the shelter of Kaolack has room', decidedOn });

/** A client of one running referrals service. */
export class ReferralsClient {
  constructor(private readonly referrals: RunningService) {}

  async post(path: string, body: unknown, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.referrals.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(principal)}`).send(body as object);
  }

  async get(path: string, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.referrals.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
  }

  stream = (caseId: string) => this.referrals.infra.store.readStream(`referrals-${caseId}`);

  /** Waits until referrals knows who holds the case (from intake's topic): a write about it is judged on that. */
  async knowsCase(caseId: string, office: string, caseManagerId?: string): Promise<void> {
    const held = await eventually(
      () => this.referrals.infra.readModels.get<{ office?: string; caseManagerId?: string }>('case_details', caseId),
      (h) => h?.office === office && h.caseManagerId === caseManagerId,
    );
    if (held?.office !== office) throw new Error(`referrals did not learn that ${office} holds case ${caseId}`);
  }
}

/**
 * Awa back in Senegal: her case transferred to the Dakar office and assigned to cm-sn, her plan (a
 * start-up grant, and a training whose provider is named only in free text) approved and, once she has
 * signed the form, in force. Answers the case id.
 */
export async function planInForce(cases: IntakeClient, plans: PlanningClient): Promise<string> {
  const caseId = await cases.openCase();
  await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
  await cases.expect201(`/cases/${caseId}/transfer`, forms.transfer());
  await cases.expect201(`/cases/${caseId}/assignment`, { caseManagerId: CASE_MANAGER_SN.userId }, SUPERVISOR_SN);
  await plans.learntFromIntake(await cases.history(caseId));
  const p = `/plans/${caseId}`;
  await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft());
  await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
  await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
  await cases.expect201(`/cases/${caseId}/consents`, forms.assistanceConsent(), CASE_MANAGER_SN);
  await plans.learntFromIntake(await cases.history(caseId));
  const activated = await plans.expectStatus(201, 'post', `${p}/versions/1/activation`);
  if (!activated.events.includes('planning.ReferralRequested')) throw new Error(`activation asked for no referral: ${JSON.stringify(activated)}`);
  return caseId;
}
