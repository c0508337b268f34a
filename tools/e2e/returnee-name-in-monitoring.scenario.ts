import request from 'supertest';
import type { Principal, RunningService } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';

type Listed = { caseId: string; returnee?: { firstName: string; lastName: string } } & Record<string, unknown>;

/** Monitoring's list as one caller sees it: the case's entry, or the status when the list is refused. */
export async function caseInMonitoringAs(monitoring: RunningService, caseId: string, principal: Principal): Promise<Listed | number | undefined> {
  const res = await request(monitoring.app.getHttpServer())
    .get('/cases?limit=200')
    .set('Authorization', `Bearer ${await tokenFor(principal)}`);
  if (res.status !== 200) return res.status;
  return (res.body.items as Listed[]).find((item) => item.caseId === caseId);
}

export const CASE_MANAGER: Principal = { userId: 'cm-awa', role: 'case_manager', countries: ['MA'] };
export const ME_OFFICER: Principal = { userId: 'me-1', role: 'me_officer', countries: ['MA', 'SN'] };
export const DATA_ANALYST: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['MA', 'SN'] };
export const ANOTHER_CASE_MANAGER: Principal = { userId: 'cm-other', role: 'case_manager', countries: ['MA'] };

/**
 * "Register a returnee, see her name in monitoring's case list as her case manager sees it (decrypted
 * from the topic) but not as an M&E officer or a data analyst sees it": once she consented to assistance.
 */
export async function returneeNameInMonitoring(monitoring: RunningService, caseId: string, firstName: string) {
  const asCaseManager = await eventually(
    () => caseInMonitoringAs(monitoring, caseId, CASE_MANAGER),
    (seen) => typeof seen === 'object' && seen.returnee?.firstName === firstName,
    60000,
  );
  return {
    asCaseManager,
    asMeOfficer: await caseInMonitoringAs(monitoring, caseId, ME_OFFICER),
    asDataAnalyst: await caseInMonitoringAs(monitoring, caseId, DATA_ANALYST),
    asAnotherCaseManager: await caseInMonitoringAs(monitoring, caseId, ANOTHER_CASE_MANAGER),
  };
}
