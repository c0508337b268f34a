import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { join } from 'node:path';
import { InProcessBroker, pgliteExecutor, type Projection, type RebuildResult } from '@homeward/events';
import { configFromEnv, createLogger, openInfrastructure, type Infrastructure } from '@homeward/platform';
import { SERVICES, serviceNamed } from './services';

const USAGE = `services: ${SERVICES.map((s) => s.name).join(', ')}

usage: npm run projections -- list <service>
       npm run projections -- rebuild <service> [projection-name]
       npm run projections -- dead-letters <service>
       npm run projections -- retry <service> [event-id]

list shows each projection's collection, the physical collection and version reads go to, its
checkpoint, a rebuild under way (or one that died: the next rebuild drops it), and old versions a
rebuild stopped before dropping (the next rebuild drops them).

rebuild fills a new version of the projection beside the live one (<collection>__v<N>, in MongoDB
or PostgreSQL per HOMEWARD_READ_MODELS) from the service's whole event log, with progress, then
switches reads over to it in one write and drops the old version once every instance reads the new
one (a few seconds). Distributed mode (HOMEWARD_MODE=distributed, source infra/env.sh): the
service's instances keep running; they answer from the old version until the switch, and the
instance running the projections goes on from the new version's checkpoint. Embedded mode (the
default): stop npm start first, the embedded database under HOMEWARD_DATA_DIR opens in one process
at a time.

dead-letters lists the events from other services this one set aside because its catalogue
refused them (with the error); retry imports them again once the catalogue takes them.`;

async function main([verb, service, only]: string[]) {
  const definition = serviceNamed(service);
  if (!verb || !definition || !['list', 'rebuild', 'dead-letters', 'retry'].includes(verb)) return fail(USAGE);
  const config = configFromEnv(definition);
  const embedded = config.mode === 'embedded';
  // Embedded: the one database all services share, as npm start opens it.
  const sharedSql = embedded ? await pgliteExecutor(join(config.dataDir, 'eventstore'), { templates: config.cacheDir }) : undefined;
  // Nothing here publishes or consumes, so no broker is reached: a rebuild or a retry works while Kafka is down.
  const sharedBroker = new InProcessBroker();
  // Opened, not started: nothing relays or consumes beside the rebuild.
  const infra = await openInfrastructure(config, { ...definition, sharedSql, sharedBroker, logger: createLogger(service, 'warn') });
  try {
    if (verb === 'dead-letters' || verb === 'retry') return await deadLetters(infra, verb, only);
    if (verb === 'list') return await list(infra, definition.projections);
    const chosen = definition.projections.filter((p) => !only || p.name === only);
    if (chosen.length === 0) return fail(`${service} has no projection ${only}: ${definition.projections.map((p) => p.name).join(', ')}`);
    const rebuilt: RebuildResult[] = [];
    for (const projection of chosen) {
      const bar = new SingleBar({ format: `${projection.name} [{bar}] {percentage}% | position {value}/{total} | {duration}s` }, Presets.shades_classic);
      bar.start(await infra.store.headPosition(), 0);
      const started = Date.now();
      const result = await infra.projections.rebuild(projection, (done, total) => {
        bar.setTotal(total);
        bar.update(done);
      });
      bar.stop();
      rebuilt.push(result);
      console.log(`${projection.name}: ${result.applied} events applied in ${((Date.now() - started) / 1000).toFixed(1)} s; reads go to ${result.physical}`);
    }
    const delay = infra.readModels.retireDelayMs;
    if (delay) console.log(`dropping the old versions once every instance reads the new ones (in ${(delay / 1000).toFixed(0)} s)`);
    for (const dropped of await Promise.all(rebuilt.map((r) => r.retireOld()))) for (const name of dropped) console.log(`dropped ${name}`);
  } finally {
    await infra.close();
    await sharedSql?.close();
  }
}

async function list(infra: Infrastructure, projections: Projection[]): Promise<void> {
  for (const projection of projections) {
    const pointer = await infra.readModels.pointer(projection.collection);
    const building = pointer.building ? `\tbuilding=${pointer.building.physical} (since ${pointer.building.since})` : '';
    const retired = pointer.retired?.length ? `\tnot yet dropped=${pointer.retired.join(',')}` : '';
    const checkpoint = await infra.projections.checkpointIn(projection, pointer.physical);
    console.log(`${projection.name}\tcollection=${projection.collection}\tphysical=${pointer.physical}\tversion=${pointer.version}\tcheckpoint=${checkpoint}${building}${retired}`);
  }
}

async function deadLetters(infra: Infrastructure, verb: string, only?: string): Promise<void> {
  if (!infra.inbox || !infra.deadLetters) return fail('This service consumes no other service: it has no dead letters.');
  if (verb === 'dead-letters') {
    const all = await infra.deadLetters.list();
    for (const l of all) console.log(`${l.event.eventId}\t${l.event.type} v${l.event.schemaVersion}\t${l.event.streamId}\t${l.topic}/${l.partition}@${l.offset}\t${l.deadAt}\t${l.attempts} tries\t${l.error}`);
    console.log(`${all.length} dead letter(s)`);
    return;
  }
  const { imported, refused } = await infra.inbox.retryDeadLetters(only);
  for (const id of imported) console.log(`imported ${id}`);
  for (const r of refused) console.log(`still refused ${r.eventId}: ${r.error}`);
  if (refused.length) process.exitCode = 1;
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
