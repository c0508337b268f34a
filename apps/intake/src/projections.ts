import type { Projection } from '@homeward/events';

/** Every read model intake keeps; all of them can be dropped and rebuilt from the case streams. */
export const intakeProjections: Projection[] = [];
