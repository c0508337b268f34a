/** The ids a fuzzer cannot guess: a case of the caller's countries, and a session, consent, family member and urgent need in it. */
export interface Seeded {
  caseId: string;
  sessionId: string;
  consentId: string;
  memberId: string;
  needId: string;
}

/**
 * Registers one returnee and schedules a session over HTTP, so that schemathesis, given these ids,
 * reaches the deciders behind every case operation instead of only their 404. Each seeded returnee
 * needs her own first name: a second Awa Diallo born the same day would be a likely duplicate.
 */
export async function seedCase(intakeUrl: string, token: string, firstName = 'Awa'): Promise<Seeded> {
  const post = async (path: string, body: object): Promise<Record<string, unknown>> => {
    const res = await fetch(`${intakeUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as Record<string, unknown>;
    if (res.status !== 201) throw new Error(`seeding: POST ${path} answered ${res.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const registered = await post('/returnees', {
    firstName, lastName: 'Diallo', dateOfBirth: '1994-03-02', sex: 'female', nationality: 'SN',
    languages: ['fr', 'wo'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2027-01-15',
  });
  const caseId = registered.caseId as string;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const today = new Date().toISOString().slice(0, 10);
  const session = await post(`/cases/${caseId}/sessions`, { phase: 'pre_departure', scheduledFor: tomorrow });
  const consent = await post(`/cases/${caseId}/consents`, {
    decision: 'given', purpose: 'assistance', dataCategories: ['identity', 'case_summary'], decidedOn: today, formVersion: 'IOM-RC-2024.1', language: 'fr',
  });
  const member = await post(`/cases/${caseId}/family-members`, { relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' });
  const screening = await post(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'urgent' });
  return {
    caseId,
    sessionId: session.sessionId as string,
    consentId: consent.consentId as string,
    memberId: member.memberId as string,
    needId: screening.needId as string,
  };
}
