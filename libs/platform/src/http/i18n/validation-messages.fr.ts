import type { FieldProblem } from '../validation';

type Phrase = (args: readonly unknown[], property: string) => string;

/** French plural: 0 and 1 take the singular. */
const count = (n: unknown, noun: string) => `${n} ${noun}${Number(n) > 1 ? 's' : ''}`;
const oneOf = (values: unknown) => `doit être l'une des valeurs suivantes : ${[values].flat().join(', ')}`;
const isoDate: Phrase = () => 'doit être une date ISO 8601 valide';

/**
 * French for class-validator's constraints, keyed as in ValidationError.constraints and
 * phrased to follow the field name ("firstName: doit être …"). `args` are the decorator's.
 */
const PHRASES: Record<string, Phrase> = {
  isString: () => 'doit être une chaîne de caractères',
  isLength: ([min, max]) =>
    max === undefined ? `doit contenir au moins ${count(min, 'caractère')}` : `doit contenir entre ${min ?? 0} et ${count(max, 'caractère')}`,
  minLength: ([min]) => `doit contenir au moins ${count(min, 'caractère')}`,
  maxLength: ([max]) => `doit contenir au plus ${count(max, 'caractère')}`,
  isIn: ([values]) => oneOf(values),
  // @IsEnum's arguments are the enum object and then its values.
  isEnum: ([, values]) => oneOf(values),
  matches: () => 'doit respecter le format attendu',
  isIso8601: isoDate,
  isDateString: isoDate,
  isArray: () => 'doit être un tableau',
  arrayMaxSize: ([max]) => `doit contenir au plus ${count(max, 'élément')}`,
  arrayMinSize: ([min]) => `doit contenir au moins ${count(min, 'élément')}`,
  arrayNotEmpty: () => 'ne doit pas être vide',
  isBoolean: () => 'doit être un booléen (true ou false)',
  isInt: () => 'doit être un nombre entier',
  isNumber: () => 'doit être un nombre',
  min: ([min]) => `ne doit pas être inférieur à ${min}`,
  max: ([max]) => `ne doit pas être supérieur à ${max}`,
  isUuid: () => 'doit être un UUID',
  isEmail: () => 'doit être une adresse e-mail',
  isDefined: () => 'est obligatoire',
  isNotEmpty: () => 'ne doit pas être vide',
  isObject: () => 'doit être un objet',
  whitelistValidation: (_, property) => `la propriété ${property} n'est pas autorisée`,
  nestedValidation: () => 'doit être un objet ou un tableau',
  unknownValue: () => "valeur inattendue : aucune règle de validation ne s'y applique",
};

/** The problem in French, without the field name: the decorator's own `context.fr` first. */
export function frenchProblem(problem: FieldProblem): string {
  if (problem.fr) return problem.fr;
  const phrase = problem.constraint && Object.hasOwn(PHRASES, problem.constraint) ? PHRASES[problem.constraint] : undefined;
  if (!phrase) return `valeur invalide (${problem.message})`;
  const text = phrase(problem.args ?? [], problem.field.split('.').pop() ?? problem.field);
  return problem.each ? `chaque élément ${text}` : text;
}
