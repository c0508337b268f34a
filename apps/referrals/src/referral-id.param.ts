import { Param, type PipeTransform } from '@nestjs/common';
import { badRequest } from '@homeward/platform';

/** A referral's id: a UUID, or for an urgent one the need's, `urgent-<UUID>` (derived so a repeated need makes the same referral). */
export const REFERRAL_ID_PATTERN = /^(urgent-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class ReferralIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value === 'string' && REFERRAL_ID_PATTERN.test(value)) return value;
    throw badRequest([{ field: this.name, message: `${this.name} must be a UUID, or urgent- and a UUID`, fr: 'doit être un UUID, ou urgent- suivi d’un UUID' }]);
  }
}

/** A referral id in the path: anything else is a 400 naming it, before a stream is read. */
export const ReferralIdParam = (name = 'referralId') => Param(name, new ReferralIdPipe(name));
