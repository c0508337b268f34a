import { only, project } from '@homeward/testing/intake';
import { directoryProjection, type DirectoryEntry } from './directory.projection';
import { profile, ProviderHistory } from './testing/provider-history';

const entry = (history: ProviderHistory): DirectoryEntry => only(project(directoryProjection, history.events), history.providerId);

/** A clinic of Dakar and Thiès: emergency care in French and Wolof, counselling in French only. */
const clinic = () =>
  profile({
    name: 'Clinique Espoir',
    areas: [
      { code: 'SN-DK', name: 'Dakar' },
      { code: 'SN-TH', name: 'Thiès' },
    ],
    services: [
      { serviceType: 'emergency_health', languages: ['fr', 'wo'] },
      { serviceType: 'psychosocial', languages: ['fr'] },
    ],
  });

describe('The service directory', () => {
  it('lists a registered provider as active, with its profile and when it joined', () => {
    const tvet = ProviderHistory.registered('prov-tvet', profile(), '2027-01-04T09:00:00.000Z');
    expect(entry(tvet)).toMatchObject({
      providerId: 'prov-tvet',
      status: 'active',
      profile: profile(),
      country: 'SN',
      name: 'Centre de formation professionnelle de Dakar',
      registeredAt: '2027-01-04T09:00:00.000Z',
      updatedAt: '2027-01-04T09:00:00.000Z',
    });
  });

  it('keys each service to its country, its areas and its own languages, under every country too', () => {
    const doc = entry(ProviderHistory.registered('prov-clinic', clinic()));
    expect(doc.offers).toEqual(['SN:emergency_health', '*:emergency_health', 'SN:psychosocial', '*:psychosocial']);
    expect(doc.serves).toEqual(['SN:SN-DK', '*:SN-DK', 'SN:SN-TH', '*:SN-TH']);
    expect(doc.offersInArea).toEqual(expect.arrayContaining(['SN:emergency_health:SN-DK', 'SN:emergency_health:SN-TH', 'SN:psychosocial:SN-TH', '*:psychosocial:SN-DK']));
    expect(doc.offersInArea).toHaveLength(8);
    // Counselling is given in French only: it is not keyed in Wolof, though the clinic speaks it.
    expect(doc.offersInLanguage).toEqual(['SN:emergency_health:fr', '*:emergency_health:fr', 'SN:emergency_health:wo', '*:emergency_health:wo', 'SN:psychosocial:fr', '*:psychosocial:fr']);
    expect(doc.languages).toEqual(['fr', 'wo']);
  });

  it('takes the whole profile of an update, keys included, and keeps when it joined', () => {
    const clinicHistory = ProviderHistory.registered('prov-clinic', clinic(), '2027-01-04T09:00:00.000Z');
    clinicHistory.run('2027-02-01T09:00:00.000Z', 'UpdateProvider', { profile: profile({ name: 'Clinique Espoir', areas: [{ code: 'SN-TH', name: 'Thiès' }], services: [{ serviceType: 'mental_health', languages: ['en'] }] }) });
    const doc = entry(clinicHistory);
    expect(doc).toMatchObject({ name: 'Clinique Espoir', registeredAt: '2027-01-04T09:00:00.000Z', updatedAt: '2027-02-01T09:00:00.000Z' });
    expect([doc.offers, doc.serves, doc.offersInArea, doc.offersInLanguage, doc.languages]).toEqual([
      ['SN:mental_health', '*:mental_health'],
      ['SN:SN-TH', '*:SN-TH'],
      ['SN:mental_health:SN-TH', '*:mental_health:SN-TH'],
      ['SN:mental_health:en', '*:mental_health:en'],
      ['en'],
    ]);
  });

  it('shows a suspension with its reason and day, not its note, until the provider is reactivated', () => {
    const tvet = ProviderHistory.registered('prov-tvet', profile());
    tvet.run('2027-03-01T10:00:00.000Z', 'SuspendProvider', { reason: 'quality_concerns', note: 'Two complaints about absent trainers' });
    expect(entry(tvet)).toMatchObject({ status: 'suspended', suspension: { reason: 'quality_concerns', suspendedAt: '2027-03-01T10:00:00.000Z' }, updatedAt: '2027-03-01T10:00:00.000Z' });
    expect(JSON.stringify(entry(tvet))).not.toContain('absent trainers');
    tvet.run('2027-03-20T10:00:00.000Z', 'ReactivateProvider', {});
    expect(entry(tvet)).toMatchObject({ status: 'active', updatedAt: '2027-03-20T10:00:00.000Z' });
    expect(entry(tvet).suspension).toBeUndefined();
  });

  it('an update leaves a suspended provider suspended', () => {
    const tvet = ProviderHistory.registered('prov-tvet', profile());
    tvet.run('2027-03-01T10:00:00.000Z', 'SuspendProvider', { reason: 'not_operating' });
    tvet.run('2027-03-02T10:00:00.000Z', 'UpdateProvider', { profile: profile({ name: 'CFP Dakar' }) });
    expect(entry(tvet)).toMatchObject({ status: 'suspended', name: 'CFP Dakar', suspension: { reason: 'not_operating' } });
  });
});
