import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { frenchProblem } from './i18n/validation-messages.fr';
import { MultiLine } from './text-rules';
import { InvalidInputException, strictValidationPipe, type FieldProblem } from './validation';

class Contact {
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsString() @MultiLine() address?: string;
  @IsOptional() @IsEmail() email?: string;
}

class Member {
  @IsString() @Length(1, 100) firstName!: string;
  @IsOptional() @IsString() @MultiLine() note?: string;
}

/** A form like ours: an inherited free-text field, a nested DTO, lists of strings. */
class Registration extends Contact {
  @IsString() @Length(1, 100) lastName!: string;
  @IsOptional() @IsString() @MultiLine() summary?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) goals?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) @MultiLine() paragraphs?: string[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => Member) members?: Member[];
}

async function check(body: object): Promise<FieldProblem[]> {
  const outcome = await strictValidationPipe().transform(body, { type: 'body', metatype: Registration }).catch((e: unknown) => e);
  if (outcome instanceof InvalidInputException) return outcome.problems;
  if (outcome instanceof Error) throw outcome;
  return [];
}

const fields = async (body: object) => (await check(body)).map((p) => p.field);

describe('Text no field of ours holds is refused, naming the field', () => {
  it('takes ordinary text in every script, emoji (surrogate pairs) and tabs and line breaks in free text', async () => {
    expect(await check({ lastName: 'Ndiaye-N’Diaye', summary: 'Line one\n\tLine two\r\n', address: 'Quartier Médina\nDakar', goals: ['Reopen the shop 🧵'], members: [{ firstName: 'عائشة', note: 'a\nb' }] })).toEqual([]);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001B'],
    ['DEL', '\u007F'],
    ['a C1 control (NEL)', '\u0085'],
  ])('refuses %s in a name and in free text alike', async (_name, char) => {
    const problems = await check({ lastName: `Dia${char}llo`, summary: `ok${char}` });
    expect(problems.map((p) => [p.field, p.constraint])).toEqual([['lastName', 'noControlCharacters'], ['summary', 'noControlCharacters']]);
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    expect(problems[0].message).toBe(`lastName must not contain control characters (${code})`);
    expect(frenchProblem(problems[0])).toBe(`ne doit pas contenir de caractères de contrôle (${code})`);
  });

  it.each([['a tab', '\t'], ['a line feed', '\n'], ['a carriage return', '\r'], ['a line separator', '\u2028']])(
    'refuses %s outside the fields marked @MultiLine',
    async (_name, char) => {
      const problems = await check({ lastName: `Diallo${char}`, phone: `77${char}`, summary: `fine${char}`, address: `fine${char}` });
      expect(problems.map((p) => [p.field, p.constraint])).toEqual([['lastName', 'singleLine'], ['phone', 'singleLine']]);
      expect(frenchProblem(problems[0])).toMatch(/^doit tenir sur une ligne/);
    },
  );

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidirectional formatting character U+%s, which makes a name read as another',
    async (char) => {
      const problems = await check({ lastName: `Awa${char}olla`, summary: `x${char}` });
      expect(problems.map((p) => [p.field, p.constraint])).toEqual([['lastName', 'noBidiControls'], ['summary', 'noBidiControls']]);
    },
  );

  it('refuses lone surrogates (PostgreSQL would refuse them at append) and the noncharacters U+FFFE and U+FFFF', async () => {
    const problems = await check({ lastName: 'a\uD800b', summary: 'x\uDC00', goals: ['\uD83E'], members: [{ firstName: 'x\uFFFE' }, { firstName: 'y\uFFFF' }] });
    expect(problems.map((p) => [p.field, p.constraint])).toEqual([
      ['lastName', 'noLoneSurrogates'],
      ['summary', 'noLoneSurrogates'],
      ['goals.0', 'noLoneSurrogates'],
      ['members.0.firstName', 'noNoncharacters'],
      ['members.1.firstName', 'noNoncharacters'],
    ]);
    expect(problems[0].message).toBe('lastName must not contain a lone UTF-16 surrogate (U+D800)');
    expect(problems[2].message).toBe('goals must not contain a lone UTF-16 surrogate (U+D83E)');
  });

  it('reads @MultiLine on nested DTOs, on inherited properties and on each item of a marked list', async () => {
    expect(await fields({ lastName: 'x', paragraphs: ['one\ntwo'], goals: ['one', 'two\nthree'], members: [{ firstName: 'a', note: 'b\nc' }, { firstName: 'a\nb' }] }))
      .toEqual(['goals.1', 'members.1.firstName']);
    expect(await fields({ lastName: 'x', address: 'a\nb', phone: 'a\nb' })).toEqual(['phone']);
  });

  it('refuses text made only of spaces, in required and optional fields, and says so in French', async () => {
    const problems = await check({ lastName: '   ', summary: ' \n\t ', address: '\u00A0', members: [{ firstName: '\u3000' }] });
    expect(problems.map((p) => [p.field, p.constraint])).toEqual([
      ['lastName', 'notBlank'],
      ['summary', 'notBlank'],
      ['address', 'notBlank'],
      ['members.0.firstName', 'notBlank'],
    ]);
    expect(problems[0].message).toBe('lastName must not be blank');
    expect(frenchProblem(problems[0])).toBe("ne doit pas être composé uniquement d'espaces");
  });

  it('names a lone surrogate in an email, where the email check itself would throw (encodeURI), found by the fuzz test', async () => {
    expect((await check({ lastName: 'x', email: '\udfff' })).map((p) => [p.field, p.constraint])).toEqual([['email', 'noLoneSurrogates']]);
  });

  it('reports these with the problems class-validator finds, in one answer', async () => {
    expect(await fields({ lastName: 'a\u0000', members: [{ firstName: '' }], extra: 1 })).toEqual(['extra', 'members.0.firstName', 'lastName']);
  });
});

describe('A list of bad strings', () => {
  it('is answered with at most 20 of its problems, not one per item', async () => {
    const problems = await check({ lastName: 'x', goals: Array.from({ length: 500 }, () => '\u0000') });
    expect(problems).toHaveLength(20);
    expect(problems[0].field).toBe('goals.0');
  });
});
