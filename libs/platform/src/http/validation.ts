import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, type ValidatorOptions } from 'class-validator';
import { prototypeKeyProblems } from './prototype-keys';
import { textProblems } from './text-rules';

/** A field at fault. `message` is English; the rest lets the ErrorFilter say it in French. */
export interface FieldProblem {
  field: string;
  message: string;
  /** class-validator's constraint key (isLength, whitelistValidation, …). */
  constraint?: string;
  /** The decorator's arguments, such as [1, 100] for @Length(1, 100). */
  args?: readonly unknown[];
  /** The decorator checked each item of an array. */
  each?: boolean;
  /** French text without the field name: the decorator's `context.fr`, or given by hand. */
  fr?: string;
}

/** A 400 INVALID_INPUT that keeps its problems, so the ErrorFilter can answer in the caller's language. */
export class InvalidInputException extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super(invalidInputBody(problems));
  }
}

/** class-validator says one thing per property; a list of strings could otherwise be answered item by item. */
const MAX_TEXT_PROBLEMS = 20;

/**
 * Nest's pipe, with what it would let through refused instead: prototype keys (which it drops
 * silently) and text no field of ours holds (see text-rules), each named like any other problem.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const misplaced = prototypeKeyProblems(value);
      if (misplaced.length) throw badRequest(misplaced);
    }
    return super.transform(value, metadata);
  }

  // Called with the instance class-transformer has built, so nested DTOs carry their own classes.
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const text = textProblems(object).slice(0, MAX_TEXT_PROBLEMS).map(
      (p): ValidationError => ({ property: p.field, constraints: { [p.constraint!]: p.message }, contexts: { [p.constraint!]: { fr: p.fr } }, children: [] }),
    );
    let errors: ValidationError[];
    try {
      errors = await super.validate(object, options);
    } catch (error) {
      // Some validators throw on text the rules above refuse (IsEmail calls encodeURI, which
      // throws on a lone surrogate): the caller then hears about the text alone.
      if (!text.length) throw error;
      errors = [];
    }
    return [...errors, ...text];
  }
}

/**
 * DTOs are strict: unknown fields are refused (not silently dropped), types are not
 * coerced, and every problem names its field with a dotted path.
 */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The target leads to the decorators' arguments for the French text; it never reaches the response.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => badRequest(flatten(errors)),
  });
}

export function badRequest(errors: FieldProblem[]): BadRequestException {
  return new InvalidInputException(errors);
}

/** The body of every 400 INVALID_INPUT, whatever its language. */
export function invalidInputBody(errors: FieldProblem[]): Record<string, unknown> {
  return {
    statusCode: 400,
    error: 'Bad Request',
    code: 'INVALID_INPUT',
    message: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors: errors.map(({ field, message }) => ({ field, message })),
  };
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    // unknownValue errors have no property: they are about the parent (or the whole body).
    const field = [parent, e.property].filter((part) => part !== undefined && part !== '').join('.') || 'body';
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => {
      const fr: unknown = e.contexts?.[constraint]?.fr;
      return { field, message, constraint, ...decoratorOf(e.target, e.property, constraint), ...(typeof fr === 'string' && { fr }) };
    });
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The decorator behind a failed constraint, looked up where class-validator keeps it. */
function decoratorOf(target: object | undefined, property: string, constraint: string): Pick<FieldProblem, 'args' | 'each'> {
  const metadata = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target.constructor, '', true, false)
        .find((m) => m.propertyName === property && (m.name ?? m.type) === constraint)
    : undefined;
  return { args: metadata?.constraints ?? [], each: metadata?.each ?? false };
}
