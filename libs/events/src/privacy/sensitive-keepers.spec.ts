import { randomUUID } from 'node:crypto';
import { EventCatalogue } from '../catalogue/event-catalogue';
import { ERASED_PART } from '../catalogue/erased';
import type { EventDefinition } from '../catalogue/event-definition';
import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { note } from '../testing/test-catalogue';
import { MasterKey } from './master-key';
import { PostgresKeyStore } from './postgres-key-store';
import { SealingEventStore } from './sealing-event-store';

/** The grants the services are given: each keeper of sensitive data holds its own class, and no other's. */
const GRANTS = { intake: ['personal', 'sensitive'], referrals: ['personal', 'protection'], monitoring: ['personal'] } as const;

const open = { type: 'object', properties: { text: { type: 'string' }, channel: { type: 'string' }, personal: { type: 'object' } } };
const definitions: EventDefinition[] = [
  // As intake's contract marks a screening; as referrals' marks a safety plan.
  { type: 'test.Screened', context: 'intake', description: 'a screening', versions: { 1: open }, sensitive: () => true },
  { type: 'test.SafetyPlanned', context: 'referrals', description: 'a safety plan', versions: { 1: open }, sensitive: () => true, sensitiveKeyClass: 'protection' },
  { type: 'test.Erased', context: 'intake', description: 'an erasure', versions: { 1: open }, erasure: true },
];
const catalogue = new EventCatalogue(definitions);

describe("Each keeper of a person's sensitive data seals it under a class of its own", () => {
  let sql: SqlExecutor;
  const master = MasterKey.parse(MasterKey.generate());
  const storeAs = async (role: keyof typeof GRANTS) =>
    new SealingEventStore(await PostgresEventStore.open(sql, 'keepers'), await PostgresKeyStore.open(sql, 'keys', master, role, GRANTS), catalogue);
  const screening = () => note('screened', { type: 'test.Screened', data: { text: 'screened', personal: { details: 'Was held and beaten in transit' } } });
  const safetyPlan = () => note('planned', { type: 'test.SafetyPlanned', data: { text: 'planned', personal: { risks: ['The recruiter lives next door'] } } });
  const keyClassesStored = async (streamId: string) =>
    (await sql.query<{ personal: string }>(`SELECT personal::text AS personal FROM keepers.events WHERE stream_id = $1 ORDER BY stream_version`, [streamId])).rows.map(
      (r) => (JSON.parse(r.personal) as { $sealed: { keyClass: string } }).$sealed.keyClass,
    );

  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  it("the catalogue names intake's class unless the definition names its keeper's", () => {
    expect(catalogue.keyClassOf({ type: 'test.Screened', data: {} })).toBe('sensitive');
    expect(catalogue.keyClassOf({ type: 'test.SafetyPlanned', data: {} })).toBe('protection');
    expect(catalogue.keyClassOf({ type: 'test.Erased', data: {} })).toBe('personal');
  });

  it("referrals cannot open intake's sensitive part, nor intake referrals' protected one; each opens its own", async () => {
    const person = randomUUID();
    await (await storeAs('intake')).appendToStream(`case-${person}`, [screening()], { expectedVersion: 0 });
    await (await storeAs('referrals')).appendToStream(`referrals-${person}`, [safetyPlan()], { expectedVersion: 0 });
    expect(await keyClassesStored(`case-${person}`)).toEqual(['sensitive']);
    expect(await keyClassesStored(`referrals-${person}`)).toEqual(['protection']);

    const [intake, referrals, monitoring] = [await storeAs('intake'), await storeAs('referrals'), await storeAs('monitoring')];
    expect((await intake.readStream(`case-${person}`))[0].data.personal).toEqual({ details: 'Was held and beaten in transit' });
    expect((await referrals.readStream(`referrals-${person}`))[0].data.personal).toEqual({ risks: ['The recruiter lives next door'] });
    // Left out, not read as erased: the key is there, this service may not use it.
    expect((await referrals.readStream(`case-${person}`))[0].data).toEqual({ text: 'screened' });
    expect((await intake.readStream(`referrals-${person}`))[0].data).toEqual({ text: 'planned' });
    expect((await monitoring.readStream(`referrals-${person}`))[0].data).not.toHaveProperty('personal');
    // Nor can one seal under the other's class.
    await expect(referrals.appendToStream(`referrals-${person}`, [screening()], { expectedVersion: 1 })).rejects.toThrow(/may not use sensitive keys/);
    await expect(intake.appendToStream(`case-${person}`, [safetyPlan()], { expectedVersion: 1 })).rejects.toThrow(/may not use protection keys/);
  });

  it("an erasure in intake destroys referrals' protection key too: the safety plan reads as erased", async () => {
    const person = randomUUID();
    await (await storeAs('referrals')).appendToStream(`referrals-${person}`, [safetyPlan()], { expectedVersion: 0 });
    await (await storeAs('intake')).appendToStream(`case-${person}`, [note('erased', { type: 'test.Erased' })], { expectedVersion: 0 });
    expect((await (await storeAs('referrals')).readStream(`referrals-${person}`))[0].data.personal).toEqual(ERASED_PART);
  });
});
