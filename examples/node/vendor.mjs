// How a case-management system might use Good Day: check a record from a form before saving it.
import { codeLabel } from '@goodday/schemas';
import { GoodDayInputError, isAssessment, parseRecord, validate } from '@goodday/validate';

const fromTheForm = JSON.stringify({
  $schema: 'https://goodday.dev/schemas/assessment/1.0.0.json',
  id: 'ASM-2026-0107',
  status: 'draft',
  goodDay: {
    text: 'Coffee in the garden, then the library with my grandson.',
    describedBy: 'person',
    recordedAt: '2026-03-03T10:05:00Z',
  },
  needs: [
    {
      id: 'need-1',
      inPersonsWords: { text: 'I get muddled with my tablets.', describedBy: 'person-with-support', recordedAt: '2026-03-03T10:20:00Z' },
    },
  ],
});

try {
  const record = parseRecord(fromTheForm);
  const report = validate(record);
  console.log(`${report.kind} ${report.version}: ${report.valid ? 'can be saved' : 'needs changes'}`);
  for (const finding of report.findings) console.log(`- [${finding.severity}] ${finding.path || '(record)'}: ${finding.message}`);
  if (isAssessment(record)) console.log(`Needs recorded: ${record.needs?.length ?? 0}`);
  console.log(`Wellbeing area label: ${codeLabel('WellbeingArea', 'personal-dignity')}`);
} catch (error) {
  // Unusable input (not JSON, over a limit, unknown $schema) is one clear sentence.
  if (error instanceof GoodDayInputError) console.error(error.message);
  else throw error;
}
