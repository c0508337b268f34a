/** Read-model collection of registered returnees, for search and duplicate checks. */
export const RETURNEE_INDEX = 'returnee_index';

/** Lower case, no accents, one token per name part: "Awa  DIALLO" and "Diallo Awa" read alike. */
export function nameTokens(...names: string[]): string[] {
  return names
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Same name parts in any order, same date of birth, same nationality: a likely duplicate. */
export function identityKey(p: { firstName: string; lastName: string; dateOfBirth: string; nationality: string }): string {
  return [nameTokens(p.firstName, p.lastName).sort().join(' '), p.dateOfBirth, p.nationality].join('|');
}
