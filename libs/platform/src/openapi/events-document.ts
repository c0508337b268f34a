import type { INestApplication } from '@nestjs/common';
import { asyncApiDocument } from '@homeward/events';
import type { ServiceConfig } from '../config';
import type { ServiceDefinition } from '../create-service-app';

/** The version of the platform's published languages as a whole; each event type keeps its own schema versions. */
const EVENTS_VERSION = '0.1.0';

/**
 * `GET /asyncapi.json`: the AsyncAPI 3 document of the topics this service publishes and consumes, made from
 * its definition's contracts at start, so it describes exactly the catalogue the service loaded. Public, like
 * `/docs`: it holds schemas, never data.
 */
export function serveEventsDocument(app: INestApplication, config: ServiceConfig, definition: ServiceDefinition): void {
  const document = asyncApiDocument({ service: definition.name, version: EVENTS_VERSION, publishes: definition.publishes, consumes: definition.consumes, brokers: config.kafkaBrokers ?? [] });
  const http = app.getHttpAdapter().getInstance() as { get(path: string, handler: (req: unknown, res: { json(body: unknown): void }) => void): void };
  http.get('/asyncapi.json', (_req, res) => res.json(document));
}
