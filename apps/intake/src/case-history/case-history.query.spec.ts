import type { RecordedEvent } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { CaseScenario } from '@homeward/testing/intake';
import { CaseHistoryHandler, CaseHistoryQuery } from './case-history.query';

const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });
const rabat = who('supervisor', 'sup-rabat', ['MA']);
const dakar = who('supervisor', 'sup-dakar', ['SN']);

describe('Who may replay a case’s history', () => {
  const historyOf = (scenario: CaseScenario, principal: Principal, asOf?: Date) => {
    const store = { readStream: async (): Promise<RecordedEvent[]> => scenario.events };
    return new CaseHistoryHandler({ store } as unknown as Infrastructure).execute(new CaseHistoryQuery(scenario.caseId, principal, asOf));
  };
  const refusedTo = (scenario: CaseScenario, principal: Principal) =>
    expect(historyOf(scenario, principal)).rejects.toMatchObject({ code: 'NOT_CASE_OFFICE_SUPERVISOR', status: 403, message: expect.not.stringMatching(/MA|SN/) });

  it('gives it to a supervisor of the office holding the case, not to one of the other country', async () => {
    const awa = CaseScenario.registered();
    await expect(historyOf(awa, rabat)).resolves.toHaveLength(awa.events.length);
    await refusedTo(awa, dakar);
  });

  it('follows a transfer: the receiving office reads it all, the sending office no longer', async () => {
    const awa = CaseScenario.registered();
    awa.run('RecordArrival', { arrivalDate: '2026-11-20' });
    awa.run('TransferCase', { handoverNote: 'see notes' });
    await expect(historyOf(awa, dakar)).resolves.toHaveLength(awa.events.length);
    await refusedTo(awa, rabat);
  });

  it('judges the office on the case as it is now, whatever `asOf` replays', async () => {
    const awa = CaseScenario.registered();
    awa.run('TransferCase', { handoverNote: 'see notes' }, { now: '2026-11-25T09:00:00.000Z' });
    const beforeTransfer = new Date('2026-11-24T00:00:00Z');
    await expect(historyOf(awa, dakar, beforeTransfer)).resolves.toEqual(awa.events.filter((e) => e.recordedAt < '2026-11-24'));
    await expect(historyOf(awa, rabat, beforeTransfer)).rejects.toMatchObject({ code: 'NOT_CASE_OFFICE_SUPERVISOR', status: 403 });
  });

  it('gives a case registered by the origin office to that office’s supervisors', async () => {
    const metOnArrival = CaseScenario.registered({ office: 'SN' }, { userId: 'cm-dakar' });
    await expect(historyOf(metOnArrival, dakar)).resolves.toHaveLength(metOnArrival.events.length);
    await refusedTo(metOnArrival, rabat);
  });

  it('gives it to an auditor of either country of the case, not to one of neither', async () => {
    const awa = CaseScenario.registered();
    awa.run('TransferCase', { handoverNote: 'see notes' });
    for (const countries of [['MA'], ['SN'], ['*']]) await expect(historyOf(awa, who('auditor', 'aud-1', countries))).resolves.toHaveLength(awa.events.length);
    // Out of scope reads like unknown: the same 404.
    await expect(historyOf(awa, who('auditor', 'aud-ng', ['NG']))).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', status: 404 });
    await expect(historyOf(awa, who('supervisor', 'sup-ng', ['NG']))).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', status: 404 });
  });

  it('answers 404 for a case with no history', async () => {
    await expect(historyOf(new CaseScenario(), who('auditor', 'aud-1', ['*']))).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', status: 404 });
  });
});
