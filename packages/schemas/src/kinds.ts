/**
 * Every record kind Good Day knows, in the order the SDK documents them, with the words a sentence and a heading
 * use for it. The one place a kind is registered: every package reads its kinds from here and from schemas/.
 */
export const kindTable = [
  { kind: 'assessment', one: 'an assessment', many: 'Assessments' },
  { kind: 'support-plan', one: 'a support plan', many: 'Support plans' },
  { kind: 'safeguarding-enquiry', one: 'a safeguarding enquiry', many: 'Safeguarding enquiries' },
  { kind: 'capacity-decision', one: 'a capacity decision', many: 'Capacity decisions' },
  { kind: 'review', one: 'a review', many: 'Reviews' },
  { kind: 'carers-assessment', one: "a carer's assessment", many: "Carers' assessments" },
] as const;
