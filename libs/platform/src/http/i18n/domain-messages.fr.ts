import type { DomainErrorCode } from '@homeward/domain';

/**
 * French for every broken business rule. A Record over DomainErrorCode, so a new code does not
 * compile until it has its French. Without the field name: the filter prefixes it.
 */
export const DOMAIN_MESSAGES_FR: Record<DomainErrorCode, string> = {
  CASE_ALREADY_OPEN: 'Un dossier est déjà ouvert avec cet identifiant',
  CASE_NOT_FOUND: 'Aucun dossier ne porte cet identifiant',
  FACT_IN_FUTURE: 'La date ne peut pas être dans le futur',
  OUT_OF_RANGE: 'La valeur est en dehors des limites admises',
  LIKELY_DUPLICATE: 'Un migrant de retour avec les mêmes nom, date de naissance et nationalité est déjà enregistré',
  NOT_CASE_OFFICE: 'Le dossier est tenu par un autre bureau ; votre périmètre ne permet pas de le modifier',
  ASSISTANCE_REFUSED: "Le migrant de retour a refusé l'assistance ou retiré son consentement",
  CONSENT_REQUIRED: "Le migrant de retour n'a pas encore consenti à l'assistance",
  ALREADY_ARRIVED: "L'arrivée du migrant de retour est déjà enregistrée",
  NOT_ARRIVED: "L'arrivée du migrant de retour doit d'abord être enregistrée",
  BEFORE_REGISTRATION: "La date ne peut pas précéder l'enregistrement du dossier",
  ALREADY_TRANSFERRED: "Le dossier est déjà tenu par le bureau du pays d'origine",
  SESSION_NOT_FOUND: 'Aucune séance de conseil ne porte cet identifiant dans ce dossier',
  SESSION_ALREADY_EXISTS: 'Cette séance de conseil existe déjà',
  SESSION_NOT_STARTABLE: "Cette séance ne peut pas commencer : elle n'est pas planifiée",
  SESSION_NOT_IN_PROGRESS: "Cette séance n'est pas en cours",
  SESSION_NOT_PAUSED: "Cette séance n'est pas en pause",
  INTERPRETER_NOT_BOUND: "L'interprète doit être tenu à la confidentialité avant la séance",
  PLAN_REVIEW_REQUIRED: "Le plan établi avant le départ doit d'abord être revu",
  SCREENING_ALREADY_RECORDED: 'Ce dépistage de vulnérabilité est déjà enregistré',
  URGENT_NEED_NOT_FOUND: 'Aucun besoin urgent ne porte cet identifiant dans ce dossier',
  URGENT_NEED_ALREADY_ADDRESSED: 'Ce besoin urgent a déjà été pris en charge',
  CONSENT_ALREADY_RECORDED: 'Ce consentement est déjà enregistré ; une nouvelle décision demande un nouveau formulaire',
  CONSENT_NOT_FOUND: 'Aucun consentement ne porte cet identifiant dans ce dossier',
  CONSENT_NOT_ACTIVE: "Ce consentement n'est pas en vigueur",
  RECIPIENT_REQUIRED: 'Le partage de données exige un destinataire nommé',
  NOTHING_TO_CORRECT: 'Indiquez quelle donnée est corrigée',
  FAMILY_MEMBER_NOT_FOUND: "Ce membre de la famille ne fait pas partie du dossier",
  FAMILY_MEMBER_ALREADY_IN_CASE: 'Ce membre de la famille fait déjà partie du dossier',
  RECIPIENT_NOT_ALLOWED: "Le consentement à l'assistance ne nomme aucun destinataire",
  NOT_OWN_CASE: 'Seul le chargé du dossier, ou un superviseur du bureau qui le tient, peut le faire',
  SUPERVISOR_ONLY: 'Seul un superviseur du bureau qui tient le dossier peut le faire',
  CASE_MANAGER_ONLY: "Seul un chargé de dossier accepte un dossier pour lui-même ; un superviseur l'attribue",
  CASE_ALREADY_ASSIGNED: 'Le dossier est déjà attribué ; un superviseur peut le réattribuer',
  SHARING_NOT_CONSENTED: "Aucun consentement n'autorise ce destinataire à recevoir ces données pour cette finalité",
};
