import { randomUUID } from 'node:crypto';
import { MasterKey, pgExecutor, PostgresEventStore, PostgresKeyStore, SealingEventStore, type EventStore } from '@homeward/events';

const noted = (firstName: string) => ({ type: 'test.Noted', occurredAt: new Date().toISOString(), actor: { userId: 'u', role: 'case_manager' as const }, country: 'SN', correlationId: 'c', data: { personal: { firstName } } });

/**
 * Writers the kill test ends with SIGKILL. argv: mode, PostgreSQL URL, key schema, master key (hex), subject id or event schema.
 * - `key-first`: the key store is separate from an event store that announces the append and never returns, so the
 *   process dies between storing a person's key and appending the event sealed under it (the path without drafts).
 * - `drafted`: the real adapter appends the first event of one new person after another, each person's key going in
 *   by that append's statement, until the process is killed wherever it is.
 */
async function main([mode, url, schema, master, subjectOrEvents]: string[]) {
  const sql = await pgExecutor(url, 1);
  const keys = await PostgresKeyStore.open(sql, schema, MasterKey.parse(master), 'intake', { intake: ['personal', 'sensitive'] });
  if (mode === 'key-first') {
    const dying = {
      appendToStream: () => {
        process.stdout.write('appending\n');
        return new Promise(() => {});
      },
    } as unknown as EventStore;
    const store = new SealingEventStore(dying, keys, { keyClassOf: () => 'personal', erases: () => false });
    await store.appendToStream(`case-${subjectOrEvents}`, [noted('Ndeye')], { expectedVersion: 0 });
    return;
  }
  const store = new SealingEventStore(await PostgresEventStore.open(sql, subjectOrEvents), keys, { keyClassOf: () => 'personal', erases: () => false });
  for (let i = 0; ; i++) {
    await store.appendToStream(`case-${randomUUID()}`, [noted('Ndeye')], { expectedVersion: 0 });
    if (i === 20) process.stdout.write('appending\n');
  }
}

void main(process.argv.slice(2));
