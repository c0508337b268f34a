/**
 * The classes of a person's data keys. `personal` (identity, contact, language, family, what was
 * said) is opened by every service of the case. Each context that keeps a person's sensitive data
 * seals it under a class of its own, which only it is granted: `sensitive` is intake's (health,
 * disability, sexual orientation, trafficking, violence, as its screenings record them), `protection`
 * is referrals' (safety plans, relocations, health referrals). Granting referrals intake's class would
 * let it open every screening; one class per keeper means neither opens the other's.
 */
export const KEY_CLASSES = ['personal', 'sensitive', 'protection'] as const;
export type KeyClass = (typeof KEY_CLASSES)[number];
/** A class that holds sensitive categories: anything but the organisation's shared `personal` key. */
export type SensitiveKeyClass = Exclude<KeyClass, 'personal'>;
