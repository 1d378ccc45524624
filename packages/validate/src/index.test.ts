import { recordKinds } from '@goodday/schemas';
import { expect, it } from 'vitest';
import * as api from './index.js';

const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

it('exports exactly the public API: validate<Kind> and is<Kind> for every kind of the registry', () => {
  expect(recordKinds).toEqual(expect.arrayContaining(['assessment', 'support-plan', 'safeguarding-enquiry', 'capacity-decision']));
  expect(Object.keys(api).sort()).toEqual(
    ['GoodDayInputError', 'defaultLimits', 'identify', 'isGoodDayInputError', 'missingField', 'parseRecord', 'pointer', 'readablePath', 'rules', 'segments', 'rulesFor', 'validate', 'forEachPractitionerText', ...recordKinds.flatMap((kind) => [`validate${pascal(kind)}`, `is${pascal(kind)}`])].sort(),
  );
});
