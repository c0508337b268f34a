import 'reflect-metadata';
import { ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional, IsString, isISO8601, Length, Matches, Max, Min } from 'class-validator';
import { stringProblems, textPattern, MultiLine } from '../http/text-rules';
import { IsDay, IsInstant, Optional } from '../http/request-rules';
import { dtoRules } from './validation-schema';

class Form {
  @IsString()
  @Length(2, 40)
  name!: string;

  @IsString()
  @Length(1, 500)
  @MultiLine()
  note!: string;

  @IsDay()
  on!: string;

  @Optional()
  @IsInstant()
  at?: string;

  @IsIn(['a', 'b'])
  kind!: 'a' | 'b';

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  count?: number;

  @IsArray()
  @ArrayNotEmpty()
  @Matches(/^\w+\d$/, { each: true })
  codes!: string[];
}

describe('OpenAPI schemas from class-validator rules', () => {
  const rules = dtoRules(Form);
  const schema = (property: string) => rules.get(property)!.schema;

  it('says what each decorator enforces', () => {
    expect(schema('name')).toMatchObject({ type: 'string', minLength: 2, maxLength: 40 });
    expect(schema('on')).toMatchObject({ type: 'string', format: 'date' });
    expect(schema('at')).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schema('kind')).toEqual({ enum: ['a', 'b'] });
    expect(schema('count')).toEqual({ type: 'integer', minimum: 1, maximum: 9 });
    // Item rules go to items; \w and \d as JavaScript reads them (ASCII), whatever engine reads the schema.
    expect(schema('codes')).toEqual({ type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z0-9_]+[0-9]$' } });
  });

  it('narrows the patterns of days and instants to what IsISO8601 takes (no year before 0100, no leap second)', () => {
    const day = new RegExp(schema('on').pattern!);
    const instant = new RegExp(schema('at').pattern!);
    for (const text of ['0060-01-16', '0099-12-31', '0100-01-01', '1994-03-02', '9999-12-31']) {
      expect({ text, documented: day.test(text) }).toEqual({ text, documented: isISO8601(text, { strict: true }) });
    }
    for (const text of ['0010-01-01T14:14:00Z', '2026-12-01T23:59:60Z', '2026-12-01T09:30:00Z', '2026-12-01T09:30:00.5+01:00']) {
      expect({ text, documented: instant.test(text) }).toEqual({ text, documented: isISO8601(text, { strict: true }) });
    }
  });

  it('leaves out of required what may be absent', () => {
    expect([...rules].filter(([, r]) => r.optional).map(([name]) => name).sort()).toEqual(['at', 'count']);
  });

  it('describes the text rules as one pattern that agrees with the pipe, line breaks only in free text', () => {
    const single = new RegExp(schema('name').pattern!, 'u');
    const free = new RegExp(schema('note').pattern!, 'u');
    expect(schema('name').pattern).toBe(textPattern(false));
    expect(schema('note').pattern).toBe(textPattern(true));
    const samples = ['Awa', 'N’Diaye', 'عائشة', 'a\u200Fb', '', ' ', '\u00A0\u3000', 'a\u0000', 'a\u0007b', 'a\nb', 'a\tb', 'a\u2028b', 'A\u202Ewa', 'x\uFFFE', 'x\u009F', 'é😀'];
    for (const text of samples) {
      expect({ text, single: single.test(text) }).toEqual({ text, single: stringProblems(text, false).length === 0 });
      expect({ text, free: free.test(text) }).toEqual({ text, free: stringProblems(text, true).length === 0 });
    }
  });
});
