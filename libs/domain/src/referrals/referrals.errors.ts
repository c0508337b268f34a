import { defineErrors, DomainError } from '../shared/domain-error';

/**
 * Every rule of referrals a request can break, with its status and texts. French and English say the
 * rule without the field name: the API prefixes it.
 */
export const REFERRALS_ERRORS = defineErrors({
  // The directory.
  PROVIDER_NOT_FOUND: { status: 404, en: 'No provider of the directory has this id', fr: "Aucun prestataire de l'annuaire ne porte cet identifiant" },
  PROVIDER_ALREADY_REGISTERED: { status: 409, en: 'A provider with this id is already in the directory', fr: "Un prestataire portant cet identifiant figure déjà dans l'annuaire" },
  PROVIDER_HAS_NO_SERVICE: { status: 400, en: 'A provider offers at least one service', fr: 'Un prestataire offre au moins un service' },
  PROVIDER_HAS_NO_AREA: { status: 400, en: 'A provider serves at least one area', fr: 'Un prestataire dessert au moins une zone' },
  SERVICE_TYPE_REPEATED: { status: 400, en: 'Each service type is listed once per provider', fr: 'Chaque type de service figure une seule fois par prestataire' },
  AREA_REPEATED: { status: 400, en: 'Each area is listed once per provider', fr: 'Chaque zone figure une seule fois par prestataire' },
  SERVICE_LANGUAGE_REQUIRED: { status: 400, en: 'A service names at least one language it is given in', fr: 'Un service indique au moins une langue dans laquelle il est fourni' },
  AGE_BOUNDS_INVERTED: { status: 400, en: 'The minimum age is not above the maximum age', fr: "L'âge minimum ne dépasse pas l'âge maximum" },
  PROVIDER_COUNTRY_FIXED: {
    status: 409,
    en: 'A provider stays in the country it was registered in; register the organisation anew for another country',
    fr: "Un prestataire reste dans le pays où il a été enregistré ; enregistrez à nouveau l'organisation pour un autre pays",
  },
  PROVIDER_ALREADY_SUSPENDED: { status: 409, en: 'The provider is already suspended', fr: 'Le prestataire est déjà suspendu' },
  PROVIDER_NOT_SUSPENDED: { status: 409, en: 'The provider is not suspended', fr: "Le prestataire n'est pas suspendu" },
  // Referrals.
  PROVIDER_SUSPENDED: { status: 409, en: 'The provider is suspended and takes no referrals', fr: "Le prestataire est suspendu et ne reçoit pas d'orientations" },
  SERVICE_NOT_OFFERED: { status: 422, en: 'The provider does not offer this type of service', fr: "Le prestataire n'offre pas ce type de service" },
  PROVIDER_MISMATCH: { status: 400, en: 'The provider given is not the one the referral names', fr: "Le prestataire indiqué n'est pas celui de l'orientation" },
  REFERRAL_NOT_FOUND: { status: 404, en: 'No referral has this id in this case', fr: "Aucune orientation ne porte cet identifiant dans ce dossier" },
  REFERRAL_ALREADY_EXISTS: { status: 409, en: 'A referral with this id already exists in this case', fr: 'Une orientation portant cet identifiant existe déjà dans ce dossier' },
  REFERRAL_CONSENT_MISSING: {
    status: 409,
    en: "No consent of the returnee lets this provider receive a referral now; nothing was sent",
    fr: "Aucun consentement du migrant de retour n'autorise ce prestataire à recevoir une orientation maintenant ; rien n'a été envoyé",
  },
  NOTHING_TO_SHARE: {
    status: 409,
    en: 'None of the data this service needs is both known and covered by the consent; nothing was sent',
    fr: "Aucune des données dont ce service a besoin n'est à la fois connue et couverte par le consentement ; rien n'a été envoyé",
  },
  REFERRAL_ALREADY_SENT: { status: 409, en: 'The referral is already sent', fr: "L'orientation est déjà envoyée" },
  REFERRAL_NOT_SENT: { status: 409, en: 'The referral is not sent yet', fr: "L'orientation n'est pas encore envoyée" },
  REFERRAL_ON_HOLD: {
    status: 409,
    en: 'The referral is on hold: the consent it relied on was withdrawn; send it again under a new consent',
    fr: "L'orientation est suspendue : le consentement sur lequel elle reposait a été retiré ; renvoyez-la sous un nouveau consentement",
  },
  REFERRAL_ENDED: { status: 409, en: 'The referral is declined or closed', fr: "L'orientation est refusée ou close" },
  REFERRAL_ALREADY_ANSWERED: { status: 409, en: 'The provider already accepted or declined the referral', fr: "Le prestataire a déjà accepté ou refusé l'orientation" },
  REFERRAL_NOT_ACCEPTED: { status: 409, en: 'The provider has not accepted the referral', fr: "Le prestataire n'a pas accepté l'orientation" },
  SERVICE_ALREADY_DELIVERED: { status: 409, en: 'The service is already recorded as delivered', fr: 'Le service est déjà enregistré comme fourni' },
  SERVICE_NOT_DELIVERED: { status: 409, en: 'The service is not delivered yet: there is nothing to follow up', fr: "Le service n'est pas encore fourni : il n'y a rien à suivre" },
  FOLLOW_UP_REQUIRED: {
    status: 409,
    en: 'A referral is closed as completed only after its follow-up with the returnee',
    fr: "Une orientation n'est close comme menée à terme qu'après son suivi avec le migrant de retour",
  },
  CLOSURE_REASON_DOES_NOT_FIT: { status: 409, en: 'Only a declined referral is closed as declined', fr: 'Seule une orientation refusée est close pour refus' },
  // Urgent referrals.
  ACKNOWLEDGE_HOURS_OUT_OF_RANGE: {
    status: 400,
    en: 'The time to acknowledge an urgent referral is a whole number of hours, from 1 to 168',
    fr: "Le délai d'accusé de réception d'une orientation urgente est un nombre entier d'heures, de 1 à 168",
  },
  REFERRAL_NOT_URGENT: { status: 409, en: 'Only an urgent referral is escalated', fr: 'Seule une orientation urgente fait l’objet d’une remontée' },
  REFERRAL_ALREADY_ACKNOWLEDGED: { status: 409, en: 'The provider already acknowledged the referral', fr: "Le prestataire a déjà accusé réception de l'orientation" },
  ESCALATION_NOT_DUE: {
    status: 409,
    en: 'The time to acknowledge the referral has not passed yet',
    fr: "Le délai d'accusé de réception de l'orientation n'est pas encore écoulé",
  },
  // Unmet needs, safety planning and relocation.
  UNMET_NEED_NOT_FOUND: { status: 404, en: 'No unmet need has this id in this case', fr: 'Aucun besoin non satisfait ne porte cet identifiant dans ce dossier' },
  UNMET_NEED_ALREADY_RECORDED: { status: 409, en: 'An unmet need with this id is already recorded', fr: 'Un besoin non satisfait portant cet identifiant est déjà enregistré' },
  UNMET_NEED_NOT_OPEN: { status: 409, en: 'The unmet need is already met or closed', fr: 'Le besoin non satisfait est déjà satisfait ou clos' },
  SAFETY_PLAN_INCOMPLETE: {
    status: 400,
    en: 'A safety plan names at least one risk and one way to reduce or avoid harm',
    fr: 'Un plan de sécurité indique au moins un risque et un moyen de réduire ou d’éviter le préjudice',
  },
  SAFETY_PLAN_ALREADY_RECORDED: { status: 409, en: 'A safety plan with this id is already recorded', fr: 'Un plan de sécurité portant cet identifiant est déjà enregistré' },
  RELOCATION_NOT_INDICATED: {
    status: 422,
    en: 'Relocation is considered where needs are urgent or cannot be met: the case has no urgent referral or open unmet need',
    fr: "La réinstallation s'envisage lorsque les besoins sont urgents ou ne peuvent être satisfaits : le dossier n'a ni orientation urgente ni besoin non satisfait en cours",
  },
  RELOCATION_ALREADY_DECIDED: { status: 409, en: 'A relocation with this id is already decided', fr: 'Une réinstallation portant cet identifiant est déjà décidée' },
  REASON_REQUIRED: { status: 400, en: 'The reason is required', fr: 'La raison est obligatoire' },
  // Who may act on a case's referrals is the app's to judge, on who holds the case: REFERRAL_ACCESS_ERRORS.
  // Erasure.
  RETURNEE_ERASED: {
    status: 409,
    en: "The returnee's personal data was erased: nothing more is recorded about her referrals",
    fr: "Les données personnelles du migrant de retour ont été effacées : plus rien n'est enregistré sur ses orientations",
  },
});

export type ReferralsErrorCode = keyof typeof REFERRALS_ERRORS;

export class ReferralsError extends DomainError<ReferralsErrorCode> {
  constructor(code: ReferralsErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(REFERRALS_ERRORS, code, message, field, details);
  }
}
