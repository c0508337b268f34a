import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { badRequest } from '@homeward/platform';

/** Ids as referrals mints them (UUIDs) or derives them (`urgent-<need id>`), and as the directory names providers. */
export const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const RULE = { en: 'must be an id: up to 64 letters, digits, dots, hyphens or underscores', fr: "doit être un identifiant : jusqu'à 64 lettres, chiffres, points, traits d'union ou tirets bas" };

export const IsReference = () => Matches(REFERENCE, { message: `$property ${RULE.en}`, context: { fr: RULE.fr } });

/** A referral's id: a UUID, or for an urgent one the need's, `urgent-<UUID>` (derived so a repeated need makes the same referral). */
export const REFERRAL_ID_PATTERN = /^(urgent-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A referral's id in the path: anything else is a 400 naming it, before a stream is read. */
export const ReferralIdParam = () =>
  Param('referralId', {
    transform: (value: string): string => {
      if (!REFERRAL_ID_PATTERN.test(value)) throw badRequest([{ field: 'referralId', message: 'referralId must be a UUID, or urgent- and a UUID', fr: 'doit être un UUID, ou urgent- suivi d’un UUID' }]);
      return value;
    },
  });

export const ApiReferralIdParam = () =>
  ApiParam({ name: 'referralId', schema: { type: 'string', pattern: REFERRAL_ID_PATTERN.source }, description: 'As the request answered it, or `urgent-<need id>`' });
