import type { RecordVulnerabilityScreening } from './case.commands';
import { afterCommands, command, given, registered, when, withAssistanceConsent } from './testing/case-fixtures';

const screening = (area: RecordVulnerabilityScreening['data']['area'], urgency: RecordVulnerabilityScreening['data']['urgency'], screeningId = 'v-1') =>
  command<RecordVulnerabilityScreening>('RecordVulnerabilityScreening', { screeningId, needId: `n-${screeningId}`, area, urgency, details: 'Insulin-dependent diabetes, no insulin left' });
const factor = (f: 'skills_and_knowledge' | 'health_and_wellbeing', assessment: 'capacity' | 'vulnerability' | 'neutral', note = 'note') =>
  command('AssessIndividualFactor', { factor: f, assessment, note });

describe('Individual factors (Table 2.1)', () => {
  it('records a factor as a capacity with its note; which factor it is stays personal', () => {
    const [event] = when(withAssistanceConsent(), factor('skills_and_knowledge', 'capacity', 'Trained tailor'));
    expect(event).toEqual({
      type: 'intake.IndividualFactorAssessed',
      data: { caseId: 'c-1', assessedAt: '2026-11-23T09:00:00.000Z', personal: { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Trained tailor' } },
    });
  });

  it('a change appends a new assessment; the earlier one stays in the history', () => {
    const history = afterCommands(withAssistanceConsent(), factor('health_and_wellbeing', 'neutral'), factor('health_and_wellbeing', 'vulnerability'));
    expect(history.filter((e) => e.type === 'intake.IndividualFactorAssessed').map((e) => (e.data as { personal: { assessment: string } }).personal.assessment)).toEqual([
      'neutral',
      'vulnerability',
    ]);
  });

  it('assessment needs consent to assistance', () => {
    expect(() => when(registered(), factor('skills_and_knowledge', 'capacity'))).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
  });
});

describe('Vulnerability screening', () => {
  it('a routine finding is recorded, with area and details kept personal, and raises nothing', () => {
    const events = when(withAssistanceConsent(), screening('mental_health', 'routine'));
    expect(events.map((e) => e.type)).toEqual(['intake.VulnerabilityScreened']);
    expect(events[0].data).toMatchObject({ urgency: 'routine', personal: { area: 'mental_health', derived: false } });
    expect(JSON.stringify({ ...events[0].data, personal: undefined })).not.toMatch(/mental|diabetes/);
  });

  it('a life-threatening finding emits an urgent need at once, naming only the kind of service needed', () => {
    const events = when(withAssistanceConsent(), screening('physical_health', 'life_threatening'));
    expect(events.map((e) => e.type)).toEqual(['intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    expect(events[1].data).toEqual({
      caseId: 'c-1',
      returneeId: 'r-1',
      needId: 'n-v-1',
      screeningId: 'v-1',
      serviceNeeded: 'medical',
      urgency: 'life_threatening',
      identifiedAt: '2026-11-23T09:00:00.000Z',
      office: 'MA',
    });
  });

  it.each([
    ['trafficking', 'protection'],
    ['violence_exploitation_abuse', 'protection'],
    ['mental_health', 'mental_health'],
    ['unaccompanied_or_separated_child', 'child_protection'],
  ] as const)('an urgent %s finding calls for %s', (area, service) => {
    const events = when(withAssistanceConsent(), screening(area, 'urgent'));
    expect(events[1].data).toMatchObject({ serviceNeeded: service, urgency: 'urgent' });
  });

  it('screening needs consent to assistance', () => {
    expect(() => when(registered(), screening('mental_health', 'urgent'))).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
  });

  it('a disclosed life-threatening need is recorded and escalated regardless of consent, even after assistance was refused', () => {
    const refused = afterCommands(registered(), command('RefuseConsent', { consentId: 'k-1', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' }));
    expect(when(registered(), screening('physical_health', 'life_threatening')).map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
    expect(when(refused, screening('physical_health', 'life_threatening')).map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
  });

  it('the urgent need is raised by the office holding the case', () => {
    const transferred = afterCommands(withAssistanceConsent(), command('TransferCase', { handoverNote: 'n' }));
    expect(when(transferred, screening('physical_health', 'life_threatening'))[1].data).toMatchObject({ office: 'SN' });
  });

  it('a screening id is recorded once', () => {
    const history = afterCommands(withAssistanceConsent(), screening('mental_health', 'routine'));
    expect(() => when(history, screening('mental_health', 'routine'))).toThrow(expect.objectContaining({ code: 'SCREENING_ALREADY_RECORDED' }));
  });
});

describe('Addressing an urgent need', () => {
  const urgent = () => afterCommands(withAssistanceConsent(), screening('physical_health', 'life_threatening'));

  it('marks the need addressed, once', () => {
    const addressed = afterCommands(urgent(), command('MarkUrgentNeedAddressed', { needId: 'n-v-1', note: 'Admitted to hospital' }));
    expect(given(addressed)).toMatchObject({ urgentNeeds: { 'n-v-1': 'addressed' } });
    expect(() => when(addressed, command('MarkUrgentNeedAddressed', { needId: 'n-v-1' }))).toThrow(expect.objectContaining({ code: 'URGENT_NEED_ALREADY_ADDRESSED' }));
  });

  it('an unknown need is not found', () => {
    expect(() => when(urgent(), command('MarkUrgentNeedAddressed', { needId: 'n-x' }))).toThrow(expect.objectContaining({ code: 'URGENT_NEED_NOT_FOUND', field: 'needId' }));
  });
});
