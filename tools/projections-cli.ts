import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@homeward/events';
import { configFromEnv, createLogger, openInfrastructure, type ServiceDefinition } from '@homeward/platform';
import { intakeService } from '../apps/intake/src/intake.module';
import { monitoringService } from '../apps/monitoring/src/monitoring.module';
import { planningService } from '../apps/planning/src/planning.module';
import { referralsService } from '../apps/referrals/src/referrals.module';

const SERVICES: Record<BoundedContext, ServiceDefinition> = {
  intake: intakeService,
  planning: planningService,
  referrals: referralsService,
  monitoring: monitoringService,
};

const USAGE = `usage: npm run projections -- list <service>
       npm run projections -- rebuild <service> [projection-name]

Distributed mode (HOMEWARD_MODE=distributed, source infra/env.sh): drops the projection's
documents in MongoDB and replays the service's whole event log into it, with progress.
Stop the service's instances first: a live instance would apply events beside the rebuild.
Embedded mode keeps read models in memory and rebuilds them at every start.`;

async function main([verb, service, only]: string[]) {
  if (!verb || !BOUNDED_CONTEXTS.includes(service as BoundedContext)) return fail(USAGE);
  const config = configFromEnv(service as BoundedContext);
  if (config.mode !== 'distributed') return fail('Embedded read models are rebuilt at every `npm start`; nothing to do.\n\n' + USAGE);
  const definition = SERVICES[service as BoundedContext];
  const infra = await openInfrastructure(config, { ...definition, consumes: [], logger: createLogger(service, 'warn') });
  try {
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
  }
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
