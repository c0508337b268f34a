import { ACCESS_PURPOSES } from './access-purpose';

const text = { type: 'string' };

/** The answer of GET /audit/access, closed like every answer schema (the platform's own, so written here). */
export const accessPageSchema = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  additionalProperties: false,
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'userId', 'role', 'service', 'what', 'caseId', 'purpose', 'correlationId'],
        additionalProperties: false,
        properties: {
          at: { type: 'string', format: 'date-time' },
          userId: text,
          role: text,
          organisationId: { ...text, description: "A service provider's organisation" },
          service: text,
          what: { ...text, example: 'case_file' },
          caseId: { type: 'string', format: 'uuid' },
          purpose: { type: 'string', enum: [...ACCESS_PURPOSES] },
          correlationId: text,
        },
      },
    },
    total: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
  },
};
