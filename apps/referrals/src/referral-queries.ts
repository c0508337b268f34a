import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import { directoryProjection } from './directory/directory.projection';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [directoryProjection as Projection];
export const referralQueryControllers: Type[] = [];
export const referralQueryHandlers: Type[] = [];
