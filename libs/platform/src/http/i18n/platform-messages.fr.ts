/**
 * French for the platform's own codes: the auth guard, country scope, event store, routing and
 * crashes. A context's codes bring their French with them (see LocalisedError); codes missing here
 * keep their English message.
 */
export const PLATFORM_MESSAGES_FR: Record<string, string> = {
  UNAUTHENTICATED: "Un jeton d'accès (bearer) valide et non expiré est requis",
  ROLE_NOT_ALLOWED: "Votre rôle ne permet pas cette action",
  OUT_OF_COUNTRY_SCOPE: 'Votre périmètre ne couvre aucun des pays concernés',
  WRONG_EXPECTED_VERSION: 'Le dossier a changé depuis votre lecture ; rechargez-le et réessayez',
  PERSONAL_DATA_ERASED: 'Les données personnelles du migrant de retour ont été effacées : plus rien de personnel n’est enregistré à son sujet',
  INTERNAL: 'Erreur interne',
  METHOD_NOT_ALLOWED: "Cette méthode n'est pas permise sur ce chemin ; l'en-tête Allow donne celles qui le sont",
};
