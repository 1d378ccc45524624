/**
 * The CLD fields in the specification's column order: the field list NHS England's replication code reads from
 * the CLD repository (domain-facts §4.3), LA_Code to Planned_units_per_week.
 */
export const CLD_FIELDS = [
  'LA_Code',
  'LA_Name',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'Der_Unique_Record_ID',
  'Der_LA_Person_Unique_Identifier_Pseudo',
  'Der_NHS_Number_Traced_Pseudo',
  'Der_Birth_Month',
  'Der_Birth_Year',
  'Date_of_Death',
  'Gender',
  'Ethnicity',
  'Client_Type',
  'Primary_Support_Reason',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Event_Type',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Outcome',
  'Request_Route_of_Access',
  'Assessment_Type',
  'Review_Reason',
  'Review_Outcomes_Achieved',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Unit_Cost',
  'Cost_Frequency_(Unit_Type)',
  'Planned_units_per_week',
] as const;

/** Method of review: a CLD item (glossary "Method of review") with no column in the observed field list, so it is written only when asked for, after the others. */
export const METHOD_OF_REVIEW = 'Method_of_Review' as const;

export type CldField = (typeof CLD_FIELDS)[number] | typeof METHOD_OF_REVIEW;

/** One CLD event row: every field as the text written to the CSV ("" where the field does not apply to the event type). */
export type CldRow = Readonly<Record<CldField, string>>;

/** The fields that only some event types fill: blank (not "Data Not Held") on the others. */
export const FIELDS_BY_EVENT_TYPE: Readonly<Partial<Record<CldField, readonly string[]>>> = {
  Event_End_Date: ['Request', 'Assessment', 'Review', 'Service'],
  Request_Route_of_Access: ['Request'],
  Assessment_Type: ['Assessment'],
  Review_Reason: ['Review'],
  Review_Outcomes_Achieved: ['Review'],
  [METHOD_OF_REVIEW]: ['Review'],
  Service_Type: ['Service'],
  Service_Component: ['Service'],
  Delivery_Mechanism: ['Service'],
  Unit_Cost: ['Service'],
  'Cost_Frequency_(Unit_Type)': ['Service'],
  'Planned_units_per_week': ['Service'],
};
