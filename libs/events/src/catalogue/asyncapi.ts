import type { ContextContract, EventDefinition, JsonSchema } from './event-definition';
import { topicOf } from './event-definition';

/** What one service's AsyncAPI document describes: the topics it writes and those it reads. */
export interface AsyncApiInput {
  service: string;
  version: string;
  publishes?: ContextContract;
  consumes: ContextContract[];
  /** The Kafka bootstrap servers of the deployment, as `host:port`. */
  brokers: string[];
}

const SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

/** A personal part as it travels on the organisation's internal topics: sealed under the person's `personal` key. */
const SEALED_PART: JsonSchema = {
  type: 'object',
  description: "The returnee's personal part, sealed (AES-256-GCM) under her `personal` data key; services of the organisation open it with their key-store role.",
  additionalProperties: false,
  required: ['$sealed'],
  properties: {
    $sealed: {
      type: 'object',
      additionalProperties: false,
      required: ['keyId', 'keyClass', 'iv', 'data'],
      properties: { keyId: { type: 'string' }, keyClass: { const: 'personal' }, iv: { type: 'string' }, data: { type: 'string', contentEncoding: 'base64' } },
    },
  },
};

/** The envelope every message of an internal topic is: the event as the producer recorded it, its data at the current schema version. */
const envelope = (type: string, version: number, data: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['eventId', 'streamId', 'streamVersion', 'type', 'schemaVersion', 'occurredAt', 'recordedAt', 'actor', 'country', 'correlationId', 'data'],
  properties: {
    eventId: { type: 'string', format: 'uuid', description: 'Unique: a consumer drops a repeat by it (delivery is at least once).' },
    streamId: { type: 'string', description: "The producer's stream (one per case, provider…): the message key is derived from it, so one stream's events keep their order." },
    streamVersion: { type: 'integer', minimum: 1 },
    globalPosition: { type: 'integer', description: "Position in the producer's log; not comparable across services." },
    type: { const: type },
    schemaVersion: { const: version },
    occurredAt: { type: 'string', format: 'date-time' },
    recordedAt: { type: 'string', format: 'date-time' },
    actor: { type: 'object', required: ['userId', 'role'], properties: { userId: { type: 'string' }, role: { type: 'string' } } },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    correlationId: { type: 'string' },
    causationId: { type: ['string', 'null'], description: 'The event this one answers, if a reaction caused it.' },
    data,
  },
});

/**
 * The data of one version as it is on the topic: without its personal part, which stays in the producer's
 * store, unless the event's definition lets it travel, sealed. Combinators that require it are relaxed the same way.
 */
export function topicDataSchema(schema: JsonSchema, personalTravels: boolean): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        const { personal: _left, ...rest } = value as Record<string, unknown>;
        out.properties = rest;
      } else if (key === 'required' && Array.isArray(value)) {
        out.required = value.filter((field) => field !== 'personal');
      } else if (['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not'].includes(key)) {
        out[key] = walk(value);
      } else out[key] = value;
    }
    return out;
  };
  const stripped = walk(schema) as JsonSchema & { properties?: Record<string, unknown> };
  if (!personalTravels) return stripped;
  return { ...stripped, properties: { ...stripped.properties, personal: SEALED_PART } };
}

const currentVersionOf = (definition: EventDefinition): number => Math.max(...Object.keys(definition.versions).map(Number));
const messageId = (type: string, version: number) => `${type}.v${version}`;
const channelId = (context: string) => `${context}Events`;

/**
 * An AsyncAPI 3 document of a service's internal topics, made from the contracts it declares (nothing is
 * written by hand, so it cannot drift): a channel per topic, a `send` operation for the one it publishes and a
 * `receive` per topic it consumes, and a message per event type at the version that travels (relays upcast
 * before publishing). Older versions are kept under `components.schemas`, as a reader of a producer's
 * history meets them.
 */
export function asyncApiDocument(input: AsyncApiInput): Record<string, unknown> {
  const contracts = [...(input.publishes ? [input.publishes] : []), ...input.consumes];
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const contract of contracts) {
    const published = contract === input.publishes;
    const channelMessages: Record<string, unknown> = {};
    for (const definition of contract.events) {
      const current = currentVersionOf(definition);
      const id = messageId(definition.type, current);
      messages[id] = {
        name: definition.type,
        title: `${definition.type} (v${current})`,
        summary: definition.description,
        contentType: 'application/json',
        payload: { schemaFormat: SCHEMA_FORMAT, schema: envelope(definition.type, current, topicDataSchema(definition.versions[current], definition.personalOnTopic === true)) },
        bindings: { kafka: { key: { type: 'string', description: 'Derived from the stream id: one stream, one partition, in order.' } } },
      };
      channelMessages[id] = { $ref: `#/components/messages/${id}` };
      for (const [version, schema] of Object.entries(definition.versions)) schemas[messageId(definition.type, Number(version))] = schema;
    }
    const channel = channelId(contract.context);
    channels[channel] = { address: topicOf(contract.context), title: `${contract.context} events`, description: `Every event the ${contract.context} context publishes, at its current schema version.`, messages: channelMessages };
    const messageRefs = Object.keys(channelMessages).map((id) => ({ $ref: `#/channels/${channel}/messages/${id}` }));
    operations[published ? `publish${capitalised(contract.context)}Events` : `receive${capitalised(contract.context)}Events`] = {
      action: published ? 'send' : 'receive',
      channel: { $ref: `#/channels/${channel}` },
      summary: published ? `The ${input.service} service's outbox relay publishes its log, at least once.` : `The ${input.service} service's inbox copies these events into its own store, dropping repeats by event id.`,
      messages: messageRefs,
    };
  }
  return {
    asyncapi: '3.0.0',
    info: { title: `Homeward ${input.service} events`, version: input.version, description: `The topics the ${input.service} service publishes and consumes, generated from its event catalogue.` },
    servers: Object.fromEntries(input.brokers.map((host, i) => [`kafka${i + 1}`, { host, protocol: 'kafka', description: 'A Kafka bootstrap server of this deployment.' }])),
    channels,
    operations,
    components: { messages, schemas },
  };
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
