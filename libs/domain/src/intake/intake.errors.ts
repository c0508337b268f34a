import { defineErrors, DomainError } from '../shared/domain-error';

/**
 * Every rule of intake a request can break, with its status and texts. French and English say the
 * rule without the field name: the API prefixes it.
 */
export const INTAKE_ERRORS = defineErrors({
  CASE_ALREADY_OPEN: { status: 409, en: 'A case is already open with this id', fr: 'Un dossier est déjà ouvert avec cet identifiant' },
  CASE_NOT_FOUND: { status: 404, en: 'No case has this id', fr: 'Aucun dossier ne porte cet identifiant' },
  OUT_OF_RANGE: { status: 400, en: 'The value is outside the accepted bounds', fr: 'La valeur est en dehors des limites admises' },
  LIKELY_DUPLICATE: {
    status: 409,
    en: 'A returnee with the same name, date of birth and nationality is already registered',
    fr: 'Un migrant de retour avec les mêmes nom, date de naissance et nationalité est déjà enregistré',
  },
  NOT_CASE_OFFICE: { status: 403, en: 'Another office holds this case; your scope cannot change it', fr: 'Le dossier est tenu par un autre bureau ; votre périmètre ne permet pas de le modifier' },
  ASSISTANCE_REFUSED: { status: 409, en: 'The returnee refused or withdrew consent to assistance', fr: "Le migrant de retour a refusé l'assistance ou retiré son consentement" },
  CONSENT_REQUIRED: { status: 409, en: 'The returnee has not given consent to assistance yet', fr: "Le migrant de retour n'a pas encore consenti à l'assistance" },
  ALREADY_ARRIVED: { status: 409, en: "The returnee's arrival is already recorded", fr: "L'arrivée du migrant de retour est déjà enregistrée" },
  NOT_ARRIVED: { status: 409, en: "The returnee's arrival must be recorded first", fr: "L'arrivée du migrant de retour doit d'abord être enregistrée" },
  BEFORE_REGISTRATION: { status: 400, en: 'The date cannot precede the registration of the case', fr: "La date ne peut pas précéder l'enregistrement du dossier" },
  ALREADY_TRANSFERRED: { status: 409, en: 'The case is already held by the office of the country of origin', fr: "Le dossier est déjà tenu par le bureau du pays d'origine" },
  SESSION_NOT_FOUND: { status: 404, en: 'No counselling session has this id in this case', fr: 'Aucune séance de conseil ne porte cet identifiant dans ce dossier' },
  SESSION_ALREADY_EXISTS: { status: 409, en: 'This counselling session already exists', fr: 'Cette séance de conseil existe déjà' },
  SESSION_NOT_STARTABLE: { status: 409, en: 'This session cannot start: it is not scheduled', fr: "Cette séance ne peut pas commencer : elle n'est pas planifiée" },
  SESSION_NOT_IN_PROGRESS: { status: 409, en: 'This session is not in progress', fr: "Cette séance n'est pas en cours" },
  SESSION_NOT_PAUSED: { status: 409, en: 'This session is not paused', fr: "Cette séance n'est pas en pause" },
  INTERPRETER_NOT_BOUND: { status: 400, en: 'An interpreter must be bound to confidentiality before the session', fr: "L'interprète doit être tenu à la confidentialité avant la séance" },
  PLAN_REVIEW_REQUIRED: { status: 409, en: 'The pre-departure plan must be reviewed first', fr: "Le plan établi avant le départ doit d'abord être revu" },
  FIRST_SESSION_INCOMPLETE: {
    status: 409,
    en: 'The first session closes only after the earlier steps; otherwise continue it later',
    fr: "La première séance ne se clôt qu'après les étapes précédentes ; sinon, poursuivez-la plus tard",
  },
  SCREENING_ALREADY_RECORDED: { status: 409, en: 'This vulnerability screening is already recorded', fr: 'Ce dépistage de vulnérabilité est déjà enregistré' },
  URGENT_NEED_NOT_FOUND: { status: 404, en: 'No urgent need has this id in this case', fr: 'Aucun besoin urgent ne porte cet identifiant dans ce dossier' },
  URGENT_NEED_ALREADY_ADDRESSED: { status: 409, en: 'This urgent need is already addressed', fr: 'Ce besoin urgent a déjà été pris en charge' },
  NOTHING_TO_CORRECT: { status: 400, en: 'Say which detail is corrected', fr: 'Indiquez quelle donnée est corrigée' },
  FAMILY_MEMBER_NOT_FOUND: { status: 404, en: 'This family member is not part of the case', fr: 'Ce membre de la famille ne fait pas partie du dossier' },
  FAMILY_MEMBER_ALREADY_IN_CASE: { status: 409, en: 'This family member is already part of the case', fr: 'Ce membre de la famille fait déjà partie du dossier' },
  TOO_MANY_FAMILY_MEMBERS: { status: 409, en: 'A case holds at most 20 family members', fr: 'Un dossier compte au plus 20 membres de la famille' },
  IMPLAUSIBLE_RELATIONSHIP: {
    status: 400,
    en: 'The date of birth does not fit the relationship given (a parent is at least 12 years older than the returnee, a child at least 12 years younger, a grandparent at least 24 years older; a legal guardian is an adult)',
    fr: "La date de naissance ne correspond pas au lien de parenté indiqué (un parent a au moins 12 ans de plus que le migrant de retour, un enfant au moins 12 ans de moins, un grand-parent au moins 24 ans de plus ; un tuteur légal est majeur)",
  },
  NOT_OWN_CASE: { status: 403, en: "Only the case's own case manager, or a supervisor of the office holding it, may do this", fr: 'Seul le chargé du dossier, ou un superviseur du bureau qui le tient, peut le faire' },
  SUPERVISOR_ONLY: { status: 403, en: 'Only a supervisor of the office holding the case may do this', fr: 'Seul un superviseur du bureau qui tient le dossier peut le faire' },
  CASE_MANAGER_ONLY: { status: 403, en: 'Only a case manager accepts a case for themselves; a supervisor assigns it', fr: "Seul un chargé de dossier accepte un dossier pour lui-même ; un superviseur l'attribue" },
  CASE_ALREADY_ASSIGNED: { status: 409, en: 'The case is already assigned; a supervisor may reassign it', fr: 'Le dossier est déjà attribué ; un superviseur peut le réattribuer' },
  ALREADY_ERASED: { status: 409, en: "The returnee's personal data is already erased", fr: 'Les données personnelles du migrant de retour sont déjà effacées' },
  RETURNEE_ERASED: {
    status: 409,
    en: "The returnee's personal data was erased: nothing more is recorded in this case",
    fr: 'Les données personnelles du migrant de retour ont été effacées : plus rien n’est enregistré dans ce dossier',
  },
  ERASURE_NOT_ALLOWED: { status: 403, en: 'Only a supervisor of the office holding the case, or an admin, erases a returnee', fr: "Seul un superviseur du bureau qui tient le dossier, ou un administrateur, efface un migrant de retour" },
  // The read side's access rules: who may read what, beyond the role.
  NOT_OWN_CASELOAD: { status: 403, en: 'A case manager sees their own caseload only', fr: 'Un chargé de dossier ne voit que sa propre charge de travail' },
  NOT_CASE_OFFICE_SUPERVISOR: {
    status: 403,
    en: 'Only supervisors of the office holding the case, and auditors, read its history',
    fr: 'Seuls les superviseurs du bureau qui tient le dossier, et les auditeurs, lisent son historique',
  },
});

export type IntakeErrorCode = keyof typeof INTAKE_ERRORS;

export class IntakeError extends DomainError<IntakeErrorCode> {
  constructor(code: IntakeErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(INTAKE_ERRORS, code, message, field, details);
  }
}
