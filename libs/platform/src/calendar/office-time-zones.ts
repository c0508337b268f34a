import { getCountry } from 'countries-and-timezones';

/** Country (ISO 3166-1 alpha-2) → IANA time zone of its office, as configured. */
export type OfficeTimeZones = Readonly<Record<string, string>>;

/**
 * Reads `SN=Africa/Dakar,MA=Africa/Casablanca`. Fails fast on a zone the runtime does not know
 * or a code that is not a country, so a typing error never silently falls back to a default.
 */
export function parseOfficeTimeZones(variable: string, text: string | undefined): OfficeTimeZones {
  if (!text?.trim()) return {};
  const zones: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [country, zone, ...rest] = pair.split('=').map((p) => p.trim());
    if (!/^[A-Z]{2}$/.test(country ?? '') || !zone || rest.length) throw new Error(`${variable}: "${pair}" is not COUNTRY=Area/City, such as SN=Africa/Dakar`);
    if (!isTimeZone(zone)) throw new Error(`${variable}: "${zone}" is not an IANA time zone`);
    zones[country] = zone;
  }
  return zones;
}

/**
 * The zones a country's offices may be in, from the tz database's country table (via
 * countries-and-timezones): one for most countries, several for wide ones.
 */
export function defaultZonesOf(country: string): string[] {
  return (getCountry(country)?.timezones ?? []).filter(isTimeZone);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
