import type { EventData } from '../envelope';

/** A JSON Schema (draft 2020-12 subset that Ajv understands). */
export type JsonSchema = Record<string, unknown>;

/** Turns the data of version `from` into the data of version `from + 1`. */
export type Upcaster = (data: EventData) => EventData;

/**
 * One event type, declared once: the bounded context whose topic carries it, a schema per
 * version, and an upcaster from each old version to the next one.
 */
export interface EventDefinition {
  type: string;
  context: BoundedContext;
  description: string;
  versions: Record<number, JsonSchema>;
  upcasters?: Record<number, Upcaster>;
}

/** A bounded context's name (`intake`): its topic, its schema, its consumer group. The list of them is the service registry's. */
export type BoundedContext = string;

/** One Kafka topic per bounded context. */
export const topicOf = (context: BoundedContext): string => `homeward.${context}.events`;

/** What a bounded context publishes: its event types, each with its schemas and upcasters. */
export interface ContextContract {
  context: BoundedContext;
  events: EventDefinition[];
}
