import { defineErrors, DomainError } from './domain-error';

/** The date rules every context shares own their one code. */
export const DATE_ERRORS = defineErrors({
  FACT_IN_FUTURE: { status: 400, en: 'The date cannot be in the future', fr: 'La date ne peut pas être dans le futur' },
});

export type DateErrorCode = keyof typeof DATE_ERRORS;

export class DateError extends DomainError<DateErrorCode> {
  constructor(code: DateErrorCode, message?: string, field?: string) {
    super(DATE_ERRORS, code, message, field);
  }
}
