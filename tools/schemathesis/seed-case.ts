/** The ids a fuzzer cannot guess: a case of the caller's countries, and a session in it. */
export interface Seeded {
  caseId: string;
  sessionId: string;
}

/**
 * Registers one returnee and schedules a session over HTTP, so that schemathesis, given these ids,
 * reaches the deciders behind every case operation instead of only their 404.
 */
export async function seedCase(intakeUrl: string, token: string): Promise<Seeded> {
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
    firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', sex: 'female', nationality: 'SN',
    languages: ['fr', 'wo'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2027-01-15',
  });
  const caseId = registered.caseId as string;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const session = await post(`/cases/${caseId}/sessions`, { phase: 'pre_departure', scheduledFor: tomorrow });
  return { caseId, sessionId: session.sessionId as string };
}
