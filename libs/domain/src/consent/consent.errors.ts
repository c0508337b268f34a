import { defineErrors, DomainError } from '../shared/domain-error';

/** The rules of consent and of sharing under it, with their status and texts (without the field name). */
export const CONSENT_ERRORS = defineErrors({
  CONSENT_ALREADY_RECORDED: {
    status: 409,
    en: 'This consent is already recorded; a new decision is a new form',
    fr: 'Ce consentement est déjà enregistré ; une nouvelle décision demande un nouveau formulaire',
  },
  CONSENT_NOT_FOUND: { status: 404, en: 'No consent has this id in this case', fr: 'Aucun consentement ne porte cet identifiant dans ce dossier' },
  CONSENT_NOT_ACTIVE: { status: 409, en: 'This consent is not in force', fr: "Ce consentement n'est pas en vigueur" },
  RECIPIENT_REQUIRED: { status: 400, en: 'Data sharing needs a named recipient', fr: 'Le partage de données exige un destinataire nommé' },
  RECIPIENT_NOT_ALLOWED: { status: 400, en: 'Consent to assistance names no recipient', fr: "Le consentement à l'assistance ne nomme aucun destinataire" },
  SHARING_NOT_CONSENTED: {
    status: 403,
    en: 'No consent lets this recipient receive these data for this purpose',
    fr: "Aucun consentement n'autorise ce destinataire à recevoir ces données pour cette finalité",
  },
  // The register's own access rule: a provider learns only what concerns itself.
  NOT_OWN_RECIPIENT: {
    status: 403,
    en: 'A service provider may ask only what it may receive itself (recipientId = your user id) for data sharing or referral',
    fr: "Un prestataire de services ne peut s'enquérir que de ce qu'il peut recevoir lui-même (recipientId = votre identifiant)",
  },
});

export type ConsentErrorCode = keyof typeof CONSENT_ERRORS;

export class ConsentError extends DomainError<ConsentErrorCode> {
  constructor(code: ConsentErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(CONSENT_ERRORS, code, message, field, details);
  }
}
