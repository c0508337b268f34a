/**
 * French for the codes the platform itself answers with (auth guard, country scope, event store,
 * crashes). Codes missing here keep their English message.
 */
export const PLATFORM_MESSAGES_FR: Record<string, string> = {
  UNAUTHENTICATED: "Un jeton d'accès (bearer) valide et non expiré est requis",
  ROLE_NOT_ALLOWED: "Votre rôle ne permet pas cette action",
  OUT_OF_COUNTRY_SCOPE: 'Votre périmètre ne couvre aucun des pays concernés',
  WRONG_EXPECTED_VERSION: 'Le dossier a changé depuis votre lecture ; rechargez-le et réessayez',
  INTERNAL: 'Erreur interne',
};
