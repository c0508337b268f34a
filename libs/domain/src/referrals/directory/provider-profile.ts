import type { ProviderProfile } from '@homeward/contracts/referrals';
import { ReferralsError } from '../referrals.errors';

/** A profile the directory can match needs against: somewhere served, something offered, in some language, to someone. */
export function checkProfile(profile: ProviderProfile): void {
  if (!profile.services.length) throw new ReferralsError('PROVIDER_HAS_NO_SERVICE', undefined, 'services');
  if (!profile.areas.length) throw new ReferralsError('PROVIDER_HAS_NO_AREA', undefined, 'areas');
  const repeated = <T>(values: T[]) => values.find((v, i) => values.indexOf(v) !== i);
  const type = repeated(profile.services.map((s) => s.serviceType));
  if (type) throw new ReferralsError('SERVICE_TYPE_REPEATED', `${type} is listed twice`, 'services');
  const area = repeated(profile.areas.map((a) => a.code));
  if (area) throw new ReferralsError('AREA_REPEATED', `Area ${area} is listed twice`, 'areas');
  profile.services.forEach((service, i) => {
    if (!service.languages.length) throw new ReferralsError('SERVICE_LANGUAGE_REQUIRED', `${service.serviceType} names no language`, `services[${i}].languages`);
    const { minAge, maxAge } = service.eligibility ?? {};
    if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
      throw new ReferralsError('AGE_BOUNDS_INVERTED', `${service.serviceType}: from ${minAge} to ${maxAge}`, `services[${i}].eligibility`);
    }
  });
}
