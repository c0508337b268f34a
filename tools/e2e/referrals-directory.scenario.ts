import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { tokenFor } from '../testing/test-auth';
import { startTestService } from '../testing/test-services';

export const SUPERVISOR_SN: Partial<Principal> = { userId: 'sup-sn', role: 'supervisor', countries: ['SN'] };
export const SUPERVISOR_MA: Partial<Principal> = { userId: 'sup-ma', role: 'supervisor', countries: ['MA'] };
export const CASE_MANAGER_SN: Partial<Principal> = { userId: 'cm-sn', role: 'case_manager', countries: ['SN'] };

export const startReferrals = () => startTestService('referrals', referralsService, { mode: 'embedded', sharedBroker: new InProcessBroker() });

/** A training centre of Ziguinchor (an area the example directory leaves alone), as its country office registers it. */
export const providerForm = (over: object = {}) => ({
  name: 'Centre de formation de Ziguinchor',
  country: 'SN',
  areas: [{ code: 'SN-ZG', name: 'Ziguinchor' }],
  services: [
    { serviceType: 'vocational_training', eligibility: { minAge: 16, maxAge: 35, sexes: ['female', 'male'], notes: 'Carpentry and tailoring' }, languages: ['fr', 'dyo'], capacityPerMonth: 15, openingHours: 'Mon–Fri 8:00–16:00' },
    { serviceType: 'income_generating_activity', languages: ['fr'] },
  ],
  contact: { phone: '+221 33 991 00 00', email: 'accueil@cfz.example.org', address: 'Boucotte, Ziguinchor' },
  ...over,
});

/** A client of one running referrals service. */
export class ReferralsClient {
  constructor(private readonly referrals: RunningService) {}

  async send(method: 'get' | 'post' | 'put', path: string, principal: Partial<Principal>, body?: unknown, language = 'en') {
    const req = request(this.referrals.app.getHttpServer())[method](path).set('Authorization', `Bearer ${await tokenFor(principal)}`).set('Accept-Language', language);
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'undefined');
  }

  get = (path: string, principal: Partial<Principal> = CASE_MANAGER_SN) => this.send('get', path, principal);
  head = () => this.referrals.infra.store.headPosition();

  /** Registers a provider and answers its minted id. */
  async register(form: object = providerForm(), principal: Partial<Principal> = SUPERVISOR_SN): Promise<string> {
    const res = await this.send('post', '/providers', principal, form);
    if (res.status !== 201) throw new Error(`POST /providers answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.providerId;
  }
}
