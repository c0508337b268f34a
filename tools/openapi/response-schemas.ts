import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator, type Config } from 'ts-json-schema-generator';

/** The services whose answers are described, each by the types its `openapi/responses.ts` exports. */
export const DESCRIBED_SERVICES = ['intake', 'planning', 'referrals', 'monitoring'] as const;
type Service = (typeof DESCRIBED_SERVICES)[number];

const ROOT = join(__dirname, '../..');
const responsesFile = (service: Service) => join(ROOT, 'apps', service, 'src/openapi/responses.ts');
export const schemasFile = (service: Service) => join(ROOT, 'apps', service, 'src/openapi/response-schemas.json');

type Schema = Record<string, unknown>;

/**
 * The OpenAPI component schemas of a service's answers, generated from the TypeScript types its
 * controllers return (ts-json-schema-generator), so the document says what the code returns.
 * Closed objects (additionalProperties: false): a field an answer grows unannounced, such as a
 * read model's own bookkeeping, fails schemathesis's response check.
 */
export function generateResponseSchemas(service: Service): Record<string, Schema> {
  const path = responsesFile(service);
  const config: Config = { path, tsconfig: join(ROOT, 'tsconfig.json'), expose: 'export', topRef: true, skipTypeCheck: true, additionalProperties: false };
  const generator = createGenerator(config);
  const names = [...readFileSync(path, 'utf8').matchAll(/^export type (\w+)/gm)].map((m) => m[1]);
  const definitions: Record<string, Schema> = {};
  for (const name of names) Object.assign(definitions, generator.createSchema(name).definitions as Record<string, Schema>);
  return Object.fromEntries(Object.keys(definitions).sort().map((name) => [componentName(name), toOpenApi30(definitions[name]) as Schema]));
}

/** OpenAPI names components with [A-Za-z0-9._-] only: Page<CaseloadItem> becomes Page_CaseloadItem. */
const componentName = (name: string) => decodeURIComponent(name).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');

/** JSON Schema (draft 7) as OpenAPI 3.0 reads it: refs to components, `const` as a one-value enum, null as nullable. */
function toOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi30);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = `#/components/schemas/${componentName(value.replace('#/definitions/', ''))}`;
    else if (key === 'const') out.enum = [value];
    else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      out.type = types.length === 1 ? types[0] : types;
      if (types.length !== value.length) out.nullable = true;
    } else out[key] = toOpenApi30(value);
  }
  return out;
}

export const renderSchemas = (schemas: Record<string, Schema>) => `${JSON.stringify(schemas, null, 2)}\n`;

if (require.main === module) {
  for (const service of DESCRIBED_SERVICES) {
    writeFileSync(schemasFile(service), renderSchemas(generateResponseSchemas(service)));
    console.log(`wrote ${schemasFile(service)}`);
  }
}
