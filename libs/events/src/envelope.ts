/** Roles a Homeward user can hold; the JWT carries exactly one. */
export const ROLES = [
  'case_manager',
  'supervisor',
  'service_provider',
  'me_officer',
  'auditor',
  'data_analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role | 'system';
}

/**
 * Event body. Everything that identifies or describes a person lives under `personal`,
 * so that it can be stored apart, encrypted under a per-person key, and erased
 * by destroying that key without rewriting history.
 */
export interface EventData {
  personal?: Record<string, unknown>;
  [field: string]: unknown;
}

/** What a command handler hands to the store. Position, version and recorded-at are the store's. */
export interface NewEvent<D extends EventData = EventData> {
  eventId?: string;
  type: string;
  schemaVersion?: number;
  occurredAt: string;
  actor: Actor;
  country: string;
  correlationId: string;
  causationId?: string | null;
  data: D;
}

/** An event as it sits in a per-case history. */
export interface RecordedEvent<D extends EventData = EventData> {
  eventId: string;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  country: string;
  correlationId: string;
  causationId: string | null;
  data: D;
}

export const caseStreamId = (caseId: string): string => `case-${caseId}`;

/** The Kafka key of an event: the case id, so one case's events stay on one partition, in order. */
export const partitionKeyOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash >= 0 ? streamId.slice(dash + 1) : streamId;
};

/**
 * Where a consuming service keeps its copy of another service's event (its inbox).
 * Such streams are never relayed again.
 */
export const inboxStreamId = (context: string, streamId: string): string => `inbox.${context}.${streamId}`;
export const isInboxStream = (streamId: string): boolean => streamId.startsWith('inbox.');
