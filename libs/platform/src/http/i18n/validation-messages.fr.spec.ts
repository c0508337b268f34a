import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayNotEmpty, IsArray, IsBoolean, IsDateString, IsDefined, IsEmail, IsEnum, IsHexColor, IsIn, IsInt,
  IsISO8601, IsNotEmpty, IsNumber, IsObject, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { InvalidInputException, strictValidationPipe, type FieldProblem } from '../validation';
import { frenchProblem } from './validation-messages.fr';

enum Colour { Red = 'red', Blue = 'blue' }
class Undecorated {}
class Inner {
  @IsString() name!: string;
}

class EveryRule {
  @IsString() isString!: string;
  @Length(2, 5) isLength!: string;
  @MinLength(3) minLength!: string;
  @MaxLength(1) maxLength!: string;
  @IsIn(['a', 'b']) isIn!: string;
  @IsEnum(Colour) isEnum!: Colour;
  @Matches(/^x$/) matches!: string;
  @IsISO8601() isIso8601!: string;
  @IsDateString() isDateString!: string;
  @IsArray() isArray!: unknown[];
  @ArrayMaxSize(1) arrayMaxSize!: unknown[];
  @ArrayMinSize(2) arrayMinSize!: unknown[];
  @ArrayNotEmpty() arrayNotEmpty!: unknown[];
  @IsBoolean() isBoolean!: boolean;
  @IsInt() isInt!: number;
  @IsNumber() isNumber!: number;
  @Min(10) min!: number;
  @Max(10) max!: number;
  @IsUUID() isUuid!: string;
  @IsEmail() isEmail!: string;
  @IsDefined() isDefined!: string;
  @IsNotEmpty() isNotEmpty!: string;
  @IsObject() isObject!: object;
  @ValidateNested() @Type(() => Inner) nestedValidation!: Inner;
  @ValidateNested() @Type(() => Undecorated) unknownValue!: Undecorated;
  @IsString({ each: true }) each!: string[];
  @IsHexColor() unlisted!: string;
}

const wrong = {
  isString: 1, isLength: 'a', minLength: 'a', maxLength: 'ab', isIn: 'c', isEnum: 'green', matches: 'y', isIso8601: 'nope',
  isDateString: 'nope', isArray: 'x', arrayMaxSize: [1, 2], arrayMinSize: [1], arrayNotEmpty: [], isBoolean: 'yes', isInt: 1.5,
  isNumber: 'x', min: 5, max: 15, isUuid: 'x', isEmail: 'x', isNotEmpty: '', isObject: 'x', nestedValidation: 'x',
  unknownValue: {}, each: ['fr', 3], unlisted: 'x', religion: 'x',
};

async function problems(): Promise<FieldProblem[]> {
  const refusal = await strictValidationPipe().transform(wrong, { type: 'body', metatype: EveryRule }).catch((e: unknown) => e);
  if (!(refusal instanceof InvalidInputException)) throw new Error('the payload was accepted');
  return refusal.problems;
}

describe('Every class-validator rule our DTOs use has its French', () => {
  it('says each broken rule in French, with the bounds and values the decorator was given', async () => {
    const french = Object.fromEntries((await problems()).map((p) => [p.field, frenchProblem(p)]));
    expect(french).toEqual({
      isString: 'doit être une chaîne de caractères',
      isLength: 'doit contenir entre 2 et 5 caractères',
      minLength: 'doit contenir au moins 3 caractères',
      maxLength: 'doit contenir au plus 1 caractère',
      isIn: "doit être l'une des valeurs suivantes : a, b",
      isEnum: "doit être l'une des valeurs suivantes : red, blue",
      matches: 'doit respecter le format attendu',
      isIso8601: 'doit être une date ISO 8601 valide',
      isDateString: 'doit être une date ISO 8601 valide',
      isArray: 'doit être un tableau',
      arrayMaxSize: 'doit contenir au plus 1 élément',
      arrayMinSize: 'doit contenir au moins 2 éléments',
      arrayNotEmpty: 'ne doit pas être vide',
      isBoolean: 'doit être un booléen (true ou false)',
      isInt: 'doit être un nombre entier',
      isNumber: 'doit être un nombre',
      min: 'ne doit pas être inférieur à 10',
      max: 'ne doit pas être supérieur à 10',
      isUuid: 'doit être un UUID',
      isEmail: 'doit être une adresse e-mail',
      isDefined: 'est obligatoire',
      isNotEmpty: 'ne doit pas être vide',
      isObject: 'doit être un objet',
      nestedValidation: 'doit être un objet ou un tableau',
      unknownValue: "valeur inattendue : aucune règle de validation ne s'y applique",
      each: 'chaque élément doit être une chaîne de caractères',
      unlisted: 'valeur invalide (unlisted must be a hexadecimal color)',
      religion: "la propriété religion n'est pas autorisée",
    });
  });
});
