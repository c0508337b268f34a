import { Type } from 'class-transformer';
import { IsArray, IsString, ValidateNested } from 'class-validator';
import { frenchProblem } from './i18n/validation-messages.fr';
import { InvalidInputException, strictValidationPipe } from './validation';

class Item {
  @IsString() name!: string;
}

class Form {
  @IsString() name!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => Item) items!: Item[];
}

/** The body as JSON.parse builds it: "__proto__" is then an own key, as a caller sent it. */
async function problems(json: string, type: 'body' | 'query' = 'body') {
  const outcome = await strictValidationPipe().transform(JSON.parse(json), { type, metatype: Form }).catch((e: unknown) => e);
  if (!(outcome instanceof InvalidInputException)) throw new Error(`accepted: ${json}`);
  return outcome.problems;
}

describe('Prototype keys are refused by name, like any unknown field, not dropped', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s at the top, in a nested object and in an array item', async (key) => {
    const top = await problems(`{"name":"a","items":[],"${key}":{"polluted":true}}`);
    expect(top.map((p) => p.field)).toEqual([key]);
    expect(top[0].message).toBe(`property ${key} should not exist`);
    expect(frenchProblem(top[0])).toBe(`la propriété ${key} n'est pas autorisée`);
    expect((await problems(`{"name":"a","items":[{"name":"b","${key}":1}]}`)).map((p) => p.field)).toEqual([`items.0.${key}`]);
  });

  it('refuses them in a query too', async () => {
    expect((await problems('{"__proto__":"1","name":"a"}', 'query')).map((p) => p.field)).toEqual(['__proto__']);
  });

  it('still takes a form without them', async () => {
    await expect(strictValidationPipe().transform({ name: 'a', items: [{ name: 'b' }] }, { type: 'body', metatype: Form })).resolves.toBeInstanceOf(Form);
  });
});
