import type { EventData } from '../envelope';
import type { SensitiveKeyClass } from './key-class';

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
  /**
   * Whether this event's personal part (given the whole data, personal included) is of a sensitive
   * category: health, disability, sexual orientation, trafficking, violence. Such a part is sealed
   * under a second key of the person, of the class `sensitiveKeyClass` names, which only the service
   * granted that class can open.
   */
  sensitive?: (data: EventData) => boolean;
  /**
   * The class a sensitive part goes under: that of the context keeping it. `sensitive` (intake's)
   * when unsaid; referrals says `protection`, so that neither service opens the other's.
   */
  sensitiveKeyClass?: SensitiveKeyClass;
  /**
   * This event records that the person its stream is about was erased: the store destroys their
   * keys before appending it, and every process that reads it drops the keys it holds.
   */
  erasure?: true;
  /**
   * Whether this event's personal part goes onto the topic, sealed as it was stored, for the services of
   * the organisation (who open it with their own key-store role). Its producer emits it only under the
   * returnee's consent covering them; every other event leaves without its personal part. The relay carries
   * the part as sealed and upcasts only the rest: a later version of such an event keeps its personal part's shape.
   */
  personalOnTopic?: boolean;
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
