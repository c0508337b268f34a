/**
 * French for the codes answered outside the domain: the platform's (auth guard, country scope,
 * event store, crashes) and the services' access rules on their read side. Codes missing here
 * keep their English message.
 */
export const PLATFORM_MESSAGES_FR: Record<string, string> = {
  UNAUTHENTICATED: "Un jeton d'accès (bearer) valide et non expiré est requis",
  ROLE_NOT_ALLOWED: "Votre rôle ne permet pas cette action",
  OUT_OF_COUNTRY_SCOPE: 'Votre périmètre ne couvre aucun des pays concernés',
  WRONG_EXPECTED_VERSION: 'Le dossier a changé depuis votre lecture ; rechargez-le et réessayez',
  INTERNAL: 'Erreur interne',
  METHOD_NOT_ALLOWED: "Cette méthode n'est pas permise sur ce chemin ; l'en-tête Allow donne celles qui le sont",
  NOT_OWN_CASELOAD: 'Un chargé de dossier ne voit que sa propre charge de travail',
  NOT_OWN_RECIPIENT: "Un prestataire de services ne peut s'enquérir que de ce qu'il peut recevoir lui-même (recipientId = votre identifiant)",
  NOT_CASE_OFFICE_SUPERVISOR: "Seuls les superviseurs du bureau qui tient le dossier, et les auditeurs, lisent son historique",
};
