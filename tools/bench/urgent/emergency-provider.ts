import type { ProviderProfile } from '@homeward/contracts/referrals';

/** An emergency unit of Dakar taking urgent referrals day and night (the bench's, named so). */
export const EMERGENCY_UNIT: ProviderProfile = {
  name: 'Urgences (bench)',
  country: 'SN',
  areas: [{ code: 'SN-DK', name: 'Dakar' }],
  services: [{ serviceType: 'emergency_health', languages: ['fr', 'wo'], capacityPerMonth: 100000, openingHours: '24/7' }],
  contact: { phone: '+221 33 000 00 00', email: 'urgences@bench.invalid', address: 'Dakar' },
};

/** Registers it through the directory's API as a supervisor would, and waits until the directory lists it. */
export async function registerEmergencyProvider(referralsUrl: string, supervisorToken: string, profile: ProviderProfile): Promise<string> {
  const headers = { authorization: `Bearer ${supervisorToken}`, 'content-type': 'application/json' };
  const res = await fetch(`${referralsUrl}/providers`, { method: 'POST', headers, body: JSON.stringify(profile) });
  const body = (await res.json()) as { providerId?: string };
  if (res.status !== 201 || !body.providerId) throw new Error(`POST /providers answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const listed = (await (await fetch(`${referralsUrl}/providers?country=SN&serviceType=emergency_health&limit=100`, { headers })).json()) as { items?: Array<{ providerId: string }> };
    if (listed.items?.some((p) => p.providerId === body.providerId)) return body.providerId;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the directory did not list ${body.providerId} within 30 s`);
}
