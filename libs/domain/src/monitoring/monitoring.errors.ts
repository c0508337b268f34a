import { defineErrors, DomainError } from '../shared/domain-error';

/**
 * Every rule of monitoring a request can break, with its status and texts. French and English say the
 * rule without the field name: the API prefixes it.
 */
export const MONITORING_ERRORS = defineErrors({
  // The case.
  MONITORING_NOT_FOUND: {
    status: 404,
    en: 'No approved plan is monitored for this case, or the case is outside your countries',
    fr: "Aucun plan approuvé n'est suivi pour ce dossier, ou le dossier est hors de vos pays",
  },
  // The schedule.
  SCHEDULE_RULES_INVALID: {
    status: 400,
    en: 'The schedule rules are not usable: months and days are whole numbers in their range, and meeting days increase',
    fr: "Les règles de calendrier sont inutilisables : les mois et les jours sont des nombres entiers dans leur plage, et les jours des réunions vont croissant",
  },
  FOLLOW_UP_NOT_FOUND: { status: 404, en: 'No follow-up has this id in this case', fr: 'Aucun suivi ne porte cet identifiant dans ce dossier' },
  FOLLOW_UP_ALREADY_EXISTS: { status: 409, en: 'A follow-up with this id is already on the schedule', fr: 'Un suivi portant cet identifiant figure déjà au calendrier' },
  FOLLOW_UP_NOT_PENDING: { status: 409, en: 'The follow-up was already held or cancelled', fr: 'Le suivi a déjà eu lieu ou a été annulé' },
  FOLLOW_UP_IN_PAST: { status: 400, en: 'A follow-up is scheduled for today or a later day', fr: "Un suivi se programme pour aujourd'hui ou un jour suivant" },
  FOLLOW_UP_KIND_MISMATCH: {
    status: 409,
    en: 'The follow-up named is of another kind: a meeting holds a scheduled meeting, a survey a scheduled survey',
    fr: "Le suivi indiqué est d'un autre type : une réunion tient une réunion prévue, une enquête une enquête prévue",
  },
  REPORT_NOT_SCHEDULED: { status: 404, en: 'This monitoring report is not on the schedule of the case', fr: "Ce rapport de suivi ne figure pas au calendrier du dossier" },
  CASE_NOT_MONITORED: { status: 404, en: 'Monitoring follows no case with this id in your countries', fr: "Le suivi ne porte sur aucun dossier de cet identifiant dans vos pays" },
  REPORT_ALREADY_ISSUED: { status: 409, en: 'This monitoring report is already issued', fr: 'Ce rapport de suivi est déjà établi' },
  // Meetings and the W-model.
  MEETING_ALREADY_RECORDED: { status: 409, en: 'A meeting with this id is already recorded', fr: 'Une réunion portant cet identifiant est déjà enregistrée' },
  ATTENDEES_REQUIRED: { status: 400, en: 'A meeting names at least one role among those present, each once', fr: 'Une réunion indique au moins un rôle parmi les présents, chacun une fois' },
  ELEMENT_NOT_IN_PLAN: { status: 422, en: 'The plan approved for this case has no element with this id', fr: "Le plan approuvé pour ce dossier n'a aucun élément portant cet identifiant" },
  ELEMENT_STATUS_REPEATED: { status: 400, en: 'Each plan element has one status per meeting', fr: 'Chaque élément du plan a un seul statut par réunion' },
  POINT_ALREADY_RECORDED: { status: 409, en: 'A W-model point with this id is already recorded', fr: 'Un point du modèle en W portant cet identifiant est déjà enregistré' },
  W_INTENSITY_OUT_OF_RANGE: { status: 400, en: 'The intensity of a W-model point is a whole number from 1 to 5', fr: "L'intensité d'un point du modèle en W est un nombre entier de 1 à 5" },
  WHAT_HAPPENED_REQUIRED: { status: 400, en: 'A W-model point says what happened', fr: 'Un point du modèle en W indique ce qui s’est passé' },
  // The RSS.
  SURVEY_ALREADY_RECORDED: { status: 409, en: 'A survey with this id is already recorded', fr: 'Une enquête portant cet identifiant est déjà enregistrée' },
  RSS_ANSWER_MISSING: { status: 400, en: 'Every question of the survey is answered', fr: "Chaque question de l'enquête reçoit une réponse" },
  RSS_ANSWER_OUT_OF_RANGE: { status: 400, en: "The answer is a whole number on the question's scale", fr: "La réponse est un nombre entier sur l'échelle de la question" },
  RSS_ANSWER_UNKNOWN: { status: 400, en: 'The survey table has no question with this id', fr: "La table de l'enquête n'a aucune question portant cet identifiant" },
  RSS_SURVEY_DOES_NOT_FIT: {
    status: 422,
    en: "A past survey's answers do not fit the new table: nothing was re-scored",
    fr: "Les réponses d'une enquête passée ne correspondent pas à la nouvelle table : rien n'a été recalculé",
  },
  RSS_TABLE_UNKNOWN: { status: 422, en: 'No RSS table has this version', fr: "Aucune table de l'enquête ne porte cette version" },
  RSS_THRESHOLD_INVALID: { status: 400, en: 'The drop that prompts a plan review is between 0 and 1', fr: "La baisse qui appelle une révision du plan est comprise entre 0 et 1" },
  // Alerts.
  FOLLOW_UP_NOT_OVERDUE: { status: 409, en: 'The day of the follow-up has not passed yet', fr: "Le jour du suivi n'est pas encore passé" },
  REPORT_NOT_DUE: { status: 409, en: 'The day of the monitoring report has not come yet', fr: "Le jour du rapport de suivi n'est pas encore arrivé" },
  // Closure.
  MONITORING_CLOSED: { status: 409, en: 'Monitoring of this case is closed; reopen it first', fr: "Le suivi de ce dossier est clos ; rouvrez-le d'abord" },
  MONITORING_ALREADY_CLOSED: { status: 409, en: 'Monitoring of this case is already closed', fr: 'Le suivi de ce dossier est déjà clos' },
  MONITORING_NOT_CLOSED: { status: 409, en: 'Monitoring of this case is not closed', fr: "Le suivi de ce dossier n'est pas clos" },
  HANDOVER_REQUIRED: {
    status: 400,
    en: 'A case closed because its exit strategy is completed names the mainstream services it is handed over to',
    fr: 'Un dossier clos au terme de sa stratégie de sortie indique les services de droit commun qui prennent le relais',
  },
  // Erasure.
  RETURNEE_ERASED: {
    status: 409,
    en: "The returnee's personal data was erased: nothing more is recorded about her monitoring",
    fr: "Les données personnelles du migrant de retour ont été effacées : plus rien n'est enregistré sur son suivi",
  },
  REASON_REQUIRED: { status: 400, en: 'The reason is required', fr: 'La raison est obligatoire' },
});

export type MonitoringErrorCode = keyof typeof MONITORING_ERRORS;

export class MonitoringError extends DomainError<MonitoringErrorCode> {
  constructor(code: MonitoringErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(MONITORING_ERRORS, code, message, field, details);
  }
}
