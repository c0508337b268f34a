import { randomUUID } from 'node:crypto';
import { InvalidEventError, WrongExpectedVersionError } from '../errors';
import { verifyChains } from '../store/postgres/chain-verifier';
import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { note } from '../testing/test-catalogue';
import { ERASED_PART } from '../catalogue/erased';
import { PersonalDataErased } from './key-store.port';
import { MasterKey } from './master-key';
import { PostgresKeyStore } from './postgres-key-store';
import { SealingEventStore, type SealingPolicy } from './sealing-event-store';

const GRANTS = { intake: ['personal', 'sensitive'], monitoring: ['personal'] } as const;
/** As intake's contract says: a health finding is of the sensitive class. */
const policy: SealingPolicy = { keyClassOf: (e) => (e.data.kind === 'health' ? 'sensitive' : 'personal'), erases: (e) => e.type === 'test.PersonErased' };

describe('Personal data sealed under the person’s keys, in the event store', () => {
  let sql: SqlExecutor;
  const master = MasterKey.parse(MasterKey.generate());
  const storeAs = async (role: keyof typeof GRANTS) =>
    new SealingEventStore(await PostgresEventStore.open(sql, 'sealed'), await PostgresKeyStore.open(sql, 'keys', master, role, GRANTS), policy);
  const registration = (name: string) => note('registered', { data: { text: 'registered', channel: 'phone', personal: { firstName: name, dateOfBirth: '1994-03-07' } } });
  const healthFinding = () => note('finding', { data: { text: 'finding', channel: 'phone', kind: 'health', personal: { area: 'mental_health', details: 'panic attacks' } } });
  const erasure = () => note('erased', { type: 'test.PersonErased' });
  const rawRows = async (streamId: string) =>
    (await sql.query<{ personal: string | null; data: string }>(`SELECT personal::text AS personal, data::text AS data FROM sealed.events WHERE stream_id = $1 ORDER BY stream_version`, [streamId])).rows;

  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  it('stores no plaintext of the personal part, names the key, and reads back in the clear', async () => {
    const intake = await storeAs('intake');
    const stream = `case-${randomUUID()}`;
    const appended = await intake.appendToStream(stream, [registration('Zeynabou-Distinctive')], { expectedVersion: 0 });
    expect(appended.events[0].data.personal).toEqual({ firstName: 'Zeynabou-Distinctive', dateOfBirth: '1994-03-07' });

    const [row] = await rawRows(stream);
    expect(row.personal).not.toContain('Zeynabou');
    expect(row.personal).not.toContain('1994-03-07');
    expect(JSON.parse(row.personal!)).toEqual({ $sealed: { keyId: expect.any(String), keyClass: 'personal', iv: expect.any(String), data: expect.any(String) } });
    expect(row.data).toContain('registered');

    expect((await intake.readStream(stream))[0].data.personal).toEqual({ firstName: 'Zeynabou-Distinctive', dateOfBirth: '1994-03-07' });
    const all = await intake.readAll({ after: 0, maxCount: 1000 });
    expect(all.find((e) => e.streamId === stream)?.data.personal).toMatchObject({ firstName: 'Zeynabou-Distinctive' });
  });

  it('seals a sensitive part under the second key, which a service without that grant cannot open', async () => {
    const stream = `case-${randomUUID()}`;
    await (await storeAs('intake')).appendToStream(stream, [registration('Awa'), healthFinding()], { expectedVersion: 0 });
    const [first, second] = await rawRows(stream);
    const keyOf = (text: string | null) => (JSON.parse(text!) as { $sealed: { keyId: string; keyClass: string } }).$sealed;
    expect(keyOf(second.personal).keyClass).toBe('sensitive');
    expect(keyOf(second.personal).keyId).not.toBe(keyOf(first.personal).keyId);

    const seenByMonitoring = await (await storeAs('monitoring')).readStream(stream);
    expect(seenByMonitoring[0].data.personal).toMatchObject({ firstName: 'Awa' });
    expect(seenByMonitoring[1].data).not.toHaveProperty('personal');
    expect(seenByMonitoring[1].data.kind).toBe('health');
    expect((await (await storeAs('intake')).readStream(stream))[1].data.personal).toEqual({ area: 'mental_health', details: 'panic attacks' });
  });

  it('after the person’s keys are destroyed her parts read as erased (the sensitive one stays out of a service without that grant), and the history still verifies', async () => {
    const stream = `case-${randomUUID()}`;
    const keys = await PostgresKeyStore.open(sql, 'keys', master, 'intake', GRANTS);
    const intake = new SealingEventStore(await PostgresEventStore.open(sql, 'sealed'), keys, policy);
    await intake.appendToStream(stream, [registration('Mariama'), healthFinding()], { expectedVersion: 0 });
    await keys.destroy(stream.slice('case-'.length));

    const events = await (await storeAs('intake')).readStream(stream);
    expect(events.map((e) => e.data.personal)).toEqual([ERASED_PART, ERASED_PART]);
    expect(events[0].data.text).toBe('registered');
    const seenByMonitoring = await (await storeAs('monitoring')).readStream(stream);
    expect(seenByMonitoring.map((e) => e.data.personal)).toEqual([ERASED_PART, undefined]);
    expect((await rawRows(stream))[0].personal).toContain('$sealed');
    expect((await verifyChains(sql, 'sealed')).broken).toEqual([]);
    // Nothing personal can be sealed about her again; the API answers this as a conflict (PERSONAL_DATA_ERASED), not a crash.
    await expect(intake.appendToStream(stream, [registration('Mariama')], { expectedVersion: 2 })).rejects.toBeInstanceOf(PersonalDataErased);
    await expect((await storeAs('monitoring')).appendToStream(stream, [registration('Mariama')], { expectedVersion: 2 })).rejects.toMatchObject({ code: 'PERSONAL_DATA_ERASED' });
  });

  it('destroys the keys when it appends an erasure event, and a process holding them drops them when it reads that event', async () => {
    const stream = `case-${randomUUID()}`;
    const [intake, monitoring] = [await storeAs('intake'), await storeAs('monitoring')];
    await intake.appendToStream(stream, [registration('Khady')], { expectedVersion: 0 });
    // Monitoring holds the key unwrapped, as a process that read her events before does.
    expect((await monitoring.readStream(stream))[0].data.personal).toMatchObject({ firstName: 'Khady' });
    await intake.appendToStream(stream, [erasure()], { expectedVersion: 1 });
    const { rows } = await sql.query<{ wrapped: unknown }>(`SELECT wrapped FROM keys.data_keys WHERE subject_id = $1`, [stream.slice('case-'.length)]);
    expect(rows).toEqual([{ wrapped: null }]);
    const after = await monitoring.readStream(stream);
    expect(after.map((e) => [e.type, e.data.personal])).toEqual([['test.NoteTaken', ERASED_PART], ['test.PersonErased', undefined]]);
  });

  it('a process that never reads the erasure event stops opening her data at its next check of destroyed keys, within a second', async () => {
    const stream = `case-${randomUUID()}`;
    const [intake, elsewhere] = [await storeAs('intake'), await storeAs('monitoring')];
    await intake.appendToStream(stream, [registration('Ndeye')], { expectedVersion: 0 });
    const [registered] = await elsewhere.readStream(stream);
    expect(registered.data.personal).toMatchObject({ firstName: 'Ndeye' });
    await intake.appendToStream(stream, [erasure()], { expectedVersion: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    // As the history was before the erasure: the erasure event is not in what it reads.
    const asItWas = await elsewhere.readStream(stream, { asOf: new Date(registered.recordedAt) });
    expect(asItWas.map((e) => e.data.personal)).toEqual([ERASED_PART]);
  });

  it('refuses a sealed part moved onto another event: the event id is bound into the seal', async () => {
    const stream = `case-${randomUUID()}`;
    const intake = await storeAs('intake');
    await intake.appendToStream(stream, [registration('Fatou'), note('other')], { expectedVersion: 0 });
    await sql.exec(`ALTER TABLE sealed.events DISABLE TRIGGER events_append_only;
UPDATE sealed.events SET personal = (SELECT personal FROM sealed.events WHERE stream_id = '${stream}' AND stream_version = 1) WHERE stream_id = '${stream}' AND stream_version = 2;
ALTER TABLE sealed.events ENABLE TRIGGER events_append_only;`);
    // A part is opened when read: the moved one fails then, the event's own one still opens.
    const [own, moved] = await intake.readStream(stream);
    expect(own.data.personal).toMatchObject({ firstName: 'Fatou' });
    expect(() => moved.data.personal).toThrow(/authenticate/);
  });

  it('opens a part only when it is read, with the key the read found, and lets a reader replace it', async () => {
    const stream = `case-${randomUUID()}`;
    const keys = await PostgresKeyStore.open(sql, 'keys', master, 'intake', GRANTS);
    const intake = new SealingEventStore(await PostgresEventStore.open(sql, 'sealed'), keys, policy);
    await intake.appendToStream(stream, [registration('Coumba')], { expectedVersion: 0 });
    const [read] = await intake.readStream(stream);
    // Destroyed after the read: what the read returned still opens, as it would have had it been opened at once.
    await keys.destroy(stream.slice('case-'.length));
    expect(read.data.personal).toEqual({ firstName: 'Coumba', dateOfBirth: '1994-03-07' });
    expect({ ...read.data }).toMatchObject({ personal: { firstName: 'Coumba' } });
    read.data.personal = { firstName: 'replaced' };
    expect(read.data.personal).toEqual({ firstName: 'replaced' });
    expect((await intake.readStream(stream))[0].data.personal).toEqual(ERASED_PART);
  });

  it('refuses a received part that does not open (altered on the way) before storing it, and stores and opens one that does', async () => {
    const stream = `case-${randomUUID()}`;
    await (await storeAs('intake')).appendToStream(stream, [registration('Mariama')], { expectedVersion: 0 });
    const [asSent] = await (await PostgresEventStore.open(sql, 'sealed')).readStream(stream);
    const sealed = asSent.data.personal as { $sealed: { data: string } };
    const bytes = Buffer.from(sealed.$sealed.data, 'base64');
    bytes[0] ^= 1;
    const altered = { ...asSent, data: { ...asSent.data, personal: { $sealed: { ...sealed.$sealed, data: bytes.toString('base64') } } } };
    const monitoring = new SealingEventStore(await PostgresEventStore.open(sql, 'received'), await PostgresKeyStore.open(sql, 'keys', master, 'monitoring', GRANTS), policy);
    const inbox = `inbox.intake.${stream}`;

    await expect(monitoring.importBatch([{ streamId: inbox, events: [altered] }])).rejects.toThrow(InvalidEventError);
    expect(await monitoring.readStream(inbox)).toEqual([]);
    const [imported] = await monitoring.importBatch([{ streamId: inbox, events: [asSent] }]);
    expect(imported.data.personal).toMatchObject({ firstName: 'Mariama' });
    expect((await monitoring.readStream(inbox))[0].data.personal).toMatchObject({ firstName: 'Mariama' });
  });

  it('stores a new person’s keys by the append of her first events, in its statement', async () => {
    const subject = randomUUID();
    const appended = await (await storeAs('intake')).appendToStream(`case-${subject}`, [registration('Khady'), healthFinding()], { expectedVersion: 0 });
    const stored = await sql.query<{ key_id: string; key_class: string }>(`SELECT key_id, key_class FROM keys.data_keys WHERE subject_id = $1 ORDER BY key_class`, [subject]);
    const sealedIds = (await rawRows(`case-${subject}`)).map((r) => (JSON.parse(r.personal!) as { $sealed: { keyId: string } }).$sealed.keyId);
    expect(stored.rows.map((r) => r.key_class)).toEqual(['personal', 'sensitive']);
    expect(sealedIds.sort()).toEqual(stored.rows.map((r) => r.key_id).sort());
    expect(appended.events.map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('seals under the key another instance stored first, and a stale version is still a conflict that stores nothing new', async () => {
    const subject = randomUUID();
    await (await storeAs('intake')).appendToStream(`case-${subject}`, [registration('Aminata')], { expectedVersion: 0 });
    // A second instance that never met her: its draft is refused, it reseals under her stored key.
    const other = await storeAs('intake');
    await other.appendToStream(`consent-${subject}`, [registration('Aminata')], { expectedVersion: 0 });
    const keyIds = async (stream: string) => (await rawRows(stream)).map((r) => (JSON.parse(r.personal!) as { $sealed: { keyId: string } }).$sealed.keyId);
    expect(await keyIds(`consent-${subject}`)).toEqual(await keyIds(`case-${subject}`));
    expect((await other.readStream(`consent-${subject}`))[0].data.personal).toMatchObject({ firstName: 'Aminata' });

    const fresh = randomUUID();
    await (await storeAs('intake')).appendToStream(`case-${fresh}`, [note('first')], { expectedVersion: 0 });
    await expect((await storeAs('intake')).appendToStream(`case-${fresh}`, [registration('Binta')], { expectedVersion: 0 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect((await rawRows(`case-${fresh}`)).length).toBe(1);
  });
});
