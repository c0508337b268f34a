import Ajv, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { EventData, NewEvent, RecordedEvent } from '../envelope';
import { InvalidEventError } from '../errors';
import type { BoundedContext, ContextContract, EventDefinition } from './event-definition';
import type { KeyClass } from './key-class';

interface Entry {
  definition: EventDefinition;
  current: number;
  /** Compiled on first use: a service validates few of the types it knows, and compiling them all was a fifth of the embedded start. */
  validators: Map<number, ValidateFunction>;
}

/**
 * One compiler for the process. Ajv keeps what it compiled by schema object, so the services of one
 * process (embedded mode) that load the same contract, its producer and its consumers, compile each
 * schema once.
 */
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));

/** Every event type the platform knows, with its schemas; refuses what does not validate. */
export class EventCatalogue {
  private readonly entries = new Map<string, Entry>();

  constructor(definitions: EventDefinition[]) {
    for (const definition of definitions) this.register(definition);
  }

  private register(definition: EventDefinition): void {
    if (this.entries.has(definition.type)) throw new Error(`Event type ${definition.type} declared twice`);
    const versions = Object.keys(definition.versions).map(Number).sort((a, b) => a - b);
    const current = versions[versions.length - 1];
    for (let v = 1; v < current; v++) {
      if (!definition.upcasters?.[v]) throw new Error(`${definition.type}: no upcaster from v${v} to v${v + 1}`);
    }
    this.entries.set(definition.type, { definition, current, validators: new Map() });
  }

  get definitions(): EventDefinition[] {
    return [...this.entries.values()].map((e) => e.definition);
  }

  has(type: string): boolean {
    return this.entries.has(type);
  }

  contextOf(type: string): BoundedContext {
    return this.entry(type).definition.context;
  }

  currentVersion(type: string): number {
    return this.entry(type).current;
  }

  /** Validates a new event against its schema version (the current one unless stated); throws InvalidEventError. */
  validate(event: NewEvent): number {
    const entry = this.entries.get(event.type);
    if (!entry) throw new InvalidEventError(event.type, ['unknown event type']);
    const version = event.schemaVersion ?? entry.current;
    const validator = this.validator(entry, version);
    if (!validator) throw new InvalidEventError(event.type, [`unknown schema version ${version}`]);
    if (!validator(event.data)) {
      const problems = (validator.errors ?? []).map((e) => `data${e.instancePath} ${e.message ?? 'is invalid'}`);
      throw new InvalidEventError(event.type, problems);
    }
    return version;
  }

  /** The key class an event's personal part is sealed under, as its definition says: personal unless sensitive, then its keeper's class. */
  keyClassOf(event: { type: string; data: EventData }): KeyClass {
    const definition = this.entries.get(event.type)?.definition;
    return definition?.sensitive?.(event.data) ? (definition.sensitiveKeyClass ?? 'sensitive') : 'personal';
  }

  /** Whether the event records the erasure of the person its stream is about. */
  erases(event: { type: string }): boolean {
    return this.entries.get(event.type)?.definition.erasure === true;
  }

  /** Whether the event's sealed personal part travels on its topic (its definition says so), or stays behind. */
  personalOnTopic(type: string): boolean {
    return this.entries.get(type)?.definition.personalOnTopic === true;
  }

  /** Brings an old event to the current schema version; events of unknown types pass untouched. */
  upcast<E extends RecordedEvent>(event: E): E {
    const entry = this.entries.get(event.type);
    if (!entry || event.schemaVersion >= entry.current) return event;
    let data = event.data;
    for (let v = event.schemaVersion; v < entry.current; v++) data = entry.definition.upcasters![v](data);
    return { ...event, data, schemaVersion: entry.current };
  }

  private validator(entry: Entry, version: number): ValidateFunction | undefined {
    let validator = entry.validators.get(version);
    const schema = entry.definition.versions[version];
    if (!validator && schema) entry.validators.set(version, (validator = ajv.compile(schema)));
    return validator;
  }

  private entry(type: string): Entry {
    const entry = this.entries.get(type);
    if (!entry) throw new InvalidEventError(type, ['unknown event type']);
    return entry;
  }
}

/** The catalogue of one service: what it publishes and what it consumes, from each context's own contract. */
export const catalogueOf = (contracts: ContextContract[]): EventCatalogue => new EventCatalogue(contracts.flatMap((c) => c.events));
