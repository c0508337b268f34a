import { readFileSync } from 'node:fs';
import { DESCRIBED_SERVICES, generateResponseSchemas, renderSchemas, schemasFile } from './response-schemas';

describe('The answer schemas in the OpenAPI documents are those of the types the controllers return', () => {
  it.each(DESCRIBED_SERVICES)('%s: response-schemas.json is what `npm run openapi:responses` generates today', (service) => {
    expect(readFileSync(schemasFile(service), 'utf8')).toBe(renderSchemas(generateResponseSchemas(service)));
  });
});
