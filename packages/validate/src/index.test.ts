import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['GoodDayInputError', 'defaultLimits', 'identify', 'isAssessment', 'isGoodDayInputError', 'missingField', 'parseRecord', 'pointer', 'readablePath', 'rules', 'segments', 'rulesFor', 'validate', 'validateAssessment', 'validateSupportPlan', 'isSupportPlan', 'validateSafeguardingEnquiry', 'isSafeguardingEnquiry', 'validateCapacityDecision', 'isCapacityDecision', 'forEachPractitionerText'].sort(),
  );
});
