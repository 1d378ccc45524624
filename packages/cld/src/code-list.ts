/** One value of a CLD code list: a stable kebab-case code and the specification's label, word for word. */
export interface CldCode {
  readonly code: string;
  readonly label: string;
}

/** A CLD value set: its id, the field it fills, where its labels come from, and its values in the specification's order. */
export interface CldCodeList {
  readonly id: string;
  /** The CLD field (column) it fills; Method of review has no column in the observed field list. */
  readonly field: string;
  readonly source: string;
  readonly codes: readonly CldCode[];
}

const GLOSSARY = 'NHS England Adult Social Care Client Level Data: CLD Guidance release 1 (February 2023), via the ASC glossary (marketingteam125.wixsite.com/ascglossary)';
const SQL = 'NHSDigital/ASC-Client-Level-Data-SALT-ASCOF-transformations (May 2024), replication code';
const INTERWEAVE = 'yorkshire-and-humber-care-record/fhir-ig (Interweave), code systems derived from the V5 ASC Client Level Data Specification';

const list = (id: string, field: string, source: string, codes: readonly (readonly [string, string])[]): CldCodeList => ({
  id,
  field,
  source,
  codes: codes.map(([code, label]) => ({ code, label })),
});

/** "Data Not Held" codes: System Level where no Good Day schema can say the field, Individual Level where this record does not. */
export const dataNotHeld = list('data-not-held', '', `${INTERWEAVE}; ${SQL}`, [
  ['system-level', 'Data Not Held - System Level'],
  ['individual-level', 'Data Not Held - Individual Level'],
]);

export const eventType = list('event-type', 'Event_Type', GLOSSARY, [
  ['request', 'Request'],
  ['assessment', 'Assessment'],
  ['service', 'Service'],
  ['review', 'Review'],
]);

export const clientType = list('client-type', 'Client_Type', SQL, [
  ['service-user', 'Service User'],
  ['carer', 'Carer'],
  ['carer-known-by-association', 'Carer known by association'],
]);

export const assessmentType = list('assessment-type', 'Assessment_Type', GLOSSARY, [
  ['long-term', 'Long Term Assessment'],
  ['short-term', 'Short Term Assessment'],
]);

export const reviewReason = list('review-reason', 'Review_Reason', GLOSSARY, [
  ['planned', 'Planned'],
  ['unplanned-hospital', 'Unplanned - Hospital'],
  ['unplanned-carer-related', 'Unplanned - Carer related'],
  ['unplanned-safeguarding-concern', 'Unplanned - Safeguarding concern'],
  ['unplanned-other', 'Unplanned - Other Reason'],
  ['unplanned-provider-failure', 'Unplanned - Provider Failure'],
  ['unplanned-commissioning-change', 'Unplanned - Change in Commissioning arrangements'],
]);

export const reviewOutcomesAchieved = list('review-outcomes-achieved', 'Review_Outcomes_Achieved', GLOSSARY, [
  ['fully-met', 'Fully Met'],
  ['partially-met', 'Partially Met'],
  ['not-met', 'Not Met'],
]);

export const reviewMethod = list('method-of-review', 'Method_of_Review', GLOSSARY, [
  ['carer-only', 'Carer only'],
  ['service-user-only', 'Service user only'],
  ['service-user-and-carer', 'Service user and carer'],
]);

export const eventOutcome = list('event-outcome', 'Event_Outcome', `${INTERWEAVE} (InterweaveCodesSocialCareAssessmentOutcome); ${SQL}`, [
  ['progress-to-reablement', 'Progress to Reablement/ST-Max'],
  ['progress-to-assessment', 'Progress to Assessment'],
  ['admitted-to-hospital', 'Admitted to hospital'],
  ['progress-to-reassessment', 'Progress to Re-assessment / Unplanned Review'],
  ['progress-to-support-planning', 'Progress to Support Planning / Services'],
  ['progress-to-end-of-life-care', 'Progress to End of Life Care'],
  ['no-change-in-package', 'No change in package'],
  ['service-ended-as-planned', 'Service ended as planned'],
  ['nfa-moved-to-another-la', 'NFA - Moved to another LA'],
  ['nfa-nhs-funded', 'NFA - 100% NHS funded care'],
  ['nfa-self-funded', 'NFA - Self-funded client (inc 12wk disregard)'],
  ['nfa-support-declined', 'NFA - Support declined'],
  ['nfa-information-and-advice', 'NFA - Information & Advice / Signposting only'],
  ['nfa-deceased', 'NFA - Deceased'],
  ['nfa-no-services-offered', 'NFA - No services offered: Other reason'],
  ['nfa-support-ended', 'NFA - Support ended: Other reason'],
  ['nfa-other', 'NFA - Other'],
  ['progress-to-financial-assessment', 'Progress to financial assessment'],
  ['provision-of-service', 'Provision of service'],
  ['data-not-held-system-level', 'Data Not Held - System Level'],
  ['data-not-held-individual-level', 'Data Not Held - Individual Level'],
]);

export const serviceType = list('service-type', 'Service_Type', `${INTERWEAVE} (InterweaveCodesSocialCareServiceCategory); ${SQL}`, [
  ['short-term-st-max', 'Short Term Support: ST-Max'],
  ['short-term-ongoing-low-level', 'Short Term Support: Ongoing Low Level'],
  ['short-term-other', 'Short Term Support: Other Short Term'],
  ['long-term-nursing-care', 'Long Term Support: Nursing Care'],
  ['long-term-residential-care', 'Long Term Support: Residential Care'],
  ['long-term-community', 'Long Term Support: Community'],
  ['long-term-prison', 'Long Term Support: Prison'],
  ['carer-support-direct', 'Carer Support: Direct to Carer'],
  ['carer-support-involving-cared-for', 'Carer Support: Support involving the person cared-for'],
]);

export const serviceComponent = list('service-component', 'Service_Component', `${INTERWEAVE} (InterweaveCodesSocialCareServiceType)`, [
  ['reablement', 'Reablement'],
  ['short-term-nursing-care', 'Short Term Nursing Care'],
  ['short-term-residential-care', 'Short Term Residential Care'],
  ['long-term-nursing-care', 'Long Term Nursing Care'],
  ['long-term-residential-care', 'Long Term Residential Care'],
  ['home-support', 'Home Support'],
  ['day-support', 'Day Support'],
  ['meals', 'Meals'],
  ['transport', 'Transport'],
  ['equipment', 'Equipment'],
  ['direct-payment', 'Direct Payment'],
  ['shared-lives', 'Shared Lives'],
  ['community-supported-living', 'Community Supported Living'],
  ['professional-support', 'Professional Support'],
  ['professional-support-social-worker', 'Professional Support - Social Worker'],
  ['learning-education-employment', 'Learning/Education/Employment Support'],
  ['end-of-life-care', 'End of Life Care'],
  ['emergency-support', 'Emergency Support'],
  ['other-short-term-support', 'Other Short Term Support'],
  ['other-long-term-support', 'Other Long Term Support'],
  ['carer-respite', 'Carer Respite'],
  ['carer-sitting-service', 'Carer Sitting Service'],
  ['carer-universal-services', 'Carer Universal Services'],
  ['other-carer-support', 'Other Carer Support'],
  ['other', 'Other'],
]);

export const deliveryMechanism = list('delivery-mechanism', 'Delivery_Mechanism', SQL, [
  ['direct-payment', 'Direct Payment'],
  ['cassr-managed-personal-budget', 'CASSR Managed Personal Budget'],
  ['cassr-commissioned-support', 'CASSR Commissioned support'],
]);

/** Every CLD code list this package fills fields from. */
export const cldCodeLists: readonly CldCodeList[] = [dataNotHeld, eventType, clientType, assessmentType, reviewReason, reviewOutcomesAchieved, reviewMethod, eventOutcome, serviceType, serviceComponent, deliveryMechanism];

/** The specification's label for a code of a list; throws on a code the list does not have (a bug here, never the record's). */
export function labelOf(codeList: CldCodeList, code: string): string {
  const found = codeList.codes.find((c) => c.code === code);
  if (!found) throw new Error(`${codeList.id} has no code ${code}`);
  return found.label;
}
