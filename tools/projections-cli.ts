import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { join } from 'node:path';
import { pgliteExecutor } from '@homeward/events';
import { configFromEnv, createLogger, openInfrastructure } from '@homeward/platform';
import { SERVICES, serviceNamed } from './services';

const USAGE = `services: ${SERVICES.map((s) => s.name).join(', ')}

usage: npm run projections -- list <service>
       npm run projections -- rebuild <service> [projection-name]
       npm run projections -- dead-letters <service>
       npm run projections -- retry <service> [event-id]

dead-letters lists the events from other services this one set aside because its catalogue
refused them (with the error); retry imports them again once the catalogue takes them.

rebuild drops the projection's documents (in MongoDB or PostgreSQL, per HOMEWARD_READ_MODELS)
and replays the service's whole event log into them, with progress. Distributed mode
(HOMEWARD_MODE=distributed, source infra/env.sh): stop the service's instances first, a live
instance would apply events beside the rebuild. Embedded mode (the default): stop npm start
first, the embedded database under HOMEWARD_DATA_DIR opens in one process at a time.`;

async function main([verb, service, only]: string[]) {
  const definition = serviceNamed(service);
  if (!verb || !definition) return fail(USAGE);
  const config = configFromEnv(definition);
  // Embedded: the one database all services share, as npm start opens it.
  const sharedSql = config.mode === 'embedded' ? await pgliteExecutor(join(config.dataDir, 'eventstore'), { templates: config.cacheDir }) : undefined;
  const letters = verb === 'dead-letters' || verb === 'retry';
  // Opened, not started: nothing relays or consumes beside the rebuild.
  const infra = await openInfrastructure(config, { ...definition, sharedSql, logger: createLogger(service, 'warn') });
  try {
    if (letters) return await deadLetters(infra, verb, only);
    for (const projection of definition.projections) {
      if (verb === 'list') {
        console.log(`${projection.name}\tcollection=${projection.collection}\tcheckpoint=${await infra.projections.checkpoint(projection)}`);
        continue;
      }
      if (verb !== 'rebuild') return fail(USAGE);
      if (only && projection.name !== only) continue;
      const bar = new SingleBar({ format: `${projection.name} [{bar}] {percentage}% | position {value}/{total} | {duration}s` }, Presets.shades_classic);
      bar.start(await infra.store.headPosition(), 0);
      const started = Date.now();
      const applied = await infra.projections.rebuild(projection, (done, total) => {
        bar.setTotal(total);
        bar.update(done);
      });
      bar.stop();
      console.log(`${projection.name}: ${applied} events applied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await infra.close();
    await sharedSql?.close();
  }
}

async function deadLetters(infra: Awaited<ReturnType<typeof openInfrastructure>>, verb: string, only?: string): Promise<void> {
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
