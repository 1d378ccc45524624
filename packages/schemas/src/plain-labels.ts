import { codeLabel, type CodeListName } from './code-lists.js';
import type {
  AdviceTopic,
  AdvocacyType,
  AskedAboutOutcomes,
  DescribedBy,
  EligibilityOutcome,
  EnquiryType,
  LackedCapacity,
  OutcomeAchieved,
  RiskAssessmentOutcome,
  RiskLocation,
  RiskOutcome,
  RiskSource,
  RiskType,
  S42Condition,
  SubstantialDifficultyArea,
  UnableToAchieveLimb,
  WellbeingArea,
} from './generated/types.js';

/** The codes of each code list, as the generated types name them. */
interface CodesOf {
  WellbeingArea: WellbeingArea;
  EligibilityOutcome: EligibilityOutcome;
  UnableToAchieveLimb: UnableToAchieveLimb;
  SubstantialDifficultyArea: SubstantialDifficultyArea;
  AdvocacyType: AdvocacyType;
  AdviceTopic: AdviceTopic;
  DescribedBy: DescribedBy;
  EnquiryType: EnquiryType;
  S42Condition: S42Condition;
  RiskType: RiskType;
  RiskLocation: RiskLocation;
  RiskSource: RiskSource;
  RiskAssessmentOutcome: RiskAssessmentOutcome;
  RiskOutcome: RiskOutcome;
  LackedCapacity: LackedCapacity;
  AskedAboutOutcomes: AskedAboutOutcomes;
  OutcomeAchieved: OutcomeAchieved;
}

type PlainLabels = { readonly [List in CodeListName]: { readonly [Code in CodesOf[List]]: string } };

// Keyed by code, not by position, so that reordering a list in a schema cannot move a label onto another code.
// Written to the person ("you"), in sentence case without a full stop, so a label can stand alone as a list item.
export const plainLabels = {
  WellbeingArea: {
    'personal-dignity': 'Being treated with respect',
    'physical-and-mental-health': 'Your health, and how you feel in yourself',
    'protection-from-abuse-and-neglect': 'Being safe from abuse and neglect',
    'control-over-day-to-day-life': 'Having a say in your day-to-day life and in your care',
    'participation-in-work-education-training-or-recreation': 'Work, learning and the things you enjoy doing',
    'social-and-economic-wellbeing': 'Your social life and your money',
    'domestic-family-and-personal-relationships': 'Your family, friends and the people close to you',
    'suitability-of-living-accommodation': 'Having a home that suits you',
    'contribution-to-society': 'What you give to other people and to your community',
  },
  EligibilityOutcome: {
    'managing-and-maintaining-nutrition': 'Getting enough to eat and drink',
    'maintaining-personal-hygiene': 'Keeping yourself clean',
    'managing-toilet-needs': 'Using the toilet',
    'being-appropriately-clothed': 'Getting dressed in clothes that suit the day',
    'being-able-to-make-use-of-home-safely': 'Moving around and using your home safely',
    'maintaining-a-habitable-home-environment': 'Keeping your home clean and safe to live in',
    'developing-and-maintaining-family-or-other-personal-relationships': 'Keeping in touch with family and friends',
    'accessing-and-engaging-in-work-training-education-or-volunteering': 'Taking part in work, learning or volunteering',
    'making-use-of-necessary-facilities-or-services-in-the-local-community': 'Using local places and services, such as shops, buses and sports centres',
    'carrying-out-caring-responsibilities-for-a-child': 'Looking after a child you care for',
  },
  UnableToAchieveLimb: {
    'without-assistance': 'You cannot do it without help',
    'significant-pain-distress-or-anxiety': 'You can do it on your own, but it causes you a lot of pain, upset or worry',
    'endangers-health-or-safety': "You can do it on your own, but it puts your health or safety, or other people's, at risk",
    'takes-significantly-longer': 'You can do it on your own, but it takes you much longer than it would usually take',
  },
  SubstantialDifficultyArea: {
    understanding: 'Understanding what you are told',
    retaining: 'Remembering what you are told',
    'using-or-weighing': 'Thinking things through to make up your mind',
    communicating: 'Telling people what you think, want and feel, in any way that works for you',
  },
  AdvocacyType: {
    'care-act': 'An advocate who helps you have your say about your care',
    imca: 'An advocate who helps you have your say about a big decision',
    imha: 'An advocate who helps you have your say about your mental health care',
    'non-statutory': 'Another advocate who helps you have your say',
  },
  AdviceTopic: {
    'meeting-or-reducing-needs': 'What can help with the needs you have now',
    'preventing-or-delaying-needs': 'What can help stop new needs, or put them off for longer',
  },
  DescribedBy: {
    person: 'You, in your own words',
    'person-with-support': 'You, with help from someone',
    representative: 'Someone speaking for you',
  },
  EnquiryType: {
    'section-42': 'An enquiry the law says the council must make, to help keep you safe',
    other: 'Another enquiry to help keep you safe',
  },
  S42Condition: {
    'has-needs-for-care-and-support': 'You need care and support, even if the council does not give it',
    'experiencing-or-at-risk-of-abuse-or-neglect': 'You are being abused or neglected, or you may be at risk of it',
    'unable-to-protect-self': 'Because of your needs, you cannot keep yourself safe from it',
  },
  RiskType: {
    'physical-abuse': 'Physical abuse, such as being hit or hurt',
    'sexual-abuse': 'Sexual abuse, such as sexual touching you did not agree to',
    'psychological-abuse': 'Emotional abuse, such as threats, bullying or being put down',
    'financial-or-material-abuse': 'Someone taking or misusing your money or things',
    'discriminatory-abuse': 'Being treated badly because of who you are, such as your race, faith, disability or age',
    'organisational-abuse': 'Poor care or harm caused by the way a service or care home is run',
    'neglect-and-acts-of-omission': 'Neglect: not getting the care or help you need',
    'domestic-abuse': 'Abuse from a partner or someone in your family',
    'sexual-exploitation': 'Being used or pushed into sex, sometimes in return for money or gifts',
    'modern-slavery': 'Being forced to work, or kept somewhere against your will',
    'self-neglect': 'Not looking after yourself, your health or your home',
  },
  RiskLocation: {
    'own-home': 'Your own home',
    'in-the-community': 'Out in the community',
    'community-service': 'A service in the community, such as a day centre',
    'care-home-nursing': 'A care home with nurses',
    'care-home-residential': 'A care home without nurses',
    'hospital-acute': 'A main hospital',
    'hospital-mental-health': 'A mental health hospital',
    'hospital-community': 'A small local hospital',
    other: 'Somewhere else',
  },
  RiskSource: {
    'service-provider': 'A service that gives you care or support',
    'other-known-to-individual': 'Someone you know',
    'other-unknown-to-individual': 'Someone you do not know',
  },
  RiskAssessmentOutcome: {
    'risk-identified-action-taken': 'A risk was found, and action was taken',
    'risk-identified-no-action': 'A risk was found, and no action was taken',
    'inconclusive-action-taken': 'It was not clear if there was a risk, and action was taken',
    'inconclusive-no-action': 'It was not clear if there was a risk, and no action was taken',
    'no-risk-action-taken': 'No risk was found, and action was taken',
    'no-risk-no-action': 'No risk was found, and no action was taken',
    'ceased-at-request': 'The enquiry stopped because you asked, and no action was taken',
  },
  RiskOutcome: {
    'risk-remained': 'The risk is still there',
    'risk-reduced': 'The risk is smaller now',
    'risk-removed': 'The risk has gone',
  },
  LackedCapacity: {
    yes: 'Yes, you could not make choices about this at the time',
    no: 'No, you could make choices about this yourself',
    'dont-know': 'We do not know',
    'not-recorded': 'We did not write this down',
  },
  AskedAboutOutcomes: {
    'yes-outcomes-expressed': 'You were asked what you wanted to happen, and you told us',
    'yes-no-outcomes-expressed': 'You were asked what you wanted to happen, and you did not say',
    no: 'You were not asked what you wanted to happen',
    'dont-know': 'We do not know',
    'not-recorded': 'We did not write this down',
  },
  OutcomeAchieved: {
    'fully-achieved': 'All of it happened',
    'partially-achieved': 'Some of it happened',
    'not-achieved': 'None of it happened',
  },
} as const satisfies PlainLabels;

/**
 * The label to show the person for a code, in plain words ("Being treated with respect" for
 * `personal-dignity`). Practitioners and returns use the statutory wording of `codeLabel`; an
 * unknown code falls back to that, and then to the code itself.
 */
export function plainLabel(name: CodeListName, code: string): string {
  const labels: Readonly<Record<string, string>> = plainLabels[name];
  return Object.hasOwn(labels, code) ? labels[code]! : codeLabel(name, code);
}
