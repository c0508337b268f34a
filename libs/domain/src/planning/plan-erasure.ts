import { ERASED } from '@homeward/contracts/planning';
import { definedFields } from '../shared/defined-fields';
import type { PlanContent } from './plan-content';
import type { PlanState } from './plan.state';

/**
 * The plan once the returnee is erased: the structure stays (elements, dates, providers, stages, money),
 * the words go, exactly as a fold of her erased events reads them (planEventAfterErasure), so a read
 * model told of the erasure and one rebuilt after it hold the same: each description "erased", no
 * arrangement texts, no goals, motivations or context notes.
 */
export function erasedPlan(state: PlanState): PlanState {
  if (state.status === 'none') return state;
  const { inputs, versions } = state;
  const keptInputs = inputs && (({ contextNotes: _notes, ...rest }) => ({ ...rest, goals: [], motivations: [] }))(inputs);
  return { ...state, ...(keptInputs ? { inputs: keptInputs } : {}), versions: versions.map((v) => ({ ...v, content: erasedContent(v.content) })) };
}

const erasedContent = ({ elements, estimatedDurationMonths, baselineScores }: PlanContent): PlanContent => ({
  elements: elements.map((e) => ({ ...e, description: ERASED })),
  ...definedFields({ estimatedDurationMonths, baselineScores }),
});
