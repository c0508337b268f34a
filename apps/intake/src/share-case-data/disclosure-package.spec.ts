import type { CaseEvent } from '@homeward/contracts/intake';
import { disclosurePackage } from './disclosure-package';

const at = '2026-11-23T09:00:00.000Z';
const caseId = 'c-1';

const history: CaseEvent[] = [
  {
    type: 'intake.ReturneeRegistered',
    data: { caseId, returneeId: 'r-1', sex: 'female', nationality: 'SN', languages: ['fr'], personal: { firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', phone: '+221770000000' } },
  },
  { type: 'intake.CaseOpened', data: { caseId, returneeId: 'r-1', hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15', caseManagerId: 'cm-7', openedAt: at } },
  {
    type: 'intake.ReturnCircumstancesRecorded',
    data: { caseId, timeAbroadMonths: 30, returnType: 'forced', detained: false, preparedness: 'unprepared', documentsHeld: [], personal: { notes: 'Slept in the street' } },
  },
  { type: 'intake.IndividualFactorAssessed', data: { caseId, assessedAt: at, personal: { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Tailor' } } },
  { type: 'intake.IndividualFactorAssessed', data: { caseId, assessedAt: at, personal: { factor: 'skills_and_knowledge', assessment: 'neutral', note: 'Sold the machines' } } },
  { type: 'intake.IndividualFactorAssessed', data: { caseId, assessedAt: at, personal: { factor: 'disability', assessment: 'vulnerability', note: 'Walks with a cane' } } },
  { type: 'intake.IndividualFactorAssessed', data: { caseId, assessedAt: at, personal: { factor: 'sexual_orientation', assessment: 'vulnerability', note: 'Fled because of it' } } },
  { type: 'intake.VulnerabilityScreened', data: { caseId, screeningId: 's-1', urgency: 'urgent', screenedAt: at, personal: { area: 'trafficking', details: 'Recruiter in Agadez', derived: false } } },
  { type: 'intake.VulnerabilityScreened', data: { caseId, screeningId: 's-2', urgency: 'routine', screenedAt: at, personal: { area: 'mental_health', details: 'Sleeps badly', derived: false } } },
  { type: 'intake.ReturneeArrived', data: { caseId, returneeId: 'r-1', countryOfOrigin: 'SN', arrivalDate: '2026-11-20' } },
  { type: 'intake.CounsellingSessionScheduled', data: { caseId, sessionId: 'x-1', phase: 'post_arrival', scheduledFor: at } },
  { type: 'intake.CounsellingSessionStarted', data: { caseId, sessionId: 'x-1', phase: 'post_arrival', startedAt: at } },
  {
    type: 'intake.CounsellingStepRecorded',
    data: { caseId, sessionId: 'x-1', step: 'plan_design', recordedAt: at, personal: { step: 'plan_design', goals: ['Shop'], strengths: ['Tailor'], lifePlan: 'Thiès' } },
  },
];

describe('the disclosure package: the least each consented category needs', () => {
  it('holds only the categories asked for', () => {
    expect(Object.keys(disclosurePackage(history, ['identity', 'plan']))).toEqual(['identity', 'plan']);
  });

  it('gives identity and contact from the registration, leaving out what was never given', () => {
    const { identity, contact } = disclosurePackage(history, ['identity', 'contact']);
    expect(identity).toEqual({ firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', sex: 'female', nationality: 'SN' });
    expect(contact).toEqual({ phone: '+221770000000' });
  });

  it('summarises the case as it stands, and the return circumstances without the counsellor notes', () => {
    const data = disclosurePackage(history, ['case_summary', 'return_circumstances']);
    expect(data.case_summary).toEqual({ hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA', status: 'open', arrivalDate: '2026-11-20' });
    expect(data.return_circumstances).toEqual({ timeAbroadMonths: 30, returnType: 'forced', detained: false, preparedness: 'unprepared', documentsHeld: [] });
  });

  it('keeps health apart: factors and screenings about health leave only with the health category', () => {
    const data = disclosurePackage(history, ['individual_factors', 'vulnerabilities']);
    expect(data.individual_factors).toEqual([{ factor: 'skills_and_knowledge', assessment: 'neutral', note: 'Sold the machines', assessedAt: at }]);
    expect(data.vulnerabilities).toEqual([{ area: 'trafficking', urgency: 'urgent', screenedAt: at }]);
    expect(JSON.stringify(data)).not.toMatch(/cane|Sleeps|Agadez/);
    const { health } = disclosurePackage(history, ['health']);
    expect(health).toEqual({
      factors: [{ factor: 'disability', assessment: 'vulnerability', note: 'Walks with a cane', assessedAt: at }],
      screenings: [{ area: 'mental_health', urgency: 'routine', screenedAt: at, details: 'Sleeps badly' }],
    });
  });

  it('gives the contact details as they now are', () => {
    const changed: CaseEvent = { type: 'intake.ContactDetailsChanged', data: { caseId, changedAt: at, personal: { phone: '+221781112233', address: 'Thiès' } } };
    expect(disclosurePackage([...history, changed], ['contact']).contact).toEqual({ phone: '+221781112233', address: 'Thiès' });
  });

  it('never lets sexual orientation leave, whatever the categories', () => {
    expect(JSON.stringify(disclosurePackage(history, ['identity', 'individual_factors', 'vulnerabilities', 'health', 'case_summary']))).not.toMatch(/sexual|Fled/);
  });

  it('gives the latest plan design, and nothing for what was never recorded', () => {
    expect(disclosurePackage(history, ['plan']).plan).toEqual({ goals: ['Shop'], strengths: ['Tailor'], lifePlan: 'Thiès', designedAt: at });
    expect(disclosurePackage(history.slice(0, 2), ['plan', 'return_circumstances'])).toEqual({ plan: null, return_circumstances: null });
  });
});
