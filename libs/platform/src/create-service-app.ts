import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { SwaggerModule } from '@nestjs/swagger';
import { jsonBody } from './http/json-body.middleware';
import { methodNotAllowed } from './http/method-not-allowed.middleware';
import { apiDocument } from './openapi/api-document';
import { serveEventsDocument } from './openapi/events-document';
import type { BoundedContext, Clock, ContextContract, IdGenerator, KeyClass, MessageBroker, Projection, ReadModelStore, SqlExecutor } from '@homeward/events';
import type { ServiceConfig } from './config';
import { correlationMiddleware } from './http/correlation.middleware';
import { strictValidationPipe } from './http/validation';
import { openInfrastructure, type Infrastructure } from './infrastructure';
import { createLogger, type Logger } from './observability/logger';
import { PlatformModule } from './platform.module';
import type { ServiceReactionsDefinition } from './reactions/reaction-dispatcher';
import type { DevClock } from './dev-clock/dev-clock';

export interface ServiceDefinition {
  /** The bounded context it serves: its topic, schema, consumer group and HOMEWARD_<NAME>_PORT. */
  name: BoundedContext;
  /** Where it listens unless configured otherwise. */
  port: number;
  /** The service's own Nest module: controllers, command and query handlers. */
  module: Type<unknown>;
  title: string;
  projections: Projection[];
  /** Its published language (a context with no events yet publishes nothing). */
  publishes?: ContextContract;
  /** The contracts of the contexts whose events it copies into its inbox. */
  consumes: ContextContract[];
  /** The OpenAPI schemas of its answers, by name (generated: tools/openapi/response-schemas.ts). */
  responses?: Record<string, object>;
  /** The classes of people's data keys it may use (personal when unsaid): only where their sensitive data is kept, sensitive too. */
  keyClasses?: KeyClass[];
  /**
   * Its policies ("when X, do Y"), each answering events of its log (its own, or its inbox's copies)
   * with commands its dispatcher runs; on one instance at a time, once the app has started.
   */
  reactions?: ServiceReactionsDefinition;
}

export interface RunningService {
  app: INestApplication;
  infra: Infrastructure;
  url: string;
  close(): Promise<void>;
}

/** Bodies are small forms; anything bigger is a mistake or an attack. */
const BODY_LIMIT = '64kb';

export async function startService(
  config: ServiceConfig,
  definition: ServiceDefinition,
  extras: {
    sharedBroker?: MessageBroker;
    sharedSql?: SqlExecutor;
    readModels?: ReadModelStore;
    logger?: Logger;
    clock?: Clock;
    ids?: IdGenerator;
    /** Embedded mode on request: the clock an admin moves forward, shared by the services of the process (its clock is theirs). */
    devClock?: DevClock;
    /** Benches only: no access log interceptor, to measure what recording a read costs beside a service that records. */
    recordAccess?: boolean;
  } = {},
): Promise<RunningService> {
  if (extras.devClock && config.mode !== 'embedded') throw new Error(`${config.service}: the dev clock is for embedded mode only`);
  if (extras.devClock && extras.clock) throw new Error(`${config.service}: a dev clock is the service's clock; give one or the other`);
  if (extras.devClock) extras = { ...extras, clock: extras.devClock.clock };
  const logger = extras.logger ?? createLogger(config.service, undefined, config.logFormat);
  for (const deadline of definition.reactions?.deadlines ?? []) {
    // Its to-do list is a read model like the others: declared, projected and rebuilt with them.
    if (!definition.projections.includes(deadline.pending)) throw new Error(`${definition.name}: deadline ${deadline.name}'s to-do list ${deadline.pending.name} is not among its projections`);
  }
  const infra = await openInfrastructure(config, { ...definition, ...extras, logger });

  @Module({ imports: [CqrsModule.forRoot(), PlatformModule.forRoot(config, infra, logger, extras.clock, extras.ids, extras.devClock, extras.recordAccess ?? true), definition.module] })
  class ServiceRoot {}

  const app = await NestFactory.create(ServiceRoot, { logger, bodyParser: false });
  app.use(correlationMiddleware);
  app.use(methodNotAllowed(app.getHttpAdapter().getInstance()));
  app.use(jsonBody(BODY_LIMIT, logger));
  app.useGlobalPipes(strictValidationPipe());
  // No Nest shutdown hooks: on a signal they close the app alone and re-raise it, killing the process before
  // the infrastructure is closed. Whoever owns the process closes it whole (runService, tools/start-embedded.ts).
  SwaggerModule.setup('docs', app, apiDocument(app, `Homeward ${definition.title}`, definition.responses));
  serveEventsDocument(app, config, definition);
  await infra.start();
  await app.listen(config.port, process.env.HOMEWARD_HOST ?? '127.0.0.1');
  // The dispatcher runs commands through the app's own handlers: the reactions can start only now.
  if (definition.reactions) await infra.reactions.run(definition.reactions.reactions, app.get(definition.reactions.dispatcher, { strict: false }), definition.reactions.deadlines);
  extras.devClock?.attach(() => infra.reactions.fireDue());
  const url = await app.getUrl();
  logger.info(`${config.service} listening`, { url: url.replace('[::1]', 'localhost'), mode: config.mode });
  return {
    app,
    infra,
    url,
    close: async () => {
      // No command runs through an app that is closing.
      await infra.reactions.stop();
      await app.close();
      await infra.close();
    },
  };
}
