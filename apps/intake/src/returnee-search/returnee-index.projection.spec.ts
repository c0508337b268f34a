import { applyEvent } from '@homeward/events';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { identityKeys } from './identity-key';
import { returneeIndexProjection } from './returnee-index.projection';

describe('Returnee index projection', () => {
  it('indexes a returnee at registration by name parts and identity, with the countries of the case', () => {
    const awa = CaseScenario.registered({ firstName: 'Awa Marième', lastName: 'Diallo' });
    const [registration] = awa.events;
    expect(applyEvent(returneeIndexProjection, null, registration)).toMatchObject({ identityKeys: identityKeys({ firstName: 'Awa Marième', lastName: 'Diallo', dateOfBirth: '1994-03-02', nationality: 'SN' }) });
    expect(only(project(returneeIndexProjection, awa.events), awa.caseId)).toMatchObject({
      returneeId: `r-${awa.caseId}`, nameTokens: ['awa', 'marieme', 'awamarieme', 'diallo'], dateOfBirth: '1994-03-02', nationality: 'SN', hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA',
    });
  });

  it('indexes a case registered by the origin office, for someone first met on arrival, under that office', () => {
    const metOnArrival = CaseScenario.registered({ office: 'SN' }, { userId: 'cm-dakar' });
    expect(only(project(returneeIndexProjection, metOnArrival.events), metOnArrival.caseId)).toMatchObject({ office: 'SN', hostCountry: 'MA', countryOfOrigin: 'SN' });
  });

  it('finds the returnee under corrected names and date of birth, and checks duplicates against them', () => {
    const awa = CaseScenario.registered();
    awa.run('CorrectIdentity', { firstName: 'Aoua', dateOfBirth: '1994-03-03', reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
    expect(only(project(returneeIndexProjection, awa.events), awa.caseId)).toMatchObject({
      firstName: 'Aoua',
      nameTokens: ['aoua', 'diallo'],
      dateOfBirth: '1994-03-03',
      identityKeys: identityKeys({ firstName: 'Aoua', lastName: 'Diallo', dateOfBirth: '1994-03-03', nationality: 'SN' }),
    });
  });

  it('follows the case to the origin office on transfer', () => {
    const awa = CaseScenario.registered();
    awa.run('TransferCase', { handoverNote: 'see notes' });
    expect(only(project(returneeIndexProjection, awa.events), awa.caseId)).toMatchObject({ office: 'SN', hostCountry: 'MA' });
  });
});
