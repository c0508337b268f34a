import type { DecideAllocation } from './plan.commands';
import { PlanningError } from './planning.errors';

/**
 * Table 2.2's questions as rules on the decision. Cash (alone or mixed) only where the programme
 * foresees it, where it would not be an incentive to migrate, where its risks were judged acceptable
 * and a partner can pay it; an option that is not the most economical says why; the final decision
 * says how risks are controlled and how effectiveness is measured, and its instalments add up.
 */
export function checkAllocation(data: DecideAllocation['data']): void {
  const { criteria, modality } = data;
  if (modality !== 'in_kind') {
    if (!criteria.programmeDesign.cashForeseen) throw new PlanningError('CASH_NOT_IN_PROGRAMME', undefined, 'criteria.programmeDesign.cashForeseen');
    if (criteria.incentives.cashIsIncentive) throw new PlanningError('CASH_IS_INCENTIVE', undefined, 'criteria.incentives.cashIsIncentive');
    if (!criteria.riskAssessment.acceptable) throw new PlanningError('CASH_RISKS_NOT_ACCEPTABLE', undefined, 'criteria.riskAssessment.acceptable');
    if (!criteria.partners.capablePartner) throw new PlanningError('NO_CASH_PARTNER', undefined, 'criteria.partners.capablePartner');
  }
  if (!criteria.costEfficiency.mostEconomical && !data.criteriaNotes?.costEfficiency?.trim()) {
    throw new PlanningError('JUSTIFICATION_REQUIRED', undefined, 'criteriaNotes.costEfficiency');
  }
  if (!data.riskControls.length) throw new PlanningError('RISK_CONTROLS_REQUIRED', undefined, 'riskControls');
  if (!data.effectivenessMeasure.trim()) throw new PlanningError('EFFECTIVENESS_MEASURE_REQUIRED', undefined, 'effectivenessMeasure');
  checkInstalments(data);
}

function checkInstalments({ instalments, amount, modality }: DecideAllocation['data']): void {
  instalments.forEach((instalment, i) => {
    const previous = instalments[i - 1];
    if (instalment.number !== i + 1 || (previous && instalment.dueOn < previous.dueOn)) {
      throw new PlanningError('INSTALMENTS_OUT_OF_ORDER', `Instalment ${i + 1} is numbered ${instalment.number} or falls due before the one before it`, `instalments.${i}`);
    }
  });
  const total = instalments.reduce((sum, i) => sum + i.amount, 0);
  if (total !== amount) throw new PlanningError('INSTALMENTS_DO_NOT_ADD_UP', `The instalments add up to ${total}, not ${amount}`, 'instalments');
  const kinds = new Set(instalments.map((i) => i.modality));
  const fits = modality === 'mixed' ? kinds.size === 2 : kinds.size === 1 && kinds.has(modality);
  if (!fits) throw new PlanningError('INSTALMENTS_DO_NOT_FIT_MODALITY', `A ${modality} allocation cannot be paid in ${[...kinds].join(' and ')} instalments`, 'instalments');
}
