import { describeErrorCatalogue } from '../shared/testing/error-catalogue';
import { REFERRALS_ERRORS, ReferralsError } from './referrals.errors';

describeErrorCatalogue('referrals', REFERRALS_ERRORS);

describe('A referrals error', () => {
  it('carries the status and French of its code, and English as the rule said it', () => {
    const error = new ReferralsError('SERVICE_NOT_OFFERED', 'Centre Jàmm offers no vocational_training', 'serviceType');
    expect(error).toMatchObject({ code: 'SERVICE_NOT_OFFERED', status: 422, field: 'serviceType', name: 'ReferralsError' });
    expect(error.messageIn('fr')).toBe("Le prestataire n'offre pas ce type de service");
    expect(error.messageIn('en')).toBe('Centre Jàmm offers no vocational_training');
  });
});
