import { defineErrors, DomainError } from '../shared/domain-error';

/**
 * Every rule of planning a request can break, with its status and texts. French and English say the
 * rule without the field name: the API prefixes it.
 */
export const PLANNING_ERRORS = defineErrors({
  PLAN_NOT_FOUND: { status: 404, en: "No plan is due for this case: the returnee's arrival is not recorded", fr: "Aucun plan n'est attendu pour ce dossier : l'arrivée du migrant de retour n'est pas enregistrée" },
  PLAN_ENDED: { status: 409, en: 'The plan is completed or closed', fr: 'Le plan est achevé ou clos' },
  RETURNEE_ERASED: {
    status: 409,
    en: "The returnee's personal data was erased: nothing more is recorded in this plan",
    fr: 'Les données personnelles du migrant de retour ont été effacées : plus rien n’est enregistré dans ce plan',
  },
  PLAN_SUSPENDED: {
    status: 409,
    en: 'The plan is suspended: the returnee withdrew consent to assistance',
    fr: "Le plan est suspendu : le migrant de retour a retiré son consentement à l'assistance",
  },
  SUPERVISOR_ONLY: { status: 403, en: 'Only a supervisor may do this', fr: 'Seul un superviseur peut le faire' },
  DEROGATION_NOT_LATER: {
    status: 400,
    en: 'A derogation sets a due date later than the current one and not before today',
    fr: "Une dérogation fixe une échéance postérieure à l'actuelle et non antérieure à aujourd'hui",
  },
  PLAN_ALREADY_FINALISED: { status: 409, en: 'A version of the plan is already approved: no deadline is left to extend', fr: "Une version du plan est déjà approuvée : il n'y a plus d'échéance à prolonger" },
  SESSION_REQUIRED: { status: 400, en: 'Goals from a counselling session name that session', fr: "Des objectifs issus d'une séance de conseil indiquent cette séance" },
  PRE_DEPARTURE_PLAN_NOT_FOUND: { status: 404, en: 'No pre-departure plan comes from this session', fr: "Aucun plan établi avant le départ ne provient de cette séance" },
  PRE_DEPARTURE_PLAN_ALREADY_REVIEWED: { status: 409, en: 'The pre-departure plan is already reviewed', fr: 'Le plan établi avant le départ a déjà été revu' },
  PRE_DEPARTURE_PLAN_NOT_REVIEWED: {
    status: 409,
    en: 'The first plan after arrival reviews the pre-departure plan before it is submitted',
    fr: "Le premier plan après l'arrivée revoit le plan établi avant le départ avant d'être soumis",
  },
  PLAN_NOT_DRAFT: { status: 409, en: 'Only a draft can be changed; revise the plan to change it', fr: 'Seul un projet peut être modifié ; révisez le plan pour le changer' },
  ELEMENT_ID_REPEATED: { status: 400, en: 'Each element of a plan has its own id', fr: 'Chaque élément du plan a son propre identifiant' },
  PROVIDER_REQUIRED: { status: 400, en: 'An element a provider carries out names the provider', fr: "Un élément confié à un prestataire indique ce prestataire" },
  OUT_OF_RANGE: { status: 400, en: 'The value is outside the accepted bounds', fr: 'La valeur est en dehors des limites admises' },
  PLAN_HAS_NO_ELEMENTS: { status: 422, en: 'A plan is submitted with at least one element', fr: 'Un plan est soumis avec au moins un élément' },
  EXIT_STRATEGY_REQUIRED: {
    status: 422,
    en: 'A plan cannot be submitted without an exit strategy',
    fr: 'Un plan ne peut pas être soumis sans stratégie de sortie',
  },
  PLAN_VERSION_NOT_FOUND: { status: 404, en: 'The plan has no version with this number', fr: "Le plan n'a pas de version portant ce numéro" },
  PLAN_VERSION_NOT_LATEST: { status: 409, en: "This is not the plan's latest version", fr: "Ce n'est pas la dernière version du plan" },
  PLAN_ALREADY_SUBMITTED: { status: 409, en: 'This version is already submitted', fr: 'Cette version est déjà soumise' },
  PLAN_NOT_SUBMITTED: { status: 409, en: 'This version is not submitted for approval', fr: "Cette version n'est pas soumise à approbation" },
  PLAN_ALREADY_APPROVED: { status: 409, en: 'This version is already approved', fr: 'Cette version est déjà approuvée' },
  PLAN_NOT_APPROVED: { status: 409, en: 'This version is not approved yet', fr: "Cette version n'est pas encore approuvée" },
  PLAN_ALREADY_ACTIVE: { status: 409, en: 'This version is already active', fr: 'Cette version est déjà en vigueur' },
  PLAN_CONSENT_MISSING: {
    status: 409,
    en: "The returnee's consent does not cover every component of this version; it is signed again whenever the plan changes",
    fr: 'Le consentement du migrant de retour ne couvre pas toutes les composantes de cette version ; il est signé à nouveau à chaque modification du plan',
  },
  PLAN_NOT_ACTIVE: { status: 409, en: 'No version of the plan is in force', fr: "Aucune version du plan n'est en vigueur" },
  REVISION_PENDING: { status: 409, en: 'A revision of the plan is under way', fr: 'Une révision du plan est en cours' },
  ALLOCATION_ELEMENT_NOT_FOUND: {
    status: 404,
    en: "The plan's latest version has no financial allocation element with this id",
    fr: "La dernière version du plan n'a pas d'élément d'allocation financière portant cet identifiant",
  },
  ALLOCATION_NOT_FOUND: { status: 404, en: 'No allocation has this id in this plan', fr: 'Aucune allocation ne porte cet identifiant dans ce plan' },
  ALLOCATION_ALREADY_APPROVED: { status: 409, en: 'This allocation is already approved', fr: 'Cette allocation est déjà approuvée' },
  ALLOCATION_NOT_APPROVED: { status: 409, en: 'This allocation is not approved yet', fr: "Cette allocation n'est pas encore approuvée" },
  CASH_NOT_IN_PROGRAMME: { status: 422, en: 'The programme foresees no cash support', fr: "Le programme ne prévoit pas d'aide en espèces" },
  CASH_IS_INCENTIVE: {
    status: 422,
    en: 'Cash would be an incentive to migrate: choose support in kind',
    fr: "L'aide en espèces constituerait une incitation à migrer : choisissez une aide en nature",
  },
  CASH_RISKS_NOT_ACCEPTABLE: { status: 422, en: 'The risks of cash were judged not acceptable', fr: "Les risques de l'aide en espèces ont été jugés inacceptables" },
  NO_CASH_PARTNER: {
    status: 422,
    en: 'Cash needs a partner able to pay it directly at a reasonable cost',
    fr: 'Les espèces exigent un partenaire capable de les verser directement à un coût raisonnable',
  },
  JUSTIFICATION_REQUIRED: {
    status: 400,
    en: 'An option that is not the most economical says why it was chosen',
    fr: "Une option qui n'est pas la plus économique indique pourquoi elle a été choisie",
  },
  RISK_CONTROLS_REQUIRED: { status: 400, en: 'Say how the risks of the payments are controlled', fr: 'Indiquez comment les risques des versements sont contrôlés' },
  EFFECTIVENESS_MEASURE_REQUIRED: { status: 400, en: 'Say how the effectiveness of the payments is measured', fr: "Indiquez comment l'efficacité des versements est mesurée" },
  INSTALMENTS_OUT_OF_ORDER: {
    status: 400,
    en: 'Instalments are numbered 1, 2, … in the order of their due dates',
    fr: "Les versements sont numérotés 1, 2, … dans l'ordre de leurs échéances",
  },
  INSTALMENTS_DO_NOT_ADD_UP: { status: 400, en: 'The instalments add up to the amount', fr: 'La somme des versements est égale au montant' },
  INSTALMENTS_DO_NOT_FIT_MODALITY: {
    status: 400,
    en: 'Cash is paid in cash instalments, in kind in in-kind ones, and a mixed allocation has both',
    fr: "Les espèces se versent en espèces, l'aide en nature en nature, et une allocation mixte comprend les deux",
  },
  INSTALMENT_NOT_FOUND: { status: 404, en: 'The allocation has no instalment with this number', fr: "L'allocation n'a pas de versement portant ce numéro" },
  DISBURSEMENT_ALREADY_RECORDED: { status: 409, en: 'This disbursement is already recorded', fr: 'Ce décaissement est déjà enregistré' },
  INSTALMENT_EXCEEDED: { status: 409, en: 'The disbursement would exceed the instalment', fr: 'Le décaissement dépasserait le versement prévu' },
  APPROVED_AMOUNT_EXCEEDED: {
    status: 409,
    en: 'The total disbursed would exceed the approved amount',
    fr: 'Le total décaissé dépasserait le montant approuvé',
  },
});

export type PlanningErrorCode = keyof typeof PLANNING_ERRORS;

export class PlanningError extends DomainError<PlanningErrorCode> {
  constructor(code: PlanningErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(PLANNING_ERRORS, code, message, field, details);
  }
}
