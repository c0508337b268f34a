import type { JsonSchema } from './event-definition';

/** Schema fragments shared by event definitions. */
export const id = { type: 'string', minLength: 1, maxLength: 64 } as const;
export const countryCode = { type: 'string', pattern: '^[A-Z]{2}$' } as const;
export const isoDate = { type: 'string', format: 'date' } as const;
export const isoDateTime = { type: 'string', format: 'date-time' } as const;
export const languageCode = { type: 'string', pattern: '^[a-z]{2,3}$' } as const;

/**
 * What a person wrote. Limits match the request DTOs: text the API accepted must never be refused
 * at append; refusing empty text is the DTO's job.
 */
export const text = (maxLength: number): JsonSchema => ({ type: 'string', maxLength });
/** A name or a code that means nothing when empty. */
export const label = (maxLength: number): JsonSchema => ({ type: 'string', minLength: 1, maxLength });
export const count = (maximum: number): JsonSchema => ({ type: 'integer', minimum: 0, maximum });

/** One value of a closed list; pass the domain's own list so the schema cannot drift from it. */
export const enumOf = (values: readonly string[]): JsonSchema => ({ enum: [...values] });
export const listOf = (items: JsonSchema, maxItems: number): JsonSchema => ({ type: 'array', items, maxItems });
/** Some values of a closed list, each at most once. */
export const setOf = (values: readonly string[]): JsonSchema => ({ type: 'array', items: enumOf(values), maxItems: values.length, uniqueItems: true });

/** An object that refuses every property it does not declare, so nothing slips onto a topic unnoticed. */
export const closed = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
});

/** A rule between fields: when `field` holds `value`, the data must also match `then`. */
export const whenEquals = (field: string, value: string, then: JsonSchema): JsonSchema => ({
  if: { required: [field], properties: { [field]: { const: value } } },
  then: { type: 'object', ...then },
});
