import type { KindMapping } from './mapping.js';

/** Why a kind implies no CLD event: CLD's Assessment excludes DoLS, safeguarding, mental capacity and Mental Health Act assessments (§4.2). */
export const EXCLUDED_BY_CLD = 'CLD excludes safeguarding and mental capacity work';

const none = (kind: string): KindMapping => ({ kind, excluded: EXCLUDED_BY_CLD, events: () => ({ skipped: EXCLUDED_BY_CLD }) });

/** A section 42 safeguarding enquiry: reported to the Safeguarding Adults Collection, not CLD. */
export const safeguardingEnquiryMapping = none('safeguarding-enquiry');

/** A Mental Capacity Act assessment and best-interests decision: not a CLD assessment. */
export const capacityDecisionMapping = none('capacity-decision');
