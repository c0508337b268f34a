import type { ContextContract, EventDefinition } from './event-definition';
import { consumedPart } from './consumed-part';

const definition = (type: string): EventDefinition => ({ type, context: 'referrals', description: type, versions: { 1: { type: 'object' } } });
const referrals: ContextContract = { context: 'referrals', events: ['referrals.ReferralSent', 'referrals.ReferralAcknowledged', 'referrals.ProviderRegistered'].map(definition) };

describe('the part of a contract a service consumes', () => {
  it('keeps only the event types asked for, under the same context', () => {
    const part = consumedPart(referrals, ['referrals.ReferralAcknowledged']);
    expect(part.context).toBe('referrals');
    expect(part.events.map((e) => e.type)).toEqual(['referrals.ReferralAcknowledged']);
  });

  it('refuses a type the contract does not publish, naming it', () => {
    expect(() => consumedPart(referrals, ['referrals.ReferralAcknowledged', 'referrals.ReferalSent'])).toThrow('referrals publishes no referrals.ReferalSent');
  });
});
