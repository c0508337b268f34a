import { Matches } from 'class-validator';

/**
 * An area as the country office codes it (SN-DK, MA-04): letters, digits, hyphens. The directory's
 * keys join it to a country and a service type with colons, so it holds none.
 */
export const AREA_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const IsAreaCode = () =>
  Matches(AREA_CODE, {
    message: '$property must be an area code of letters, digits and hyphens, such as SN-DK',
    context: { fr: 'doit être un code de zone fait de lettres, de chiffres et de traits d’union, par exemple SN-DK' },
  });
