import { codeLabel, type SafeguardingEnquiry } from '@goodday/schemas';
import type { Rule } from '../../rule.js';

export const riskOutcome: Rule<SafeguardingEnquiry> = {
  id: 'safeguarding-enquiry/risk-outcome',
  title: 'Risk outcome recorded',
  kind: 'safeguarding-enquiry',
  severity: 'error',
  stage: 'complete',
  message: 'At conclusion, the risk assessment outcome is recorded; where risk was identified and action taken, the risk outcome; and where risk remained, why.',
  hint: 'Record what the enquiry found about the risk and whether action was taken; if action was taken on an identified risk, whether the risk remained, was reduced or was removed; if it remained, why.',
  source: 'Safeguarding Adults Collection SG2c and SG2e',
  *check(enquiry) {
    const conclusion = enquiry.conclusion;
    if (!conclusion?.riskAssessmentOutcome) {
      yield { path: conclusion ? '/conclusion' : '', message: 'The concluded enquiry does not record the risk assessment outcome: record what it found about the risk and whether action was taken.' };
      return;
    }
    const identifiedAndActed = conclusion.riskAssessmentOutcome === 'risk-identified-action-taken';
    if (identifiedAndActed && !conclusion.riskOutcome) {
      yield { path: '/conclusion', message: 'Risk was identified and action taken, but the record does not say whether the risk remained, was reduced or was removed: record it in riskOutcome.' };
    }
    if (!identifiedAndActed && conclusion.riskOutcome) {
      yield {
        path: '/conclusion/riskOutcome',
        message: `A risk outcome is recorded only where risk was identified and action taken, and this enquiry's outcome is "${codeLabel('RiskAssessmentOutcome', conclusion.riskAssessmentOutcome)}": remove it, or correct the risk assessment outcome.`,
      };
    }
    if (conclusion.riskOutcome === 'risk-remained' && !conclusion.whyRiskRemains) {
      yield { path: '/conclusion', message: 'The risk remained, but the record does not say why (for example, the person\'s informed choice): record it in whyRiskRemains.' };
    }
  },
};
