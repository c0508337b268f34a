import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Reaction, Recorded } from '@homeward/events';
import type { MonitoringReactionCommand } from './reaction-command-resolver';

type ReturneeErased = Extract<IntakeTopicEvent, { type: 'intake.ReturneeErased' }>;

/** Intake erased the returnee (her keys are gone): her monitoring records nothing more about her. */
export const noteErasureWhenReturneeErased: Reaction<ReturneeErased, MonitoringReactionCommand> = {
  name: 'note-erasure-when-returnee-erased',
  handles: ['intake.ReturneeErased'],
  react: (event: Recorded<ReturneeErased>) => [{ type: 'NoteErasure', data: { caseId: event.data.caseId, erasedAt: event.data.erasedAt } }],
};
