import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [];
export const referralQueryControllers: Type[] = [];
export const referralQueryHandlers: Type[] = [];
