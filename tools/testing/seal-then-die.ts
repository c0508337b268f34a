import { MasterKey, pgExecutor, PostgresKeyStore, SealingEventStore, type EventStore } from '@homeward/events';

/**
 * A writer that dies between storing a person's key and appending the event sealed under it:
 * its event store announces the append, then never returns, and the test kills the process.
 * argv: PostgreSQL URL, key schema, master key (hex), subject id.
 */
async function main([url, schema, master, subject]: string[]) {
  const sql = await pgExecutor(url, 1);
  const keys = await PostgresKeyStore.open(sql, schema, MasterKey.parse(master), 'intake', { intake: ['personal', 'sensitive'] });
  const dying = {
    appendToStream: () => {
      process.stdout.write('appending\n');
      return new Promise(() => {});
    },
  } as unknown as EventStore;
  const store = new SealingEventStore(dying, keys, { keyClassOf: () => 'personal', erases: () => false });
  await store.appendToStream(`case-${subject}`, [{ type: 'test.Noted', occurredAt: new Date().toISOString(), actor: { userId: 'u', role: 'case_manager' }, country: 'SN', correlationId: 'c', data: { personal: { firstName: 'Ndeye' } } }], { expectedVersion: 0 });
}

void main(process.argv.slice(2));
