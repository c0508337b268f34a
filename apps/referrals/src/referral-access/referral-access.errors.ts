import { defineErrors, DomainError } from '@homeward/domain';

/**
 * What the referrals service answers about who may see or change a case's referrals: the domain judges
 * referrals, the service judges callers (the case's office, learnt from intake; the provider's organisation).
 */
export const REFERRAL_ACCESS_ERRORS = defineErrors({
  CASE_NOT_FOUND: {
    status: 404,
    en: 'No case with this id is known to referrals in your countries',
    fr: "Aucun dossier portant cet identifiant n'est connu du service des orientations dans vos pays",
  },
  NOT_CASE_OFFICE: { status: 403, en: 'Another office holds this case; your scope cannot change it', fr: 'Le dossier est tenu par un autre bureau ; votre périmètre ne permet pas de le modifier' },
  PROTECTED_TO_CASE_TEAM: {
    status: 403,
    en: "Safety plans and relocations are for the case's own case manager and the supervisors of the office holding it",
    fr: "Les plans de sécurité et les réinstallations sont réservés au chargé du dossier et aux superviseurs du bureau qui le détient",
  },
  REFERRAL_CONSENT_WITHDRAWN: {
    status: 403,
    en: 'The returnee withdrew the consent this referral relied on: its shared data is no longer yours to read',
    fr: "Le migrant de retour a retiré le consentement sur lequel reposait cette orientation : ses données partagées ne vous sont plus accessibles",
  },
  NOT_A_PROVIDER_USER: {
    status: 403,
    en: 'Your account belongs to no provider organisation',
    fr: "Votre compte n'appartient à aucune organisation prestataire",
  },
  ONE_LIST_FILTER: {
    status: 400,
    en: 'Name at most one of status, providerId and caseId',
    fr: 'Indiquez au plus un critère parmi status, providerId et caseId',
  },
});

export type ReferralAccessCode = keyof typeof REFERRAL_ACCESS_ERRORS;

export class ReferralAccessError extends DomainError<ReferralAccessCode> {
  constructor(code: ReferralAccessCode, message?: string, field?: string) {
    super(REFERRAL_ACCESS_ERRORS, code, message, field);
  }
}
