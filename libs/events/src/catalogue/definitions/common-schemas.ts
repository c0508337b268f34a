/** Schema fragments shared by event definitions. */
export const id = { type: 'string', minLength: 1, maxLength: 64 } as const;
export const countryCode = { type: 'string', pattern: '^[A-Z]{2}$' } as const;
export const isoDate = { type: 'string', format: 'date' } as const;
export const isoDateTime = { type: 'string', format: 'date-time' } as const;
export const languageCode = { type: 'string', pattern: '^[a-z]{2,3}$' } as const;
