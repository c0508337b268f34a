import type { CorrectIdentity } from './case.commands';
import { command, given, registered, when } from './testing/case-fixtures';

const correct = (fields: Partial<CorrectIdentity['data']>) =>
  command<CorrectIdentity>('CorrectIdentity', { reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' }, ...fields });

describe('Correcting a registration detail recorded in error', () => {
  it('records only what was wrong, with the reason; names, date of birth and reason stay personal', () => {
    const [event] = when(registered(), correct({ firstName: 'Aoua', nationality: 'GN' }));
    expect(event).toEqual({
      type: 'intake.IdentityCorrected',
      data: { caseId: 'c-1', correctedAt: '2026-11-23T09:00:00.000Z', nationality: 'GN', personal: { firstName: 'Aoua', reason: 'As on the passport' } },
    });
  });

  it('refuses a correction that corrects nothing', () => {
    expect(() => when(registered(), correct({}))).toThrow(expect.objectContaining({ code: 'NOTHING_TO_CORRECT' }));
  });

  it('facts dated in the future are refused: a corrected date of birth tomorrow', () => {
    expect(() => when(registered(), correct({ dateOfBirth: '2026-11-24' }))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'dateOfBirth' }));
  });

  it('a corrected date of birth that makes the returnee a child alone raises the unaccompanied flag at once, and only once', () => {
    const events = when(registered(), correct({ dateOfBirth: '2011-05-10' }));
    expect(events.map((e) => e.type)).toEqual(['intake.IdentityCorrected', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    const history = [...registered(), ...events];
    expect(given(history)).toMatchObject({ dateOfBirth: '2011-05-10' });
    expect(when(history, correct({ dateOfBirth: '2011-05-11' })).map((e) => e.type)).toEqual(['intake.IdentityCorrected']);
  });

  it('a correction that makes the record read like another returnee is refused as a likely duplicate, naming the others', () => {
    expect(() => when(registered(), correct({ lastName: 'Ndiaye', likelyDuplicates: ['c-other'] }))).toThrow(
      expect.objectContaining({ code: 'LIKELY_DUPLICATE', field: 'duplicateOverride', details: { existingCaseIds: ['c-other'] } }),
    );
  });

  it('with a reason to override, as at registration, it is recorded with how many were overridden; which ones and why stay personal', () => {
    const [event] = when(registered(), correct({ lastName: 'Ndiaye', likelyDuplicates: ['c-other'], duplicateOverride: { reason: 'Another woman: other father name' } }));
    expect(event.data).toEqual({
      caseId: 'c-1',
      correctedAt: '2026-11-23T09:00:00.000Z',
      duplicateOverride: { duplicates: 1 },
      personal: { lastName: 'Ndiaye', reason: 'As on the passport', duplicateOverrideReason: 'Another woman: other father name', duplicateOfCaseIds: ['c-other'] },
    });
  });
});
