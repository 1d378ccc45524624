/* eslint-disable */
/**
 * Generated from the JSON Schemas in schemas/ by packages/schemas/scripts/generate-types.mjs.
 * Generated — do not edit. Change the schema and run `pnpm generate` instead.
 */

/**
 * Any Good Day record, of any kind and any published version.
 */
export type GoodDayRecord =
  | AssessmentV1_0
  | Assessment
  | CapacityDecisionV1_0
  | CapacityDecision
  | CarersAssessment
  | Review
  | SafeguardingEnquiryV1_0
  | SafeguardingEnquiry
  | SupportPlanV1_0
  | SupportPlan;
/**
 * An identifier, unique within the record (or within your system for record ids). Letters, digits, '.', '_', ':' and '-'.
 */
export type IdV1_0 = string;
/**
 * A short piece of text such as a name or a role.
 */
export type ShortTextV1_0 = string;
/**
 * An ISO 8601 date and time with a time zone, for example 2026-03-03T10:30:00Z.
 */
export type DateTimeV1_0 = string;
/**
 * Free text.
 */
export type TextV1_0 = string;
/**
 * Who put this into words: the person themselves, the person with someone's support, or a representative speaking for them.
 */
export type DescribedByV1_0 = 'person' | 'person-with-support' | 'representative';
/**
 * One of the nine areas of wellbeing in section 1(2) of the Care Act 2014. There is no hierarchy: each is as important as the others.
 */
export type WellbeingAreaV1_0 =
  | 'personal-dignity'
  | 'physical-and-mental-health'
  | 'protection-from-abuse-and-neglect'
  | 'control-over-day-to-day-life'
  | 'participation-in-work-education-training-or-recreation'
  | 'social-and-economic-wellbeing'
  | 'domestic-family-and-personal-relationships'
  | 'suitability-of-living-accommodation'
  | 'contribution-to-society';
/**
 * One of the four areas in section 67(4) of the Care Act 2014 in which a person may have substantial difficulty in being involved.
 */
export type SubstantialDifficultyAreaV1_0 =
  'understanding' | 'retaining' | 'using-or-weighing' | 'communicating';
/**
 * Which kind of independent advocate is involved.
 */
export type AdvocacyTypeV1_0 = 'care-act' | 'imca' | 'imha' | 'non-statutory';
/**
 * One of the ten outcomes specified in regulation 2(2) of the Care and Support (Eligibility Criteria) Regulations 2015.
 */
export type EligibilityOutcomeV1_0 =
  | 'managing-and-maintaining-nutrition'
  | 'maintaining-personal-hygiene'
  | 'managing-toilet-needs'
  | 'being-appropriately-clothed'
  | 'being-able-to-make-use-of-home-safely'
  | 'maintaining-a-habitable-home-environment'
  | 'developing-and-maintaining-family-or-other-personal-relationships'
  | 'accessing-and-engaging-in-work-training-education-or-volunteering'
  | 'making-use-of-necessary-facilities-or-services-in-the-local-community'
  | 'carrying-out-caring-responsibilities-for-a-child';
/**
 * Which part of regulation 2(3) of the Eligibility Criteria Regulations 2015 applies. A person who can achieve an outcome only with prompting is unable to achieve it without assistance.
 */
export type UnableToAchieveLimbV1_0 =
  'without-assistance' | 'significant-pain-distress-or-anxiety' | 'endangers-health-or-safety';
/**
 * The two kinds of advice and information the Care Act requires: on meeting or reducing needs, and on preventing or delaying needs in future.
 */
export type AdviceTopicV1_0 = 'meeting-or-reducing-needs' | 'preventing-or-delaying-needs';
/**
 * An identifier, unique within the record (or within your system for record ids). Letters, digits, '.', '_', ':' and '-'.
 */
export type Id = string;
/**
 * A short piece of text such as a name or a role.
 */
export type ShortText = string;
/**
 * An ISO 8601 date and time with a time zone, for example 2026-03-03T10:30:00Z.
 */
export type DateTime = string;
/**
 * Free text.
 */
export type Text = string;
/**
 * Who put this into words: the person themselves, the person with someone's support, or a representative speaking for them.
 */
export type DescribedBy = 'person' | 'person-with-support' | 'representative';
/**
 * One of the nine areas of wellbeing in section 1(2) of the Care Act 2014. There is no hierarchy: each is as important as the others.
 */
export type WellbeingArea =
  | 'personal-dignity'
  | 'physical-and-mental-health'
  | 'protection-from-abuse-and-neglect'
  | 'control-over-day-to-day-life'
  | 'participation-in-work-education-training-or-recreation'
  | 'social-and-economic-wellbeing'
  | 'domestic-family-and-personal-relationships'
  | 'suitability-of-living-accommodation'
  | 'contribution-to-society';
/**
 * An ISO 8601 calendar date, for example 2026-03-03.
 */
export type Date = string;
/**
 * One of the four areas in section 67(4) of the Care Act 2014 in which a person may have substantial difficulty in being involved.
 */
export type SubstantialDifficultyArea = 'understanding' | 'retaining' | 'using-or-weighing' | 'communicating';
/**
 * Which kind of independent advocate is involved.
 */
export type AdvocacyType = 'care-act' | 'imca' | 'imha' | 'non-statutory';
/**
 * One of the ten outcomes specified in regulation 2(2) of the Care and Support (Eligibility Criteria) Regulations 2015.
 */
export type EligibilityOutcome =
  | 'managing-and-maintaining-nutrition'
  | 'maintaining-personal-hygiene'
  | 'managing-toilet-needs'
  | 'being-appropriately-clothed'
  | 'being-able-to-make-use-of-home-safely'
  | 'maintaining-a-habitable-home-environment'
  | 'developing-and-maintaining-family-or-other-personal-relationships'
  | 'accessing-and-engaging-in-work-training-education-or-volunteering'
  | 'making-use-of-necessary-facilities-or-services-in-the-local-community'
  | 'carrying-out-caring-responsibilities-for-a-child';
/**
 * Which part of regulation 2(3) of the Eligibility Criteria Regulations 2015 applies. A person who can achieve an outcome only with prompting is unable to achieve it without assistance.
 */
export type UnableToAchieveLimb =
  | 'without-assistance'
  | 'significant-pain-distress-or-anxiety'
  | 'endangers-health-or-safety'
  | 'takes-significantly-longer';
/**
 * The two kinds of advice and information the Care Act requires: on meeting or reducing needs, and on preventing or delaying needs in future.
 */
export type AdviceTopic = 'meeting-or-reducing-needs' | 'preventing-or-delaying-needs';
/**
 * An identifier, unique within the record (or within your system for record ids). Letters, digits, '.', '_', ':' and '-'.
 */
export type IdV1_1 = string;
/**
 * A short piece of text such as a name or a role.
 */
export type ShortTextV1_1 = string;
/**
 * Free text.
 */
export type TextV1_1 = string;
/**
 * An ISO 8601 date and time with a time zone, for example 2026-03-03T10:30:00Z.
 */
export type DateTimeV1_1 = string;
/**
 * Who put this into words: the person themselves, the person with someone's support, or a representative speaking for them.
 */
export type DescribedByV1_1 = 'person' | 'person-with-support' | 'representative';
/**
 * One of the eight outcomes specified in regulation 3(2)(b) of the Care and Support (Eligibility Criteria) Regulations 2015, in the Regulations' words.
 */
export type CarerOutcome =
  | 'carrying-out-caring-responsibilities-for-a-child'
  | 'providing-care-to-other-persons'
  | 'maintaining-a-habitable-home-environment'
  | 'managing-and-maintaining-nutrition'
  | 'developing-and-maintaining-family-or-other-personal-relationships'
  | 'engaging-in-work-training-education-or-volunteering'
  | 'making-use-of-necessary-facilities-or-services-in-the-local-community'
  | 'engaging-in-recreational-activities';
/**
 * Which part of regulation 3(3) of the Eligibility Criteria Regulations 2015 applies. For carers there are three; the adults' 'takes significantly longer' limb of reg 2(3)(d) does not apply.
 */
export type CarerUnableToAchieveLimb =
  'without-assistance' | 'significant-pain-distress-or-anxiety' | 'endangers-health-or-safety';
/**
 * Why the review took place, in the Client Level Data specification's list of review reasons.
 */
export type ReviewReason =
  | 'planned'
  | 'unplanned-hospital'
  | 'unplanned-carer-related'
  | 'unplanned-safeguarding-concern'
  | 'unplanned-provider-failure'
  | 'unplanned-commissioning-change'
  | 'unplanned-other';
/**
 * Who took part in the review, in the Client Level Data specification's list of methods of review.
 */
export type ReviewMethod = 'service-user-only' | 'carer-only' | 'service-user-and-carer';
/**
 * One of the four areas in section 67(4) of the Care Act 2014 in which a person may have substantial difficulty in being involved.
 */
export type SubstantialDifficultyAreaV1_1 =
  'understanding' | 'retaining' | 'using-or-weighing' | 'communicating';
/**
 * Which kind of independent advocate is involved.
 */
export type AdvocacyTypeV1_1 = 'care-act' | 'imca' | 'imha' | 'non-statutory';
/**
 * How far a goal of the plan was met, in the Client Level Data specification's wording (the same list as the Safeguarding Adults Collection's).
 */
export type GoalMet = 'fully-met' | 'partially-met' | 'not-met';
/**
 * An ISO 8601 calendar date, for example 2026-03-03.
 */
export type DateV1_1 = string;
/**
 * One of the three conditions of section 42(1) of the Care Act 2014. All three must be met for the section 42 duty to apply.
 */
export type S42ConditionV1_1 =
  'has-needs-for-care-and-support' | 'experiencing-or-at-risk-of-abuse-or-neglect' | 'unable-to-protect-self';
/**
 * Whether the enquiry is a statutory section 42 enquiry or another (non-statutory) safeguarding enquiry, as the Safeguarding Adults Collection counts them.
 */
export type EnquiryTypeV1_1 = 'section-42' | 'other';
/**
 * The type of abuse or neglect, in the Safeguarding Adults Collection's wording. An enquiry may record more than one.
 */
export type RiskTypeV1_1 =
  | 'physical-abuse'
  | 'sexual-abuse'
  | 'psychological-abuse'
  | 'financial-or-material-abuse'
  | 'discriminatory-abuse'
  | 'organisational-abuse'
  | 'neglect-and-acts-of-omission'
  | 'domestic-abuse'
  | 'sexual-exploitation'
  | 'modern-slavery'
  | 'self-neglect';
/**
 * Where the risk was, in the Safeguarding Adults Collection's wording.
 */
export type RiskLocationV1_1 =
  | 'own-home'
  | 'in-the-community'
  | 'community-service'
  | 'care-home-nursing'
  | 'care-home-residential'
  | 'hospital-acute'
  | 'hospital-mental-health'
  | 'hospital-community'
  | 'other';
/**
 * Who the risk came from, in the Safeguarding Adults Collection's wording. A service provider is anyone paid, contracted or commissioned to provide social care; staff responsible for assessment and care management count as other.
 */
export type RiskSourceV1_1 = 'service-provider' | 'other-known-to-individual' | 'other-unknown-to-individual';
/**
 * Whether the person lacked capacity in relation to the enquiry, in the Safeguarding Adults Collection's wording.
 */
export type LackedCapacityV1_1 = 'yes' | 'no' | 'dont-know' | 'not-recorded';
/**
 * Whether the person or their representative was asked what they wanted from the enquiry, in the Safeguarding Adults Collection's wording (Making Safeguarding Personal).
 */
export type AskedAboutOutcomesV1_1 =
  'yes-outcomes-expressed' | 'yes-no-outcomes-expressed' | 'no' | 'dont-know' | 'not-recorded';
/**
 * How far an outcome the person expressed was achieved, in the Safeguarding Adults Collection's wording (Making Safeguarding Personal).
 */
export type OutcomeAchievedV1_1 = 'fully-achieved' | 'partially-achieved' | 'not-achieved';
/**
 * What the enquiry found about the risk, and whether action was taken, in the Safeguarding Adults Collection's wording.
 */
export type RiskAssessmentOutcomeV1_1 =
  | 'risk-identified-action-taken'
  | 'risk-identified-no-action'
  | 'inconclusive-action-taken'
  | 'inconclusive-no-action'
  | 'no-risk-action-taken'
  | 'no-risk-no-action'
  | 'ceased-at-request';
/**
 * Where a risk was identified and action taken, what happened to the risk, in the Safeguarding Adults Collection's wording.
 */
export type RiskOutcomeV1_1 = 'risk-remained' | 'risk-reduced' | 'risk-removed';
/**
 * One of the three conditions of section 42(1) of the Care Act 2014. All three must be met for the section 42 duty to apply.
 */
export type S42Condition =
  'has-needs-for-care-and-support' | 'experiencing-or-at-risk-of-abuse-or-neglect' | 'unable-to-protect-self';
/**
 * Whether the enquiry is a statutory section 42 enquiry or another (non-statutory) safeguarding enquiry, as the Safeguarding Adults Collection counts them.
 */
export type EnquiryType = 'section-42' | 'other';
/**
 * The type of abuse or neglect, in the Safeguarding Adults Collection's wording. An enquiry may record more than one.
 */
export type RiskType =
  | 'physical-abuse'
  | 'sexual-abuse'
  | 'psychological-abuse'
  | 'financial-or-material-abuse'
  | 'discriminatory-abuse'
  | 'organisational-abuse'
  | 'neglect-and-acts-of-omission'
  | 'domestic-abuse'
  | 'sexual-exploitation'
  | 'modern-slavery'
  | 'self-neglect';
/**
 * Where the risk was, in the Safeguarding Adults Collection's wording.
 */
export type RiskLocation =
  | 'own-home'
  | 'in-the-community'
  | 'community-service'
  | 'care-home-nursing'
  | 'care-home-residential'
  | 'hospital-acute'
  | 'hospital-mental-health'
  | 'hospital-community'
  | 'other';
/**
 * Who the risk came from, in the Safeguarding Adults Collection's wording. A service provider is anyone paid, contracted or commissioned to provide social care; staff responsible for assessment and care management count as other.
 */
export type RiskSource = 'service-provider' | 'other-known-to-individual' | 'other-unknown-to-individual';
/**
 * Whether the person lacked capacity in relation to the enquiry, in the Safeguarding Adults Collection's wording.
 */
export type LackedCapacity = 'yes' | 'no' | 'dont-know' | 'not-recorded';
/**
 * Whether the person or their representative was asked what they wanted from the enquiry, in the Safeguarding Adults Collection's wording (Making Safeguarding Personal).
 */
export type AskedAboutOutcomes =
  'yes-outcomes-expressed' | 'yes-no-outcomes-expressed' | 'no' | 'dont-know' | 'not-recorded';
/**
 * How far an outcome the person expressed was achieved, in the Safeguarding Adults Collection's wording (Making Safeguarding Personal).
 */
export type OutcomeAchieved = 'fully-achieved' | 'partially-achieved' | 'not-achieved';
/**
 * What the enquiry found about the risk, and whether action was taken, in the Safeguarding Adults Collection's wording.
 */
export type RiskAssessmentOutcome =
  | 'risk-identified-action-taken'
  | 'risk-identified-no-action'
  | 'inconclusive-action-taken'
  | 'inconclusive-no-action'
  | 'no-risk-action-taken'
  | 'no-risk-no-action'
  | 'ceased-at-request';
/**
 * Where a risk was identified and action taken, what happened to the risk, in the Safeguarding Adults Collection's wording.
 */
export type RiskOutcome = 'risk-remained' | 'risk-reduced' | 'risk-removed';
/**
 * Who or what will meet this need, or part of it. Start with the person, the people in their life, the community and technology before paid support.
 */
export type SupportSourceV1_0 =
  | 'person'
  | 'family-or-friends'
  | 'community-asset'
  | 'technology-or-equipment'
  | 'reablement'
  | 'paid-support';
/**
 * Who pays for this support, if anyone.
 */
export type FundedByV1_0 = 'council' | 'person' | 'nhs' | 'no-cost';
/**
 * The period an amount covers.
 */
export type BudgetPeriodV1_0 = 'week' | 'four-weeks' | 'month' | 'year';
/**
 * An amount of money in pounds sterling, for example 312.50.
 */
export type MoneyV1_0 = number;
/**
 * An ISO 8601 calendar date, for example 2026-03-03.
 */
export type DateV1_0 = string;
/**
 * Who or what will meet this need, or part of it. Start with the person, the people in their life, the community and technology before paid support.
 */
export type SupportSource =
  | 'person'
  | 'family-or-friends'
  | 'community-asset'
  | 'technology-or-equipment'
  | 'reablement'
  | 'paid-support';
/**
 * Who pays for this support, if anyone.
 */
export type FundedBy = 'council' | 'person' | 'nhs' | 'no-cost';
/**
 * The period an amount covers.
 */
export type BudgetPeriod = 'week' | 'four-weeks' | 'month' | 'year';
/**
 * An amount of money in pounds sterling, for example 312.50.
 */
export type Money = number;

/**
 * A needs assessment under section 9 of the Care Act 2014, carried out in a strengths-based way: it starts from what a good day looks like, what matters to the person, their strengths and the people in their life; records needs and their impact on wellbeing in the person's own words; and only then records the eligibility determination. A draft may be partial; a complete assessment must have everything the rules ask for.
 */
export interface AssessmentV1_0 {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the assessment.
   */
  $schema: 'https://goodday.dev/schemas/assessment/1.0.0.json';
  /**
   * Assessment id
   *
   * The id of this assessment in your system.
   */
  id: IdV1_0;
  /**
   * Status
   *
   * A draft may be partial. Mark the assessment complete only when everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the assessment is with. Keep identifying details in your case-management system; record here how the person likes to be known.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortTextV1_0;
    /**
     * Pronouns
     */
    pronouns?: ShortTextV1_0;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortTextV1_0;
  };
  /**
   * How the assessment was carried out
   *
   * The format of the assessment. Every format must be appropriate and proportionate (Assessment Regulations 2014 reg 3).
   */
  format?: 'face-to-face' | 'supported-self-assessment' | 'phone-or-video' | 'joint' | 'combined';
  /**
   * When the assessment started
   */
  startedAt?: DateTimeV1_0;
  /**
   * When the assessment was completed
   */
  completedAt?: DateTimeV1_0;
  /**
   * Assessor
   */
  assessor?: RecorderV1_0;
  /**
   * What a good day looks like
   *
   * What a good day looks like for the person, or could look like, in their own words. Start the conversation here.
   */
  goodDay?: PersonsWordsV1_0;
  /**
   * What is important to the person
   *
   * What matters to the person, in their own words.
   *
   * @maxItems 100
   */
  importantTo?: PersonsWordsV1_0[];
  /**
   * What is important for the person
   *
   * What is important for the person's health, safety and wellbeing, as the person and those supporting them see it.
   *
   * @maxItems 100
   */
  importantFor?: PractitionerNoteV1_0[];
  /**
   * Strengths
   *
   * What the person can do and what helps them: their skills, abilities, resilience and assets, and those of the people and community around them.
   *
   * @maxItems 200
   */
  strengths?: StrengthV1_0[];
  /**
   * People in the person's life
   *
   * The people who matter to the person, and whether the person agreed to each being contacted.
   *
   * @maxItems 200
   */
  network?: NetworkMemberV1_0[];
  /**
   * Community assets
   *
   * Groups, places and services in the community the person uses or could use.
   *
   * @maxItems 200
   */
  communityAssets?: CommunityAssetV1_0[];
  /**
   * Needs
   *
   * Each need as the person describes it, with its impact on their wellbeing. These do not need to match the language of the eligibility criteria.
   *
   * @maxItems 200
   */
  needs?: NeedV1_0[];
  /**
   * Outcomes the person wants
   *
   * What the person wants to achieve in day-to-day life (Care Act 2014 s9(4)(b)).
   *
   * @maxItems 100
   */
  outcomesWanted?: OutcomeWantedV1_0[];
  /**
   * Communication
   *
   * How the person communicates best and what helps.
   */
  communication?: {
    /**
     * Preferred language
     */
    preferredLanguage?: ShortTextV1_0;
    /**
     * What helps
     *
     * What helps the person take part: time of day, pace, aids, interpreters, easy read, people.
     */
    whatHelps?: TextV1_0;
  };
  /**
   * Substantial difficulty in being involved
   *
   * Whether the person would have substantial difficulty in any of the four areas of section 67(4) of the Care Act 2014. Record an empty list when there is none.
   */
  substantialDifficulty?: {
    /**
     * Areas of difficulty
     *
     * The areas in which the person would have substantial difficulty. Leave the list empty when there are none.
     *
     * @maxItems 4
     */
    areas: SubstantialDifficultyAreaV1_0[];
    /**
     * When it was considered
     */
    recordedAt: DateTimeV1_0;
  };
  /**
   * Appropriate person to support involvement
   *
   * Someone, not paid or professionally engaged in providing care or treatment, who is able and willing to support the person's involvement and whom the person agrees to. Where there is no such person and the person has substantial difficulty, an independent advocate must be arranged.
   */
  appropriatePerson?: {
    /**
     * Relationship
     */
    relationship: ShortTextV1_0;
    /**
     * Person in their life
     */
    networkMemberId?: IdV1_0;
    /**
     * The person agreed to their support
     *
     * Whether the person agreed to this person supporting them to be involved.
     */
    personAgreed?: boolean;
    /**
     * When it was recorded
     */
    recordedAt: DateTimeV1_0;
  };
  advocacy?: AdvocacyV1_0;
  /**
   * Consent
   *
   * The person's consent to the assessment and to information about them being shared.
   */
  consent?: {
    /**
     * Consent to the assessment
     */
    toAssessment?: AgreementV1_0;
    /**
     * Consent to sharing information
     */
    toSharingInformation?: AgreementV1_0;
  };
  /**
   * What was heard, presented back
   *
   * Reading back what was heard so the person can confirm or correct it: 'So what I heard you say is…'.
   */
  presentedBack?: {
    /**
     * When it was presented back
     */
    presentedAt: DateTimeV1_0;
    /**
     * The person confirmed it
     *
     * Whether the person confirmed that what was read back is right.
     */
    personConfirmed: boolean;
    /**
     * What the person said
     *
     * Any corrections or comments the person made.
     */
    personsComments?: PersonsWordsV1_0;
  };
  eligibility?: EligibilityDeterminationV1_0;
  /**
   * Advice and information given
   *
   * Advice and information on meeting or reducing needs and on preventing or delaying needs. Required in writing when no needs are eligible (Care Act 2014 s13(5)).
   *
   * @maxItems 50
   */
  advice?: AdviceV1_0[];
}
/**
 * The role of the person who wrote this part of the record, and optionally their name.
 */
export interface RecorderV1_0 {
  /**
   * Role
   *
   * Their role, for example 'social worker' or 'occupational therapist'.
   */
  role: ShortTextV1_0;
  /**
   * Name
   *
   * Their name, if your organisation records it.
   */
  name?: ShortTextV1_0;
}
/**
 * What the person said, written as they said it, with who put it into words and when. A practitioner's description is a separate field and never replaces this.
 */
export interface PersonsWordsV1_0 {
  /**
   * Their words
   *
   * Write what the person said, as they said it. Use their words, not a summary in professional language.
   */
  text: TextV1_0;
  describedBy: DescribedByV1_0;
  /**
   * Who supported them
   *
   * When the person described this with support, or a representative spoke for them: who that was.
   */
  supportedBy?: SupporterV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
  recordedBy?: RecorderV1_0;
}
/**
 * Someone who helped the person say what they wanted to say, or who spoke for them.
 */
export interface SupporterV1_0 {
  /**
   * Relationship or role
   *
   * How they know the person, for example 'daughter', 'friend' or 'independent advocate'.
   */
  relationship: ShortTextV1_0;
  /**
   * Name
   */
  name?: ShortTextV1_0;
  /**
   * Person in their life
   *
   * The id of this person in the record's list of people in the person's life, if they are there.
   */
  networkMemberId?: IdV1_0;
}
/**
 * Something written by a practitioner, kept apart from the person's own words.
 */
export interface PractitionerNoteV1_0 {
  /**
   * Note
   *
   * Write in plain, respectful language that the person would recognise.
   */
  text: TextV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
  recordedBy?: RecorderV1_0;
}
/**
 * Something that helps the person: a capability, ability, source of resilience or asset, their own or from the people and community around them.
 */
export interface StrengthV1_0 {
  id: IdV1_0;
  /**
   * The strength
   *
   * Describe the strength in the person's terms, for example 'Knows every bus route in town'.
   */
  text: TextV1_0;
  /**
   * Kind of strength
   *
   * What kind of strength this is.
   */
  type?: 'capability' | 'ability' | 'resilience' | 'asset';
  /**
   * Where the strength comes from
   *
   * Whether the strength is the person's own, comes from the people in their life, or from their community.
   */
  sphere?: 'personal' | 'network' | 'community';
  /**
   * Person in their life
   */
  networkMemberId?: IdV1_0;
  /**
   * Community asset
   */
  communityAssetId?: IdV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
}
/**
 * Someone in the person's life: family, friends, neighbours, carers and others who matter to them. Record whether the person agreed to them being contacted before anyone contacts them.
 */
export interface NetworkMemberV1_0 {
  id: IdV1_0;
  /**
   * Name
   */
  name?: ShortTextV1_0;
  /**
   * Relationship
   *
   * How the person describes them, for example 'my daughter', 'my neighbour Jean' or 'my friend from chapel'.
   */
  relationship: ShortTextV1_0;
  /**
   * What they do with the person
   *
   * What this person does in the person's life, in plain words.
   */
  role?: ShortTextV1_0;
  /**
   * Provides care
   *
   * Whether they provide or intend to provide care. A carer may have a right to their own assessment (Care Act 2014 s10).
   */
  isCarer?: boolean;
  /**
   * The person agreed to them being contacted
   *
   * Whether, and when, the person agreed to this person being contacted as part of the assessment.
   */
  contactAgreed?: AgreementV1_0;
  /**
   * When they were contacted
   *
   * When they were contacted or consulted as part of this work, if they were.
   */
  consultedAt?: DateTimeV1_0;
  /**
   * Their views
   *
   * What they said, briefly.
   */
  views?: TextV1_0;
}
/**
 * Whether the person agreed, and when they said so.
 */
export interface AgreementV1_0 {
  /**
   * Agreed
   *
   * True when the person agreed; false when they did not.
   */
  agreed: boolean;
  /**
   * When they said so
   */
  recordedAt: DateTimeV1_0;
  recordedBy?: RecorderV1_0;
  /**
   * Notes
   *
   * Anything the person asked for, such as limits on what may be shared.
   */
  notes?: TextV1_0;
}
/**
 * A group, place or service in the community that the person uses or could use.
 */
export interface CommunityAssetV1_0 {
  id: IdV1_0;
  /**
   * Name
   */
  name: ShortTextV1_0;
  /**
   * Kind of asset
   *
   * What sort of asset this is.
   */
  kind:
    | 'group-or-club'
    | 'faith-community'
    | 'voluntary-service'
    | 'public-service'
    | 'place'
    | 'online-community'
    | 'other';
  /**
   * Open Referral UK service id
   *
   * The service's id in your area's Open Referral UK directory, if it has one.
   */
  orukServiceId?: ShortTextV1_0;
  /**
   * How it helps
   *
   * What the person gets from it, or could.
   */
  howItHelps?: TextV1_0;
}
/**
 * A need for care and support, as the person describes it.
 */
export interface NeedV1_0 {
  id: IdV1_0;
  /**
   * The need in the person's words
   *
   * How the person describes this need, as they said it.
   */
  inPersonsWords?: PersonsWordsV1_0;
  /**
   * Practitioner's description
   *
   * Optional. A practitioner's strengths-based description of the need, kept apart from the person's words.
   */
  practitionerDescription?: PractitionerNoteV1_0;
  wellbeingImpact?: WellbeingImpactV1_0;
  /**
   * The need fluctuates
   *
   * Whether the need varies over time; if it does, describe it over a period long enough to see the whole picture (Assessment Regulations 2014 reg 3(3)).
   */
  fluctuates?: boolean;
}
/**
 * How the need affects the person's wellbeing, described by the person, linked to the areas of Care Act 2014 s1(2).
 */
export interface WellbeingImpactV1_0 {
  /**
   * In the person's words
   */
  inPersonsWords: PersonsWordsV1_0;
  /**
   * Wellbeing areas affected
   *
   * The wellbeing areas of Care Act 2014 s1(2) that the need affects. At least one, when the assessment is complete.
   *
   * @maxItems 9
   */
  areas: WellbeingAreaV1_0[];
}
export interface OutcomeWantedV1_0 {
  id: IdV1_0;
  inPersonsWords: PersonsWordsV1_0;
  /**
   * Wellbeing areas it serves
   *
   * The wellbeing areas of Care Act 2014 s1(2) that this outcome would support.
   *
   * @maxItems 9
   */
  wellbeingAreas?: WellbeingAreaV1_0[];
}
/**
 * Whether an independent advocate is involved, of which kind, and from when.
 */
export interface AdvocacyV1_0 {
  /**
   * An independent advocate is involved
   *
   * Whether an independent advocate is supporting the person's involvement.
   */
  involved: boolean;
  type?: AdvocacyTypeV1_0;
  /**
   * Advocacy organisation
   */
  organisation?: ShortTextV1_0;
  /**
   * Involved from
   */
  involvedFrom?: DateTimeV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
}
/**
 * Recorded only after needs and their impact on wellbeing have been described. The three conditions of regulation 2(1) of the Eligibility Criteria Regulations 2015, with written reasons (Care Act 2014 s13(2)).
 */
export interface EligibilityDeterminationV1_0 {
  /**
   * When eligibility was determined
   */
  determinedAt: DateTimeV1_0;
  determinedBy?: RecorderV1_0;
  /**
   * Needs arise from or relate to a physical or mental impairment or illness
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(a).
   */
  needsAriseFromImpairmentOrIllness?: boolean;
  /**
   * Outcomes the person is unable to achieve
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(b): two or more are needed.
   *
   * @maxItems 10
   */
  unableToAchieve?: UnableToAchieveV1_0[];
  /**
   * There is, or is likely to be, a significant impact on wellbeing
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(c).
   */
  significantImpactOnWellbeing?: boolean;
  /**
   * The person has eligible needs
   *
   * The result of the determination: true when at least some needs meet the eligibility criteria.
   */
  eligible: boolean;
  /**
   * Eligible needs
   *
   * The ids of the needs that meet the eligibility criteria.
   *
   * @maxItems 200
   */
  eligibleNeedIds?: IdV1_0[];
  /**
   * Reasons
   *
   * The written reasons for the determination, in plain words the person can follow.
   */
  reasons?: TextV1_0;
}
export interface UnableToAchieveV1_0 {
  outcome: EligibilityOutcomeV1_0;
  /**
   * Why it cannot be achieved
   *
   * Which parts of regulation 2(3) apply: at least one.
   *
   * @maxItems 3
   */
  limbs?: UnableToAchieveLimbV1_0[];
  /**
   * Needs behind it
   *
   * The ids of the needs in this assessment that mean the person cannot achieve this outcome.
   *
   * @maxItems 200
   */
  needIds?: IdV1_0[];
}
/**
 * Advice and information given to the person, in writing, and when.
 */
export interface AdviceV1_0 {
  topic: AdviceTopicV1_0;
  /**
   * The advice
   *
   * What was suggested, in plain words, including any groups, services or equipment by name.
   */
  text: TextV1_0;
  /**
   * When it was given
   */
  givenAt: DateTimeV1_0;
  /**
   * Community assets suggested
   *
   * Ids of community assets in this record that the advice points to.
   *
   * @maxItems 100
   */
  communityAssetIds?: IdV1_0[];
}
/**
 * A needs assessment under section 9 of the Care Act 2014, carried out in a strengths-based way: it starts from what a good day looks like, what matters to the person, their strengths and the people in their life; records needs and their impact on wellbeing in the person's own words; and only then records the eligibility determination. A draft may be partial; a complete assessment must have everything the rules ask for. Version 1.1.0 adds the fourth "unable to achieve" limb, what makes someone an appropriate person, whether the person wants the council to meet their eligible needs, the written records given, and the period over which fluctuating needs were considered.
 */
export interface Assessment {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.1.0 of the assessment.
   */
  $schema: 'https://goodday.dev/schemas/assessment/1.1.0.json';
  /**
   * Assessment id
   *
   * The id of this assessment in your system.
   */
  id: Id;
  /**
   * Status
   *
   * A draft may be partial. Mark the assessment complete only when everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the assessment is with. Keep identifying details in your case-management system; record here how the person likes to be known.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortText;
    /**
     * Pronouns
     */
    pronouns?: ShortText;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortText;
  };
  /**
   * How the assessment was carried out
   *
   * The format of the assessment. Every format must be appropriate and proportionate (Assessment Regulations 2014 reg 3).
   */
  format?: 'face-to-face' | 'supported-self-assessment' | 'phone-or-video' | 'joint' | 'combined';
  /**
   * When the assessment started
   */
  startedAt?: DateTime;
  /**
   * When the assessment was completed
   */
  completedAt?: DateTime;
  /**
   * Assessor
   */
  assessor?: Recorder;
  /**
   * What a good day looks like
   *
   * What a good day looks like for the person, or could look like, in their own words. Start the conversation here.
   */
  goodDay?: PersonsWords;
  /**
   * What is important to the person
   *
   * What matters to the person, in their own words.
   *
   * @maxItems 100
   */
  importantTo?: PersonsWords[];
  /**
   * What is important for the person
   *
   * What is important for the person's health, safety and wellbeing, as the person and those supporting them see it.
   *
   * @maxItems 100
   */
  importantFor?: PractitionerNote[];
  /**
   * Strengths
   *
   * What the person can do and what helps them: their skills, abilities, resilience and assets, and those of the people and community around them.
   *
   * @maxItems 200
   */
  strengths?: Strength[];
  /**
   * People in the person's life
   *
   * The people who matter to the person, and whether the person agreed to each being contacted.
   *
   * @maxItems 200
   */
  network?: NetworkMember[];
  /**
   * Community assets
   *
   * Groups, places and services in the community the person uses or could use.
   *
   * @maxItems 200
   */
  communityAssets?: CommunityAsset[];
  /**
   * Needs
   *
   * Each need as the person describes it, with its impact on their wellbeing. These do not need to match the language of the eligibility criteria.
   *
   * @maxItems 200
   */
  needs?: Need[];
  /**
   * Outcomes the person wants
   *
   * What the person wants to achieve in day-to-day life (Care Act 2014 s9(4)(b)).
   *
   * @maxItems 100
   */
  outcomesWanted?: OutcomeWanted[];
  /**
   * Communication
   *
   * How the person communicates best and what helps.
   */
  communication?: {
    /**
     * Preferred language
     */
    preferredLanguage?: ShortText;
    /**
     * What helps
     *
     * What helps the person take part: time of day, pace, aids, interpreters, easy read, people.
     */
    whatHelps?: Text;
  };
  /**
   * Substantial difficulty in being involved
   *
   * Whether the person would have substantial difficulty in any of the four areas of section 67(4) of the Care Act 2014. Record an empty list when there is none.
   */
  substantialDifficulty?: {
    /**
     * Areas of difficulty
     *
     * The areas in which the person would have substantial difficulty. Leave the list empty when there are none.
     *
     * @maxItems 4
     */
    areas: SubstantialDifficultyArea[];
    /**
     * When it was considered
     */
    recordedAt: DateTime;
  };
  appropriatePerson?: AppropriatePerson;
  advocacy?: Advocacy;
  /**
   * Consent
   *
   * The person's consent to the assessment and to information about them being shared.
   */
  consent?: {
    /**
     * Consent to the assessment
     */
    toAssessment?: Agreement;
    /**
     * Consent to sharing information
     */
    toSharingInformation?: Agreement;
  };
  /**
   * What was heard, presented back
   *
   * Reading back what was heard so the person can confirm or correct it: 'So what I heard you say is…'.
   */
  presentedBack?: {
    /**
     * When it was presented back
     */
    presentedAt: DateTime;
    /**
     * The person confirmed it
     *
     * Whether the person confirmed that what was read back is right.
     */
    personConfirmed: boolean;
    /**
     * What the person said
     *
     * Any corrections or comments the person made.
     */
    personsComments?: PersonsWords;
  };
  eligibility?: EligibilityDetermination;
  /**
   * Advice and information given
   *
   * Advice and information on meeting or reducing needs and on preventing or delaying needs. Required in writing when no needs are eligible (Care Act 2014 s13(5)).
   *
   * @maxItems 50
   */
  advice?: Advice[];
  /**
   * Written record of the assessment given
   *
   * When a written record of the assessment was given to the person, and to anyone else they asked (Care Act 2014 s12(3)).
   */
  writtenRecordGiven?: WrittenRecordGiven;
}
/**
 * The role of the person who wrote this part of the record, and optionally their name.
 */
export interface Recorder {
  /**
   * Role
   *
   * Their role, for example 'social worker' or 'occupational therapist'.
   */
  role: ShortText;
  /**
   * Name
   *
   * Their name, if your organisation records it.
   */
  name?: ShortText;
}
/**
 * What the person said, written as they said it, with who put it into words and when. A practitioner's description is a separate field and never replaces this.
 */
export interface PersonsWords {
  /**
   * Their words
   *
   * Write what the person said, as they said it. Use their words, not a summary in professional language.
   */
  text: Text;
  describedBy: DescribedBy;
  /**
   * Who supported them
   *
   * When the person described this with support, or a representative spoke for them: who that was.
   */
  supportedBy?: Supporter;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
  recordedBy?: Recorder;
}
/**
 * Someone who helped the person say what they wanted to say, or who spoke for them.
 */
export interface Supporter {
  /**
   * Relationship or role
   *
   * How they know the person, for example 'daughter', 'friend' or 'independent advocate'.
   */
  relationship: ShortText;
  /**
   * Name
   */
  name?: ShortText;
  /**
   * Person in their life
   *
   * The id of this person in the record's list of people in the person's life, if they are there.
   */
  networkMemberId?: Id;
}
/**
 * Something written by a practitioner, kept apart from the person's own words.
 */
export interface PractitionerNote {
  /**
   * Note
   *
   * Write in plain, respectful language that the person would recognise.
   */
  text: Text;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
  recordedBy?: Recorder;
}
/**
 * Something that helps the person: a capability, ability, source of resilience or asset, their own or from the people and community around them.
 */
export interface Strength {
  id: Id;
  /**
   * The strength
   *
   * Describe the strength in the person's terms, for example 'Knows every bus route in town'.
   */
  text: Text;
  /**
   * Kind of strength
   *
   * What kind of strength this is.
   */
  type?: 'capability' | 'ability' | 'resilience' | 'asset';
  /**
   * Where the strength comes from
   *
   * Whether the strength is the person's own, comes from the people in their life, or from their community.
   */
  sphere?: 'personal' | 'network' | 'community';
  /**
   * Person in their life
   */
  networkMemberId?: Id;
  /**
   * Community asset
   */
  communityAssetId?: Id;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Someone in the person's life: family, friends, neighbours, carers and others who matter to them. Record whether the person agreed to them being contacted before anyone contacts them.
 */
export interface NetworkMember {
  id: Id;
  /**
   * Name
   */
  name?: ShortText;
  /**
   * Relationship
   *
   * How the person describes them, for example 'my daughter', 'my neighbour Jean' or 'my friend from chapel'.
   */
  relationship: ShortText;
  /**
   * What they do with the person
   *
   * What this person does in the person's life, in plain words.
   */
  role?: ShortText;
  /**
   * Provides care
   *
   * Whether they provide or intend to provide care. A carer may have a right to their own assessment (Care Act 2014 s10).
   */
  isCarer?: boolean;
  /**
   * The person agreed to them being contacted
   *
   * Whether, and when, the person agreed to this person being contacted as part of the assessment.
   */
  contactAgreed?: Agreement;
  /**
   * When they were contacted
   *
   * When they were contacted or consulted as part of this work, if they were.
   */
  consultedAt?: DateTime;
  /**
   * Their views
   *
   * What they said, briefly.
   */
  views?: Text;
}
/**
 * Whether the person agreed, and when they said so.
 */
export interface Agreement {
  /**
   * Agreed
   *
   * True when the person agreed; false when they did not.
   */
  agreed: boolean;
  /**
   * When they said so
   */
  recordedAt: DateTime;
  recordedBy?: Recorder;
  /**
   * Notes
   *
   * Anything the person asked for, such as limits on what may be shared.
   */
  notes?: Text;
}
/**
 * A group, place or service in the community that the person uses or could use.
 */
export interface CommunityAsset {
  id: Id;
  /**
   * Name
   */
  name: ShortText;
  /**
   * Kind of asset
   *
   * What sort of asset this is.
   */
  kind:
    | 'group-or-club'
    | 'faith-community'
    | 'voluntary-service'
    | 'public-service'
    | 'place'
    | 'online-community'
    | 'other';
  /**
   * Open Referral UK service id
   *
   * The service's id in your area's Open Referral UK directory, if it has one.
   */
  orukServiceId?: ShortText;
  /**
   * How it helps
   *
   * What the person gets from it, or could.
   */
  howItHelps?: Text;
}
/**
 * A need for care and support, as the person describes it.
 */
export interface Need {
  id: Id;
  /**
   * The need in the person's words
   *
   * How the person describes this need, as they said it.
   */
  inPersonsWords?: PersonsWords;
  /**
   * Practitioner's description
   *
   * Optional. A practitioner's strengths-based description of the need, kept apart from the person's words.
   */
  practitionerDescription?: PractitionerNote;
  wellbeingImpact?: WellbeingImpact;
  /**
   * The need fluctuates
   *
   * Whether the need varies over time; if it does, describe it over a period long enough to see the whole picture (Assessment Regulations 2014 reg 3(3)).
   */
  fluctuates?: boolean;
  /**
   * Period over which the need was considered
   *
   * Where the need fluctuates: the period over which the person's circumstances were taken into account, long enough to establish the level of need accurately (Assessment Regulations 2014 reg 3(3)).
   */
  fluctuationPeriod?: {
    /**
     * From
     */
    from: Date;
    /**
     * To
     */
    to: Date;
    /**
     * What the period showed
     *
     * How the need varied over the period, in plain words.
     */
    notes?: Text;
  };
}
/**
 * How the need affects the person's wellbeing, described by the person, linked to the areas of Care Act 2014 s1(2).
 */
export interface WellbeingImpact {
  /**
   * In the person's words
   */
  inPersonsWords: PersonsWords;
  /**
   * Wellbeing areas affected
   *
   * The wellbeing areas of Care Act 2014 s1(2) that the need affects. At least one, when the assessment is complete.
   *
   * @maxItems 9
   */
  areas: WellbeingArea[];
}
export interface OutcomeWanted {
  id: Id;
  inPersonsWords: PersonsWords;
  /**
   * Wellbeing areas it serves
   *
   * The wellbeing areas of Care Act 2014 s1(2) that this outcome would support.
   *
   * @maxItems 9
   */
  wellbeingAreas?: WellbeingArea[];
}
/**
 * Someone, not paid or professionally engaged in providing care or treatment, who is able and willing to support the person's involvement and whom the person agrees to. Where there is no such person and the person has substantial difficulty, an independent advocate must be arranged.
 */
export interface AppropriatePerson {
  /**
   * Relationship
   */
  relationship: ShortText;
  /**
   * Person in their life
   */
  networkMemberId?: Id;
  /**
   * Paid or professional
   *
   * Whether this person is engaged in providing care or treatment for the person professionally or for payment. Someone who is cannot be the appropriate person (Care Act 2014 s67(5); s68 for enquiries).
   */
  paidOrProfessional?: boolean;
  /**
   * The person agreed to their support
   *
   * Whether the person agreed to this person supporting them to be involved.
   */
  personAgreed?: boolean;
  /**
   * In their best interests, where the person cannot agree
   *
   * Where the person lacks capacity to agree to this person supporting them: whether the council is satisfied that being supported by them is in the person's best interests (Care Act 2014 s67(6); s68 for enquiries).
   */
  inBestInterests?: boolean;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Whether an independent advocate is involved, of which kind, and from when.
 */
export interface Advocacy {
  /**
   * An independent advocate is involved
   *
   * Whether an independent advocate is supporting the person's involvement.
   */
  involved: boolean;
  type?: AdvocacyType;
  /**
   * Advocacy organisation
   */
  organisation?: ShortText;
  /**
   * Involved from
   */
  involvedFrom?: DateTime;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Recorded only after needs and their impact on wellbeing have been described. The three conditions of regulation 2(1) of the Eligibility Criteria Regulations 2015, with written reasons (Care Act 2014 s13(2)).
 */
export interface EligibilityDetermination {
  /**
   * When eligibility was determined
   */
  determinedAt: DateTime;
  determinedBy?: Recorder;
  /**
   * Needs arise from or relate to a physical or mental impairment or illness
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(a).
   */
  needsAriseFromImpairmentOrIllness?: boolean;
  /**
   * Outcomes the person is unable to achieve
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(b): two or more are needed.
   *
   * @maxItems 10
   */
  unableToAchieve?: UnableToAchieve[];
  /**
   * There is, or is likely to be, a significant impact on wellbeing
   *
   * Eligibility Criteria Regulations 2015 reg 2(1)(c).
   */
  significantImpactOnWellbeing?: boolean;
  /**
   * The person has eligible needs
   *
   * The result of the determination: true when at least some needs meet the eligibility criteria.
   */
  eligible: boolean;
  /**
   * Eligible needs
   *
   * The ids of the needs that meet the eligibility criteria.
   *
   * @maxItems 200
   */
  eligibleNeedIds?: Id[];
  /**
   * Reasons
   *
   * The written reasons for the determination, in plain words the person can follow.
   */
  reasons?: Text;
  /**
   * The person wants the council to meet their eligible needs
   *
   * Where some needs are eligible: whether the person wants the council to meet them, and when they said so (Care Act 2014 s13(3)(b)).
   */
  wantsCouncilToMeetNeeds?: Agreement;
  /**
   * Written record of the determination given
   *
   * When the written record of the determination and its reasons was given to the person (Care Act 2014 s13(2)).
   */
  writtenRecordGiven?: WrittenRecordGiven;
}
export interface UnableToAchieve {
  outcome: EligibilityOutcome;
  /**
   * Why it cannot be achieved
   *
   * Which parts of regulation 2(3) apply: at least one.
   *
   * @maxItems 4
   */
  limbs?: UnableToAchieveLimb[];
  /**
   * Needs behind it
   *
   * The ids of the needs in this assessment that mean the person cannot achieve this outcome.
   *
   * @maxItems 200
   */
  needIds?: Id[];
}
/**
 * That a written copy of the record was given to the person, and to anyone else they asked for it to go to, and when (Care Act 2014 s12(3), s13(2), s25(9)).
 */
export interface WrittenRecordGiven {
  /**
   * When it was given
   */
  givenAt: DateTime;
  /**
   * Who it was given to
   *
   * The person, and anyone else they asked to have a copy, for example 'Mrs K' or 'her daughter'.
   *
   * @maxItems 20
   */
  givenTo?: ShortText[];
  /**
   * In what format
   *
   * For example easy read, large print or a language other than English.
   */
  format?: ShortText;
}
/**
 * Advice and information given to the person, in writing, and when.
 */
export interface Advice {
  topic: AdviceTopic;
  /**
   * The advice
   *
   * What was suggested, in plain words, including any groups, services or equipment by name.
   */
  text: Text;
  /**
   * When it was given
   */
  givenAt: DateTime;
  /**
   * Community assets suggested
   *
   * Ids of community assets in this record that the advice points to.
   *
   * @maxItems 100
   */
  communityAssetIds?: Id[];
}
/**
 * A Mental Capacity Act 2005 assessment of whether a person can make one specific decision at one time — asking first whether they can make it, with all the help they need, and only then about any impairment (A Local Authority v JB [2021] UKSC 52) — and, only where they cannot, the decision made in their best interests. A draft may be partial; a complete record must have everything the rules ask for.
 */
export interface CapacityDecisionV1_0 {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the capacity decision.
   */
  $schema: 'https://goodday.dev/schemas/capacity-decision/1.0.0.json';
  /**
   * Record id
   *
   * The id of this capacity decision in your system.
   */
  id: IdV1_1;
  /**
   * Status
   *
   * A draft may be partial. Mark it complete when the assessment (and any best-interests decision) is finished; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the decision is about. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortTextV1_1;
    /**
     * Pronouns
     */
    pronouns?: ShortTextV1_1;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortTextV1_1;
  };
  decision?: DecisionToMakeV1_0;
  /**
   * When capacity was assessed
   *
   * Capacity is time-specific: when this assessment was made.
   */
  assessedAt?: DateTimeV1_1;
  /**
   * Assessor
   */
  assessor?: RecorderV1_1;
  /**
   * Why capacity was in doubt
   *
   * Capacity is presumed (MCA 2005 s1(2)). What gave a proper reason to doubt it for this decision.
   */
  reasonToDoubt?: PractitionerNoteV1_1;
  communication?: CommunicationV1_1;
  /**
   * What is important to the person
   *
   * What matters to the person, in their own words.
   *
   * @maxItems 50
   */
  importantTo?: PersonsWordsV1_1[];
  /**
   * What is important for the person
   *
   * What is important for the person's health, safety and wellbeing, as the person and those supporting them see it.
   *
   * @maxItems 50
   */
  importantFor?: PractitionerNoteV1_1[];
  relevantInformation?: RelevantInformationV1_0;
  /**
   * Steps to help the person decide
   *
   * All practicable steps taken to help the person make the decision themselves, each with when (MCA 2005 s1(3)).
   *
   * @maxItems 50
   */
  practicableSteps?: PracticableStepV1_0[];
  functionalTest?: FunctionalTestV1_0;
  impairment?: ImpairmentV1_0;
  conclusion?: CapacityConclusionV1_0;
  bestInterests?: BestInterestsV1_0;
}
/**
 * The one specific decision capacity is assessed for, as it was put to the person. Capacity is about one decision at one time, never about a person in general.
 */
export interface DecisionToMakeV1_0 {
  /**
   * The decision, as put to the person
   *
   * The decision in the words used with the person, for example 'Do you want to move to Elm Court, or stay at home with more help?'
   */
  asPutToPerson: TextV1_1;
  /**
   * What kind of decision
   *
   * Whether the decision is about serious medical treatment or a long-term move, for which the law may require an Independent Mental Capacity Advocate (MCA 2005 ss37–39).
   */
  category?: 'serious-medical-treatment' | 'long-term-accommodation' | 'other';
  /**
   * Who needs to make it
   *
   * Whose decision it is: the person, and if they lack capacity for it, who will make it in their best interests.
   */
  whoDecides?: ShortTextV1_1;
}
/**
 * The role of the person who wrote this part of the record, and optionally their name.
 */
export interface RecorderV1_1 {
  /**
   * Role
   *
   * Their role, for example 'social worker' or 'occupational therapist'.
   */
  role: ShortTextV1_1;
  /**
   * Name
   *
   * Their name, if your organisation records it.
   */
  name?: ShortTextV1_1;
}
/**
 * Something written by a practitioner, kept apart from the person's own words.
 */
export interface PractitionerNoteV1_1 {
  /**
   * Note
   *
   * Write in plain, respectful language that the person would recognise.
   */
  text: TextV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
  recordedBy?: RecorderV1_1;
}
/**
 * How the person communicates best and what helps.
 */
export interface CommunicationV1_1 {
  /**
   * Preferred language
   */
  preferredLanguage?: ShortTextV1_1;
  /**
   * What helps
   *
   * What helps the person take part: time of day, pace, aids, interpreters, easy read, people.
   */
  whatHelps?: TextV1_1;
}
/**
 * What the person said, written as they said it, with who put it into words and when. A practitioner's description is a separate field and never replaces this.
 */
export interface PersonsWordsV1_1 {
  /**
   * Their words
   *
   * Write what the person said, as they said it. Use their words, not a summary in professional language.
   */
  text: TextV1_1;
  describedBy: DescribedByV1_1;
  /**
   * Who supported them
   *
   * When the person described this with support, or a representative spoke for them: who that was.
   */
  supportedBy?: SupporterV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
  recordedBy?: RecorderV1_1;
}
/**
 * Someone who helped the person say what they wanted to say, or who spoke for them.
 */
export interface SupporterV1_1 {
  /**
   * Relationship or role
   *
   * How they know the person, for example 'daughter', 'friend' or 'independent advocate'.
   */
  relationship: ShortTextV1_1;
  /**
   * Name
   */
  name?: ShortTextV1_1;
  /**
   * Person in their life
   *
   * The id of this person in the record's list of people in the person's life, if they are there.
   */
  networkMemberId?: IdV1_1;
}
/**
 * The information relevant to the decision — the options and their reasonably foreseeable consequences — and how it was given.
 */
export interface RelevantInformationV1_0 {
  /**
   * The options
   *
   * Each option, with what would likely follow.
   *
   * @maxItems 20
   */
  options?: InformationOptionV1_0[];
  /**
   * How it was given
   *
   * How the information was explained: plain words, pictures, a visit, an interpreter, more than once.
   */
  howGiven?: TextV1_1;
  /**
   * When it was recorded
   */
  recordedAt?: DateTimeV1_1;
}
/**
 * One of the options open to the person, with its reasonably foreseeable consequences (MCA 2005 s3(4)).
 */
export interface InformationOptionV1_0 {
  id: IdV1_1;
  /**
   * The option
   */
  option: ShortTextV1_1;
  /**
   * What would likely follow
   *
   * The reasonably foreseeable consequences of choosing it, or of not deciding.
   */
  consequences?: TextV1_1;
}
/**
 * Something done to help the person make the decision themselves (MCA 2005 s1(3)).
 */
export interface PracticableStepV1_0 {
  id: IdV1_1;
  /**
   * Kind of step
   *
   * What sort of help this was.
   */
  kind: 'time-and-place' | 'communication-aids' | 'accessible-information' | 'people-who-help' | 'other';
  /**
   * What was done
   */
  what: TextV1_1;
  /**
   * When
   */
  takenAt: DateTimeV1_1;
}
/**
 * Whether the person can make the decision: understand, retain, use or weigh the relevant information, and communicate their decision (MCA 2005 s3(1)). Asked first, before anything about an impairment (A Local Authority v JB [2021] UKSC 52).
 */
export interface FunctionalTestV1_0 {
  /**
   * Understand the information relevant to the decision
   *
   * MCA 2005 s3(1)(a)
   */
  understand?: FunctionFindingV1_0;
  /**
   * Retain that information
   *
   * MCA 2005 s3(1)(b). Retaining it for a short time only is enough (s3(3)).
   */
  retain?: FunctionFindingV1_0;
  /**
   * Use or weigh that information as part of the process of making the decision
   *
   * MCA 2005 s3(1)(c)
   */
  useOrWeigh?: FunctionFindingV1_0;
  /**
   * Communicate the decision (by talking, using sign language or any other means)
   *
   * MCA 2005 s3(1)(d)
   */
  communicate?: FunctionFindingV1_0;
}
/**
 * Whether the person can do this part of making the decision, the evidence, and when it was recorded.
 */
export interface FunctionFindingV1_0 {
  /**
   * The person can do this
   *
   * True when the person can do this for this decision, with any support they need.
   */
  met: boolean;
  /**
   * Evidence
   *
   * What the person said or did that shows it, in plain words. Record what they could do, not only what they could not.
   */
  evidence?: TextV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
/**
 * Only where the person cannot do a part of the functional test: the impairment of, or disturbance in the functioning of, the mind or brain, and how it causes the inability (MCA 2005 s2(1)). Recorded after the functional findings.
 */
export interface ImpairmentV1_0 {
  /**
   * The impairment or disturbance
   *
   * What it is, and how it shows for this person now.
   */
  description?: TextV1_1;
  /**
   * How it causes the inability
   *
   * Why the person cannot make this decision because of it, and not for another reason.
   */
  causativeLink?: TextV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
/**
 * Whether the person has capacity to make this decision at this time, and why.
 */
export interface CapacityConclusionV1_0 {
  /**
   * Outcome
   *
   * Whether the person can make this decision now, with the help they need.
   */
  outcome: 'has-capacity' | 'lacks-capacity';
  /**
   * Reasons
   *
   * Why, in plain words, resting on the functional test and, where the person lacks capacity, on the causative link. Never that the decision seems unwise (MCA 2005 s1(4)).
   */
  reasons?: TextV1_1;
  /**
   * The person's decision
   *
   * Where the person has capacity: what they decided, in their words. It stands, even if others think it unwise.
   */
  personsDecision?: PersonsWordsV1_1;
  /**
   * When it was concluded
   */
  concludedAt: DateTimeV1_1;
  /**
   * Who concluded it
   */
  concludedBy?: RecorderV1_1;
}
/**
 * Only where the person lacks capacity for this decision: the decision made for them in their best interests (MCA 2005 s4), and how it was reached.
 */
export interface BestInterestsV1_0 {
  /**
   * Whether capacity may return
   *
   * Whether the person is likely to have capacity for this decision at some time, and when (MCA 2005 s4(3)).
   */
  capacityMayReturn?: {
    /**
     * Likely to return
     *
     * True when the person is likely to be able to make this decision themselves at some time.
     */
    likely: boolean;
    /**
     * When
     */
    when?: ShortTextV1_1;
  };
  /**
   * Whether the decision can wait
   *
   * Whether the decision can wait until the person may be able to make it themselves.
   */
  canWait?: {
    /**
     * It can wait
     *
     * True when the decision can safely wait until the person may be able to make it.
     */
    canWait: boolean;
    /**
     * Why
     */
    reasons?: TextV1_1;
  };
  /**
   * Steps to help the person take part
   *
   * How the person was helped to take part in the decision as fully as possible (MCA 2005 s4(4)).
   */
  stepsToHelpTakePart?: TextV1_1;
  /**
   * Past and present wishes and feelings
   *
   * What the person has wanted and wants now, in their words where possible (MCA 2005 s4(6)(a)).
   */
  wishesAndFeelings?: PersonsWordsV1_1;
  /**
   * Any written statement
   *
   * Anything the person wrote when they had capacity, such as an advance statement.
   */
  writtenStatement?: TextV1_1;
  /**
   * Beliefs and values
   *
   * Beliefs and values that would be likely to influence the person's decision if they had capacity (MCA 2005 s4(6)(b)).
   */
  beliefsAndValues?: TextV1_1;
  /**
   * People consulted
   *
   * People whose views were taken into account (MCA 2005 s4(7)).
   *
   * @maxItems 30
   */
  consulted?: ConsulteeV1_0[];
  /**
   * There is someone appropriate to consult
   *
   * Whether there is anyone, other than people paid to care for the person, whom it is appropriate to consult. Where there is not, the law may require an IMCA.
   */
  someoneAppropriateToConsult?: boolean;
  attorneyOrDeputy?: AttorneyOrDeputyV1_0;
  /**
   * Options considered
   *
   * The options weighed, with benefits and burdens. A balance sheet may help the thinking; it supports the decision and does not make it.
   *
   * @maxItems 20
   */
  options?: BestInterestsOptionV1_0[];
  /**
   * The less restrictive option
   *
   * How the less restrictive ways of meeting the purpose were considered (MCA 2005 s1(6)).
   */
  lessRestrictiveConsidered?: TextV1_1;
  imca?: ImcaV1_0;
  /**
   * The decision made
   *
   * What was decided, in plain words.
   */
  decision?: TextV1_1;
  /**
   * Decision-maker
   */
  decisionMaker?: RecorderV1_1;
  /**
   * Reasons
   *
   * Why this is in the person's best interests, with what mattered most to them.
   */
  reasons?: TextV1_1;
  /**
   * When it was decided
   */
  decidedAt?: DateTimeV1_1;
}
/**
 * Someone whose views were sought about the person's best interests (MCA 2005 s4(7)).
 */
export interface ConsulteeV1_0 {
  id: IdV1_1;
  /**
   * Relationship or role
   */
  relationship: ShortTextV1_1;
  /**
   * Name
   */
  name?: ShortTextV1_1;
  /**
   * Their views
   *
   * What they think is in the person's best interests, and what they know of the person's wishes, feelings, beliefs and values.
   */
  views?: TextV1_1;
  /**
   * When they were consulted
   */
  consultedAt?: DateTimeV1_1;
}
/**
 * Anyone with legal authority for this kind of decision.
 */
export interface AttorneyOrDeputyV1_0 {
  /**
   * Who
   *
   * Which kind of legal authority they hold, if any.
   */
  kind: 'none' | 'lpa-health-and-welfare' | 'lpa-property-and-financial-affairs' | 'deputy';
  /**
   * Relationship
   */
  relationship?: ShortTextV1_1;
}
/**
 * An option weighed in the best-interests decision, with its benefits and burdens for the person.
 */
export interface BestInterestsOptionV1_0 {
  id: IdV1_1;
  /**
   * The option
   */
  option: ShortTextV1_1;
  /**
   * Benefits for the person
   */
  benefits?: TextV1_1;
  /**
   * Burdens or risks for the person
   */
  burdens?: TextV1_1;
  /**
   * The less restrictive option
   *
   * True for the option least restrictive of the person's rights and freedom of action (MCA 2005 s1(6)).
   */
  lessRestrictive?: boolean;
}
/**
 * Whether an IMCA was instructed, when, and when their report was received.
 */
export interface ImcaV1_0 {
  /**
   * An IMCA was instructed
   *
   * True when an Independent Mental Capacity Advocate was instructed for this decision.
   */
  instructed: boolean;
  /**
   * IMCA service
   */
  organisation?: ShortTextV1_1;
  /**
   * When they were instructed
   */
  instructedAt?: DateTimeV1_1;
  /**
   * When their report was received
   */
  reportReceivedAt?: DateTimeV1_1;
}
/**
 * A Mental Capacity Act 2005 assessment of whether a person can make one specific decision at one time — asking first whether they can make it, with all the help they need, and only then about any impairment (A Local Authority v JB [2021] UKSC 52) — and, only where they cannot, the decision made in their best interests. A draft may be partial; a complete record must have everything the rules ask for. Version 1.1.0 adds the one matter the decision is about, when capacity is likely to return, other factors the person would consider, and the people they named to be consulted.
 */
export interface CapacityDecision {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.1.0 of the capacity decision.
   */
  $schema: 'https://goodday.dev/schemas/capacity-decision/1.1.0.json';
  /**
   * Record id
   *
   * The id of this capacity decision in your system.
   */
  id: Id;
  /**
   * Status
   *
   * A draft may be partial. Mark it complete when the assessment (and any best-interests decision) is finished; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the decision is about. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortText;
    /**
     * Pronouns
     */
    pronouns?: ShortText;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortText;
  };
  decision?: DecisionToMake;
  /**
   * When capacity was assessed
   *
   * Capacity is time-specific: when this assessment was made.
   */
  assessedAt?: DateTime;
  /**
   * Assessor
   */
  assessor?: Recorder;
  /**
   * Why capacity was in doubt
   *
   * Capacity is presumed (MCA 2005 s1(2)). What gave a proper reason to doubt it for this decision.
   */
  reasonToDoubt?: PractitionerNote;
  communication?: Communication;
  /**
   * What is important to the person
   *
   * What matters to the person, in their own words.
   *
   * @maxItems 50
   */
  importantTo?: PersonsWords[];
  /**
   * What is important for the person
   *
   * What is important for the person's health, safety and wellbeing, as the person and those supporting them see it.
   *
   * @maxItems 50
   */
  importantFor?: PractitionerNote[];
  relevantInformation?: RelevantInformation;
  /**
   * Steps to help the person decide
   *
   * All practicable steps taken to help the person make the decision themselves, each with when (MCA 2005 s1(3)).
   *
   * @maxItems 50
   */
  practicableSteps?: PracticableStep[];
  functionalTest?: FunctionalTest;
  impairment?: Impairment;
  conclusion?: CapacityConclusion;
  bestInterests?: BestInterests;
}
/**
 * The one specific decision capacity is assessed for, as it was put to the person. Capacity is about one decision at one time, never about a person in general.
 */
export interface DecisionToMake {
  /**
   * The decision, as put to the person
   *
   * The decision in the words used with the person, for example 'Do you want to move to Elm Court, or stay at home with more help?'
   */
  asPutToPerson: Text;
  /**
   * The matter the decision is about
   *
   * The one matter this decision is about. Capacity is decided in relation to a matter (Mental Capacity Act 2005 s2(1)): assess each other matter in its own record.
   */
  matter?:
    | 'where-to-live'
    | 'care-and-support'
    | 'medical-treatment'
    | 'contact-with-others'
    | 'money-and-property'
    | 'sharing-information'
    | 'safety-and-protection'
    | 'other';
  /**
   * What kind of decision
   *
   * Whether the decision is about serious medical treatment or a long-term move, for which the law may require an Independent Mental Capacity Advocate (MCA 2005 ss37–39).
   */
  category?: 'serious-medical-treatment' | 'long-term-accommodation' | 'other';
  /**
   * Who needs to make it
   *
   * Whose decision it is: the person, and if they lack capacity for it, who will make it in their best interests.
   */
  whoDecides?: ShortText;
}
/**
 * How the person communicates best and what helps.
 */
export interface Communication {
  /**
   * Preferred language
   */
  preferredLanguage?: ShortText;
  /**
   * What helps
   *
   * What helps the person take part: time of day, pace, aids, interpreters, easy read, people.
   */
  whatHelps?: Text;
}
/**
 * The information relevant to the decision — the options and their reasonably foreseeable consequences — and how it was given.
 */
export interface RelevantInformation {
  /**
   * The options
   *
   * Each option, with what would likely follow.
   *
   * @maxItems 20
   */
  options?: InformationOption[];
  /**
   * How it was given
   *
   * How the information was explained: plain words, pictures, a visit, an interpreter, more than once.
   */
  howGiven?: Text;
  /**
   * When it was recorded
   */
  recordedAt?: DateTime;
}
/**
 * One of the options open to the person, with its reasonably foreseeable consequences (MCA 2005 s3(4)).
 */
export interface InformationOption {
  id: Id;
  /**
   * The option
   */
  option: ShortText;
  /**
   * What would likely follow
   *
   * The reasonably foreseeable consequences of choosing it, or of not deciding.
   */
  consequences?: Text;
}
/**
 * Something done to help the person make the decision themselves (MCA 2005 s1(3)).
 */
export interface PracticableStep {
  id: Id;
  /**
   * Kind of step
   *
   * What sort of help this was.
   */
  kind: 'time-and-place' | 'communication-aids' | 'accessible-information' | 'people-who-help' | 'other';
  /**
   * What was done
   */
  what: Text;
  /**
   * When
   */
  takenAt: DateTime;
}
/**
 * Whether the person can make the decision: understand, retain, use or weigh the relevant information, and communicate their decision (MCA 2005 s3(1)). Asked first, before anything about an impairment (A Local Authority v JB [2021] UKSC 52).
 */
export interface FunctionalTest {
  /**
   * Understand the information relevant to the decision
   *
   * MCA 2005 s3(1)(a)
   */
  understand?: FunctionFinding;
  /**
   * Retain that information
   *
   * MCA 2005 s3(1)(b). Retaining it for a short time only is enough (s3(3)).
   */
  retain?: FunctionFinding;
  /**
   * Use or weigh that information as part of the process of making the decision
   *
   * MCA 2005 s3(1)(c)
   */
  useOrWeigh?: FunctionFinding;
  /**
   * Communicate the decision (by talking, using sign language or any other means)
   *
   * MCA 2005 s3(1)(d)
   */
  communicate?: FunctionFinding;
}
/**
 * Whether the person can do this part of making the decision, the evidence, and when it was recorded.
 */
export interface FunctionFinding {
  /**
   * The person can do this
   *
   * True when the person can do this for this decision, with any support they need.
   */
  met: boolean;
  /**
   * Evidence
   *
   * What the person said or did that shows it, in plain words. Record what they could do, not only what they could not.
   */
  evidence?: Text;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Only where the person cannot do a part of the functional test: the impairment of, or disturbance in the functioning of, the mind or brain, and how it causes the inability (MCA 2005 s2(1)). Recorded after the functional findings.
 */
export interface Impairment {
  /**
   * The impairment or disturbance
   *
   * What it is, and how it shows for this person now.
   */
  description?: Text;
  /**
   * How it causes the inability
   *
   * Why the person cannot make this decision because of it, and not for another reason.
   */
  causativeLink?: Text;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Whether the person has capacity to make this decision at this time, and why.
 */
export interface CapacityConclusion {
  /**
   * Outcome
   *
   * Whether the person can make this decision now, with the help they need.
   */
  outcome: 'has-capacity' | 'lacks-capacity';
  /**
   * Reasons
   *
   * Why, in plain words, resting on the functional test and, where the person lacks capacity, on the causative link. Never that the decision seems unwise (MCA 2005 s1(4)).
   */
  reasons?: Text;
  /**
   * The person's decision
   *
   * Where the person has capacity: what they decided, in their words. It stands, even if others think it unwise.
   */
  personsDecision?: PersonsWords;
  /**
   * When it was concluded
   */
  concludedAt: DateTime;
  /**
   * Who concluded it
   */
  concludedBy?: Recorder;
}
/**
 * Only where the person lacks capacity for this decision: the decision made for them in their best interests (MCA 2005 s4), and how it was reached.
 */
export interface BestInterests {
  /**
   * Whether capacity may return
   *
   * Whether the person is likely to have capacity for this decision at some time, and when (MCA 2005 s4(3)).
   */
  capacityMayReturn?: {
    /**
     * Likely to return
     *
     * True when the person is likely to be able to make this decision themselves at some time.
     */
    likely: boolean;
    /**
     * When
     *
     * Where capacity is likely to return: when that is likely to be (Mental Capacity Act 2005 s4(3)(b)).
     */
    when?: ShortText;
    /**
     * Expected by
     *
     * Where capacity is likely to return: the date by which it is expected, where one can be given (Mental Capacity Act 2005 s4(3)(b)).
     */
    expectedBy?: Date;
  };
  /**
   * Whether the decision can wait
   *
   * Whether the decision can wait until the person may be able to make it themselves.
   */
  canWait?: {
    /**
     * It can wait
     *
     * True when the decision can safely wait until the person may be able to make it.
     */
    canWait: boolean;
    /**
     * Why
     */
    reasons?: Text;
  };
  /**
   * Steps to help the person take part
   *
   * How the person was helped to take part in the decision as fully as possible (MCA 2005 s4(4)).
   */
  stepsToHelpTakePart?: Text;
  /**
   * Past and present wishes and feelings
   *
   * What the person has wanted and wants now, in their words where possible (MCA 2005 s4(6)(a)).
   */
  wishesAndFeelings?: PersonsWords;
  /**
   * Any written statement
   *
   * Anything the person wrote when they had capacity, such as an advance statement.
   */
  writtenStatement?: Text;
  /**
   * Beliefs and values
   *
   * Beliefs and values that would be likely to influence the person's decision if they had capacity (MCA 2005 s4(6)(b)).
   */
  beliefsAndValues?: Text;
  /**
   * Other factors the person would consider
   *
   * The other factors the person would be likely to consider if they were able to decide, such as loyalty to family or duty to others (Mental Capacity Act 2005 s4(6)(c)).
   */
  otherFactors?: Text;
  /**
   * People consulted
   *
   * People whose views were taken into account (MCA 2005 s4(7)).
   *
   * @maxItems 30
   */
  consulted?: Consultee[];
  /**
   * People the person named to be consulted
   *
   * Anyone the person named as someone to be consulted on this matter or matters like it (Mental Capacity Act 2005 s4(7)(a)), and the id of their entry among the people consulted.
   *
   * @maxItems 30
   */
  namedToConsult?: {
    /**
     * Who they are
     *
     * Their relationship or role, with their name if it helps, for example 'her son Paul'.
     */
    relationship: ShortText;
    /**
     * Their entry among the people consulted
     */
    consulteeId?: Id;
  }[];
  /**
   * There is someone appropriate to consult
   *
   * Whether there is anyone, other than people paid to care for the person, whom it is appropriate to consult. Where there is not, the law may require an IMCA.
   */
  someoneAppropriateToConsult?: boolean;
  attorneyOrDeputy?: AttorneyOrDeputy;
  /**
   * Options considered
   *
   * The options weighed, with benefits and burdens. A balance sheet may help the thinking; it supports the decision and does not make it.
   *
   * @maxItems 20
   */
  options?: BestInterestsOption[];
  /**
   * The less restrictive option
   *
   * How the less restrictive ways of meeting the purpose were considered (MCA 2005 s1(6)).
   */
  lessRestrictiveConsidered?: Text;
  imca?: Imca;
  /**
   * The decision made
   *
   * What was decided, in plain words.
   */
  decision?: Text;
  /**
   * Decision-maker
   */
  decisionMaker?: Recorder;
  /**
   * Reasons
   *
   * Why this is in the person's best interests, with what mattered most to them.
   */
  reasons?: Text;
  /**
   * When it was decided
   */
  decidedAt?: DateTime;
}
/**
 * Someone whose views were sought about the person's best interests (MCA 2005 s4(7)).
 */
export interface Consultee {
  id: Id;
  /**
   * Relationship or role
   */
  relationship: ShortText;
  /**
   * Name
   */
  name?: ShortText;
  /**
   * Their views
   *
   * What they think is in the person's best interests, and what they know of the person's wishes, feelings, beliefs and values.
   */
  views?: Text;
  /**
   * When they were consulted
   */
  consultedAt?: DateTime;
}
/**
 * Anyone with legal authority for this kind of decision.
 */
export interface AttorneyOrDeputy {
  /**
   * Who
   *
   * Which kind of legal authority they hold, if any.
   */
  kind: 'none' | 'lpa-health-and-welfare' | 'lpa-property-and-financial-affairs' | 'deputy';
  /**
   * Relationship
   */
  relationship?: ShortText;
}
/**
 * An option weighed in the best-interests decision, with its benefits and burdens for the person.
 */
export interface BestInterestsOption {
  id: Id;
  /**
   * The option
   */
  option: ShortText;
  /**
   * Benefits for the person
   */
  benefits?: Text;
  /**
   * Burdens or risks for the person
   */
  burdens?: Text;
  /**
   * The less restrictive option
   *
   * True for the option least restrictive of the person's rights and freedom of action (MCA 2005 s1(6)).
   */
  lessRestrictive?: boolean;
}
/**
 * Whether an IMCA was instructed, when, and when their report was received.
 */
export interface Imca {
  /**
   * An IMCA was instructed
   *
   * True when an Independent Mental Capacity Advocate was instructed for this decision.
   */
  instructed: boolean;
  /**
   * IMCA service
   */
  organisation?: ShortText;
  /**
   * When they were instructed
   */
  instructedAt?: DateTime;
  /**
   * When their report was received
   */
  reportReceivedAt?: DateTime;
}
/**
 * A carer's assessment under section 10 of the Care Act 2014, carried out in a strengths-based, whole-family way: who the carer cares for; what a good day looks like for the carer; the caring they do, in their own words; whether they are able and willing to go on caring; the impact of caring on their wellbeing; the outcomes they want; work, education, training and recreation; the others in the household, children above all; what happens if they cannot care; and only then the eligibility determination under regulation 3 of the Eligibility Criteria Regulations 2015. Wherever this record asks for 'the person's own words', the person is the carer. A draft may be partial; a complete assessment must have everything the rules ask for.
 */
export interface CarersAssessment {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the carer's assessment.
   */
  $schema: 'https://goodday.dev/schemas/carers-assessment/1.0.0.json';
  /**
   * Carer's assessment id
   *
   * The id of this carer's assessment in your system.
   */
  id: Id;
  /**
   * Status
   *
   * A draft may be partial. Mark the assessment complete only when everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the carer
   *
   * Who the assessment is with. Keep identifying details in your case-management system; record here how the carer likes to be known.
   */
  carer?: {
    /**
     * Preferred name
     *
     * The name the carer likes to be called.
     */
    preferredName?: ShortText;
    /**
     * Pronouns
     *
     * The carer's pronouns, if they want them recorded.
     */
    pronouns?: ShortText;
    /**
     * Carer reference
     *
     * The carer's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortText;
    /**
     * Age range
     *
     * The carer's age range, where it matters for the support offered: young adult carers (18 to 24) often have education and work still ahead of them.
     */
    ageRange?: '18-24' | '25-64' | '65-84' | '85-and-over';
  };
  /**
   * Who the carer cares for
   *
   * The adults the carer provides or intends to provide care for, up to three, each linked to their own needs assessment where there is one (Care Act 2014 s10(3)).
   *
   * @maxItems 3
   */
  caresFor?: CaredForPerson[];
  /**
   * How the assessment was carried out
   *
   * The format of the assessment. Every format must be appropriate and proportionate (Assessment Regulations 2014 reg 3).
   */
  format?: 'face-to-face' | 'supported-self-assessment' | 'phone-or-video' | 'joint' | 'combined';
  combinedWith?: CombinedAssessment;
  /**
   * When the assessment started
   *
   * When the assessment conversation began.
   */
  startedAt?: DateTime;
  /**
   * When the assessment was completed
   *
   * When everything had been recorded.
   */
  completedAt?: DateTime;
  /**
   * Assessor
   *
   * Who carried out the assessment.
   */
  assessor?: Recorder;
  /**
   * What a good day looks like for the carer
   *
   * What a good day looks like for the carer, or could look like, in their own words. Start the conversation here.
   */
  goodDay?: PersonsWords;
  caringRole?: CaringRole;
  /**
   * Strengths
   *
   * What the carer can do and what helps them: their skills, resilience and assets, and those of the people and community around them.
   *
   * @maxItems 200
   */
  strengths?: CarerStrength[];
  /**
   * People in the carer's life
   *
   * The people who matter to the carer, and whether the carer agreed to each being contacted.
   *
   * @maxItems 200
   */
  network?: NetworkMember[];
  /**
   * Community assets
   *
   * Groups, places and services in the community the carer uses or could use, such as a carers' centre.
   *
   * @maxItems 200
   */
  communityAssets?: CommunityAsset[];
  willingAndAble?: WillingAndAble;
  /**
   * Needs for support
   *
   * Each need for support as the carer describes it, with the impact of caring on their wellbeing. These do not need to match the language of the eligibility criteria.
   *
   * @maxItems 200
   */
  needs?: CarerNeed[];
  /**
   * Outcomes the carer wants
   *
   * What the carer wants to achieve in day-to-day life (Care Act 2014 s10(5)(d)).
   *
   * @maxItems 100
   */
  outcomesWanted?: CarerOutcomeWanted[];
  workEducationLeisure?: WorkEducationLeisure;
  household?: Household;
  contingency?: Contingency;
  /**
   * The carer's view of the support for the person they care for
   *
   * What the carer thinks of the care and support of each person they care for, heard as an expert partner alongside that person's own view.
   *
   * @maxItems 3
   */
  viewOfSupport?: ViewOfSupport[];
  /**
   * Communication
   *
   * How the carer communicates best and what helps.
   */
  communication?: Communication;
  /**
   * Substantial difficulty in being involved
   *
   * Whether the carer would have substantial difficulty in any of the four areas of section 67(4) of the Care Act 2014. Record an empty list when there is none.
   */
  substantialDifficulty?: SubstantialDifficulty;
  /**
   * Appropriate person to support the carer
   *
   * Someone, not paid or professionally engaged in providing care or treatment, who is able and willing to support the carer's involvement and whom the carer agrees to (Care Act 2014 s67(5)–(6)).
   */
  appropriatePerson?: AppropriatePerson;
  /**
   * Independent advocacy
   *
   * Whether an independent advocate is supporting the carer's involvement, of which kind, and from when (Care Act 2014 s67).
   */
  advocacy?: IndependentAdvocacy;
  /**
   * Consent
   *
   * The carer's consent to the assessment and to information about them being shared.
   */
  consent?: {
    /**
     * Consent to the assessment
     *
     * Whether the carer agreed to the assessment, and when.
     */
    toAssessment?: Agreement;
    /**
     * Consent to sharing information
     *
     * Whether the carer agreed to information about them being shared, and any limits.
     */
    toSharingInformation?: Agreement;
  };
  eligibility?: CarerEligibilityDetermination;
  /**
   * Advice and information given
   *
   * Advice and information on meeting or reducing needs and on preventing or delaying needs. Required in writing when no needs are eligible (Care Act 2014 s13(5)).
   *
   * @maxItems 50
   */
  advice?: Advice[];
  /**
   * Written record of the assessment given
   *
   * When a written record of the assessment was given to the carer, and to anyone else they asked (Care Act 2014 s12(4)).
   */
  writtenRecordGiven?: WrittenRecordGiven;
}
/**
 * An adult the carer provides or intends to provide care for. Name their own needs assessment by id and schema version, so that the two records can be read together.
 */
export interface CaredForPerson {
  /**
   * Id in this record
   *
   * An id for this person within this carer's assessment.
   */
  id: Id;
  /**
   * Relationship
   *
   * How the carer describes them, for example 'my mum' or 'my wife, Margaret'.
   */
  relationship: ShortText;
  /**
   * Preferred name
   *
   * The name they like to be called.
   */
  preferredName?: ShortText;
  /**
   * Person reference
   *
   * Their id in your system, so that the records can be linked without copying personal details.
   */
  personRef?: ShortText;
  /**
   * Their needs assessment
   *
   * The id of their needs assessment (Care Act 2014 s9), if there is one.
   */
  assessmentId?: Id;
  /**
   * Their assessment's schema version
   *
   * The version of the assessment schema that record follows, for example 1.1.0.
   */
  assessmentVersion?: string;
  /**
   * Lives with the carer
   *
   * Whether they live in the same home as the carer.
   */
  livesWithCarer?: boolean;
}
/**
 * Where this assessment is combined with the needs assessment of the person cared for: which assessment, and both people's agreement, given at or before the combined assessment began (Care Act 2014 s12(5)).
 */
export interface CombinedAssessment {
  /**
   * The assessment it is combined with
   *
   * The id of the cared-for person's needs assessment.
   */
  assessmentId?: Id;
  /**
   * That assessment's schema version
   *
   * The version of the assessment schema that record follows, for example 1.1.0.
   */
  assessmentVersion?: string;
  /**
   * The carer agreed to combining
   *
   * Whether the carer agreed to the two assessments being combined, and when.
   */
  carerAgreed?: Agreement;
  /**
   * The person cared for agreed to combining
   *
   * Whether the person cared for agreed to the two assessments being combined, and when.
   */
  personAgreed?: Agreement;
}
/**
 * What the carer does for the person or people they care for, in the carer's own words, and roughly how much.
 */
export interface CaringRole {
  /**
   * In the carer's own words
   *
   * What the carer does, as they put it: the tasks, the nights, the worry.
   */
  inCarersWords?: PersonsWords;
  /**
   * Hours of care a week
   *
   * About how many hours a week the carer spends caring, as they estimate it.
   */
  hoursPerWeek?: number;
  /**
   * Caring since
   *
   * Roughly when the carer started caring.
   */
  caringSince?: Date;
}
/**
 * Something that helps the carer: a capability, a source of resilience or an asset, their own or from the people and community around them.
 */
export interface CarerStrength {
  /**
   * Strength id
   *
   * An id for this strength within the record.
   */
  id: Id;
  /**
   * The strength
   *
   * Describe the strength in the carer's terms, for example 'Knows exactly how Dad likes his tea'.
   */
  text: Text;
  /**
   * Where the strength comes from
   *
   * Whether the strength is the carer's own, comes from the people in their life, or from their community.
   */
  sphere?: 'personal' | 'network' | 'community';
  /**
   * When it was recorded
   *
   * When the strength was recorded.
   */
  recordedAt: DateTime;
}
/**
 * Whether the carer is able, and likely to go on being able, to provide care, and whether they are willing, and likely to go on being willing, to do so, in the carer's own words (Care Act 2014 s10(5)(a)–(b)). Caring is the carer's choice.
 */
export interface WillingAndAble {
  /**
   * Able to provide care now
   *
   * Whether the carer is able to provide care for the adult needing care.
   */
  ableNow?: boolean;
  /**
   * Likely to go on being able
   *
   * Whether the carer is likely to continue to be able to provide care.
   */
  ableToContinue?: boolean;
  /**
   * Willing to provide care now
   *
   * Whether the carer is willing to provide care.
   */
  willingNow?: boolean;
  /**
   * Likely to go on being willing
   *
   * Whether the carer is likely to continue to be willing to provide care.
   */
  willingToContinue?: boolean;
  /**
   * In the carer's own words
   *
   * How the carer feels about caring now and in the future, as they said it.
   */
  inCarersWords?: PersonsWords;
  /**
   * When it was recorded
   *
   * When this was talked about and recorded.
   */
  recordedAt: DateTime;
}
/**
 * A need for support, as the carer describes it.
 */
export interface CarerNeed {
  /**
   * Need id
   *
   * An id for this need within the record.
   */
  id: Id;
  /**
   * The need in the carer's words
   *
   * How the carer describes this need, as they said it.
   */
  inCarersWords?: PersonsWords;
  /**
   * Practitioner's description
   *
   * Optional. A practitioner's strengths-based description of the need, kept apart from the carer's words.
   */
  practitionerDescription?: PractitionerNote;
  wellbeingImpact?: CarerWellbeingImpact;
  /**
   * The need fluctuates
   *
   * Whether the need varies over time; if it does, consider it over a period long enough to see the whole picture (Assessment Regulations 2014 reg 3(3); Eligibility Criteria Regulations 2015 reg 3(4)).
   */
  fluctuates?: boolean;
}
/**
 * How caring and this need affect the carer's wellbeing, described by the carer, linked to the areas of Care Act 2014 s1(2) (s10(5)(c)).
 */
export interface CarerWellbeingImpact {
  /**
   * In the carer's own words
   *
   * How it affects the carer, as they said it.
   */
  inCarersWords: PersonsWords;
  /**
   * Wellbeing areas affected
   *
   * The wellbeing areas of Care Act 2014 s1(2) that are affected. At least one, when the assessment is complete.
   *
   * @maxItems 9
   */
  areas: WellbeingArea[];
}
/**
 * Something the carer wants to achieve in day-to-day life, in their own words.
 */
export interface CarerOutcomeWanted {
  /**
   * Outcome id
   *
   * An id for this outcome within the record.
   */
  id: Id;
  /**
   * In the carer's own words
   *
   * The outcome as the carer put it.
   */
  inCarersWords: PersonsWords;
  /**
   * Wellbeing areas it serves
   *
   * The wellbeing areas of Care Act 2014 s1(2) that this outcome would support.
   *
   * @maxItems 9
   */
  wellbeingAreas?: WellbeingArea[];
}
/**
 * Whether the carer works or wishes to, and whether they take part or wish to take part in education, training or recreation (Care Act 2014 s10(6)).
 */
export interface WorkEducationLeisure {
  /**
   * Works
   *
   * Whether the carer is in paid work.
   */
  works?: boolean;
  /**
   * Wishes to work, or to work more
   *
   * Whether the carer wishes to work, or to change how much they work.
   */
  wishesToWork?: boolean;
  /**
   * In education or training
   *
   * Whether the carer is taking part in education or training.
   */
  inEducationOrTraining?: boolean;
  /**
   * Wishes to take part in education or training
   *
   * Whether the carer wishes to take part in education or training.
   */
  wishesToLearn?: boolean;
  /**
   * Has time for recreation
   *
   * Whether the carer takes part in recreation: the things they do for enjoyment.
   */
  hasRecreation?: boolean;
  /**
   * Wishes for more recreation
   *
   * Whether the carer wishes to take part in recreation, or more of it.
   */
  wishesForRecreation?: boolean;
  /**
   * In the carer's own words
   *
   * What the carer said about work, learning and free time.
   */
  inCarersWords?: PersonsWords;
  /**
   * When it was recorded
   *
   * When this was talked about and recorded.
   */
  recordedAt: DateTime;
}
/**
 * The others in the carer's household, children above all, and the impact of caring on them (Assessment Regulations 2014 reg 4, the whole-family approach). Record an empty list of members when the carer lives only with the person they care for, or alone.
 */
export interface Household {
  /**
   * Others in the household
   *
   * Everyone else who lives in the carer's household.
   *
   * @maxItems 20
   */
  members: HouseholdMember[];
  /**
   * The impact on the family, in the carer's words
   *
   * How caring affects the rest of the family, as the carer sees it.
   */
  impactOnFamily?: PersonsWords;
  /**
   * When it was recorded
   *
   * When the household was talked about and recorded.
   */
  recordedAt: DateTime;
}
/**
 * Someone who lives in the carer's household, other than the carer, and whether they help with caring.
 */
export interface HouseholdMember {
  /**
   * Id in this record
   *
   * An id for this person within the record.
   */
  id: Id;
  /**
   * Relationship
   *
   * How the carer describes them, for example 'my son, 14'.
   */
  relationship: ShortText;
  /**
   * Is a person cared for
   *
   * Where this is one of the people the carer cares for, their id in caresFor.
   */
  caredForId?: Id;
  /**
   * Is a child
   *
   * Whether they are under 18.
   */
  isChild?: boolean;
  /**
   * Age
   *
   * Their age in years, where the carer shares it.
   */
  age?: number;
  /**
   * Helps with caring
   *
   * Whether they help with the caring. A child who does is a young carer, whose own needs must be considered (Care Act 2014 s63; Assessment Regulations 2014 reg 4).
   */
  helpsWithCaring?: boolean;
  /**
   * How they help
   *
   * What they do to help, in plain words.
   */
  howTheyHelp?: Text;
  /**
   * Support considered for a young carer
   *
   * Where a child helps with caring: what was considered for them, for example a young carer's needs assessment or a referral to a young carers' service.
   */
  youngCarerSupport?: Text;
}
/**
 * What happens if the carer cannot care, suddenly or for a while: who would step in and how they would be contacted.
 */
export interface Contingency {
  /**
   * In the carer's own words
   *
   * What the carer wants to happen, as they said it.
   */
  inCarersWords?: PersonsWords;
  /**
   * The plan
   *
   * Who would step in and how, in plain words, including any carer's emergency card or scheme.
   */
  plan?: Text;
  /**
   * When it was recorded
   *
   * When the plan was talked about and recorded.
   */
  recordedAt: DateTime;
}
/**
 * The carer's view of the care and support of one person they care for.
 */
export interface ViewOfSupport {
  /**
   * Person cared for
   *
   * The id in caresFor of the person this view is about.
   */
  caredForId: Id;
  /**
   * In the carer's own words
   *
   * What the carer thinks is working and what is not in the support of the person they care for.
   */
  inCarersWords: PersonsWords;
}
/**
 * Whether the person would have substantial difficulty in any of the four areas of the Care Act 2014 (s67(4), and s68(3) for safeguarding). Record an empty list when there is none.
 */
export interface SubstantialDifficulty {
  /**
   * Areas of difficulty
   *
   * The areas in which the person would have substantial difficulty. Leave the list empty when there are none.
   *
   * @maxItems 4
   */
  areas: SubstantialDifficultyArea[];
  /**
   * When it was considered
   */
  recordedAt: DateTime;
}
/**
 * Whether an independent advocate is involved, of which kind, and from when.
 */
export interface IndependentAdvocacy {
  /**
   * An independent advocate is involved
   *
   * Whether an independent advocate is supporting the person's involvement.
   */
  involved: boolean;
  type?: AdvocacyType;
  /**
   * Advocacy organisation
   */
  organisation?: ShortText;
  /**
   * Involved from
   */
  involvedFrom?: DateTime;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Recorded only after the carer's needs and the impact of caring on their wellbeing have been described. The three conditions of regulation 3(1) of the Eligibility Criteria Regulations 2015, with written reasons (Care Act 2014 s13(2)).
 */
export interface CarerEligibilityDetermination {
  /**
   * When eligibility was determined
   *
   * When the determination was made.
   */
  determinedAt: DateTime;
  /**
   * Determined by
   *
   * Who made the determination.
   */
  determinedBy?: Recorder;
  /**
   * The needs arise as a consequence of providing necessary care for an adult
   *
   * Eligibility Criteria Regulations 2015 reg 3(1)(a). A carer can be eligible whether or not the adult cared for has eligible needs.
   */
  needsAriseFromProvidingNecessaryCare?: boolean;
  /**
   * The carer's physical or mental health is, or is at risk of, deteriorating
   *
   * Eligibility Criteria Regulations 2015 reg 3(2)(a).
   */
  healthAtRisk?: boolean;
  /**
   * Carer outcomes the carer is unable to achieve
   *
   * Eligibility Criteria Regulations 2015 reg 3(2)(b): any one is enough, as is the carer's health deteriorating or at risk.
   *
   * @maxItems 8
   */
  unableToAchieve?: CarerUnableToAchieve[];
  /**
   * There is, or is likely to be, a significant impact on the carer's wellbeing
   *
   * Eligibility Criteria Regulations 2015 reg 3(1)(c).
   */
  significantImpactOnWellbeing?: boolean;
  /**
   * The carer has eligible needs
   *
   * The result of the determination: true when at least some needs meet the eligibility criteria.
   */
  eligible: boolean;
  /**
   * Eligible needs
   *
   * The ids of the needs that meet the eligibility criteria.
   *
   * @maxItems 200
   */
  eligibleNeedIds?: Id[];
  /**
   * Reasons
   *
   * The written reasons for the determination, in plain words the carer can follow.
   */
  reasons?: Text;
  /**
   * The carer wants the council to meet their eligible needs
   *
   * Where some needs are eligible: whether the carer wants the council to meet them, and when they said so (Care Act 2014 s13(4)(b)).
   */
  wantsCouncilToMeetNeeds?: Agreement;
  /**
   * Written record of the determination given
   *
   * When the written record of the determination and its reasons was given to the carer (Care Act 2014 s13(2)).
   */
  writtenRecordGiven?: WrittenRecordGiven;
}
/**
 * A carer outcome of reg 3(2)(b) the carer cannot achieve, why, and the needs behind it.
 */
export interface CarerUnableToAchieve {
  outcome: CarerOutcome;
  /**
   * Why it cannot be achieved
   *
   * Which parts of regulation 3(3) apply: at least one.
   *
   * @maxItems 3
   */
  limbs?: CarerUnableToAchieveLimb[];
  /**
   * Needs behind it
   *
   * The ids of the needs in this assessment that mean the carer cannot achieve this outcome.
   *
   * @maxItems 200
   */
  needIds?: Id[];
}
/**
 * A review of a care and support plan under section 27 of the Care Act 2014: which plan it reviews, planned or unplanned and why, who took part (the carer too), what is working and what is not in the person's own words before the practitioner's view, how far each goal of the plan was met, what has changed, and the result: no change, a revised plan, or a reassessment. A review never reduces a personal budget on its own. A draft may be partial; a complete review must have everything the rules ask for.
 */
export interface Review {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the review.
   */
  $schema: 'https://goodday.dev/schemas/review/1.0.0.json';
  /**
   * Review id
   *
   * The id of this review in your system.
   */
  id: IdV1_1;
  /**
   * Status
   *
   * A draft may be partial. Mark the review complete only when the result has been decided and everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the review is for. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortTextV1_1;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortTextV1_1;
  };
  reviewOf?: PlanReviewed;
  /**
   * Planned or unplanned
   *
   * Whether this review was planned (set in the plan or by regular monitoring) or unplanned (because something changed, or someone asked for it).
   */
  reviewType?: 'planned' | 'unplanned';
  reviewReason?: ReviewReason;
  /**
   * What led to the review
   *
   * In a sentence or two, what led to this review: for an unplanned review, what happened and who asked for it.
   */
  reasonDetail?: TextV1_1;
  /**
   * When the review conversation took place
   */
  reviewedAt?: DateTimeV1_1;
  /**
   * Reviewed by
   */
  reviewedBy?: RecorderV1_1;
  method?: ReviewMethod;
  carer?: CarerInvolvement;
  /**
   * Others who took part
   *
   * Anyone else who took part, for example a person the adult asked to be involved (Care Act 2014 s27(2)(b)(iii)).
   *
   * @maxItems 20
   */
  othersInvolved?: Participant[];
  communication?: CommunicationV1_1;
  substantialDifficulty?: SubstantialDifficultyV1_1;
  appropriatePerson?: AppropriatePersonV1_1;
  advocacy?: IndependentAdvocacyV1_1;
  /**
   * What is working, in the person's words
   */
  whatIsWorking?: PersonsWordsV1_1;
  /**
   * What is not working, in the person's words
   */
  whatIsNotWorking?: PersonsWordsV1_1;
  /**
   * Goals reviewed
   *
   * Each goal of the plan, and how far it was met.
   *
   * @maxItems 50
   */
  goals?: GoalReviewed[];
  changes?: Changes;
  /**
   * The practitioner's view
   *
   * The practitioner's view of how the plan is working, written after hearing the person's own.
   */
  practitionerView?: PractitionerNoteV1_1;
  result?: ReviewResult;
  /**
   * Next review date
   *
   * When the plan will be reviewed next: no later than 12 months on, and sooner where things are changing.
   */
  nextReviewDate?: DateV1_1;
}
/**
 * Which care and support plan this review looks at (Care Act 2014 s27(1)).
 */
export interface PlanReviewed {
  /**
   * Plan id
   *
   * The id of the care and support plan.
   */
  planId?: IdV1_1;
  /**
   * Plan schema version
   *
   * The version of the support plan schema that plan follows, for example 1.0.0.
   */
  planVersion?: string;
  /**
   * When the plan was agreed
   *
   * When the person agreed the plan, as the plan records it.
   */
  planAgreedAt?: DateTimeV1_1;
  /**
   * First review of a new plan
   *
   * True when this is the first review of a new plan, which is due within 6 to 8 weeks of the plan being agreed.
   */
  firstReview?: boolean;
}
/**
 * Whether the person has a carer and, if so, whether they took part in the review or why not (Care Act 2014 s27(2)(b)(ii)).
 */
export interface CarerInvolvement {
  /**
   * The person has a carer
   *
   * Whether someone provides or intends to provide care for the person (not paid or as a volunteer).
   */
  hasCarer: boolean;
  /**
   * Relationship
   *
   * Who the carer is to the person, in the person's words, for example 'my friend Margaret'.
   */
  relationship?: ShortTextV1_1;
  /**
   * Person in their life
   *
   * The id of the carer among the plan's people in the person's life.
   */
  networkMemberId?: IdV1_1;
  /**
   * The carer took part
   *
   * Whether the carer took part in the review.
   */
  tookPart?: boolean;
  /**
   * Why the carer did not take part
   *
   * If the carer did not take part: why, for example the person did not want them involved.
   */
  whyNot?: TextV1_1;
  /**
   * The carer's views
   *
   * What the carer said about how the plan is working, and about their own caring.
   */
  views?: TextV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
export interface Participant {
  /**
   * Who they are
   *
   * Who they are to the person, or their role, for example 'my support worker Dev'.
   */
  relationship: ShortTextV1_1;
  /**
   * Person in their life
   */
  networkMemberId?: IdV1_1;
  /**
   * What they said
   */
  views?: TextV1_1;
}
/**
 * Whether the person would have substantial difficulty in any of the four areas of the Care Act 2014 (s67(4), and s68(3) for safeguarding). Record an empty list when there is none.
 */
export interface SubstantialDifficultyV1_1 {
  /**
   * Areas of difficulty
   *
   * The areas in which the person would have substantial difficulty. Leave the list empty when there are none.
   *
   * @maxItems 4
   */
  areas: SubstantialDifficultyAreaV1_1[];
  /**
   * When it was considered
   */
  recordedAt: DateTimeV1_1;
}
/**
 * Someone, not paid or professionally engaged in providing care or treatment, who is able and willing to support the person's involvement and whom the person agrees to. Where there is no such person and the person has substantial difficulty, an independent advocate must be arranged.
 */
export interface AppropriatePersonV1_1 {
  /**
   * Relationship
   */
  relationship: ShortTextV1_1;
  /**
   * Person in their life
   */
  networkMemberId?: IdV1_1;
  /**
   * The person agreed to their support
   *
   * Whether the person agreed to this person supporting them to be involved.
   */
  personAgreed?: boolean;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
/**
 * Whether an independent advocate is involved, of which kind, and from when.
 */
export interface IndependentAdvocacyV1_1 {
  /**
   * An independent advocate is involved
   *
   * Whether an independent advocate is supporting the person's involvement.
   */
  involved: boolean;
  type?: AdvocacyTypeV1_1;
  /**
   * Advocacy organisation
   */
  organisation?: ShortTextV1_1;
  /**
   * Involved from
   */
  involvedFrom?: DateTimeV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
export interface GoalReviewed {
  /**
   * Goal id
   *
   * The id of the goal in the plan.
   */
  goalId: IdV1_1;
  /**
   * The goal, in a few words
   *
   * The goal as the plan gives it, in a few of the person's words, for the person's copy of the review.
   */
  summary?: ShortTextV1_1;
  met?: GoalMet;
  /**
   * How it went, in the person's words
   */
  inPersonsWords?: PersonsWordsV1_1;
  /**
   * Practitioner's note
   */
  practitionerNote?: PractitionerNoteV1_1;
  /**
   * When it was recorded
   */
  recordedAt?: DateTimeV1_1;
}
/**
 * Whether the person's needs or circumstances have changed since the plan was agreed (Care Act 2014 s27(4)).
 */
export interface Changes {
  /**
   * Needs have changed
   *
   * Whether the person's needs are different from those the plan was made for.
   */
  needsChanged: boolean;
  /**
   * Circumstances have changed
   *
   * For example a move, a stay in hospital, or a carer who can no longer help.
   */
  circumstancesChanged: boolean;
  /**
   * What has changed, in the person's words
   */
  inPersonsWords?: PersonsWordsV1_1;
  /**
   * Practitioner's note
   */
  practitionerNote?: PractitionerNoteV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
/**
 * What the review decided: no change, revise the plan, or arrange a reassessment of needs (Care Act 2014 s27(4)). A review never reduces a personal budget on its own: a change in needs is found by a reassessment.
 */
export interface ReviewResult {
  /**
   * Outcome
   *
   * No change, a revised plan, or a reassessment of needs (Care Act 2014 s27(4)).
   */
  outcome: 'no-change' | 'revise-plan' | 'reassess';
  /**
   * Why
   *
   * Why this is the right result, in plain words the person would recognise.
   */
  reasons?: TextV1_1;
  /**
   * What will change
   *
   * For a revised plan: what will be different, and from when.
   */
  whatWillChange?: TextV1_1;
  /**
   * Reassessment arranged for
   *
   * For a reassessment: when it will take place.
   */
  reassessmentArrangedFor?: DateV1_1;
  /**
   * The personal budget
   *
   * Whether the personal budget changes as a result. It may go down only after a reassessment has found that needs have changed.
   */
  personalBudget?: 'unchanged' | 'increased' | 'reduced';
  /**
   * The person agreed the result
   */
  personAgreed?: AgreementV1_1;
  /**
   * When it was decided
   */
  decidedAt: DateTimeV1_1;
}
/**
 * Whether the person agreed, and when they said so.
 */
export interface AgreementV1_1 {
  /**
   * Agreed
   *
   * True when the person agreed; false when they did not.
   */
  agreed: boolean;
  /**
   * When they said so
   */
  recordedAt: DateTimeV1_1;
  recordedBy?: RecorderV1_1;
  /**
   * Notes
   *
   * Anything the person asked for, such as limits on what may be shared.
   */
  notes?: TextV1_1;
}
/**
 * A safeguarding enquiry under section 42 of the Care Act 2014 (or another safeguarding enquiry), made personal: what the person wants from it in their own words, how they were involved and supported, what was done, and at the end what changed and what they think of it, in the terms of the national Safeguarding Adults Collection. An open enquiry may be partial; a concluded one must have everything the rules ask for.
 */
export interface SafeguardingEnquiryV1_0 {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the safeguarding enquiry.
   */
  $schema: 'https://goodday.dev/schemas/safeguarding-enquiry/1.0.0.json';
  /**
   * Enquiry id
   *
   * The id of this enquiry in your system.
   */
  id: IdV1_1;
  /**
   * Status
   *
   * An open enquiry may be partial. Mark it concluded when the enquiry has ended; the conclusion rules then apply.
   */
  status: 'open' | 'concluded';
  /**
   * About the person
   *
   * Who the enquiry is about. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortTextV1_1;
    /**
     * Pronouns
     */
    pronouns?: ShortTextV1_1;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortTextV1_1;
  };
  /**
   * Enquiry lead
   */
  enquiryLead?: RecorderV1_1;
  concern?: ConcernV1_0;
  s42Decision?: S42DecisionV1_0;
  /**
   * Risks
   *
   * The risks the enquiry looked into. More than one is allowed.
   *
   * @maxItems 30
   */
  risks?: SafeguardingRiskV1_0[];
  communication?: CommunicationV1_1;
  substantialDifficulty?: SubstantialDifficultyV1_1;
  appropriatePerson?: AppropriatePersonV1_1;
  advocacy?: IndependentAdvocacyV1_1;
  capacity?: CapacityInEnquiryV1_0;
  makingSafeguardingPersonal?: MakingSafeguardingPersonalV1_0;
  /**
   * Enquiry actions
   *
   * What was done as part of the enquiry, by whom and when.
   *
   * @maxItems 200
   */
  actions?: EnquiryActionV1_0[];
  /**
   * Meetings
   *
   * Meetings and discussions about the person.
   *
   * @maxItems 50
   */
  meetings?: EnquiryMeetingV1_0[];
  conclusion?: EnquiryConclusionV1_0;
}
/**
 * The concern that started this enquiry: when it was raised and by whom, in role terms.
 */
export interface ConcernV1_0 {
  /**
   * When it was raised
   */
  raisedAt: DateTimeV1_1;
  /**
   * Who raised it
   *
   * Their role or relationship, not their name, for example 'care home manager', 'neighbour' or 'the person themselves'.
   */
  raisedBy?: ShortTextV1_1;
  /**
   * What the concern is
   *
   * What was reported, in plain words the person would recognise. Do not copy in details the person has not agreed to share.
   */
  summary?: TextV1_1;
}
/**
 * Whether the three conditions of section 42(1) are met, and so whether this is a section 42 enquiry or another safeguarding enquiry.
 */
export interface S42DecisionV1_0 {
  /**
   * The three conditions
   *
   * Each condition of section 42(1), with whether there is reasonable cause to suspect it and why.
   *
   * @maxItems 3
   */
  conditions?: S42ConditionFindingV1_0[];
  enquiryType: EnquiryTypeV1_1;
  /**
   * When it was decided
   */
  decidedAt: DateTimeV1_1;
  /**
   * Who decided
   */
  decidedBy?: RecorderV1_1;
}
export interface S42ConditionFindingV1_0 {
  condition: S42ConditionV1_1;
  /**
   * There is reasonable cause to suspect it
   *
   * True when there is reasonable cause to suspect this condition is met.
   */
  met: boolean;
  /**
   * Why
   *
   * What the decision on this condition rests on.
   */
  reasons?: TextV1_1;
}
/**
 * One risk the enquiry looked into: its type, where it was and who it came from, in the Safeguarding Adults Collection's terms. Record one entry per combination, so that the national cross-tables can be counted.
 */
export interface SafeguardingRiskV1_0 {
  id: IdV1_1;
  type: RiskTypeV1_1;
  location?: RiskLocationV1_1;
  source?: RiskSourceV1_1;
  /**
   * What the risk is
   *
   * In plain, respectful words.
   */
  description?: TextV1_1;
}
/**
 * Whether the person lacked capacity in relation to the enquiry and, if they did, who supported them and the capacity decision that found it.
 */
export interface CapacityInEnquiryV1_0 {
  lackedCapacity: LackedCapacityV1_1;
  /**
   * Who supported them
   *
   * Where the person lacked capacity: the advocate, family member or friend who supported them in the enquiry.
   */
  supportedBy?: SupporterV1_1;
  /**
   * Capacity decision record
   *
   * The id of the Good Day capacity-decision record that assessed the person's capacity for this.
   */
  capacityDecisionId?: IdV1_1;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_1;
}
/**
 * Making Safeguarding Personal: whether the person or their representative was asked what they want, when, and the outcomes they expressed.
 */
export interface MakingSafeguardingPersonalV1_0 {
  asked: AskedAboutOutcomesV1_1;
  /**
   * When they were asked
   */
  askedAt?: DateTimeV1_1;
  /**
   * Outcomes they expressed
   *
   * Each outcome the person or their representative said they want, in their words.
   *
   * @maxItems 30
   */
  outcomes?: ExpressedOutcomeV1_0[];
}
/**
 * Something the person, or their representative, said they want from the enquiry, in their words, and at the end how far it was achieved.
 */
export interface ExpressedOutcomeV1_0 {
  id: IdV1_1;
  /**
   * In their words
   */
  inPersonsWords?: PersonsWordsV1_1;
  /**
   * Practitioner's description
   *
   * Any practitioner wording, kept apart from the person's own.
   */
  practitionerDescription?: PractitionerNoteV1_1;
  achieved?: OutcomeAchievedV1_1;
  /**
   * How far it was achieved
   *
   * What happened, in plain words.
   */
  achievedNotes?: TextV1_1;
}
/**
 * Something done as part of the enquiry: what, by whom, and when.
 */
export interface EnquiryActionV1_0 {
  id: IdV1_1;
  /**
   * What was done
   */
  what: TextV1_1;
  /**
   * Who did it
   */
  by?: RecorderV1_1;
  /**
   * When
   */
  at: DateTimeV1_1;
}
/**
 * A safeguarding meeting or discussion about the person, and whether they were invited and supported to take part.
 */
export interface EnquiryMeetingV1_0 {
  id: IdV1_1;
  /**
   * What it was for
   */
  purpose?: ShortTextV1_1;
  /**
   * When it was held
   */
  heldAt: DateTimeV1_1;
  /**
   * The person was invited
   *
   * Whether the person was invited to take part.
   */
  personInvited: boolean;
  /**
   * Who supported them to take part
   *
   * Anyone who helped the person take part: an advocate, family member or friend.
   */
  supportedBy?: SupporterV1_1;
  /**
   * The person took part
   *
   * Whether the person took part, in person or in another way they chose.
   */
  personAttended?: boolean;
  /**
   * Notes
   *
   * How the person took part, or why they chose not to.
   */
  notes?: TextV1_1;
}
/**
 * What the enquiry found and what changed, in the Safeguarding Adults Collection's terms, and the person's own view.
 */
export interface EnquiryConclusionV1_0 {
  /**
   * When the enquiry concluded
   */
  concludedAt: DateTimeV1_1;
  riskAssessmentOutcome?: RiskAssessmentOutcomeV1_1;
  riskOutcome?: RiskOutcomeV1_1;
  whyRiskRemains?: RiskRemainsV1_0;
  /**
   * The person's view of the outcome
   *
   * What the person, or their representative, thinks of how the enquiry went and where it has left them, in their words.
   */
  personsView?: PersonsWordsV1_1;
  /**
   * Summary
   *
   * A short summary of the enquiry's findings, in plain words.
   */
  summary?: PractitionerNoteV1_1;
}
/**
 * Where risk remained: why, for example because the person made an informed choice to live with it.
 */
export interface RiskRemainsV1_0 {
  /**
   * Reason
   *
   * The main reason the risk remains.
   */
  reason: 'persons-choice' | 'outside-control' | 'other';
  /**
   * Explanation
   *
   * In plain words, what the person chose and why, or what else keeps the risk in place.
   */
  explanation?: TextV1_1;
}
/**
 * A safeguarding enquiry under section 42 of the Care Act 2014 (or another safeguarding enquiry), made personal: what the person wants from it in their own words, how they were involved and supported, what was done, and at the end what changed and what they think of it, in the terms of the national Safeguarding Adults Collection. An open enquiry may be partial; a concluded one must have everything the rules ask for. Version 1.1.0 adds the person's consent to the enquiry, or why it was overridden, and what makes someone an appropriate person.
 */
export interface SafeguardingEnquiry {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.1.0 of the safeguarding enquiry.
   */
  $schema: 'https://goodday.dev/schemas/safeguarding-enquiry/1.1.0.json';
  /**
   * Enquiry id
   *
   * The id of this enquiry in your system.
   */
  id: Id;
  /**
   * Status
   *
   * An open enquiry may be partial. Mark it concluded when the enquiry has ended; the conclusion rules then apply.
   */
  status: 'open' | 'concluded';
  /**
   * About the person
   *
   * Who the enquiry is about. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortText;
    /**
     * Pronouns
     */
    pronouns?: ShortText;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortText;
  };
  /**
   * Enquiry lead
   */
  enquiryLead?: Recorder;
  concern?: Concern;
  s42Decision?: S42Decision;
  /**
   * Risks
   *
   * The risks the enquiry looked into. More than one is allowed.
   *
   * @maxItems 30
   */
  risks?: SafeguardingRisk[];
  communication?: Communication;
  substantialDifficulty?: SubstantialDifficulty;
  appropriatePerson?: AppropriatePerson;
  advocacy?: IndependentAdvocacy;
  capacity?: CapacityInEnquiry;
  /**
   * The person's consent to the enquiry
   *
   * Whether the person agreed to the enquiry going ahead and, where it went ahead without their agreement, why (Care and Support Statutory Guidance, chapter 14: for example others are at risk, a crime may have been committed, or the person is under coercion).
   */
  consentToEnquiry?: {
    /**
     * The person agreed
     *
     * True when the person agreed to the enquiry.
     */
    consented: boolean;
    /**
     * Why it went ahead without their agreement
     *
     * Where the person did not agree, or could not be asked: why the enquiry went ahead all the same.
     */
    overriddenBecause?: Text;
    /**
     * When it was recorded
     */
    recordedAt: DateTime;
  };
  makingSafeguardingPersonal?: MakingSafeguardingPersonal;
  /**
   * Enquiry actions
   *
   * What was done as part of the enquiry, by whom and when.
   *
   * @maxItems 200
   */
  actions?: EnquiryAction[];
  /**
   * Meetings
   *
   * Meetings and discussions about the person.
   *
   * @maxItems 50
   */
  meetings?: EnquiryMeeting[];
  conclusion?: EnquiryConclusion;
}
/**
 * The concern that started this enquiry: when it was raised and by whom, in role terms.
 */
export interface Concern {
  /**
   * When it was raised
   */
  raisedAt: DateTime;
  /**
   * Who raised it
   *
   * Their role or relationship, not their name, for example 'care home manager', 'neighbour' or 'the person themselves'.
   */
  raisedBy?: ShortText;
  /**
   * What the concern is
   *
   * What was reported, in plain words the person would recognise. Do not copy in details the person has not agreed to share.
   */
  summary?: Text;
}
/**
 * Whether the three conditions of section 42(1) are met, and so whether this is a section 42 enquiry or another safeguarding enquiry.
 */
export interface S42Decision {
  /**
   * The three conditions
   *
   * Each condition of section 42(1), with whether there is reasonable cause to suspect it and why.
   *
   * @maxItems 3
   */
  conditions?: S42ConditionFinding[];
  enquiryType: EnquiryType;
  /**
   * When it was decided
   */
  decidedAt: DateTime;
  /**
   * Who decided
   */
  decidedBy?: Recorder;
}
export interface S42ConditionFinding {
  condition: S42Condition;
  /**
   * There is reasonable cause to suspect it
   *
   * True when there is reasonable cause to suspect this condition is met.
   */
  met: boolean;
  /**
   * Why
   *
   * What the decision on this condition rests on.
   */
  reasons?: Text;
}
/**
 * One risk the enquiry looked into: its type, where it was and who it came from, in the Safeguarding Adults Collection's terms. Record one entry per combination, so that the national cross-tables can be counted.
 */
export interface SafeguardingRisk {
  id: Id;
  type: RiskType;
  location?: RiskLocation;
  source?: RiskSource;
  /**
   * What the risk is
   *
   * In plain, respectful words.
   */
  description?: Text;
}
/**
 * Whether the person lacked capacity in relation to the enquiry and, if they did, who supported them and the capacity decision that found it.
 */
export interface CapacityInEnquiry {
  lackedCapacity: LackedCapacity;
  /**
   * Who supported them
   *
   * Where the person lacked capacity: the advocate, family member or friend who supported them in the enquiry.
   */
  supportedBy?: Supporter;
  /**
   * Capacity decision record
   *
   * The id of the Good Day capacity-decision record that assessed the person's capacity for this.
   */
  capacityDecisionId?: Id;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Making Safeguarding Personal: whether the person or their representative was asked what they want, when, and the outcomes they expressed.
 */
export interface MakingSafeguardingPersonal {
  asked: AskedAboutOutcomes;
  /**
   * When they were asked
   */
  askedAt?: DateTime;
  /**
   * Outcomes they expressed
   *
   * Each outcome the person or their representative said they want, in their words.
   *
   * @maxItems 30
   */
  outcomes?: ExpressedOutcome[];
}
/**
 * Something the person, or their representative, said they want from the enquiry, in their words, and at the end how far it was achieved.
 */
export interface ExpressedOutcome {
  id: Id;
  /**
   * In their words
   */
  inPersonsWords?: PersonsWords;
  /**
   * Practitioner's description
   *
   * Any practitioner wording, kept apart from the person's own.
   */
  practitionerDescription?: PractitionerNote;
  achieved?: OutcomeAchieved;
  /**
   * How far it was achieved
   *
   * What happened, in plain words.
   */
  achievedNotes?: Text;
}
/**
 * Something done as part of the enquiry: what, by whom, and when.
 */
export interface EnquiryAction {
  id: Id;
  /**
   * What was done
   */
  what: Text;
  /**
   * Who did it
   */
  by?: Recorder;
  /**
   * When
   */
  at: DateTime;
}
/**
 * A safeguarding meeting or discussion about the person, and whether they were invited and supported to take part.
 */
export interface EnquiryMeeting {
  id: Id;
  /**
   * What it was for
   */
  purpose?: ShortText;
  /**
   * When it was held
   */
  heldAt: DateTime;
  /**
   * The person was invited
   *
   * Whether the person was invited to take part.
   */
  personInvited: boolean;
  /**
   * Who supported them to take part
   *
   * Anyone who helped the person take part: an advocate, family member or friend.
   */
  supportedBy?: Supporter;
  /**
   * The person took part
   *
   * Whether the person took part, in person or in another way they chose.
   */
  personAttended?: boolean;
  /**
   * Notes
   *
   * How the person took part, or why they chose not to.
   */
  notes?: Text;
}
/**
 * What the enquiry found and what changed, in the Safeguarding Adults Collection's terms, and the person's own view.
 */
export interface EnquiryConclusion {
  /**
   * When the enquiry concluded
   */
  concludedAt: DateTime;
  riskAssessmentOutcome?: RiskAssessmentOutcome;
  riskOutcome?: RiskOutcome;
  whyRiskRemains?: RiskRemains;
  /**
   * The person's view of the outcome
   *
   * What the person, or their representative, thinks of how the enquiry went and where it has left them, in their words.
   */
  personsView?: PersonsWords;
  /**
   * Summary
   *
   * A short summary of the enquiry's findings, in plain words.
   */
  summary?: PractitionerNote;
}
/**
 * Where risk remained: why, for example because the person made an informed choice to live with it.
 */
export interface RiskRemains {
  /**
   * Reason
   *
   * The main reason the risk remains.
   */
  reason: 'persons-choice' | 'outside-control' | 'other';
  /**
   * Explanation
   *
   * In plain words, what the person chose and why, or what else keeps the risk in place.
   */
  explanation?: Text;
}
/**
 * A care and support plan under sections 24 to 26 of the Care Act 2014, built on a needs assessment: the person's goals in their own words, each need to be met and how (starting from the person, their network, the community and technology), the personal budget, risks with the person's view, a contingency plan, the person's agreement and the review date. A draft may be partial; a complete plan must have everything the rules ask for.
 */
export interface SupportPlanV1_0 {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.0.0 of the support plan.
   */
  $schema: 'https://goodday.dev/schemas/support-plan/1.0.0.json';
  /**
   * Plan id
   *
   * The id of this plan in your system.
   */
  id: IdV1_0;
  /**
   * Status
   *
   * A draft may be partial. Mark the plan complete only when it has been agreed and everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the plan is for. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortTextV1_0;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortTextV1_0;
  };
  /**
   * The assessment it builds on
   *
   * Which assessment this plan builds on and which of its needs it meets (Care Act 2014 s25(1)(a)(b)).
   */
  basedOn?: {
    /**
     * Assessment id
     *
     * The id of the assessment.
     */
    assessmentId?: IdV1_0;
    /**
     * Assessment schema version
     *
     * The version of the assessment schema that assessment follows, for example 1.0.0.
     */
    assessmentVersion?: string;
    /**
     * Eligible needs to be met
     *
     * The ids of the assessment's eligible needs that this plan meets.
     *
     * @maxItems 100
     */
    eligibleNeedIds?: IdV1_0[];
    /**
     * Other needs the council agreed to meet
     *
     * The ids of needs that are not eligible but which the council agreed to meet (Care Act 2014 s19).
     *
     * @maxItems 100
     */
    agreedNonEligibleNeedIds?: IdV1_0[];
  };
  /**
   * When the plan was prepared
   */
  preparedAt?: DateTimeV1_0;
  /**
   * Prepared by
   */
  preparedBy?: RecorderV1_0;
  /**
   * Goals
   *
   * What the person wants to achieve, in their own words.
   *
   * @maxItems 50
   */
  goals?: GoalV1_0[];
  /**
   * Needs to be met
   *
   * Each need this plan meets, and how.
   *
   * @maxItems 100
   */
  needsToBeMet?: NeedToBeMetV1_0[];
  personalBudget?: PersonalBudgetV1_0;
  /**
   * Risks
   *
   * Risks the person wants to take or that affect the plan, with their view and how they are enabled.
   *
   * @maxItems 50
   */
  risks?: RiskV1_0[];
  /**
   * Contingency plan
   *
   * What happens if the support cannot happen, for example if a carer is ill.
   */
  contingency?: PractitionerNoteV1_0;
  agreement?: PlanAgreementV1_0;
  /**
   * People involved
   *
   * People involved in preparing the plan: any carer, and anyone the person asked to be involved (Care Act 2014 s25(3)).
   *
   * @maxItems 50
   */
  peopleInvolved?: NetworkMemberV1_0[];
  /**
   * First plan
   *
   * True for a person's first plan, whose first review is due within 6 to 8 weeks; false for a revised plan.
   */
  isFirstPlan?: boolean;
  /**
   * Review date
   *
   * When the plan will be reviewed. A first plan is usually reviewed within 6 to 8 weeks, and every plan at least every 12 months.
   */
  reviewDate?: DateV1_0;
  /**
   * Advice and information given
   *
   * Advice and information on meeting or reducing needs and on preventing or delaying needs (Care Act 2014 s25(1)(f)).
   *
   * @maxItems 50
   */
  advice?: AdviceV1_0[];
}
export interface GoalV1_0 {
  id: IdV1_0;
  /**
   * The goal in the person's words
   */
  inPersonsWords?: PersonsWordsV1_0;
  /**
   * Practitioner's description
   *
   * Any practitioner wording, kept apart from the person's own.
   */
  practitionerDescription?: PractitionerNoteV1_0;
  /**
   * Needs it serves
   *
   * The ids of the needs this goal serves.
   *
   * @maxItems 100
   */
  needIds?: IdV1_0[];
  /**
   * Wellbeing areas it serves
   *
   * The wellbeing areas of Care Act 2014 s1(2) this goal supports.
   *
   * @maxItems 9
   */
  wellbeingAreas?: WellbeingAreaV1_0[];
}
export interface NeedToBeMetV1_0 {
  /**
   * Need id
   *
   * The id of the need in the assessment this plan builds on.
   */
  needId: IdV1_0;
  /**
   * The need, briefly
   *
   * The need in a few words, as the person would put it, so the plan can be read on its own.
   */
  summary?: ShortTextV1_0;
  /**
   * How it will be met
   *
   * Each way this need will be met, and by whom.
   *
   * @maxItems 30
   */
  arrangements?: SupportArrangementV1_0[];
}
export interface SupportArrangementV1_0 {
  id: IdV1_0;
  by: SupportSourceV1_0;
  /**
   * What will happen
   *
   * What will happen, in plain words the person would use.
   */
  what?: TextV1_0;
  /**
   * When
   *
   * When or how often it happens.
   */
  when?: ShortTextV1_0;
  /**
   * Who, from the person's network
   *
   * For support from family or friends: who gives it.
   */
  supporter?: SupporterV1_0;
  /**
   * They are willing
   *
   * For support from family or friends: whether they are willing and able to give it, and when they said so.
   */
  willing?: AgreementV1_0;
  /**
   * The person agreed
   *
   * For support from family or friends: whether the person agreed to being supported by them in this way.
   */
  personAgreed?: AgreementV1_0;
  /**
   * Community asset
   *
   * For support from the community: the group, place or service.
   */
  communityAsset?: CommunityAssetV1_0;
  /**
   * Technology or equipment
   *
   * For technology or equipment: what it is.
   */
  equipment?: ShortTextV1_0;
  /**
   * Provider
   *
   * For paid support or reablement: who provides it, if known.
   */
  provider?: ShortTextV1_0;
  fundedBy?: FundedByV1_0;
}
/**
 * The personal budget (Care Act 2014 s26) and how the person takes it.
 */
export interface PersonalBudgetV1_0 {
  /**
   * Period
   *
   * The period the amounts below cover.
   */
  period?: BudgetPeriodV1_0;
  /**
   * Cost to the council
   *
   * The cost to the council of meeting the needs it is to meet (Care Act 2014 s26(1)(a)).
   */
  costToCouncil?: MoneyV1_0;
  /**
   * The person's contribution
   *
   * The amount the person must pay, after the financial assessment (s26(1)(b)).
   */
  personContribution?: MoneyV1_0;
  /**
   * The council's amount
   *
   * The amount the council must pay (s26(1)(c)).
   */
  councilAmount?: MoneyV1_0;
  /**
   * How it is taken
   *
   * How the person has chosen to take the budget.
   */
  howTaken?: 'direct-payment' | 'council-managed' | 'individual-service-fund' | 'mixed';
  directPayment?: DirectPaymentV1_0;
  offered?: OptionsOfferedV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
}
/**
 * Where needs are met by direct payments, the needs, amount and frequency (Care Act 2014 s25(2)).
 */
export interface DirectPaymentV1_0 {
  /**
   * Needs it covers
   *
   * The ids of the needs to be met by direct payments (Care Act 2014 s25(2)(a)).
   *
   * @maxItems 100
   */
  needIds?: IdV1_0[];
  /**
   * Amount
   *
   * The amount of each payment, in pounds (s25(2)(b)).
   */
  amount?: MoneyV1_0;
  /**
   * Frequency
   *
   * How often it is paid (s25(2)(b)).
   */
  frequency?: BudgetPeriodV1_0;
  /**
   * Who manages it
   *
   * Who manages the payments: the person, someone on their behalf, or a managed account.
   */
  managedBy?: ShortTextV1_0;
}
/**
 * Which ways of taking the personal budget were offered to the person.
 */
export interface OptionsOfferedV1_0 {
  /**
   * Direct payments offered
   *
   * Whether the person was offered direct payments, so they can arrange support themselves.
   */
  directPayment?: boolean;
  /**
   * A council-managed budget offered
   *
   * Whether the person was offered a budget that the council manages and arranges support with.
   */
  councilManaged?: boolean;
  /**
   * An individual service fund offered
   *
   * Whether the person was offered an individual service fund, held by a provider they choose.
   */
  individualServiceFund?: boolean;
}
export interface RiskV1_0 {
  id: IdV1_0;
  /**
   * The risk
   *
   * The risk, in plain words.
   */
  description: TextV1_0;
  /**
   * What the person thinks
   */
  personsView?: PersonsWordsV1_0;
  /**
   * What could go well
   *
   * What the person gains by taking this risk.
   */
  whatCouldGoWell?: TextV1_0;
  /**
   * How it is enabled or managed
   *
   * What will make it safer while the person keeps doing what matters to them.
   */
  howEnabled?: TextV1_0;
  /**
   * When it was recorded
   */
  recordedAt: DateTimeV1_0;
}
/**
 * Whether the person agreed the plan, or why not and what was done to reach agreement (Care Act 2014 s25(5)).
 */
export interface PlanAgreementV1_0 {
  /**
   * The person agreed the plan
   *
   * Whether the person agreed to the plan.
   */
  agreed: boolean;
  /**
   * When
   *
   * When the person agreed, or when it was recorded that they did not.
   */
  recordedAt: DateTimeV1_0;
  /**
   * Why not
   *
   * If the person did not agree: why, in their words where possible.
   */
  reasonNotAgreed?: TextV1_0;
  /**
   * Steps taken to reach agreement
   *
   * What was done to reach agreement (Care Act 2014 s25(5)).
   */
  stepsTaken?: TextV1_0;
}
/**
 * A care and support plan under sections 24 to 26 of the Care Act 2014, built on a needs assessment: the person's goals in their own words, each need to be met and how (starting from the person, their network, the community and technology), the personal budget, risks with the person's view, a contingency plan, the person's agreement and the review date. A draft may be partial; a complete plan must have everything the rules ask for. Version 1.1.0 adds other public money in the personal budget and the written copy of the plan given to the person.
 */
export interface SupportPlan {
  /**
   * Schema
   *
   * The schema this record follows. Always this value for version 1.1.0 of the support plan.
   */
  $schema: 'https://goodday.dev/schemas/support-plan/1.1.0.json';
  /**
   * Plan id
   *
   * The id of this plan in your system.
   */
  id: Id;
  /**
   * Status
   *
   * A draft may be partial. Mark the plan complete only when it has been agreed and everything has been recorded; the completeness rules then apply.
   */
  status: 'draft' | 'complete';
  /**
   * About the person
   *
   * Who the plan is for. Keep identifying details in your case-management system.
   */
  person?: {
    /**
     * Preferred name
     *
     * The name the person likes to be called.
     */
    preferredName?: ShortText;
    /**
     * Person reference
     *
     * The person's id in your system, so that the record can be linked without copying personal details.
     */
    personRef?: ShortText;
  };
  /**
   * The assessment it builds on
   *
   * Which assessment this plan builds on and which of its needs it meets (Care Act 2014 s25(1)(a)(b)).
   */
  basedOn?: {
    /**
     * Assessment id
     *
     * The id of the assessment.
     */
    assessmentId?: Id;
    /**
     * Assessment schema version
     *
     * The version of the assessment schema that assessment follows, for example 1.0.0.
     */
    assessmentVersion?: string;
    /**
     * Eligible needs to be met
     *
     * The ids of the assessment's eligible needs that this plan meets.
     *
     * @maxItems 100
     */
    eligibleNeedIds?: Id[];
    /**
     * Other needs the council agreed to meet
     *
     * The ids of needs that are not eligible but which the council agreed to meet (Care Act 2014 s19).
     *
     * @maxItems 100
     */
    agreedNonEligibleNeedIds?: Id[];
  };
  /**
   * When the plan was prepared
   */
  preparedAt?: DateTime;
  /**
   * Prepared by
   */
  preparedBy?: Recorder;
  /**
   * Goals
   *
   * What the person wants to achieve, in their own words.
   *
   * @maxItems 50
   */
  goals?: Goal[];
  /**
   * Needs to be met
   *
   * Each need this plan meets, and how.
   *
   * @maxItems 100
   */
  needsToBeMet?: NeedToBeMet[];
  personalBudget?: PersonalBudget;
  /**
   * Risks
   *
   * Risks the person wants to take or that affect the plan, with their view and how they are enabled.
   *
   * @maxItems 50
   */
  risks?: Risk[];
  /**
   * Contingency plan
   *
   * What happens if the support cannot happen, for example if a carer is ill.
   */
  contingency?: PractitionerNote;
  agreement?: PlanAgreement;
  /**
   * People involved
   *
   * People involved in preparing the plan: any carer, and anyone the person asked to be involved (Care Act 2014 s25(3)).
   *
   * @maxItems 50
   */
  peopleInvolved?: NetworkMember[];
  /**
   * First plan
   *
   * True for a person's first plan, whose first review is due within 6 to 8 weeks; false for a revised plan.
   */
  isFirstPlan?: boolean;
  /**
   * Review date
   *
   * When the plan will be reviewed. A first plan is usually reviewed within 6 to 8 weeks, and every plan at least every 12 months.
   */
  reviewDate?: Date;
  /**
   * Advice and information given
   *
   * Advice and information on meeting or reducing needs and on preventing or delaying needs (Care Act 2014 s25(1)(f)).
   *
   * @maxItems 50
   */
  advice?: Advice[];
  /**
   * Copy of the plan given
   *
   * When a copy of the plan was given to the person, and to anyone else they asked (Care Act 2014 s25(9)).
   */
  writtenRecordGiven?: WrittenRecordGiven;
}
export interface Goal {
  id: Id;
  /**
   * The goal in the person's words
   */
  inPersonsWords?: PersonsWords;
  /**
   * Practitioner's description
   *
   * Any practitioner wording, kept apart from the person's own.
   */
  practitionerDescription?: PractitionerNote;
  /**
   * Needs it serves
   *
   * The ids of the needs this goal serves.
   *
   * @maxItems 100
   */
  needIds?: Id[];
  /**
   * Wellbeing areas it serves
   *
   * The wellbeing areas of Care Act 2014 s1(2) this goal supports.
   *
   * @maxItems 9
   */
  wellbeingAreas?: WellbeingArea[];
}
export interface NeedToBeMet {
  /**
   * Need id
   *
   * The id of the need in the assessment this plan builds on.
   */
  needId: Id;
  /**
   * The need, briefly
   *
   * The need in a few words, as the person would put it, so the plan can be read on its own.
   */
  summary?: ShortText;
  /**
   * How it will be met
   *
   * Each way this need will be met, and by whom.
   *
   * @maxItems 30
   */
  arrangements?: SupportArrangement[];
}
export interface SupportArrangement {
  id: Id;
  by: SupportSource;
  /**
   * What will happen
   *
   * What will happen, in plain words the person would use.
   */
  what?: Text;
  /**
   * When
   *
   * When or how often it happens.
   */
  when?: ShortText;
  /**
   * Who, from the person's network
   *
   * For support from family or friends: who gives it.
   */
  supporter?: Supporter;
  /**
   * They are willing
   *
   * For support from family or friends: whether they are willing and able to give it, and when they said so.
   */
  willing?: Agreement;
  /**
   * The person agreed
   *
   * For support from family or friends: whether the person agreed to being supported by them in this way.
   */
  personAgreed?: Agreement;
  /**
   * Community asset
   *
   * For support from the community: the group, place or service.
   */
  communityAsset?: CommunityAsset;
  /**
   * Technology or equipment
   *
   * For technology or equipment: what it is.
   */
  equipment?: ShortText;
  /**
   * Provider
   *
   * For paid support or reablement: who provides it, if known.
   */
  provider?: ShortText;
  fundedBy?: FundedBy;
}
/**
 * The personal budget (Care Act 2014 s26) and how the person takes it.
 */
export interface PersonalBudget {
  /**
   * Period
   *
   * The period the amounts below cover.
   */
  period?: BudgetPeriod;
  /**
   * Cost to the council
   *
   * The cost to the council of meeting the needs it is to meet (Care Act 2014 s26(1)(a)).
   */
  costToCouncil?: Money;
  /**
   * The person's contribution
   *
   * The amount the person must pay, after the financial assessment (s26(1)(b)).
   */
  personContribution?: Money;
  /**
   * The council's amount
   *
   * The amount the council must pay (s26(1)(c)).
   */
  councilAmount?: Money;
  /**
   * Other public money
   *
   * Other amounts of public money available to the person, such as NHS funding or Disabled Facilities Grant, where the budget specifies them (Care Act 2014 s26(2)).
   *
   * @maxItems 20
   */
  otherPublicMoney?: {
    /**
     * Where it comes from
     */
    source: ShortText;
    /**
     * Amount
     */
    amount: Money;
  }[];
  /**
   * How it is taken
   *
   * How the person has chosen to take the budget.
   */
  howTaken?: 'direct-payment' | 'council-managed' | 'individual-service-fund' | 'mixed';
  directPayment?: DirectPayment;
  offered?: OptionsOffered;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Where needs are met by direct payments, the needs, amount and frequency (Care Act 2014 s25(2)).
 */
export interface DirectPayment {
  /**
   * Needs it covers
   *
   * The ids of the needs to be met by direct payments (Care Act 2014 s25(2)(a)).
   *
   * @maxItems 100
   */
  needIds?: Id[];
  /**
   * Amount
   *
   * The amount of each payment, in pounds (s25(2)(b)).
   */
  amount?: Money;
  /**
   * Frequency
   *
   * How often it is paid (s25(2)(b)).
   */
  frequency?: BudgetPeriod;
  /**
   * Who manages it
   *
   * Who manages the payments: the person, someone on their behalf, or a managed account.
   */
  managedBy?: ShortText;
}
/**
 * Which ways of taking the personal budget were offered to the person.
 */
export interface OptionsOffered {
  /**
   * Direct payments offered
   *
   * Whether the person was offered direct payments, so they can arrange support themselves.
   */
  directPayment?: boolean;
  /**
   * A council-managed budget offered
   *
   * Whether the person was offered a budget that the council manages and arranges support with.
   */
  councilManaged?: boolean;
  /**
   * An individual service fund offered
   *
   * Whether the person was offered an individual service fund, held by a provider they choose.
   */
  individualServiceFund?: boolean;
}
export interface Risk {
  id: Id;
  /**
   * The risk
   *
   * The risk, in plain words.
   */
  description: Text;
  /**
   * What the person thinks
   */
  personsView?: PersonsWords;
  /**
   * What could go well
   *
   * What the person gains by taking this risk.
   */
  whatCouldGoWell?: Text;
  /**
   * How it is enabled or managed
   *
   * What will make it safer while the person keeps doing what matters to them.
   */
  howEnabled?: Text;
  /**
   * When it was recorded
   */
  recordedAt: DateTime;
}
/**
 * Whether the person agreed the plan, or why not and what was done to reach agreement (Care Act 2014 s25(5)).
 */
export interface PlanAgreement {
  /**
   * The person agreed the plan
   *
   * Whether the person agreed to the plan.
   */
  agreed: boolean;
  /**
   * When
   *
   * When the person agreed, or when it was recorded that they did not.
   */
  recordedAt: DateTime;
  /**
   * Why not
   *
   * If the person did not agree: why, in their words where possible.
   */
  reasonNotAgreed?: Text;
  /**
   * Steps taken to reach agreement
   *
   * What was done to reach agreement (Care Act 2014 s25(5)).
   */
  stepsTaken?: Text;
}
