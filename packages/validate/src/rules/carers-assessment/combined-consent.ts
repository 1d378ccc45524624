import type { Assessment, CarersAssessment } from '@goodday/schemas';
import type { Rule, Violation } from '../../rule.js';
import { findRelated, notAmongRelated } from '../related.js';
import { formatDate, isAfter } from '../time.js';

/** Both people's agreement to combining, each given, and given at or before the assessment began. */
function* agreements(record: CarersAssessment): Generator<Violation> {
  const combined = record.combinedWith;
  const parties = [
    ['carerAgreed', 'the carer', combined?.carerAgreed],
    ['personAgreed', 'the person cared for', combined?.personAgreed],
  ] as const;
  for (const [field, who, agreement] of parties) {
    if (agreement?.agreed !== true) {
      yield { path: combined ? '/combinedWith' : '', message: `The assessment is combined, but ${who}'s agreement to combining is not recorded: both must agree, so ask ${who} and record it in combinedWith.${field}.` };
    } else if (isAfter(agreement.recordedAt, record.startedAt)) {
      yield {
        path: `/combinedWith/${field}/recordedAt`,
        message: `${who === 'the carer' ? 'The carer' : 'The person cared for'} agreed to combining on ${formatDate(agreement.recordedAt)}, after the assessment began (${formatDate(record.startedAt!)}): agreement must come first.`,
      };
    }
  }
}

export const combinedConsent: Rule<CarersAssessment> = {
  id: 'carers-assessment/combined-consent',
  title: 'Both agree to a combined assessment',
  kind: 'carers-assessment',
  severity: 'error',
  stage: 'draft',
  message:
    "A carer's assessment combined with the needs assessment of the person cared for names that assessment, and records both people's agreement at or before it began.",
  hint: 'Record the assessment it is combined with in combinedWith, and the agreement of the carer and of the person cared for; give that assessment as a related record (goodday validate carer.json --with assessment.json) to check it is theirs.',
  source:
    "Care Act 2014 s12(5): an assessment may be combined with another person's only if both agree. The Act's own words were not to hand; the Explanatory Notes to s12 (para 109) say 'provided that both individuals agree', and this rule follows them. A child who cannot agree is outside an adult carer's record",
  *check(record, context) {
    const combined = record.combinedWith;
    if (record.format !== 'combined' && !combined) return;
    if (record.format !== 'combined') {
      yield { path: '/format', message: 'The assessment names an assessment it is combined with, but its format is not "combined": correct the format, or remove combinedWith.' };
    }
    yield* agreements(record);
    if (!combined?.assessmentId || !combined.assessmentVersion) {
      yield { path: combined ? '/combinedWith' : '', message: 'The assessment is combined, but does not name the needs assessment it is combined with: record its id and schema version in combinedWith.' };
      return;
    }
    const person = (record.caresFor ?? []).find((p) => p.assessmentId === combined.assessmentId);
    if (!person) {
      yield { path: '/combinedWith/assessmentId', message: `The assessment is combined with ${combined.assessmentId}, which is not the assessment of anyone the carer cares for: correct the id, or name it in caresFor.` };
    }
    if (context.related === undefined) return;
    const other = findRelated<Assessment>(context, 'assessment', combined.assessmentId, combined.assessmentVersion);
    if (!other) {
      yield notAmongRelated('/combinedWith', 'assessment', combined.assessmentId, combined.assessmentVersion);
      return;
    }
    const theirs = other.person?.personRef;
    if (person?.personRef && theirs && theirs !== person.personRef) {
      yield { path: '/combinedWith/assessmentId', message: `The assessment ${combined.assessmentId} is about someone other than the person cared for it is named against: correct the id or the person reference.` };
    }
    if (other.format !== undefined && other.format !== 'combined') {
      yield { path: '/combinedWith/assessmentId', message: `The assessment ${combined.assessmentId} does not say it is combined with a carer's assessment: correct its format, or this one's.` };
    }
  },
};
