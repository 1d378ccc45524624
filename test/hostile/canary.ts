import { validate } from '@goodday/validate';
import { examples, getAt, places, setAt, type Example, type Segment } from './examples.js';

/**
 * A string no rule, code list or fixed wording contains: wherever it turns up in output, it came from the record.
 * Its space makes it no id and no code, which findings and reports may name by design.
 */
export const CANARY = 'Qzx7 canary';

const structureFindings = (record: unknown) => validate(record, { rules: false }).findings.length;

/**
 * The example with a unique canary in every string the schema leaves free (free text, names, references), found
 * by trying each: a string whose change breaks the structure is a code, date, id or `$schema`, and is put back:
 * findings and reports name codes and ids by design.
 */
function plant(example: Example): { record: Record<string, unknown>; planted: number } {
  let record = structuredClone(example.record);
  const baseline = structureFindings(record);
  let planted = 0;
  for (const path of places(record)) {
    if (typeof getAt(record, path) !== 'string' || (path.length === 1 && (path[0] === '$schema' || path[0] === 'id'))) continue;
    const tried = setAt(record, path, `${CANARY}${planted}`);
    if (structureFindings(tried) > baseline) continue;
    record = tried;
    planted++;
  }
  return { record, planted };
}

let cache: Map<string, { record: Record<string, unknown>; planted: number }> | undefined;

/** Every example with canaries planted, by example name. */
export function canaried(): Map<string, { record: Record<string, unknown>; planted: number }> {
  cache ??= new Map(examples.map((e) => [e.name, plant(e)]));
  return cache;
}

/** Paths of the strings that hold a canary. */
export const canaryPaths = (record: unknown): Segment[][] => places(record).filter((p) => String(getAt(record, p)).startsWith(CANARY));
