import { SetMetadata } from '@nestjs/common';
import type { Role } from '@homeward/events';

export const ROLES_KEY = 'homeward:roles';
/** The roles allowed on an endpoint; anyone else gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
