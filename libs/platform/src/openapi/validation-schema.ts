import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { isMultiLine, textPattern } from '../http/text-rules';

/** What the API description says of one property, read from the rules the validation pipe enforces. */
export interface PropertyRules {
  schema: SchemaObject;
  /** Left out of `required`: the property may be absent (IsOptional, our Optional, a ValidateIf). */
  optional: boolean;
}

/** A class's validation metadata, its parents' included, as the pipe reads it. */
export const validationMetadatas = (dto: Function): ValidationMetadata[] =>
  getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);

/**
 * Every class that has validation rules: the DTOs, nested ones included. class-validator keeps
 * them in one map it does not expose; the OpenAPI spec (openapi.e2e-spec) fails if that changes.
 */
export function validatedClasses(): Function[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: Map<Function, unknown> };
  return [...(storage.validationMetadatas?.keys() ?? [])];
}

/** The rules of each property of a DTO, keyed by property name. */
export function dtoRules(dto: Function): Map<string, PropertyRules> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of validationMetadatas(dto)) {
    if (!m.propertyName) continue;
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  }
  const rules = new Map<string, PropertyRules>();
  for (const [property, metadatas] of byProperty) rules.set(property, propertyRules(dto, property, metadatas));
  return rules;
}

function propertyRules(dto: Function, property: string, metadatas: ValidationMetadata[]): PropertyRules {
  const schema: SchemaObject = {};
  let optional = false;
  const items = (): SchemaObject => (schema.items ??= {}) as SchemaObject;
  for (const m of metadatas) {
    if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) optional = true;
    if (m.type !== ValidationTypes.CUSTOM_VALIDATION) continue;
    const target = m.each ? items() : schema;
    Object.assign(target, constraintSchema(m.name ?? '', m.constraints ?? []), hintOf(m));
    if (m.name === 'isArray') schema.type = 'array';
  }
  for (const target of [schema, schema.items as SchemaObject | undefined]) {
    if (target?.type === 'string' && !target.pattern && !target.enum && !target.format) target.pattern = textPattern(isMultiLine(dto.prototype, property));
  }
  return { schema, optional };
}

/** A rule's own word on the description, such as `format: date` on our days (see request-rules). */
function hintOf(m: ValidationMetadata): SchemaObject {
  const hint = (m.context as { schema?: SchemaObject } | undefined)?.schema;
  return hint ?? {};
}

/** class-validator's constraint names, mapped to the JSON Schema keywords that say the same. */
function constraintSchema(name: string, args: readonly unknown[]): SchemaObject {
  switch (name) {
    case 'isString':
      return { type: 'string' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isObject':
      return { type: 'object' };
    case 'isLength':
      return { minLength: args[0] as number, ...(args[1] !== undefined && { maxLength: args[1] as number }) };
    case 'minLength':
      return { minLength: args[0] as number };
    case 'maxLength':
      return { maxLength: args[0] as number };
    case 'min':
      return { minimum: args[0] as number };
    case 'max':
      return { maximum: args[0] as number };
    case 'isIn':
      return { enum: [...(args[0] as unknown[])] };
    case 'isUUID':
      return { type: 'string', format: 'uuid' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'matches':
      return patternOf(args[0]);
    case 'arrayMinSize':
      return { minItems: args[0] as number };
    case 'arrayNotEmpty':
      return { minItems: 1 };
    case 'arrayMaxSize':
      return { maxItems: args[0] as number };
    case 'arrayUnique':
      return { uniqueItems: true };
    default:
      // Rules that depend on other fields or on the domain (notOnRefusal…) are the descriptions' to say.
      return {};
  }
}

/**
 * A JavaScript pattern in a form every JSON Schema engine reads alike: \d and \w are ASCII in
 * JavaScript but not in Python's (schemathesis's) engine. Unicode property escapes (\p{L}) have no
 * portable spelling, so such a pattern is left to the description.
 */
function patternOf(pattern: unknown): SchemaObject {
  const source = pattern instanceof RegExp ? pattern.source : String(pattern);
  if (/\\[pP]\{/.test(source)) return {};
  return { type: 'string', pattern: asciiClasses(source) };
}

const ASCII: Record<string, string> = { d: '0-9', w: 'A-Za-z0-9_' };

function asciiClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      i++;
      out += ASCII[next] ? (inClass ? ASCII[next] : `[${ASCII[next]}]`) : c + next;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
