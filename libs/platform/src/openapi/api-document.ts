import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { addErrorResponses, ERROR_SCHEMA, errorSchema } from './error-responses';
import { routeFacts, type RouteFacts } from './routes';
import { dtoRules, validatedClasses, type PropertyRules } from './validation-schema';

const BEARER = 'bearer';

/**
 * The service's OpenAPI document, as Swagger's explorer builds it from the controllers, then
 * completed from what the app enforces: the DTOs' validation rules on every body and query
 * parameter (so the description is generated from the rules and cannot drift from them),
 * bearer auth on every operation that is not @Public, and the error answers of the platform.
 */
export function apiDocument(app: INestApplication, title: string, responses: Record<string, object> = {}): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(title).setVersion('0.1.0').addBearerAuth(undefined, BEARER).build());
  const schemas = (document.components!.schemas ??= {});
  for (const [name, schema] of Object.entries({ [ERROR_SCHEMA]: errorSchema, ...responses })) {
    if (schemas[name]) throw new Error(`OpenAPI: two schemas named ${name} (an answer and a request DTO?)`);
    schemas[name] = schema as SchemaObject;
  }
  for (const dto of validatedClasses()) {
    const schema = schemas[dto.name];
    if (schema && !('$ref' in schema)) describeBody(schema, dtoRules(dto));
  }
  const facts = routeFacts(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const route = facts.get(operation.operationId ?? '');
      if (!route) throw new Error(`OpenAPI: no handler behind ${method.toUpperCase()} ${path} (${operation.operationId})`);
      describeOperation(operation, route);
    }
  }
  return document;
}

function describeOperation(operation: OperationObject, route: RouteFacts): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const query = route.query ? dtoRules(route.query) : new Map<string, PropertyRules>();
  for (const parameter of parameters) {
    if (parameter.in === 'query' && query.has(parameter.name)) {
      const rules = query.get(parameter.name)!;
      parameter.schema = merge((parameter.schema ?? {}) as SchemaObject, rules.schema);
      parameter.required = !rules.optional;
    }
    if (parameter.in === 'path' && route.uuidParams.includes(parameter.name)) parameter.schema = { type: 'string', format: 'uuid' };
  }
  if (route.public) delete operation.security;
  else operation.security = [{ [BEARER]: [] }];
  addErrorResponses(operation, { authenticated: !route.public, hasPathParameters: parameters.some((p) => p.in === 'path') });
}

/** A request body's schema: its properties' rules, required as the rules say, and nothing else taken. */
function describeBody(schema: SchemaObject, rules: Map<string, PropertyRules>): void {
  const properties = (schema.properties ??= {});
  for (const [name, rule] of rules) properties[name] = merge(properties[name] ?? {}, rule.schema);
  const required = [...rules].filter(([, rule]) => !rule.optional).map(([name]) => name);
  if (required.length) schema.required = required;
  else delete schema.required;
  // The validation pipe refuses unknown fields (forbidNonWhitelisted).
  schema.additionalProperties = false;
}

/** Swagger's schema of a property, with the rules' keywords over it (the rules are what is enforced). */
function merge(described: SchemaObject | ReferenceObject, rules: SchemaObject): SchemaObject {
  // Beside a $ref, OpenAPI 3.0 ignores every keyword: the nested DTO carries its own rules.
  if ('$ref' in described || described.allOf) return described as SchemaObject;
  const { items, ...own } = rules;
  const merged: SchemaObject = { ...described, ...own };
  if (items && merged.items && !('$ref' in merged.items)) merged.items = { ...merged.items, ...(items as SchemaObject) };
  else if (items && !merged.items) merged.items = items;
  if (merged.enum && merged.type === undefined) merged.type = 'string';
  return merged;
}
