/** Read-model collection of registered returnees, for search and duplicate checks. */
export const RETURNEE_INDEX = 'returnee_index';

/**
 * Particles written apart or joined, or left out, from one document to the next ("de Souza",
 * "Desouza", "Souza"; "El Hadj", "Elhadj"). Patronymic ones (ben, bin, ould) are left alone:
 * "Mohamed Ben Ali" is the son of Ali, not Mohamed Ali.
 */
const PARTICLES = new Set(['al', 'el', 'da', 'das', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'du', 'la', 'le', 'ter', 'van', 'von', 'd', 'l']);

/** Lower case, no accents, split at spaces: the words as written. */
const words = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean);

/** A word's parts between apostrophes, hyphens and other punctuation: "n'diaye" → n, diaye. */
const parts = (word: string): string[] => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A word written without its apostrophes and hyphens: "n'diaye" → ndiaye. */
const joined = (word: string): string => parts(word).join('');

const withoutParticles = (tokens: string[]): string[] => {
  const kept = tokens.filter((t) => !PARTICLES.has(t));
  return kept.length ? kept : tokens;
};

/**
 * What a returnee is found by: each part of each name, each word and each whole name written
 * joined, so "N'Diaye" is found as "Ndiaye" and "Marie Claire" as "Marie-Claire".
 */
export function nameTokens(...names: string[]): string[] {
  const tokens = names.flatMap((name) => {
    const ws = words(name);
    return [...ws.flatMap(parts), ...ws.map(joined), ws.map(joined).join('')];
  });
  return [...new Set(tokens.filter(Boolean))];
}

/** What a search asks for: each word written joined, particles aside ("de Souza" finds "Souza"). */
export function queryTokens(name: string): string[] {
  return withoutParticles(words(name).map(joined).filter(Boolean));
}

/**
 * The identities two records share when they are likely the same person, with the same date
 * of birth and nationality: the same name parts in any order and across first and last name,
 * particles aside ("Awa Marième" + "Diallo" and "Awa" + "Marième Diallo"; "de Souza" and
 * "Souza"); or the same names written joined ("N'Diaye" and "Ndiaye", "El-Hadj" and "Elhadj").
 * Two records are likely duplicates when they have one key in common.
 */
export function identityKeys(p: { firstName: string; lastName: string; dateOfBirth: string; nationality: string }): string[] {
  const born = `|${p.dateOfBirth}|${p.nationality}`;
  const names = [p.firstName, p.lastName];
  const nameParts = withoutParticles(names.flatMap((name) => words(name).flatMap(parts))).sort();
  const joinedNames = names.map((name) => words(name).map(joined).join('')).sort();
  return [`parts:${nameParts.join(' ')}${born}`, `joined:${joinedNames.join(' ')}${born}`];
}
