import { ERASED, isErasedPart } from '@homeward/events/catalogue';
import type { PlanVersionStructure } from './plan.events';
import type { PlanEvent } from './plan-stream.events';

export { ERASED, isErasedPart } from '@homeward/events/catalogue';

type StandIn = (data: Record<string, unknown>) => Record<string, unknown>;

/** Each element still has its place in the version; what it said is gone. */
const erasedDescriptions = (data: Record<string, unknown>) => (data as unknown as PlanVersionStructure).elements.map((e) => ({ elementId: e.elementId, description: ERASED }));

/**
 * What a plan event whose personal part was erased (intake.ReturneeErased destroyed her keys: a plan's
 * words are sealed under her personal key) still says, for the folds that read it: a stand-in where the
 * event's shape needs one. The arrangements of a version (follow-up, exit strategy…), the notes of a
 * review, a completion or a closure are optional and simply absent; events not named here read without a
 * personal part.
 */
const STAND_INS: Partial<Record<PlanEvent['type'], StandIn>> = {
  'planning.PlanDrafted': (data) => ({ elementDescriptions: erasedDescriptions(data) }),
  'planning.PlanRevised': (data) => ({ elementDescriptions: erasedDescriptions(data), reason: ERASED }),
  'planning.PlanInputsRecorded': () => ({ goals: [], motivations: [] }),
  'planning.PlanDerogationGranted': () => ({ reason: ERASED }),
  'planning.AllocationDecided': () => ({ effectivenessMeasure: ERASED }),
};

/** The plan event as it reads once the returnee is erased: the same event when its words are still readable. */
export function planEventAfterErasure<E extends { type: string; data: object }>(event: E): E {
  const { personal, ...rest } = event.data as { personal?: unknown } & Record<string, unknown>;
  if (!isErasedPart(personal)) return event;
  const standIn = STAND_INS[event.type as PlanEvent['type']];
  return { ...event, data: standIn ? { ...rest, personal: standIn(rest) } : rest };
}
