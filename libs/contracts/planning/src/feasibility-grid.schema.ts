import { FACTOR_ASSESSMENTS, INDIVIDUAL_FACTORS, URGENCIES, VULNERABILITY_AREAS } from '@homeward/contracts/intake';
import type { JsonSchema } from '@homeward/events/catalogue';
import { closed, count, countryCode, enumOf, id, isoDate, label, listOf, setOf, text } from '@homeward/events/catalogue';
import { DIMENSIONS, INTENSITIES, NEEDS, PLAN_ELEMENT_TYPES, RESPONSIBILITIES } from './vocabulary';

const kind = (k: string) => ({ const: k });

/** Each kind of condition with exactly its own fields. */
const condition: JsonSchema = {
  oneOf: [
    closed({ kind: kind('factor'), factor: enumOf(INDIVIDUAL_FACTORS), assessment: enumOf(FACTOR_ASSESSMENTS) }, ['kind', 'factor', 'assessment']),
    closed({ kind: kind('vulnerability'), area: enumOf(VULNERABILITY_AREAS), urgencies: { ...setOf(URGENCIES), minItems: 1 } }, ['kind', 'area']),
    { ...closed({ kind: kind('age'), min: count(120), max: count(120) }, ['kind']), anyOf: [{ properties: { min: count(120) }, required: ['min'] }, { properties: { max: count(120) }, required: ['max'] }] },
    closed({ kind: kind('need'), need: enumOf(NEEDS) }, ['kind', 'need']),
    closed({ kind: kind('family_in_case') }, ['kind']),
  ],
};

const row = closed(
  {
    rowId: id,
    need: enumOf(NEEDS),
    dimension: enumOf(DIMENSIONS),
    elementType: enumOf(PLAN_ELEMENT_TYPES),
    option: label(500),
    durationMonths: closed({ min: count(60), max: count(60) }, ['min', 'max']),
    intensity: enumOf(INTENSITIES),
    responsibility: enumOf(RESPONSIBILITIES),
    conditions: listOf(condition, 10),
  },
  ['rowId', 'need', 'dimension', 'elementType', 'option', 'intensity', 'responsibility', 'conditions'],
);

/** A grid as it is uploaded: JSON, closed, every code from the vocabularies. */
export const feasibilityGridSchema: JsonSchema = closed(
  {
    gridId: id,
    country: countryCode,
    programme: label(100),
    version: { type: 'integer', minimum: 1 },
    validFrom: isoDate,
    example: { type: 'boolean' },
    source: text(500),
    rows: { ...listOf(row, 500), minItems: 1 },
  },
  ['gridId', 'country', 'programme', 'version', 'validFrom', 'rows'],
);
