// The example records of every kind, read for the tests: by kind and file name, and all together.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RECORDS = join(import.meta.dirname, '../../../examples/records');

/** One example record, parsed afresh (a test may change its copy). */
export const example = (kind: string, name: string): Record<string, any> => JSON.parse(readFileSync(join(RECORDS, kind, `${name}.json`), 'utf8'));

/** Every example record, each with its kind and file name. */
export const everyExample = (): { kind: string; name: string; record: Record<string, any> }[] =>
  readdirSync(RECORDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(RECORDS, d.name)).filter((f) => f.endsWith('.json')).map((f) => ({ kind: d.name, name: f.replace(/\.json$/, ''), record: example(d.name, f.replace(/\.json$/, '')) })));

/**
 * The parts a CLD row reads of a carer's assessment, as carers-assessment 1.0.0 records them: a small record to change
 * one field of at a time (the kind's examples in examples/records/carers-assessment are read whole by the tests too).
 */
export const carersAssessment = (): Record<string, any> => ({
  $schema: 'https://goodday.dev/schemas/carers-assessment/1.0.0.json',
  id: 'CA-2026-00012',
  status: 'complete',
  carer: { preferredName: 'Margaret', personRef: 'P-200118', ageRange: '65-84' },
  caresFor: [{ id: 'cf-1', relationship: 'my friend Lily, three doors down', preferredName: 'Lily', personRef: 'P-100231', assessmentId: 'ASM-2026-00042', assessmentVersion: '1.1.0' }],
  startedAt: '2026-04-08T10:00:00Z',
  completedAt: '2026-04-22T15:00:00Z',
  eligibility: { determinedAt: '2026-04-22T14:00:00Z', eligible: true, wantsCouncilToMeetNeeds: { agreed: true, recordedAt: '2026-04-22T14:30:00Z' } },
});
