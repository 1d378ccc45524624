/**
 * Generated from packages/language/data/*.yml by scripts/build-data.mjs.
 * Generated — do not edit. Change the data and run `pnpm --filter @goodday/language generate` instead.
 */
import type { LanguageEntry } from '../entry.js';

/** Every built-in entry, in data file order. */
export const builtInEntries: readonly LanguageEntry[] = [
  {
    "id": "mdt",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "MDT",
      "MDTs"
    ],
    "expansions": [
      "multidisciplinary team",
      "multi-disciplinary team",
      "multidisciplinary meeting"
    ],
    "suggestions": [
      "the team of people who support you",
      "a meeting of the people who support you"
    ],
    "note": "Say who was there and why.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "dols",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "DoLS",
      "DOLS"
    ],
    "expansions": [
      "Deprivation of Liberty Safeguards",
      "deprivation of liberty safeguards"
    ],
    "suggestions": [
      "the legal safeguards that check any restrictions on you are right"
    ],
    "note": "Explain what the safeguards mean for the person.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "s42",
    "kind": "jargon",
    "phrases": [
      "s42",
      "s.42",
      "S42",
      "section 42"
    ],
    "expansions": [
      "safeguarding enquiry",
      "enquiry under section 42 of the Care Act"
    ],
    "notWhen": {
      "next": [
        "of the care act",
        "of the care act 2014"
      ]
    },
    "suggestions": [
      "a safeguarding enquiry",
      "finding out what happened and what you want to happen"
    ],
    "note": "Say what the enquiry is and what it means for the person.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "isf",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "ISF",
      "ISFs"
    ],
    "expansions": [
      "individual service fund"
    ],
    "suggestions": [
      "money for your support that a provider holds for you"
    ],
    "note": "Explain how the money works for the person.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "chc",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "CHC"
    ],
    "expansions": [
      "NHS continuing healthcare",
      "continuing healthcare",
      "NHS Continuing Healthcare"
    ],
    "suggestions": [
      "care that the NHS pays for in full"
    ],
    "note": "Explain who pays and why.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "poc",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "POC",
      "POCs"
    ],
    "expansions": [
      "package of care",
      "plan of care"
    ],
    "suggestions": [
      "the support you have each day"
    ],
    "note": "Describe the support itself.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "imca",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "IMCA",
      "IMCAs"
    ],
    "expansions": [
      "Independent Mental Capacity Advocate",
      "independent mental capacity advocate"
    ],
    "suggestions": [
      "an independent advocate who speaks up for you"
    ],
    "note": "Say who the advocate is and what they do.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "lpa",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "LPA",
      "LPoA",
      "LPAs"
    ],
    "expansions": [
      "lasting power of attorney",
      "Lasting Power of Attorney"
    ],
    "suggestions": [
      "someone you chose to make decisions for you"
    ],
    "note": "Name the attorney and what they can decide.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "mca",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "MCA"
    ],
    "expansions": [
      "Mental Capacity Act"
    ],
    "suggestions": [
      "the law about making your own decisions"
    ],
    "note": "Say what the law means here.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "dnacpr",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "DNACPR",
      "DNAR",
      "DNR"
    ],
    "expansions": [
      "do not attempt cardiopulmonary resuscitation",
      "do not attempt resuscitation"
    ],
    "suggestions": [
      "a decision not to try to restart your heart"
    ],
    "note": "Explain the decision and who made it with the person.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "nok",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "NOK"
    ],
    "expansions": [
      "next of kin"
    ],
    "suggestions": [
      "her daughter Sue",
      "the person's name and relationship"
    ],
    "note": "Name the person and how they are related.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "nfa",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "NFA"
    ],
    "expansions": [
      "no further action"
    ],
    "suggestions": [
      "nothing more needs to happen now"
    ],
    "note": "Say what was decided and why.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "adls",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "ADL",
      "ADLs"
    ],
    "expansions": [
      "activities of daily living"
    ],
    "suggestions": [
      "washing",
      "dressing",
      "cooking",
      "the things you do each day"
    ],
    "note": "Name the everyday things.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "salt",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "SALT",
      "SLT"
    ],
    "expansions": [
      "speech and language therapy",
      "speech and language therapist"
    ],
    "suggestions": [
      "the speech and language therapist"
    ],
    "note": "Name the role in full.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "cpn",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "CPN",
      "CPNs"
    ],
    "expansions": [
      "community psychiatric nurse",
      "community mental health nurse"
    ],
    "suggestions": [
      "her community mental health nurse"
    ],
    "note": "Name the role in full.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "amhp",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "AMHP",
      "AMHPs"
    ],
    "expansions": [
      "Approved Mental Health Professional",
      "approved mental health professional"
    ],
    "suggestions": [
      "an approved mental health professional"
    ],
    "note": "Name the role in full.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "ot",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "OT",
      "OTs"
    ],
    "expansions": [
      "occupational therapist",
      "occupational therapy"
    ],
    "suggestions": [
      "the occupational therapist"
    ],
    "note": "Name the role in full.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "dp",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "DP",
      "DPs"
    ],
    "expansions": [
      "direct payment",
      "direct payments"
    ],
    "suggestions": [
      "a direct payment"
    ],
    "note": "Name it in full.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "dst",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "DST"
    ],
    "expansions": [
      "decision support tool"
    ],
    "suggestions": [
      "the NHS checklist used to decide who pays for care"
    ],
    "note": "Say what the tool decides.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "tec",
    "kind": "jargon",
    "caseSensitive": true,
    "phrases": [
      "TEC",
      "TECS"
    ],
    "expansions": [
      "technology enabled care",
      "technology-enabled care"
    ],
    "suggestions": [
      "equipment such as a pendant alarm or sensor"
    ],
    "note": "Name the equipment.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "mobilises",
    "kind": "jargon",
    "phrases": [
      "mobilise",
      "mobilises",
      "mobilised",
      "mobilising",
      "mobilize",
      "mobilizes",
      "mobilized",
      "mobilizing",
      "mobilisation",
      "mobility aid"
    ],
    "suggestions": [
      "walks",
      "moves about",
      "uses a frame"
    ],
    "note": "Say how the person gets about, as they would.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "transfers",
    "kind": "jargon",
    "phrases": [
      "transfers independently",
      "transfer independently",
      "transferred independently",
      "assisted transfers",
      "assisted transfer",
      "hoist transfers"
    ],
    "suggestions": [
      "moves from bed to chair on her own",
      "needs help to move from the bed to the chair"
    ],
    "note": "Say where the person moves and with what help.",
    "source": "HICM change one (replace jargon with phrases people recognise)",
    "severity": "warning"
  },
  {
    "id": "sectioned",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "sectioned",
      "sectioning",
      "was sectioned",
      "been sectioned",
      "section 17 leave",
      "s17 leave"
    ],
    "suggestions": [
      "kept in hospital under the Mental Health Act",
      "detained in hospital under section 2 of the Mental Health Act"
    ],
    "note": "Say what happened and under which part of the Mental Health Act, in words.",
    "source": "HICM change one (replace jargon with phrases people recognise); TLAP Jargon Buster",
    "severity": "warning"
  },
  {
    "id": "void-bed",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "void bed",
      "void beds",
      "void room",
      "void rooms",
      "void placement",
      "void placements"
    ],
    "suggestions": [
      "an empty room",
      "a room that is free"
    ],
    "note": "Say that a room is free, and where.",
    "source": "Dimensions, The words we use (void → room available, vacancy, spare room)",
    "severity": "warning"
  },
  {
    "id": "respite",
    "kind": "jargon",
    "phrases": [
      "respite",
      "respite care",
      "respite stay",
      "respite stays",
      "respite break",
      "respite breaks"
    ],
    "labelWhen": {
      "previous": [
        "into",
        "in for",
        "in",
        "go for",
        "goes for",
        "went for",
        "on",
        "emergency",
        "planned",
        "regular",
        "week's",
        "weeks of",
        "week of",
        "the",
        "a",
        "for",
        "have",
        "has",
        "had",
        "needs",
        "booked",
        "book",
        "{start}"
      ]
    },
    "notWhen": {
      "next": [
        "home",
        "homes",
        "unit",
        "units",
        "centre",
        "centres",
        "house",
        "from"
      ]
    },
    "suggestions": [
      "a short break",
      "a stay at Elm Lodge so her husband can rest"
    ],
    "note": "Say where the person stays and why; \"respite\" names a break from the person, not their holiday.",
    "source": "Think Local Act Personal, Care and Support Jargon Buster (respite care: short breaks); SCIE, short breaks for carers",
    "severity": "warning"
  },
  {
    "id": "step-down",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "step-down bed",
      "step-down beds",
      "step down bed",
      "step down beds",
      "step-down care",
      "step-down unit",
      "step-down flat",
      "step-up bed",
      "step-up beds",
      "step-down placement"
    ],
    "suggestions": [
      "a short stay at Elm Lodge after hospital",
      "a bed where she can get stronger before going home"
    ],
    "note": "Say where the person will stay, for how long and why.",
    "source": "Think Local Act Personal, Care and Support Jargon Buster (intermediate care)",
    "severity": "warning"
  },
  {
    "id": "commissioned",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "commissioned hours",
      "commissioned care",
      "commissioned package",
      "commissioned packages",
      "commissioned service",
      "commissioned services",
      "commissioned support"
    ],
    "suggestions": [
      "the hours of help the council pays for",
      "the visits from Homecare Plus"
    ],
    "note": "Say who helps, when, and who pays, in words.",
    "source": "Think Local Act Personal, Care and Support Jargon Buster (commissioning)",
    "severity": "warning"
  },
  {
    "id": "panel",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "funding panel",
      "resource panel",
      "resources panel",
      "placement panel",
      "the panel meets",
      "went to panel",
      "go to panel",
      "goes to panel",
      "taken to panel",
      "take to panel",
      "panel decision",
      "panel approval",
      "approved at panel",
      "agreed at panel",
      "until panel",
      "at panel"
    ],
    "suggestions": [
      "the council's meeting that agrees the money for support",
      "the managers who decide on funding"
    ],
    "note": "Say who decides, when, and how the person can take part or be told.",
    "source": "Rewriting Social Care, Missing words (process words); Think Local Act Personal, Making it Real (I know who decides)",
    "severity": "warning"
  },
  {
    "id": "mental-state-jargon",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "pressure of speech",
      "flight of ideas",
      "flat affect",
      "blunted affect",
      "labile mood",
      "emotionally labile",
      "thought disorder",
      "psychomotor agitation",
      "psychomotor retardation",
      "ideas of reference",
      "loosening of associations",
      "poverty of speech",
      "persecutory ideation",
      "grandiose ideation"
    ],
    "suggestions": [
      "spoke quickly and moved from one idea to the next",
      "showed little feeling in her voice or face"
    ],
    "note": "Describe what the person said and did, in everyday words; clinical shorthand hides it from them.",
    "source": "Mind, guidance on language about mental health; Social Work England and NHS England language guidance",
    "severity": "warning"
  },
  {
    "id": "intentionally-homeless",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "intentionally homeless",
      "intentional homelessness",
      "intentionally homelessness"
    ],
    "suggestions": [
      "the council decided it would not have to find her a home",
      "because it says she left her flat when she could have stayed"
    ],
    "note": "Say what the council decided, why, and how the person can ask for a review.",
    "source": "Think Local Act Personal, Care and Support Jargon Buster; Housing Act 1996 s191 (the decision in words)",
    "severity": "warning"
  },
  {
    "id": "commissioning-jargon",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "eligibility threshold",
      "indicative budget",
      "indicative budgets",
      "spot purchase",
      "spot purchased",
      "block contract",
      "block contracts",
      "brokered",
      "brokerage",
      "through the framework",
      "framework provider",
      "stepped across",
      "was stepped down",
      "stepped down from the",
      "step across",
      "case management",
      "outcome-focused",
      "outcome focused",
      "proportionate assessment",
      "closed the episode",
      "episode closed",
      "through the front door",
      "via the front door",
      "front door team",
      "front door service",
      "telecare solution",
      "domiciliary",
      "domiciliary care",
      "floating support",
      "sitting service",
      "input at home",
      "weeks of input",
      "discharged to assess",
      "two bodies short",
      "bodies short",
      "a body short",
      "right-size",
      "right-sized",
      "right-sizing",
      "right size the support",
      "sourcing team",
      "been stepped up",
      "was stepped up",
      "be stepped up",
      "were stepped up",
      "ratified at",
      "ratified by",
      "high-cost panel",
      "high cost panel",
      "resource allocation system",
      "indicative personal budget",
      "onboarded",
      "onboarding",
      "virtual ward",
      "universal services",
      "with a view to closure",
      "case closure",
      "closed to the team",
      "children's pathway",
      "adult pathway",
      "adults pathway",
      "transition pathway",
      "funding split",
      "flagged amber",
      "flagged red",
      "flagged green",
      "dynamic support register",
      "outcomes framework",
      "clawback",
      "claw back",
      "clawed back",
      "blended offer",
      "assistive technology offer",
      "telecare offer",
      "been stepped down",
      "be stepped down",
      "reablement bed",
      "issued notice",
      "served notice on the package",
      "handed back the package",
      "cost and volume",
      "cost-and-volume",
      "block purchase",
      "medically optimised",
      "medically optimized",
      "medically fit for discharge",
      "primary health need",
      "primary health need threshold",
      "locality hub",
      "desktop review",
      "paper review",
      "hand you over to",
      "handed over to the"
    ],
    "notWhen": {
      "previous": [
        "insurance",
        "mortgage",
        "stock",
        "financial",
        "investment",
        "shipping",
        "an insurance"
      ],
      "next": [
        "key",
        "keys",
        "bell",
        "step",
        "steps",
        "mat",
        "lock",
        "handle",
        "firm",
        "firms",
        "house",
        "houses",
        "fee",
        "fees",
        "company"
      ]
    },
    "suggestions": [
      "the money the council expects your support to cost",
      "help at home for six weeks to get your confidence back",
      "someone to sit with him so his wife can go out"
    ],
    "note": "Say what will happen, who will do it and who pays, in everyday words.",
    "source": "Think Local Act Personal, Care and Support Jargon Buster; Rewriting Social Care, Missing words (process words)",
    "severity": "warning"
  },
  {
    "id": "challenging",
    "kind": "label",
    "phrases": [
      "challenging"
    ],
    "labelWhen": {
      "next": [
        "behaviour",
        "behaviours",
        "behavior",
        "behaviors",
        "man",
        "woman",
        "person",
        "people",
        "client",
        "clients",
        "resident",
        "residents",
        "individual",
        "gentleman",
        "lady",
        "patient",
        "young man",
        "young woman"
      ],
      "previous": [
        "him",
        "her",
        "them",
        "{person} is",
        "{person} are",
        "he's",
        "she's",
        "they're",
        "{person} can be",
        "{person} could be",
        "{person} was",
        "{person} were",
        "{person} has been",
        "{person} have been",
        "{person} became",
        "{person} becomes",
        "{person} gets",
        "{person} got",
        "{person} is being",
        "{person} was being",
        "{person} can be very",
        "{person} is very",
        "{person} was very",
        "{person} is quite",
        "{person} can be extremely",
        "{person} is extremely",
        "{person} was extremely",
        "{person} can be really",
        "{person} is really",
        "{person} was really",
        "{person} can be incredibly"
      ]
    },
    "suggestions": [
      "is upset",
      "is frustrated",
      "finds this hard",
      "is telling us something is wrong"
    ],
    "note": "Say what the person is doing and what it tells you, as they would describe it.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "non-compliant",
    "kind": "label",
    "phrases": [
      "non-compliant",
      "non compliant",
      "noncompliant",
      "non-compliance",
      "non compliance",
      "noncompliance",
      "not compliant",
      "not complying with",
      "failing to comply with",
      "failed to comply with",
      "fails to comply with",
      "refuses to comply",
      "refused to comply",
      "refusing to comply",
      "will not comply",
      "won't comply"
    ],
    "notWhen": {
      "next": [
        "with safety",
        "with the safety",
        "with fire",
        "with the fire",
        "with building",
        "with the building",
        "with regulations",
        "with the regulations",
        "with gas",
        "with electrical"
      ]
    },
    "suggestions": [
      "chooses not to take",
      "finds it hard to take",
      "has decided not to"
    ],
    "note": "Describe what the person does and why, not whether they obey.",
    "source": "HICM change one (ordinary positive language); Partners4Change banned words",
    "severity": "warning"
  },
  {
    "id": "behavioural",
    "kind": "label",
    "phrases": [
      "behavioural",
      "behavioral"
    ],
    "labelWhen": {
      "next": [
        "problem",
        "problems",
        "issue",
        "issues",
        "difficulty",
        "difficulties",
        "need",
        "needs",
        "challenge",
        "challenges",
        "concern",
        "concerns",
        "presentation",
        "incident",
        "incidents",
        "disturbance",
        "outburst",
        "outbursts"
      ],
      "previous": [
        "is",
        "was",
        "be",
        "very",
        "quite",
        "gets",
        "got",
        "became",
        "becomes"
      ]
    },
    "suggestions": [
      "is upset",
      "is distressed",
      "finds some situations hard"
    ],
    "note": "\"Behavioural\" names the person by a problem; say what happens and what helps.",
    "source": "HICM change one (labels to stop using)",
    "severity": "warning"
  },
  {
    "id": "double-handed",
    "kind": "label",
    "phrases": [
      "double handler",
      "double handlers",
      "double-handed",
      "double handed",
      "double-up care",
      "double up care",
      "double up",
      "double-up",
      "double-ups",
      "double ups",
      "double up calls",
      "double-upped",
      "double upped",
      "two-hander",
      "two-handers",
      "two hander",
      "a two-hander"
    ],
    "notWhen": {
      "next": [
        "as",
        "in",
        "with",
        "laughing",
        "pushchair",
        "pushchairs",
        "buggy",
        "pram",
        "stroller",
        "decker",
        "decker bus",
        "bed",
        "glazing"
      ]
    },
    "suggestions": [
      "needs two people to help her move",
      "has two carers to help with moving"
    ],
    "note": "Describe the help the person has, not the person as a handling task.",
    "source": "HICM change one (labels to stop using)",
    "severity": "warning"
  },
  {
    "id": "cognitive-decline",
    "kind": "label",
    "phrases": [
      "cognitive decline",
      "cognitively declining",
      "cognitively impaired"
    ],
    "suggestions": [
      "sometimes forgets things and needs reminding",
      "finds it harder to remember"
    ],
    "note": "Use words the person would use about their memory, as the HICM example shows.",
    "source": "HICM change one (\"I sometimes forget things and need support to remind me\")",
    "severity": "warning"
  },
  {
    "id": "wandering",
    "kind": "label",
    "phrases": [
      "wander",
      "wanders",
      "wandered",
      "wandering",
      "wanderer",
      "wanderers"
    ],
    "notWhen": {
      "previous": [
        "we",
        "i",
        "you",
        "let's",
        "lets",
        "let us",
        "our"
      ]
    },
    "suggestions": [
      "walks",
      "goes for a walk",
      "is looking for something or someone"
    ],
    "note": "Walking is not a symptom; say where the person goes and why, as they would.",
    "source": "HICM change one (ordinary positive language)",
    "severity": "warning"
  },
  {
    "id": "refuses",
    "kind": "label",
    "phrases": [
      "refuse",
      "refuses",
      "refused",
      "refusing",
      "refusal",
      "refusals"
    ],
    "notWhen": {
      "previous": [
        "household",
        "the"
      ],
      "next": [
        "collection",
        "collections",
        "bin",
        "bins",
        "sack",
        "sacks",
        "lorry",
        "tip",
        "store",
        "truck"
      ]
    },
    "suggestions": [
      "chose not to",
      "said no to",
      "decided not to",
      "did not want"
    ],
    "note": "The person made a choice; say what they chose and why.",
    "source": "Partners4Change banned words (\"refusal to engage\")",
    "severity": "warning"
  },
  {
    "id": "service-user",
    "kind": "label",
    "phrases": [
      "service user",
      "service users",
      "service-user",
      "service-users"
    ],
    "suggestions": [
      "the person's name",
      "person who draws on support",
      "person we support"
    ],
    "note": "Use the person's name wherever possible.",
    "source": "Dimensions, The words we use; Leicester City Council, Our Language; NIHR, Writing about social care",
    "severity": "warning"
  },
  {
    "id": "client",
    "kind": "label",
    "phrases": [
      "client",
      "clients"
    ],
    "notWhen": {
      "previous": [
        "regular",
        "loyal",
        "own",
        "paying",
        "private",
        "old",
        "former",
        "her old",
        "his old"
      ]
    },
    "suggestions": [
      "the person's name",
      "person who draws on support"
    ],
    "note": "Use the person's name; \"client\" makes the relationship a transaction.",
    "source": "Partners4Change banned words; Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "placement",
    "kind": "label",
    "phrases": [
      "placement",
      "placements"
    ],
    "notWhen": {
      "next": [
        "of"
      ],
      "previous": [
        "work",
        "student",
        "job",
        "college",
        "university",
        "training",
        "rail",
        "rails",
        "safe",
        "sensor",
        "alarm",
        "equipment",
        "furniture",
        "bed",
        "chair",
        "hoist",
        "tube",
        "catheter",
        "ramp",
        "lamp",
        "light",
        "sign",
        "signs"
      ]
    },
    "suggestions": [
      "home",
      "where she lives",
      "where he lives"
    ],
    "note": "A place someone lives is their home.",
    "source": "Dimensions, The words we use; TACT, Language That Cares",
    "severity": "warning"
  },
  {
    "id": "vulnerable",
    "kind": "label",
    "phrases": [
      "vulnerable"
    ],
    "notWhen": {
      "previous": [
        "feels",
        "felt",
        "feel",
        "feeling",
        "feels very",
        "felt very",
        "feel a bit",
        "felt a bit"
      ]
    },
    "suggestions": [
      "the particular risk",
      "what could go wrong and what helps"
    ],
    "note": "Name the risk and the strengths around it, not the person as weak.",
    "source": "Partners4Change banned words; North Lanarkshire, The Promise language guide",
    "severity": "warning"
  },
  {
    "id": "suffers-from",
    "kind": "label",
    "phrases": [
      "suffers from",
      "suffer from",
      "suffered from",
      "suffering from",
      "sufferer",
      "sufferers",
      "suffers with",
      "suffering with",
      "martyr to",
      "a martyr to",
      "a martyr with"
    ],
    "suggestions": [
      "has",
      "lives with"
    ],
    "note": "Do not assume suffering; use the person's own description.",
    "source": "Leicester City Council, Our Language (\"suffering\"); NHS England, Language Matters",
    "severity": "warning"
  },
  {
    "id": "wheelchair-bound",
    "kind": "label",
    "phrases": [
      "wheelchair-bound",
      "wheelchair bound",
      "confined to a wheelchair",
      "confined to her wheelchair",
      "confined to his wheelchair",
      "confined to bed",
      "confined to her bed",
      "confined to his bed",
      "confined to their bed",
      "confined to the bed",
      "confined to the house",
      "confined to her home",
      "confined to his home",
      "confined to a chair",
      "confined to her chair",
      "confined to his chair",
      "bed-bound",
      "bed bound",
      "bedbound",
      "bedridden",
      "bed-ridden",
      "housebound",
      "house-bound",
      "chairbound",
      "chair-bound",
      "wheelchair-confined",
      "wheelchair confined",
      "confined to wheelchair",
      "bed-confined",
      "chair confined"
    ],
    "suggestions": [
      "uses a wheelchair",
      "spends most of the day in bed"
    ],
    "note": "A wheelchair gives freedom; describe what the person uses and does.",
    "source": "National Center on Disability and Journalism style guide; HICM change one",
    "severity": "warning"
  },
  {
    "id": "bed-blocker",
    "kind": "label",
    "phrases": [
      "bed blocker",
      "bed blockers",
      "bed-blocker",
      "bed-blockers",
      "bed blocking",
      "bed-blocking",
      "is a delayed discharge",
      "was a delayed discharge",
      "is a DToC",
      "failed discharge",
      "failed discharges"
    ],
    "suggestions": [
      "is waiting to leave hospital",
      "is ready to go home and waiting for support"
    ],
    "note": "The person is waiting for the system; the delay is not theirs.",
    "source": "Partners4Change banned words (\"bed blocking\")",
    "severity": "warning"
  },
  {
    "id": "frequent-flyer",
    "kind": "label",
    "notWhen": {
      "next": [
        "with",
        "miles",
        "points",
        "card",
        "scheme",
        "programme",
        "program",
        "club",
        "lounge"
      ]
    },
    "phrases": [
      "frequent flyer",
      "frequent flyers",
      "frequent flier",
      "frequent fliers",
      "frequent attender",
      "frequent attenders",
      "revolving door patient",
      "revolving door patients",
      "revolving-door patient",
      "revolving-door patients",
      "is a revolving door",
      "was a revolving door",
      "revolving door admissions"
    ],
    "suggestions": [
      "has come to A&E often lately",
      "has asked for help often"
    ],
    "note": "Repeated calls for help tell you a need is unmet; say what it is.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "attention-seeking",
    "kind": "label",
    "phrases": [
      "attention seeking",
      "attention-seeking",
      "attention seeker",
      "attention seekers",
      "attention-seeker",
      "attention-hungry",
      "attention hungry"
    ],
    "suggestions": [
      "is looking for help or company",
      "has a need we have not yet met"
    ],
    "note": "Asking for attention is asking for something; say what.",
    "source": "North Lanarkshire, The Promise language guide",
    "severity": "warning"
  },
  {
    "id": "manipulative",
    "kind": "label",
    "phrases": [
      "manipulative",
      "manipulates",
      "manipulated staff",
      "manipulating staff",
      "manipulated the staff",
      "manipulating the staff",
      "playing staff off",
      "plays staff off",
      "played staff off",
      "playing the staff off",
      "splits the team",
      "split the team",
      "splitting the team",
      "splitting staff"
    ],
    "suggestions": [
      "is trying to get what they need",
      "asks in the way that has worked before"
    ],
    "note": "Describe what the person wants and how they ask for it.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "lacks-insight",
    "kind": "label",
    "phrases": [
      "lacks insight",
      "lack of insight",
      "lacking insight",
      "no insight",
      "limited insight",
      "poor insight",
      "has little insight",
      "insight poor",
      "insight is poor",
      "insight limited",
      "insight minimal",
      "little insight"
    ],
    "suggestions": [
      "sees it differently",
      "does not agree that this is a problem"
    ],
    "note": "Record how the person sees it, in their words; disagreeing is not a deficit.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "in-denial",
    "kind": "label",
    "phrases": [
      "in denial"
    ],
    "suggestions": [
      "does not see it that way",
      "sees it differently"
    ],
    "note": "Record the person's view as theirs.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "feeding",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "feed",
      "feeds",
      "feeding",
      "fed"
    ],
    "labelWhen": {
      "previous": [
        "needs",
        "need",
        "needed",
        "requires",
        "required",
        "assisted with",
        "assistance with",
        "help with",
        "support with",
        "assist with",
        "being",
        "{number}",
        "{start}",
        "was",
        "were"
      ],
      "next": [
        "in bay",
        "in the lounge",
        "on the first floor",
        "on the ground floor",
        "him",
        "them",
        "regime",
        "chart",
        "plan",
        "support",
        "by staff",
        "by carers",
        "by the carers",
        "by a carer",
        "by two",
        "by night staff",
        "by the staff",
        "by her carer",
        "by his carer"
      ]
    },
    "notWhen": {
      "next": [
        "the ducks",
        "the birds",
        "the cat",
        "the dog",
        "the fish",
        "ducks",
        "birds",
        "tube",
        "pump",
        "back",
        "up",
        "into"
      ]
    },
    "suggestions": [
      "help with eating",
      "support at mealtimes",
      "eats with help"
    ],
    "note": "People eat; they are not fed.",
    "source": "HICM change one (ordinary positive language)",
    "severity": "warning"
  },
  {
    "id": "toileting",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "toileting",
      "toileted",
      "toileting regime"
    ],
    "suggestions": [
      "going to the toilet",
      "help to use the toilet"
    ],
    "note": "Say what the person does, with what help.",
    "source": "HICM change one (ordinary positive language)",
    "severity": "warning"
  },
  {
    "id": "pad-change",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "pad change",
      "pad changes",
      "pad changing",
      "pad check",
      "pad checks",
      "pad round",
      "pad rounds"
    ],
    "suggestions": [
      "help to change her continence pad",
      "help to stay clean and comfortable"
    ],
    "note": "Say what help the person has to stay comfortable, as they would say it.",
    "source": "HICM change one (ordinary positive language)",
    "severity": "warning"
  },
  {
    "id": "elderly",
    "kind": "label",
    "phrases": [
      "elderly",
      "the elderly",
      "elderly person",
      "elderly people",
      "old people's home",
      "old folks"
    ],
    "suggestions": [
      "older",
      "older people",
      "the person's age if it matters"
    ],
    "note": "Age is rarely relevant; where it is, say \"older\" or the age.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "non-verbal",
    "kind": "label",
    "phrases": [
      "non-verbal",
      "non verbal",
      "nonverbal",
      "non-communicator",
      "non communicator",
      "noncommunicator",
      "non-communicative",
      "non communicative",
      "noncommunicative",
      "non-communicators"
    ],
    "notWhen": {
      "next": [
        "communication",
        "cues",
        "signals",
        "signs",
        "clues",
        "language",
        "gestures"
      ]
    },
    "suggestions": [
      "communicates without words",
      "does not use words to communicate"
    ],
    "note": "Say how the person communicates, not what they do not do.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "care-package",
    "kind": "label",
    "phrases": [
      "care package",
      "care packages",
      "package of care",
      "packages of care",
      "support package",
      "support packages"
    ],
    "suggestions": [
      "the support she has",
      "what helps him each day"
    ],
    "note": "Describe the support the person draws on.",
    "source": "Dimensions, The words we use; Partners4Change banned words",
    "severity": "warning"
  },
  {
    "id": "absconded",
    "kind": "label",
    "phrases": [
      "abscond",
      "absconds",
      "absconded",
      "absconding",
      "absconder",
      "escaped from the unit",
      "escaped from the ward",
      "escaped from the home",
      "escaped from the house",
      "bolted out",
      "bolted from",
      "bolted through",
      "elope",
      "elopes",
      "eloped",
      "eloping",
      "elopement",
      "went awol",
      "gone awol",
      "absent without leave"
    ],
    "suggestions": [
      "left",
      "went out without telling anyone",
      "went missing"
    ],
    "note": "Say what happened and where the person went.",
    "source": "TACT, Language That Cares; North Lanarkshire, The Promise language guide",
    "severity": "warning"
  },
  {
    "id": "difficult-to-engage",
    "kind": "label",
    "phrases": [
      "difficult to engage",
      "hard to engage",
      "reluctant to engage",
      "refusal to engage",
      "refuses to engage",
      "refused to engage",
      "hard to reach",
      "non-engagement",
      "non engagement",
      "disengaged",
      "failing to engage",
      "failed to engage",
      "fails to engage",
      "fail to engage",
      "failure to engage",
      "not engaging",
      "poor engagement",
      "engagement minimal",
      "minimal engagement",
      "engagement poor",
      "engagement was poor",
      "limited engagement",
      "engagement limited",
      "chooses not to engage",
      "chose not to engage",
      "choosing not to engage",
      "reluctant engager",
      "poor engager",
      "non-engager",
      "non engager",
      "unwilling to engage",
      "declines to engage",
      "declined to engage",
      "unwilling to accept support",
      "difficult to help",
      "hard to help",
      "non-attendance",
      "non attendance",
      "nonattendance",
      "persistent non-attendance"
    ],
    "suggestions": [
      "we have not yet found a way to talk that suits her",
      "did not want to meet"
    ],
    "note": "Engagement is our job; say what was tried and what the person wants.",
    "source": "Partners4Change banned words; Rewriting Social Care (\"difficult to engage\")",
    "severity": "warning"
  },
  {
    "id": "kicking-off",
    "kind": "label",
    "phrases": [
      "kicking off",
      "kicked off",
      "kicks off",
      "kick off",
      "playing up",
      "played up",
      "plays up",
      "play up"
    ],
    "labelWhen": {
      "previous": [
        "{person}",
        "he's",
        "she's",
        "they're",
        "started",
        "starts",
        "always",
        "keeps",
        "tends to",
        "tend to",
        "tended to",
        "will",
        "can",
        "may",
        "likely to",
        "could",
        "often",
        "sometimes",
        "{start}",
        "{person} started",
        "{person} starts",
        "{person} keeps",
        "{person} always",
        "{person} was",
        "{person} is",
        "{person} were",
        "{person} has been",
        "{person} had been",
        "{person} kept"
      ]
    },
    "suggestions": [
      "got angry",
      "was upset",
      "was frustrated"
    ],
    "note": "Say what the person felt and what caused it.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "tantrum",
    "kind": "label",
    "phrases": [
      "tantrum",
      "tantrums",
      "paddy",
      "a paddy",
      "had a paddy",
      "in a paddy",
      "throwing a paddy",
      "threw a paddy",
      "strop",
      "a strop",
      "in a strop",
      "had a strop",
      "stroppy",
      "hissy fit",
      "hissy fits",
      "threw a wobbly",
      "throwing a wobbly",
      "had a wobbly",
      "sulked",
      "sulking",
      "sulks",
      "in a sulk",
      "had a sulk"
    ],
    "suggestions": [
      "was very upset",
      "was frustrated"
    ],
    "note": "Adults are upset or angry, not having tantrums.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "aggressive",
    "kind": "label",
    "phrases": [
      "aggressive",
      "aggression",
      "verbally aggressive",
      "physically aggressive"
    ],
    "notWhen": {
      "next": [
        "cancer",
        "tumour",
        "tumor",
        "treatment",
        "form",
        "chemotherapy",
        "disease"
      ]
    },
    "suggestions": [
      "was frightened",
      "was angry",
      "was reacting to"
    ],
    "note": "Say what happened and what the person was reacting to.",
    "source": "North Lanarkshire, The Promise language guide (\"aggressive\" → reactive)",
    "severity": "warning"
  },
  {
    "id": "repositioned",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "turned",
      "repositioned",
      "turning",
      "repositioning"
    ],
    "labelWhen": {
      "previous": [
        "{start}",
        "{person} was",
        "{person} is",
        "{person} were",
        "{person} will be",
        "needs",
        "need",
        "requires",
        "required",
        "to be",
        "being",
        "been"
      ],
      "next": [
        "two-hourly",
        "2-hourly",
        "hourly",
        "four-hourly",
        "4-hourly",
        "every two hours",
        "every four hours",
        "every 2 hours",
        "every 4 hours",
        "overnight",
        "in bed",
        "onto her",
        "onto his",
        "on to her",
        "on to his",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "him at",
        "her at",
        "him onto",
        "her onto"
      ]
    },
    "notWhen": {
      "next": [
        "out",
        "down",
        "up",
        "off",
        "on the",
        "around",
        "round",
        "away",
        "over",
        "back",
        "into",
        "the",
        "a",
        "his",
        "her",
        "their"
      ]
    },
    "suggestions": [
      "helped to change position in bed every two hours",
      "moved onto her left side",
      "as she asked"
    ],
    "note": "Say how the person was helped to move and what they wanted; \"turned\" makes them an object.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "task-routines",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "needs changing",
      "need changing",
      "a full strip wash",
      "is a full strip wash",
      "a two-hourly turn",
      "a 2-hourly turn",
      "can be got up",
      "be got up",
      "checked and changed",
      "changed and checked",
      "changed and turned",
      "turned and changed",
      "washed and turned",
      "washed and changed",
      "changed and washed",
      "got him up",
      "got her up",
      "got them up",
      "were got up",
      "was got up",
      "got up and put",
      "put him to bed",
      "put her to bed",
      "put them to bed",
      "put back to bed",
      "put to bed"
    ],
    "suggestions": [
      "helped to change after she woke",
      "went to bed at ten",
      "as he likes"
    ],
    "note": "Write what the person did and chose, with the help they had, not a routine done to them.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "capacity-in-general",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "capacity issues",
      "has capacity issues",
      "capacity problems",
      "lacks capacity",
      "lacking capacity",
      "lacked capacity",
      "lack capacity",
      "has no capacity",
      "have no capacity",
      "had no capacity",
      "no capacity",
      "does not have capacity",
      "doesn't have capacity",
      "did not have capacity",
      "without capacity",
      "lacks mental capacity",
      "has no mental capacity",
      "incapacitated"
    ],
    "notWhen": {
      "next": [
        "to",
        "about",
        "for this",
        "for the",
        "for that",
        "for these",
        "for those",
        "for decisions about",
        "for a decision",
        "for making",
        "regarding",
        "around",
        "in",
        "at",
        "on",
        "over",
        "when",
        "as to",
        "left",
        "available",
        "until",
        "because",
        "since",
        "as"
      ]
    },
    "suggestions": [
      "does not have capacity to decide where to live",
      "at this time"
    ],
    "note": "Capacity is about one decision at one time; say which decision, and when it was assessed.",
    "source": "Mental Capacity Act 2005 s2(1) (\"in relation to a matter\"); MCA Code of Practice 4.4",
    "severity": "warning"
  },
  {
    "id": "confused",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "pleasantly confused",
      "confused resident",
      "confused residents",
      "confused lady",
      "confused ladies",
      "confused man",
      "confused patient",
      "confused patients",
      "confused old lady",
      "confused old man",
      "the confused",
      "very confused",
      "confused and wandering",
      "pleasantly muddled"
    ],
    "notWhen": {
      "next": [
        "about",
        "by",
        "as",
        "over",
        "why",
        "with the",
        "at first"
      ]
    },
    "suggestions": [
      "was not sure where she was",
      "asked several times when her husband would come"
    ],
    "note": "Say what the person said or did, and what helped; \"confused\" tells the reader nothing about them.",
    "source": "Alzheimer's Society, Positive language (dementia-friendly language guide); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "homelessness-labels",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "a homeless",
      "another homeless",
      "vagrant",
      "vagrants",
      "tramp",
      "tramps",
      "dosser",
      "dossers",
      "down-and-out",
      "down and out",
      "down-and-outs",
      "bag lady",
      "bag ladies",
      "hobo",
      "hobos",
      "beggar",
      "beggars",
      "squatter",
      "squatters",
      "transients",
      "a transient",
      "vagrancy",
      "rough sleeper",
      "rough sleepers",
      "a rough sleeper",
      "the rough sleeper",
      "of no fixed abode",
      "no fixed abode",
      "a derelict",
      "derelicts",
      "street homeless",
      "the street homeless"
    ],
    "notWhen": {
      "next": [
        "man",
        "woman",
        "person",
        "people",
        "shelter",
        "charity",
        "hostel",
        "family",
        "families",
        "young",
        "veteran",
        "unit",
        "team",
        "service",
        "services",
        "hub",
        "prevention",
        "application",
        "duty",
        "officer",
        "worker",
        "steamer",
        "stamp",
        "stamps",
        "my neighbour",
        "outreach",
        "team",
        "service",
        "services",
        "initiative",
        "initiatives",
        "strategy",
        "count",
        "counts",
        "count,",
        "building",
        "buildings",
        "house",
        "houses",
        "site",
        "sites",
        "factory",
        "church",
        "pub",
        "shop",
        "land",
        "mill",
        "cottage",
        "farm",
        "barn",
        "garage",
        "flat",
        "property",
        "car",
        "boat",
        "hotel",
        "school",
        "chapel",
        "warehouse"
      ]
    },
    "suggestions": [
      "a man who is sleeping outside",
      "a woman without a home",
      "the person's name"
    ],
    "note": "A person is not their housing; say who they are and what is happening to them.",
    "source": "Crisis and St Mungo's language guidance (people experiencing homelessness); Leicester City Council, Our Language",
    "severity": "warning"
  },
  {
    "id": "body-judgements",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "fat",
      "very fat",
      "obese",
      "grossly overweight",
      "ugly",
      "hideous",
      "repulsive"
    ],
    "labelWhen": {
      "previous": [
        "{person} is",
        "{person} was",
        "{person} is very",
        "{person} was very",
        "{person} looks",
        "{person} looked",
        "{person} is quite",
        "{start}",
        "a",
        "an",
        "the"
      ]
    },
    "notWhen": {
      "next": [
        "lot",
        "chance",
        "free",
        "content",
        "intake",
        "loss",
        "cells",
        "pan",
        "duckling",
        "sky",
        "weather",
        "building",
        "wallpaper",
        "carpet",
        "cat",
        "dog",
        "jumper",
        "coat"
      ]
    },
    "suggestions": [
      "finds the stairs hard",
      "as she told us",
      "wants help to lose weight"
    ],
    "note": "Write about what the person can do and wants, not a judgement of their body.",
    "source": "Social Work England and NHS England language guidance (write as you would want to be written about); Obesity UK, language matters",
    "severity": "warning"
  },
  {
    "id": "agitated",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "agitated",
      "agitation"
    ],
    "labelWhen": {
      "next": [
        "gentleman",
        "lady",
        "man",
        "woman",
        "resident",
        "patient",
        "client"
      ],
      "previous": [
        "{person} was",
        "{person} is",
        "{person} became",
        "{person} becomes",
        "{person} gets",
        "{person} got",
        "{person} was very",
        "{person} is very",
        "{person} can be",
        "{person} has been",
        "{person} gets very",
        "became",
        "becomes",
        "very",
        "increasingly",
        "more",
        "{start}",
        "signs of",
        "episodes of",
        "periods of"
      ]
    },
    "notWhen": {
      "next": [
        "about",
        "by",
        "over",
        "that",
        "because"
      ]
    },
    "suggestions": [
      "was worried and kept asking for her daughter",
      "was upset and walked up and down"
    ],
    "note": "Say what the person did, what they seemed to feel and what helped; \"agitated\" is a label, not an account.",
    "source": "Alzheimer's Society, Positive language (describe the distress); Dimensions, The words we use (behaviours of distress)",
    "severity": "warning"
  },
  {
    "id": "controlling-language",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "is only allowed",
      "was only allowed",
      "are only allowed",
      "were only allowed",
      "allowed out",
      "was given permission",
      "were given permission",
      "given permission to",
      "gave him permission",
      "gave her permission",
      "give him permission",
      "give her permission",
      "by behaving",
      "for behaving",
      "if he behaves",
      "if she behaves",
      "if they behave",
      "unless he behaves",
      "unless she behaves",
      "not permitted to",
      "is permitted to",
      "was permitted to",
      "was allowed to",
      "is allowed to",
      "are allowed to",
      "were allowed to",
      "is not allowed to",
      "was not allowed to",
      "we let him",
      "we let her",
      "staff let him",
      "staff let her",
      "let him go",
      "let her go",
      "given time out",
      "time out in",
      "had time out",
      "lost her privileges",
      "lost his privileges",
      "earned a trip",
      "earned a treat",
      "will have earned",
      "rewarded with",
      "as a reward",
      "was sanctioned",
      "were sanctioned",
      "sanctioned for",
      "behaviour management",
      "behaviour management plan",
      "contain his behaviour",
      "contain her behaviour",
      "contain the behaviour",
      "contain behaviour",
      "contain leon's behaviour",
      "kept occupied",
      "keep her occupied",
      "keep him occupied",
      "redirect him",
      "redirect her",
      "redirected him",
      "redirected her",
      "was redirected",
      "control and restraint",
      "was restrained",
      "were restrained",
      "sent to his room",
      "sent to her room",
      "dealt with by",
      "managed on the unit",
      "managed on the ward",
      "is issued one",
      "issued one",
      "was decanted",
      "were decanted",
      "decant",
      "becomes a problem",
      "become a problem",
      "a problem for the other",
      "agreed to let",
      "decided to let",
      "is permitted two",
      "is permitted one",
      "is permitted three",
      "permitted two cigarettes",
      "is made to",
      "was made to",
      "are made to",
      "were made to",
      "made to sit",
      "was escorted to",
      "were escorted to",
      "is escorted to",
      "visitors are restricted",
      "visits are restricted",
      "visiting is restricted",
      "restricted to her room",
      "restricted to his room",
      "through good behaviour",
      "for good behaviour",
      "once she has earned",
      "once he has earned",
      "when she has earned",
      "when he has earned",
      "has earned it",
      "not permitted visitors",
      "is not permitted",
      "not permitted to have",
      "permitted visitors"
    ],
    "notWhen": {
      "next": [
        "drive",
        "vote",
        "stay up late if she wishes",
        "by the police",
        "by police",
        "by security",
        "feel",
        "to feel",
        "welcome",
        "aware"
      ]
    },
    "suggestions": [
      "chose to",
      "agreed with staff that",
      "we talked about what would help"
    ],
    "note": "Write about what the person chose and what was agreed with them; words of permission, reward and control make staff the owners of an adult's life.",
    "source": "Dimensions, The words we use; Rewriting Social Care (power in the words we use); Think Local Act Personal, Making it Real (I am in control)",
    "severity": "warning"
  },
  {
    "id": "family-labels",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "neurotic",
      "over-involved",
      "over involved",
      "overinvolved",
      "overprotective",
      "over-protective",
      "interfering",
      "enmeshed",
      "demanding relative",
      "demanding relatives",
      "difficult relative",
      "difficult relatives",
      "failing carer",
      "failing carers",
      "carer breakdown",
      "carer strain",
      "unhealthy relationship",
      "overly involved",
      "overly-involved",
      "pushy",
      "pushy relative",
      "pushy relatives",
      "pushy family",
      "problem relative",
      "problem relatives",
      "problem family",
      "problem families",
      "meddles",
      "meddled",
      "meddling",
      "meddler",
      "meddlesome",
      "interferes",
      "interfered",
      "busybody",
      "over-anxious",
      "overanxious",
      "over anxious",
      "broken home",
      "broken homes",
      "broken family",
      "broken families",
      "dysfunctional family",
      "dysfunctional families",
      "chaotic family",
      "chaotic families",
      "chaotic household",
      "chaotic households",
      "difficult bunch",
      "difficult family",
      "difficult families",
      "a nightmare family",
      "high-conflict family",
      "high conflict family",
      "high-conflict families",
      "are a nightmare",
      "is a nightmare",
      "bossy",
      "very bossy"
    ],
    "notWhen": {
      "next": [
        "with the signal",
        "with reception",
        "with the radio",
        "with the tv",
        "with the television",
        "with the hearing",
        "with his hearing aid",
        "with her hearing aid",
        "with the wifi",
        "with the medication",
        "with her medication",
        "with his medication",
        "with her sleep",
        "with his sleep",
        "with the results"
      ]
    },
    "suggestions": [
      "his daughter rings most days because she worries about him",
      "they are very close and want to be part of decisions"
    ],
    "note": "Families and carers are partners; say what they do and what worries them, not a judgement of them.",
    "source": "Think Local Act Personal, Making it Real (carers as partners); Care Act 2014 s10 and statutory guidance ch. 6 (carers)",
    "severity": "warning"
  },
  {
    "id": "abusive",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "verbally abusive",
      "abusive towards staff",
      "abusive to staff",
      "abusive towards carers",
      "abusive to carers",
      "abusive towards the carers",
      "abusive to the carers",
      "abusive towards the staff",
      "abusive to the staff",
      "verbal abuse towards",
      "verbal abuse to",
      "verbal abuse at",
      "verbally abused",
      "verbally abusing",
      "verbal aggression towards",
      "physical aggression towards"
    ],
    "suggestions": [
      "shouted at the carer when she was asked to wait",
      "swore at staff after the visit ran late"
    ],
    "note": "Say what was said or done and what led up to it; \"abusive\" about the person we support hides the reason.",
    "source": "North Lanarkshire, The Promise language guide (describe the behaviour and its cause); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "behaviours",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "had behaviours",
      "has behaviours",
      "having behaviours",
      "have behaviours",
      "displayed behaviours",
      "displaying behaviours",
      "displays behaviours",
      "display behaviours",
      "exhibited behaviours",
      "exhibiting behaviours",
      "had a behaviour",
      "had behaviors",
      "has behaviors",
      "displayed behaviors",
      "displaying behaviors",
      "behaviours were displayed",
      "presenting behaviours",
      "presented with behaviours"
    ],
    "suggestions": [
      "was upset in the garden and shouted",
      "was distressed after the visit"
    ],
    "note": "\"Behaviours\" says nothing about what happened; describe what the person did and what helped.",
    "source": "Dimensions, The words we use (describe what happens); HICM change one (labels to stop using)",
    "severity": "warning"
  },
  {
    "id": "counted-as-tasks",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "doubles",
      "total cares",
      "singles",
      "double calls",
      "single calls",
      "puréed diets",
      "pureed diets",
      "soft-fork",
      "soft-forks",
      "the 10am lady",
      "the 9am lady",
      "the 8am lady",
      "bed baths",
      "strip washes"
    ],
    "labelWhen": {
      "previous": [
        "{number}",
        "the",
        "our",
        "my",
        "{start}"
      ],
      "next": [
        "on the morning",
        "on the run",
        "on the first floor",
        "on the ground floor",
        "in bay",
        "on the unit"
      ]
    },
    "notWhen": {
      "next": [
        "of",
        "per",
        "tennis",
        "badminton",
        "match",
        "matches",
        "partner",
        "partners",
        "game",
        "games",
        "champion",
        "final"
      ]
    },
    "suggestions": [
      "three people who need help to eat",
      "two people who use a hoist"
    ],
    "note": "People are counted as people, not as the tasks we do for them.",
    "source": "HICM change one (labels to stop using, \"double handler\"); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "dirty",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "dirty",
      "filthy",
      "grubby",
      "soiled-looking"
    ],
    "labelWhen": {
      "previous": [
        "{person} was",
        "{person} is",
        "{person} looked",
        "{person} looks",
        "{person} appeared",
        "{person} appears",
        "{person} was very",
        "{person} is very",
        "{person} seemed",
        "{person} was quite",
        "{person} is quite"
      ],
      "next": [
        "man",
        "woman",
        "lady",
        "old man",
        "old woman",
        "old lady",
        "person",
        "individual",
        "gentleman"
      ]
    },
    "notWhen": {
      "next": [
        "dishes",
        "washing",
        "laundry",
        "clothes",
        "plates",
        "work",
        "job",
        "jobs",
        "look",
        "looks",
        "trick",
        "tricks"
      ]
    },
    "suggestions": [
      "had not been able to wash for several days",
      "her clothes had food stains on them"
    ],
    "note": "Describe what you saw and what the person said about it, without a judgement of them.",
    "source": "SCIE, Self-neglect at a glance (describe, do not judge); Social Work England language guidance",
    "severity": "warning"
  },
  {
    "id": "defiant",
    "kind": "label",
    "phrases": [
      "defiant"
    ],
    "suggestions": [
      "strong-willed",
      "sure of her own mind"
    ],
    "note": "Knowing your own mind is a strength.",
    "source": "North Lanarkshire, The Promise language guide",
    "severity": "warning"
  },
  {
    "id": "complex-needs",
    "kind": "label",
    "phrases": [
      "complex needs",
      "complex case",
      "complex cases"
    ],
    "suggestions": [
      "the particular needs",
      "what the person needs help with"
    ],
    "note": "Say what the needs are.",
    "source": "Partners4Change banned words (\"complex needs\")",
    "severity": "warning"
  },
  {
    "id": "learning-disabled",
    "kind": "label",
    "phrases": [
      "learning disabled",
      "down's boy",
      "downs boy",
      "down's girl",
      "downs girl",
      "the disabled",
      "handicapped",
      "mentally handicapped",
      "retarded",
      "the deaf",
      "the blind",
      "the infirm",
      "the disabled people",
      "learning-disabled adults",
      "learning disabled adults",
      "learning-disabled adult",
      "learning-disabled people",
      "learning disabled people",
      "learning-disabled man",
      "learning-disabled woman",
      "deaf as a post",
      "stone deaf",
      "stone-deaf",
      "the sightless",
      "sightless",
      "a bit backward",
      "is backward",
      "backward with",
      "special folk",
      "the special ones",
      "is dumb",
      "was dumb"
    ],
    "notWhen": {
      "previous": [
        "golf",
        "golfing",
        "closed",
        "opened",
        "open",
        "close",
        "pulled",
        "pull",
        "drew",
        "draw",
        "roller",
        "lowered",
        "raised",
        "down",
        "up"
      ],
      "next": [
        "spot",
        "spots",
        "corner",
        "corners",
        "side",
        "date",
        "dates",
        "panel",
        "cord",
        "cords",
        "slats",
        "community",
        "club",
        "culture",
        "association",
        "charity",
        "choir",
        "theatre",
        "in the bedroom",
        "in the kitchen",
        "in the lounge",
        "in her bedroom",
        "in his bedroom",
        "on the window",
        "was broken",
        "is broken",
        "needs fixing"
      ]
    },
    "suggestions": [
      "has a learning disability",
      "disabled people"
    ],
    "note": "Put the person first.",
    "source": "Leicester City Council, Our Language (\"learning disabled\")",
    "severity": "warning"
  },
  {
    "id": "cared-for-person",
    "kind": "label",
    "phrases": [
      "cared-for person",
      "cared for person",
      "the cared-for"
    ],
    "suggestions": [
      "the person's name"
    ],
    "note": "Use the person's name.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "accessing-the-community",
    "kind": "label",
    "phrases": [
      "accessing the community",
      "access the community",
      "accesses the community",
      "accessed the community",
      "community access"
    ],
    "suggestions": [
      "going to the pub",
      "going to the library",
      "going to art group"
    ],
    "note": "Name what the person actually does.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "sundowning",
    "kind": "label",
    "phrases": [
      "sundowning",
      "sundowner",
      "sundowners"
    ],
    "suggestions": [
      "gets unsettled in the late afternoon",
      "finds the evenings hard"
    ],
    "note": "Describe what happens and what helps.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "mental-health-labels",
    "kind": "label",
    "phrases": [
      "schizophrenic",
      "a schizophrenic",
      "psychotic",
      "senile",
      "senility",
      "demented",
      "the mentally ill",
      "lunatic",
      "mental patient",
      "unhinged",
      "went mad",
      "gone mad",
      "completely mad",
      "went completely mad",
      "raving mad",
      "barking mad",
      "stark raving",
      "off his meds",
      "off her meds",
      "off their meds",
      "headcase",
      "head case",
      "nut job",
      "psych patient",
      "a psych patient",
      "failed suicide attempt",
      "failed suicide",
      "unsuccessful suicide attempt",
      "successful suicide",
      "committed suicide",
      "commit suicide",
      "commits suicide",
      "cry for help",
      "a cry for help",
      "not a genuine attempt",
      "rather than a genuine attempt",
      "attention-seeking overdose",
      "manipulative overdose",
      "turns into a different person",
      "turns into a completely different person",
      "psychiatric cases",
      "psych cases",
      "mental health cases",
      "psychiatric case",
      "psych case"
    ],
    "notWhen": {
      "next": [
        "episode",
        "episodes",
        "symptoms",
        "illness",
        "disorder"
      ]
    },
    "suggestions": [
      "has schizophrenia",
      "lives with dementia",
      "has a mental health condition"
    ],
    "note": "Put the person before the condition, in words they would use.",
    "source": "Leicester City Council, Our Language; HICM change one",
    "severity": "warning"
  },
  {
    "id": "substance-labels",
    "kind": "label",
    "phrases": [
      "an alcoholic",
      "alcoholics",
      "addict",
      "addicts",
      "drug addict",
      "drug addicts",
      "junkie",
      "junkies",
      "a drunk",
      "the drunk",
      "was drunk",
      "is drunk",
      "blind drunk",
      "drunkard",
      "drunkards",
      "druggie",
      "druggies",
      "crackhead",
      "crackheads",
      "smackhead",
      "smackheads",
      "alkie",
      "alkies",
      "alky",
      "boozer",
      "wino",
      "winos",
      "pisshead",
      "substance misuser",
      "substance misusers",
      "substance abuser",
      "substance abusers",
      "drug-seeking",
      "drug seeking",
      "drug-seeker",
      "drug seeker",
      "drug-seekers",
      "stayed clean",
      "staying clean",
      "has been clean",
      "been clean since",
      "clean since",
      "came back dirty",
      "come back dirty",
      "dirty for opiates",
      "dirty urine",
      "dirty screen",
      "dirty sample",
      "clean sample",
      "clean urine",
      "fell off the wagon",
      "falls off the wagon",
      "off the wagon",
      "on the wagon",
      "chaotic user",
      "chaotic drug user",
      "chaotic drinker",
      "chaotic users",
      "hopeless drunk",
      "problem drinker",
      "functioning alcoholic",
      "alcohol abuser",
      "alcohol abusers",
      "drug abuser",
      "drug abusers",
      "abuser of alcohol",
      "drunk as a skunk",
      "paralytic",
      "legless",
      "off his face",
      "off her face"
    ],
    "notWhen": {
      "next": [
        "ileus",
        "polio",
        "shellfish",
        "poisoning",
        "rabies"
      ],
      "previous": [
        "got",
        "get",
        "gets",
        "getting",
        "local",
        "the local"
      ]
    },
    "suggestions": [
      "drinks more than is good for him",
      "uses drugs",
      "is recovering from"
    ],
    "note": "Describe the person's use and what they want, not a label.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "hoarder",
    "kind": "label",
    "phrases": [
      "hoarder",
      "hoarders"
    ],
    "suggestions": [
      "keeps a lot of things",
      "finds it hard to let things go"
    ],
    "note": "Describe what the person keeps and why it matters to them.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "stroke-victim",
    "kind": "label",
    "phrases": [
      "stroke victim",
      "stroke victims",
      "victim of a stroke",
      "dementia victim",
      "victim of dementia",
      "polio victim",
      "polio victims",
      "thalidomide victim",
      "cancer victim",
      "cancer victims",
      "alzheimer's victim",
      "alzheimer's victims",
      "parkinson's victim",
      "ms victim",
      "aids victim",
      "brain injury victim",
      "victim of polio"
    ],
    "suggestions": [
      "has had a stroke",
      "lives with dementia"
    ],
    "note": "The person is not a victim of their condition.",
    "source": "National Center on Disability and Journalism style guide",
    "severity": "warning"
  },
  {
    "id": "failing-to-cope",
    "kind": "label",
    "phrases": [
      "failing to cope",
      "not coping",
      "unable to cope",
      "failed to cope",
      "struggling to cope",
      "struggles to cope",
      "struggled to cope"
    ],
    "suggestions": [
      "is finding things hard",
      "needs more help with"
    ],
    "note": "Say what is hard and what would help.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "incontinent",
    "kind": "label",
    "phrases": [
      "incontinent",
      "incontinence",
      "doubly incontinent",
      "double incontinence",
      "incontinent of urine",
      "incontinent of faeces"
    ],
    "notWhen": {
      "next": [
        "pad",
        "pads",
        "product",
        "products",
        "service",
        "services",
        "clinic",
        "nurse",
        "nurses",
        "team",
        "sheet",
        "sheets",
        "pants",
        "supplies",
        "assessment"
      ]
    },
    "suggestions": [
      "needs help to use the toilet",
      "uses pads",
      "sometimes does not reach the toilet in time"
    ],
    "note": "Describe the help the person has with the toilet, in words they would use, not the person as a condition.",
    "source": "TLAP and NHS England language guidance (describe the person, not the condition); VALID person-centred writing tips",
    "severity": "warning"
  },
  {
    "id": "nappy",
    "kind": "label",
    "phrases": [
      "nappy",
      "nappies",
      "diaper",
      "diapers",
      "pull-ups",
      "pull ups",
      "pullups",
      "nappy pants"
    ],
    "notWhen": {
      "previous": [
        "baby's",
        "babies'",
        "baby",
        "grandson's",
        "granddaughter's",
        "grandchild's",
        "son's",
        "daughter's",
        "ten",
        "10",
        "twenty",
        "20",
        "five",
        "5",
        "some",
        "few",
        "did",
        "doing",
        "does",
        "do",
        "chin",
        "bar"
      ]
    },
    "suggestions": [
      "pad",
      "continence pad",
      "pull-up pants"
    ],
    "note": "Use age-appropriate words for an adult's continence products.",
    "source": "VALID person-centred writing tips (age-appropriate terms, no \"nappy\" for adults)",
    "severity": "warning"
  },
  {
    "id": "soiled",
    "kind": "label",
    "phrases": [
      "soiled",
      "soiling",
      "wet and soiled",
      "wet herself",
      "wet himself",
      "wet themselves",
      "wet the bed"
    ],
    "labelWhen": {
      "previous": [
        "was",
        "is",
        "were",
        "been",
        "found",
        "and",
        "{person}",
        "{person} was",
        "{person} is",
        "{person} had",
        "{person} has"
      ]
    },
    "suggestions": [
      "needed help to wash and change",
      "had an accident and we helped her change"
    ],
    "note": "Say what help the person needed and had, as they would put it, not how they were found.",
    "source": "TLAP and NHS England language guidance (describe the person, not the condition)",
    "severity": "warning"
  },
  {
    "id": "toilet-as-verb",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "toilet",
      "toilets"
    ],
    "labelWhen": {
      "next": [
        "{person}"
      ],
      "previous": [
        "to toilet",
        "will toilet",
        "carers toilet",
        "staff toilet",
        "we toilet",
        "and toilet",
        "two carers toilet"
      ]
    },
    "notWhen": {
      "previous": [
        "the",
        "a",
        "own",
        "her own",
        "his own",
        "downstairs",
        "upstairs",
        "public",
        "accessible",
        "raised"
      ]
    },
    "suggestions": [
      "helps him to use the toilet",
      "supports her in the bathroom"
    ],
    "note": "A person is helped to use the toilet; \"toilet\" as a verb makes them the object of a task.",
    "source": "TLAP and NHS England language guidance (describe the person, not the task); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "person-as-task",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "feeder",
      "feeders",
      "faller",
      "fallers",
      "a hoist transfer",
      "a full assist",
      "a total assist",
      "a two carer call",
      "a two-carer call",
      "a double up call",
      "a double-up call",
      "a double up",
      "a double-up",
      "a full hoist",
      "a falls risk",
      "a high falls risk",
      "a choking risk",
      "a total care",
      "a heavy lift",
      "is a feed",
      "are feeds",
      "was a feed",
      "the hoist in room",
      "the hoist in bed",
      "the hoist in bay",
      "the feed in room",
      "the feed in bed",
      "the double at",
      "the double on",
      "she's a sit-in",
      "he's a sit-in",
      "she's a pop-in",
      "he's a pop-in",
      "she's a hoist",
      "he's a hoist",
      "she's a double-up",
      "he's a double-up",
      "call was asleep",
      "call is asleep",
      "call was still asleep",
      "call was in bed",
      "call was out",
      "call refused",
      "call declined",
      "double cancelled",
      "single cancelled",
      "the hoist in flat",
      "my heavy ones",
      "one of my heavy ones",
      "one of the heavy ones",
      "the heavy ones",
      "our heavy ones",
      "the new admission in",
      "a new admit",
      "the new admit",
      "longest-staying bed",
      "longest staying bed",
      "longest-stay bed",
      "our longest bed",
      "a biter",
      "biters",
      "a spitter",
      "spitters",
      "a kicker",
      "a scratcher",
      "scratchers",
      "a grabber",
      "grabbers",
      "a screamer",
      "screamers",
      "a shouter",
      "shouters",
      "a hitter",
      "a pincher",
      "the catheter at",
      "the catheter in bed",
      "the catheter in room",
      "the catheter in bay",
      "the insulin call",
      "the insulin at",
      "the insulin in room",
      "the peg in room",
      "the peg in bed",
      "the meds call",
      "a two-to-one in",
      "a two-to-one who",
      "a double-up who",
      "is a full feed",
      "our heavies",
      "one of our heavies",
      "the heavies",
      "my last insulin",
      "my first insulin",
      "my insulins",
      "known grabber",
      "known biter",
      "known spitter",
      "known hitter",
      "known kicker",
      "known screamer"
    ],
    "notWhen": {
      "previous": [
        "bird",
        "birds",
        "garden",
        "seed",
        "nut",
        "fish",
        "pet",
        "cat",
        "hanging",
        "hand",
        "on the",
        "from the",
        "fill the",
        "filled the",
        "the bird",
        "machine",
        "paper",
        "sheet",
        "conveyor",
        "line",
        "cattle",
        "sheep",
        "stock"
      ],
      "next": [
        "school",
        "schools",
        "road",
        "roads",
        "route",
        "routes",
        "pillar",
        "cup",
        "cups",
        "bottle",
        "bottles",
        "service",
        "tube",
        "system",
        "line",
        "lines",
        "station",
        "as",
        "for the"
      ]
    },
    "suggestions": [
      "has fallen several times",
      "needs help to eat",
      "needs two people to help her move"
    ],
    "note": "Name the person and the help they have; \"a faller\" or \"a feeder\" makes the person a task.",
    "source": "HICM change one (labels to stop using, \"double handler\"); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "functioning-level",
    "kind": "label",
    "phrases": [
      "low functioning",
      "high functioning",
      "lower functioning",
      "higher functioning",
      "low-functioning",
      "high-functioning",
      "severely autistic",
      "profoundly autistic",
      "mildly autistic",
      "severe autism",
      "mild autism",
      "functions at the level of",
      "functioning at the level of",
      "functioning level",
      "level of functioning",
      "moderately autistic",
      "moderate autism",
      "a bit autistic",
      "slightly autistic"
    ],
    "suggestions": [
      "what the person can do and the help they have",
      "finds reading hard and likes pictures"
    ],
    "note": "Functioning labels rank people; say what the person does and the help that works.",
    "source": "NHS England and Social Work England language guidance (describe the person, not a level)",
    "severity": "warning"
  },
  {
    "id": "mental-age",
    "kind": "label",
    "phrases": [
      "mental age",
      "the mental age of",
      "emotional age",
      "developmental age",
      "cognitive age",
      "the level of a toddler",
      "the level of a child",
      "the level of a baby",
      "the level of a young child",
      "the understanding of a child",
      "the mind of a child",
      "mind of a child",
      "the mind of a toddler",
      "the functioning of a toddler",
      "the functioning of a child",
      "at the level of a",
      "operates at the level of"
    ],
    "notWhen": {
      "previous": [
        "of"
      ]
    },
    "suggestions": [
      "understands short sentences",
      "finds some ideas hard to follow"
    ],
    "note": "An adult is an adult; describe what helps them understand, never an age they are compared to.",
    "source": "Social Work England and NHS England language guidance (age-appropriate, respectful words); VALID tips",
    "severity": "warning"
  },
  {
    "id": "infantilising",
    "kind": "label",
    "phrases": [
      "like a child",
      "like a toddler",
      "like a baby",
      "like a little girl",
      "like a little boy",
      "like a naughty child",
      "good boy",
      "good girl",
      "good lad",
      "good lass",
      "naughty",
      "dollies",
      "childlike",
      "child-like",
      "little old lady",
      "little old man",
      "old dear",
      "bless her",
      "bless him",
      "bless them",
      "sweetie",
      "sweetheart",
      "petal",
      "lovey",
      "duckie",
      "poppet",
      "lovely little man",
      "our ladies",
      "our gents",
      "our lovely ladies",
      "for being good",
      "going on five",
      "going on 5",
      "going on six",
      "going on 6",
      "going on three",
      "going on 3",
      "going on four",
      "going on 4",
      "oldies",
      "old folk",
      "bib",
      "bibs",
      "down for a nap",
      "down for her nap",
      "down for his nap",
      "nap time",
      "naptime",
      "sippy cup",
      "sippy cups",
      "sippy beaker",
      "clever girl",
      "clever boy",
      "brave girl",
      "brave boy",
      "a real dear",
      "such a dear",
      "little dear",
      "night-night",
      "nighty-night",
      "nighty night",
      "beddy-byes",
      "beddy byes",
      "tucked him in",
      "tucked her in",
      "tucked them in",
      "tuck him in",
      "tuck her in",
      "walkies",
      "jim-jams",
      "jimjams",
      "jim jams",
      "tucked up",
      "tucked up in bed",
      "gold sticker",
      "gold stickers",
      "sticker chart",
      "star chart",
      "reward chart",
      "reward charts",
      "pocket money",
      "a big kid",
      "big kid really",
      "ray of sunshine",
      "little ray of sunshine",
      "playdate",
      "playdates",
      "play date",
      "play dates",
      "sweet little lady",
      "sweet little man",
      "sweet old lady",
      "sweet old man",
      "cheeky monkey",
      "gold star sticker",
      "star sticker",
      "a sticker for"
    ],
    "notWhen": {
      "previous": [
        "son",
        "grandson",
        "dog",
        "puppy",
        "baby",
        "baby's",
        "grandson's",
        "granddaughter's",
        "racing",
        "race",
        "number",
        "of",
        "tin of",
        "bag of",
        "training",
        "football",
        "netball",
        "rugby",
        "running",
        "cycling",
        "fishing",
        "hi-vis",
        "high-vis",
        "knitted",
        "knits",
        "knitting",
        "sewed",
        "sewing",
        "bought",
        "three",
        "two"
      ],
      "next": [
        "joke",
        "jokes",
        "word",
        "words",
        "film",
        "films",
        "boy's",
        "girl's",
        "and brace",
        "overalls",
        "shorts",
        "tights",
        "for her granddaughter",
        "for the baby",
        "for her grandson",
        "for his grandson",
        "for his granddaughter",
        "for the babies",
        "number",
        "numbers"
      ]
    },
    "suggestions": [
      "the person's name",
      "what they did",
      "as an adult would describe it"
    ],
    "note": "Words for children make an adult smaller; write about them as the adult they are.",
    "source": "VALID person-centred writing tips (age-appropriate terms); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "resistive",
    "kind": "label",
    "phrases": [
      "resistive",
      "resistant to care",
      "resistant to personal care",
      "resists care",
      "resistance to care",
      "resistant",
      "uncooperative",
      "non-cooperative",
      "not cooperative",
      "noncooperative",
      "unco-operative",
      "non-co-operative",
      "not co-operative",
      "refused to cooperate",
      "would not cooperate",
      "poor cooperation",
      "lack of cooperation",
      "un-cooperative",
      "un cooperative",
      "non-co-operative",
      "unco-operative"
    ],
    "notWhen": {
      "next": [
        "to the idea",
        "to the suggestion",
        "to damp",
        "to water",
        "to heat",
        "to fire",
        "to wear",
        "to antibiotics",
        "to treatment",
        "infection",
        "infections",
        "bacteria",
        "strain",
        "strains"
      ],
      "previous": [
        "water",
        "fire",
        "heat",
        "damp",
        "stain",
        "slip",
        "tamper",
        "antibiotic",
        "drug",
        "child"
      ]
    },
    "suggestions": [
      "did not want help then",
      "said no to a wash",
      "was frightened during personal care"
    ],
    "note": "Care is something a person can say no to; say what they wanted and what might help.",
    "source": "LGA/PCH HICM change one (\"non-compliant\" and similar, descriptions people would use); Partners4Change banned words",
    "severity": "warning"
  },
  {
    "id": "obstructive",
    "kind": "label",
    "phrases": [
      "obstructive",
      "combative",
      "belligerent",
      "argumentative",
      "confrontational",
      "hostile",
      "uncompliant",
      "obstinate",
      "refusenik",
      "refuseniks",
      "fantasist",
      "fantasists",
      "drama queen",
      "drama queens",
      "serial complainer",
      "serial complainers",
      "troublemaker",
      "troublemakers",
      "trouble-maker",
      "nuisance caller",
      "nuisance callers",
      "non-attender",
      "non-attenders",
      "non attender",
      "persistent complainer"
    ],
    "notWhen": {
      "next": [
        "sleep",
        "pulmonary",
        "airway",
        "airways",
        "uropathy",
        "jaundice",
        "lung",
        "lungs",
        "takeover",
        "environment"
      ]
    },
    "suggestions": [
      "disagreed with the plan",
      "was angry about the decision",
      "was upset"
    ],
    "note": "Say what the person disagreed with and why, as they would put it.",
    "source": "North Lanarkshire Promise language guide (defiant, aggressive → reactive); Partners4Change banned words",
    "severity": "warning"
  },
  {
    "id": "demanding",
    "kind": "label",
    "phrases": [
      "demanding",
      "constant demands",
      "makes demands",
      "attention demanding"
    ],
    "labelWhen": {
      "previous": [
        "{person} is",
        "{person} can be",
        "{person} was",
        "{person} is very",
        "{person} can be very",
        "{person} was very",
        "{person} is quite",
        "{person} is being",
        "{person} has been",
        "{person} has been very",
        "{person} have been",
        "{person} became",
        "{person} gets",
        "he's",
        "she's",
        "they're",
        "a very",
        "makes",
        "made",
        "making",
        "{start}"
      ],
      "next": [
        "of staff",
        "of carers",
        "of attention",
        "of time",
        "man",
        "woman",
        "lady",
        "gentleman",
        "patient",
        "client",
        "resident",
        "person",
        "towards",
        "with staff",
        "with carers"
      ]
    },
    "suggestions": [
      "asks for help often",
      "wants company",
      "is worried and asks for reassurance"
    ],
    "note": "Say what the person is asking for and what need it shows, not that they ask too much.",
    "source": "Rewriting Social Care (\"demand\" among words to drop); LGA/PCH HICM change one",
    "severity": "warning"
  },
  {
    "id": "label-verbs",
    "kind": "label",
    "phrases": [
      "exit seeking",
      "exit-seeking",
      "exit seeker",
      "exit seekers",
      "exit-seeker",
      "hoards",
      "hoarding behaviour",
      "wandering behaviour",
      "absconds risk"
    ],
    "suggestions": [
      "gets more confused in the late afternoon",
      "wants to go home",
      "looks for the door"
    ],
    "note": "A label made into a verb sounds like a diagnosis; say what the person does and why.",
    "source": "Dimensions, The words we use (describe the behaviour as the person would); North Lanarkshire Promise guide",
    "severity": "warning"
  },
  {
    "id": "historian",
    "kind": "label",
    "phrases": [
      "poor historian",
      "unreliable historian",
      "reliable historian",
      "good historian",
      "vague historian",
      "inconsistent historian",
      "limited historian",
      "bad historian"
    ],
    "suggestions": [
      "finds it hard to remember dates",
      "told us about …",
      "remembered some of what happened"
    ],
    "note": "A person tells their story; say what they remember and what helps, not how they rate as a witness.",
    "source": "NHS England language guidance (describe the person); Social Work England (respectful recording)",
    "severity": "warning"
  },
  {
    "id": "presents-as",
    "kind": "label",
    "phrases": [
      "presents as",
      "presented as",
      "presenting as",
      "presentation was",
      "appeared unkempt",
      "unkempt",
      "dishevelled",
      "disheveled",
      "malodorous",
      "smelly",
      "slovenly",
      "scruffy",
      "poorly kempt",
      "well kempt",
      "poor personal hygiene",
      "poor hygiene",
      "hair matted",
      "matted hair",
      "a right state",
      "looked a state",
      "smelled of urine",
      "smelt of urine",
      "smelling of urine",
      "smells of urine",
      "smelt strongly of urine",
      "smelled strongly of urine",
      "looks a mess",
      "looked a mess",
      "looking a mess",
      "a right mess",
      "toothless",
      "unsightly",
      "escalating presentation",
      "her presentation has",
      "his presentation has",
      "presentation has escalated",
      "presentation deteriorated"
    ],
    "notWhen": {
      "next": [
        "garden",
        "gardens",
        "hedge",
        "hedges",
        "lawn",
        "lawns",
        "yard",
        "flat",
        "house",
        "room",
        "kitchen",
        "drains"
      ]
    },
    "suggestions": [
      "was wearing …",
      "said she had not washed for a week",
      "looked well and said she felt well"
    ],
    "note": "Describe what you saw and what the person said, not a judgement of how they come across.",
    "source": "Social Work England and NHS England language guidance (write as you would want to be written about); Saleebey, quoted in LGA/PCH HICM",
    "severity": "warning"
  },
  {
    "id": "afflicted",
    "kind": "label",
    "phrases": [
      "afflicted with",
      "afflicted by",
      "stricken with",
      "stricken by",
      "crippled by",
      "crippled with",
      "riddled with",
      "plagued by",
      "plagued with",
      "struck down with",
      "struck down by",
      "battling cancer",
      "battling dementia",
      "battling with",
      "a victim of",
      "victims of",
      "courageous fight",
      "brave fight",
      "brave battle",
      "courageous battle",
      "fight against cancer",
      "fight with cancer",
      "battle with cancer",
      "battle against cancer",
      "losing battle",
      "losing her battle",
      "losing his battle",
      "lost her battle",
      "lost his battle",
      "trapped in a body",
      "trapped in his body",
      "trapped in her body",
      "a prisoner of her",
      "a prisoner of his",
      "prisoner in her own",
      "prisoner in his own",
      "battling parkinson's",
      "battling ms",
      "battling motor neurone",
      "battling copd",
      "battling depression",
      "battling addiction",
      "battling alzheimer's",
      "tormented by",
      "tormented with",
      "fell victim to",
      "falls victim to",
      "has fallen victim to",
      "has robbed him of",
      "has robbed her of",
      "blighted by",
      "blighted with"
    ],
    "notWhen": {
      "next": [
        "crime",
        "crimes",
        "fraud",
        "scam",
        "scams",
        "theft",
        "burglary",
        "abuse",
        "the scam",
        "a scam",
        "a burglary",
        "a theft",
        "an assault",
        "a robbery",
        "a mugging",
        "a crime",
        "an attack",
        "a break-in",
        "identity theft",
        "a hate crime",
        "domestic abuse",
        "a fraud",
        "assault",
        "robbery",
        "mugging",
        "the burglary",
        "the theft",
        "the assault",
        "the fraud",
        "a con",
        "a burglar",
        "burglars",
        "thieves",
        "a distraction burglary",
        "slugs",
        "snails",
        "frost",
        "the frost",
        "pests",
        "greenfly",
        "aphids",
        "a fox",
        "foxes",
        "the weather",
        "the storm",
        "the rain",
        "blight"
      ]
    },
    "suggestions": [
      "lives with",
      "has"
    ],
    "note": "Do not assume how a condition feels; \"lives with\" or \"has\", or the person's own words.",
    "source": "Leicester City Council, Our Language (\"suffering\" – don't assume); NHS England, Language Matters (diabetes)",
    "severity": "warning"
  },
  {
    "id": "person-as-condition",
    "kind": "label",
    "phrases": [
      "self-neglecter",
      "self neglecter",
      "self-neglecters",
      "a diabetic",
      "the diabetic",
      "diabetics",
      "is diabetic",
      "an epileptic",
      "the epileptic",
      "epileptics",
      "is epileptic",
      "is a bipolar",
      "an asthmatic",
      "asthmatics",
      "a dementia patient",
      "dementia patients",
      "a dementia case",
      "dementia lady",
      "dementia ladies",
      "dementia man",
      "dementia men",
      "dementia resident",
      "dementia residents",
      "dementia client",
      "dementia clients",
      "dementia gentleman",
      "the dementia in room",
      "the dementia in bed",
      "the dementia in bay",
      "the stroke in room",
      "the stroke in bed",
      "the stroke in bay",
      "brain damaged",
      "brain-damaged",
      "down's child",
      "downs child",
      "down's kid",
      "downs syndrome child",
      "down syndrome child",
      "down's syndrome child",
      "a downs",
      "hoist lady",
      "hoist man",
      "hoist ladies",
      "hoist resident",
      "feed lady",
      "a high-risk male",
      "a high-risk female",
      "a high risk male",
      "a high risk female",
      "high-risk individual",
      "high-risk adult",
      "a stroke patient",
      "stroke patients",
      "an amputee",
      "amputees",
      "a paraplegic",
      "a quadriplegic",
      "a tetraplegic",
      "an invalid",
      "invalids",
      "the homeless",
      "a haemophiliac",
      "haemophiliacs",
      "a hemophiliac",
      "an anorexic",
      "anorexics",
      "a bulimic",
      "bulimics",
      "a depressive",
      "depressives",
      "chronic depressive",
      "manic depressive",
      "manic depressives",
      "is bipolar",
      "was bipolar",
      "he's bipolar",
      "she's bipolar",
      "the dialysis patient",
      "a dialysis patient",
      "the renal patient",
      "a renal patient",
      "the parkinson's patient",
      "a parkinson's patient",
      "the parkinsons patient",
      "the copd patient",
      "a copd patient",
      "the cancer patient in",
      "the heart patient in",
      "the hip in bed",
      "the hip in room",
      "the hip in bay",
      "the knee in bed",
      "the knee in room",
      "the fracture in bed",
      "the fracture in room",
      "the fall in bed",
      "the fall in room",
      "the chest in bed",
      "the chest in room",
      "the copd in bed",
      "the uti in room",
      "the uti in bed",
      "the amputee in bed",
      "the amputee in room",
      "the parkinson's in bed",
      "the parkinson's in room",
      "a down's young man",
      "down's young man",
      "down's man",
      "down's lady",
      "down's woman",
      "down's adult",
      "downs man",
      "downs lady",
      "a down's young woman",
      "an autism case",
      "autism case",
      "a classic autism case",
      "asperger's student",
      "asperger's boy",
      "asperger's man",
      "asperger's lad",
      "aspie",
      "aspies",
      "down's tenant",
      "downs tenant",
      "down's resident",
      "down's client",
      "this asthmatic's",
      "the asthmatic's",
      "this epileptic's",
      "the epileptic's",
      "this diabetic's",
      "the diabetic's",
      "this asthmatic",
      "this epileptic",
      "this diabetic",
      "year-old epileptic",
      "year-old diabetic",
      "year-old asthmatic",
      "bipolar gentleman",
      "bipolar man",
      "bipolar lady",
      "bipolar woman",
      "parkinson's gentleman",
      "parkinson's lady",
      "parkinson's man",
      "parkinson's woman",
      "stroke gentleman",
      "stroke lady"
    ],
    "notWhen": {
      "previous": [
        "herself",
        "himself",
        "themselves",
        "myself",
        "ourselves"
      ],
      "next": [
        "diet",
        "clinic",
        "nurse",
        "nurses",
        "foot",
        "feet",
        "eye",
        "eyes",
        "retinopathy",
        "review",
        "reviews",
        "meal",
        "meals",
        "medication",
        "team",
        "specialist",
        "check",
        "checks",
        "chocolate",
        "seizure",
        "seizures",
        "fit",
        "fits",
        "activity",
        "drug",
        "drugs",
        "password",
        "ward",
        "unit",
        "centre",
        "service",
        "services",
        "charity",
        "shelter"
      ]
    },
    "suggestions": [
      "person living with diabetes",
      "person who has epilepsy",
      "the person's name"
    ],
    "note": "Name the person first and the condition as something they have.",
    "source": "NHS England, Language Matters (diabetes); Leicester City Council, Our Language",
    "severity": "warning"
  },
  {
    "id": "totally-dependent",
    "kind": "label",
    "phrases": [
      "totally dependent",
      "fully dependent",
      "completely dependent",
      "wholly dependent",
      "highly dependent",
      "heavily dependent",
      "entirely dependent",
      "dependent on staff",
      "dependent on carers",
      "totally dependant",
      "fully dependant",
      "completely dependant"
    ],
    "suggestions": [
      "has help from two people with washing and dressing",
      "relies on her husband for …"
    ],
    "note": "Say what the person does and the help they have with the rest.",
    "source": "LGA/PCH HICM change one (strengths-based descriptions); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "concordance",
    "kind": "label",
    "phrases": [
      "non-concordant",
      "non concordant",
      "nonconcordant",
      "non-concordance",
      "non concordance",
      "poor concordance",
      "not concordant",
      "non-adherent",
      "non adherent",
      "nonadherent",
      "non-adherence",
      "non adherence",
      "poor adherence",
      "not adherent",
      "poor compliance",
      "partially compliant",
      "partial compliance",
      "poorly compliant"
    ],
    "suggestions": [
      "chooses not to take",
      "finds it hard to take",
      "has decided not to"
    ],
    "note": "Concordance and adherence are compliance by another name; describe what the person does and why.",
    "source": "NHS England, Language Matters (non-compliant / non-adherent); LGA/PCH HICM change one",
    "severity": "warning"
  },
  {
    "id": "compliance",
    "kind": "label",
    "phrases": [
      "compliance",
      "compliant",
      "concordance",
      "concordant",
      "adherence",
      "adherent"
    ],
    "labelWhen": {
      "previous": [
        "his",
        "her",
        "their",
        "good",
        "{person} is",
        "{person} was",
        "{person} is not",
        "{person} remains",
        "{person} has been",
        "{person} is very",
        "{person} was very",
        "{person} is fully",
        "{person} was fully",
        "{person} is not very",
        "medication",
        "medicine",
        "medicines",
        "tablet",
        "treatment",
        "drug",
        "dietary",
        "fluid"
      ],
      "next": [
        "with medication",
        "with medicines",
        "with his",
        "with her",
        "with their",
        "with tablets",
        "with treatment",
        "with meds",
        "with the diet",
        "with diet",
        "with insulin",
        "with fluids",
        "with the plan",
        "with care",
        "with the house rules",
        "with house rules",
        "with the rules",
        "with rules"
      ]
    },
    "suggestions": [
      "takes her tablets",
      "chooses not to take",
      "finds it hard to take"
    ],
    "note": "Describe what the person does and why, not whether they obey.",
    "source": "NHS England, Language Matters (non-compliant / non-adherent); Partners4Change banned words",
    "severity": "warning"
  },
  {
    "id": "difficult-patient",
    "kind": "label",
    "phrases": [
      "difficult patient",
      "difficult patients",
      "difficult client",
      "difficult clients",
      "difficult lady",
      "difficult man",
      "difficult woman",
      "difficult gentleman",
      "difficult person",
      "difficult resident",
      "difficult to support",
      "difficult to manage",
      "difficult to care for",
      "difficult to handle",
      "nuisance patient",
      "problem patient",
      "heartsink patient",
      "heart-sink patient",
      "troublesome"
    ],
    "notWhen": {
      "next": [
        "to beat"
      ]
    },
    "suggestions": [
      "the person's name",
      "finds some things hard",
      "is worried about …"
    ],
    "note": "Say what is hard, for whom, and what helps, not that the person is difficult.",
    "source": "Partners4Change banned words (\"difficult to engage\"); LGA/PCH HICM change one (\"challenging\")",
    "severity": "warning"
  },
  {
    "id": "difficult",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "difficult",
      "awkward"
    ],
    "labelWhen": {
      "previous": [
        "{person} is",
        "{person} can be",
        "{person} was",
        "{person} is very",
        "{person} can be very",
        "{person} was very",
        "{person} is being",
        "{person} was being",
        "{person} became",
        "he's",
        "she's",
        "they're",
        "{person} are",
        "{person} are very",
        "{person} were",
        "{person} were very",
        "{person} have been",
        "{person} have been very",
        "{person} has been",
        "{person} has been very",
        "{person} can be quite",
        "{person} is quite",
        "{person} are quite"
      ]
    },
    "notWhen": {
      "next": [
        "to",
        "for",
        "time",
        "times",
        "decision",
        "decisions",
        "conversation",
        "conversations",
        "situation",
        "choice",
        "choices",
        "day",
        "week",
        "night",
        "news"
      ]
    },
    "suggestions": [
      "is upset",
      "finds this hard",
      "disagrees with …"
    ],
    "note": "Say what is hard, for whom, and what helps, not that the person is difficult.",
    "source": "LGA/PCH HICM change one (\"challenging\" → descriptions people would use)",
    "severity": "warning"
  },
  {
    "id": "slurs",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "retard",
      "retards",
      "mentally retarded",
      "mental retardation",
      "psycho",
      "psychos",
      "nutter",
      "nutters",
      "loony",
      "loonies",
      "looney",
      "schizo",
      "schizos",
      "spastic",
      "spastics",
      "spaz",
      "cripple",
      "cripples",
      "crippled",
      "mong",
      "mongol",
      "mongoloid",
      "imbecile",
      "imbeciles",
      "moron",
      "morons",
      "cretin",
      "simpleton",
      "half-wit",
      "halfwit",
      "midget",
      "midgets",
      "mad woman",
      "madwoman",
      "madman",
      "mental case",
      "nutcase",
      "basket case",
      "window licker",
      "special needs",
      "mongolism",
      "loony bin",
      "nut house",
      "nuthouse",
      "funny farm",
      "madhouse",
      "deaf and dumb",
      "deaf-mute",
      "deaf mute",
      "deaf-and-dumb",
      "a bit simple",
      "bit simple",
      "simple-minded",
      "simple minded",
      "went mental",
      "gone mental",
      "goes mental",
      "going mental",
      "go mental",
      "doolally",
      "gone doolally",
      "loopy",
      "bonkers",
      "gone nuts",
      "went nuts",
      "crazy",
      "barmy",
      "not all there",
      "away with the fairies",
      "gaga",
      "gone gaga",
      "batty",
      "a bit mental",
      "bit mental",
      "is mental",
      "was mental",
      "is a bit mental"
    ],
    "notWhen": {
      "next": [
        "education",
        "school",
        "schools",
        "teacher",
        "teachers",
        "coordinator",
        "about",
        "golf",
        "paving",
        "diplegia",
        "quadriplegia",
        "hemiplegia",
        "paraplegia",
        "cerebral",
        "colon",
        "dysphonia",
        "paresis",
        "bladder",
        "gait",
        "health",
        "capacity",
        "state",
        "wellbeing",
        "well-being",
        "illness",
        "arithmetic",
        "maths",
        "note",
        "notes",
        "block",
        "age",
        "stimulation",
        "agility"
      ]
    },
    "suggestions": [
      "has a learning disability",
      "lives with a mental health condition",
      "the person's name"
    ],
    "note": "A slur is never a description; use the person's name and their own words for their condition.",
    "source": "Leicester City Council, Our Language; NHS England and Social Work England language guidance",
    "severity": "error"
  },
  {
    "id": "burden",
    "kind": "label",
    "phrases": [
      "burden",
      "burdens",
      "burdened",
      "burdensome",
      "burden of care",
      "carer burden",
      "caregiver burden",
      "care burden",
      "a drain on",
      "drain on the team",
      "drain on resources",
      "high-maintenance",
      "high maintenance",
      "puts a strain on",
      "the strain he puts",
      "the strain she puts",
      "high-cost case",
      "high cost case",
      "high-cost client",
      "high-cost package",
      "a real drain",
      "a drain on",
      "drain on resources",
      "drain on the budget",
      "time-waster",
      "time waster",
      "timewaster",
      "costing the council",
      "cost the council a fortune",
      "costing a fortune",
      "too much for the family",
      "too much for her family",
      "too much for his family",
      "hard work for the carers",
      "hard work for staff",
      "very hard work",
      "heavy lady",
      "heavy man",
      "lumbered with",
      "saddled with",
      "a heavy load for",
      "heavy load for",
      "carer collapse",
      "a rest from him",
      "a rest from her",
      "a rest from them",
      "a break from him",
      "a break from her",
      "relief from him",
      "relief from her",
      "respite from him",
      "respite from her",
      "time away from him",
      "time away from her",
      "worn down by him",
      "worn down by her",
      "worn out by him",
      "worn out by her",
      "an enormous strain on",
      "a huge strain on",
      "a great strain on",
      "putting a strain on",
      "overwhelming her family",
      "overwhelming his family",
      "overwhelming the family",
      "wearing them out"
    ],
    "notWhen": {
      "next": [
        "debt",
        "debts",
        "paperwork",
        "bills",
        "costs",
        "the bill",
        "a loan",
        "loans",
        "work",
        "a mortgage",
        "the mortgage",
        "admin"
      ]
    },
    "suggestions": [
      "needs a lot of help from her daughter",
      "her daughter would like more support"
    ],
    "note": "A person is not a weight on others; say what help is given and what the carer needs.",
    "source": "Leicester City Council, Our Language (carer wording); Social Work England language guidance",
    "severity": "warning"
  },
  {
    "id": "placed",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "placed",
      "placing",
      "re-placed"
    ],
    "labelWhen": {
      "next": [
        "in a",
        "in an",
        "in residential",
        "in nursing",
        "in respite",
        "in care",
        "in long-term",
        "in permanent",
        "in the care",
        "into",
        "at",
        "with foster",
        "permanently",
        "out of area",
        "temporarily",
        "in emergency",
        "in a care home",
        "{person} in",
        "{person} into",
        "{person} at",
        "{person} {person} in",
        "{person} {person} into",
        "{person} {person} at"
      ]
    },
    "suggestions": [
      "moved to",
      "went to live at",
      "is staying at"
    ],
    "note": "People move to a home; they are not \"placed\" like an object.",
    "source": "TACT, Language That Cares (\"placement is deeply dehumanising\"); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "inappropriate-behaviour",
    "kind": "label",
    "phrases": [
      "inappropriate behaviour",
      "inappropriate behaviours",
      "sexually inappropriate",
      "sexualised behaviour",
      "sexualised behaviours",
      "behaving inappropriately",
      "disinhibited",
      "disinhibition",
      "inappropriate sexual behaviour"
    ],
    "suggestions": [
      "touched a carer's arm and we asked him not to",
      "said things that upset staff"
    ],
    "note": "Say what happened, to whom, and what helps, without a label that hides it.",
    "source": "Dimensions, The words we use (describe what happens); North Lanarkshire Promise guide",
    "severity": "warning"
  },
  {
    "id": "signposting",
    "kind": "label",
    "phrases": [
      "signpost",
      "signposted",
      "signposting",
      "signposts"
    ],
    "notWhen": {
      "previous": [
        "the",
        "a",
        "old",
        "wooden",
        "new",
        "broken",
        "each",
        "every",
        "this",
        "that",
        "road",
        "tall",
        "metal"
      ],
      "next": [
        "the walking",
        "the route",
        "the path",
        "the footpath",
        "the way",
        "the trail",
        "the road",
        "the entrance",
        "the exit"
      ]
    },
    "suggestions": [
      "told her about",
      "gave him the number of",
      "helped her contact"
    ],
    "note": "Say what you told the person about and how they can get it.",
    "source": "Partners4Change / Three Conversations banned words (process words)",
    "severity": "warning"
  },
  {
    "id": "void",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "void",
      "voids"
    ],
    "notWhen": {
      "previous": [
        "null",
        "and"
      ],
      "next": [
        "of",
        "in",
        "left",
        "where",
        "that",
        "inside"
      ]
    },
    "suggestions": [
      "room available",
      "vacancy",
      "spare room"
    ],
    "note": "A room someone could live in is not a void.",
    "source": "Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "case",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "case",
      "cases",
      "caseload"
    ],
    "labelWhen": {
      "previous": [
        "his",
        "her",
        "their",
        "closed",
        "open",
        "allocated",
        "allocate",
        "reopened",
        "active",
        "closing",
        "close the",
        "closed the",
        "reopen the",
        "{number}",
        "my",
        "our",
        "new",
        "complex"
      ],
      "next": [
        "closed",
        "was closed",
        "is closed",
        "will be closed",
        "closure",
        "was allocated",
        "is allocated",
        "allocated",
        "was reopened",
        "to be closed"
      ]
    },
    "notWhen": {
      "previous": [
        "in",
        "brief",
        "pencil",
        "glasses",
        "suit"
      ],
      "next": [
        "of",
        "for"
      ]
    },
    "suggestions": [
      "the person's name",
      "her support",
      "our work with him"
    ],
    "note": "A person is not a case; use their name.",
    "source": "Partners4Change banned words (case); Sandwell Children's Trust (young people's choices)",
    "severity": "warning"
  },
  {
    "id": "taken-out",
    "kind": "label",
    "phrases": [
      "taken out by staff",
      "taken out by carers",
      "taken out for",
      "taken out to",
      "taken out on",
      "took him out",
      "took her out",
      "take him out",
      "take her out",
      "takes him out",
      "takes her out",
      "taking him out",
      "taking her out"
    ],
    "notWhen": {
      "previous": [
        "tooth",
        "teeth",
        "bins",
        "bin",
        "rubbish",
        "loan",
        "policy",
        "insurance",
        "money",
        "cash"
      ]
    },
    "suggestions": [
      "went out with John",
      "went to the café with her support worker"
    ],
    "note": "Say who the person went out with and where, as they would.",
    "source": "Dimensions, The words we use (\"taken out\" → going out with John)",
    "severity": "warning"
  },
  {
    "id": "poor-control",
    "kind": "label",
    "phrases": [
      "poorly controlled",
      "poor control",
      "bad control",
      "badly controlled",
      "poor glycaemic control",
      "brittle diabetic",
      "brittle diabetes"
    ],
    "suggestions": [
      "her blood sugar has been above her target range",
      "readings have been high"
    ],
    "note": "Describe readings neutrally, not as the person's failure.",
    "source": "NHS England, Language Matters (language and diabetes)",
    "severity": "warning"
  },
  {
    "id": "care-leaver",
    "kind": "label",
    "phrases": [
      "care leaver",
      "care leavers",
      "looked after child",
      "looked after children"
    ],
    "suggestions": [
      "care experienced adult",
      "care experienced young person"
    ],
    "note": "The words young people chose for themselves.",
    "source": "TACT, Language That Cares; Sandwell Children's Trust (young people's choices)",
    "severity": "warning"
  },
  {
    "id": "resident",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "resident",
      "residents",
      "the residents",
      "our residents",
      "inmate",
      "inmates"
    ],
    "notWhen": {
      "previous": [
        "local",
        "long-standing",
        "longstanding",
        "uk",
        "permanent",
        "lawful",
        "lawfully",
        "ordinarily",
        "ordinary",
        "tax",
        "fellow",
        "other",
        "a fellow"
      ],
      "next": [
        "of",
        "in",
        "association",
        "associations",
        "parking",
        "permit",
        "permits",
        "card",
        "cards",
        "status",
        "visa",
        "doctor",
        "doctors",
        "gp",
        "artist",
        "dj",
        "expert",
        "committee",
        "committees",
        "meeting",
        "meetings",
        "forum",
        "council",
        "group",
        "'",
        "' committee",
        "association",
        "associations"
      ]
    },
    "suggestions": [
      "the person's name",
      "the people who live at the home",
      "people who live there"
    ],
    "note": "A person lives at the home; they are not a resident of a service. Use their name.",
    "source": "Dimensions, The words we use (resident → person we support, or their name); North Lanarkshire Promise language guide",
    "severity": "warning"
  },
  {
    "id": "customer",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "customer",
      "customers",
      "the customer"
    ],
    "notWhen": {
      "previous": [
        "shop",
        "bank",
        "energy",
        "water",
        "gas",
        "loyal",
        "regular"
      ],
      "next": [
        "services",
        "service",
        "care line",
        "number",
        "account",
        "reference",
        "of the"
      ]
    },
    "suggestions": [
      "the person's name",
      "the person"
    ],
    "note": "The person is not a customer of the council; use their name.",
    "source": "Partners4Change / Three Conversations banned words (customer)",
    "severity": "warning"
  },
  {
    "id": "triage",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "triaged",
      "triaging",
      "triage team",
      "triage call",
      "triage calls",
      "triage list",
      "duty triage",
      "for triage",
      "to triage"
    ],
    "suggestions": [
      "looked at first",
      "decided who would help and how soon"
    ],
    "note": "Say what happened and who decided, in words.",
    "source": "Rewriting Social Care, Missing words (triage, process, pathway)",
    "severity": "warning"
  },
  {
    "id": "pathway",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "discharge pathway",
      "discharge pathways",
      "care pathway",
      "care pathways",
      "pathway 0",
      "pathway 1",
      "pathway 2",
      "pathway 3",
      "pathway one",
      "pathway two",
      "pathway three",
      "pathway zero",
      "d2a",
      "discharge to assess"
    ],
    "suggestions": [
      "the plan for leaving hospital",
      "how she will be helped at home after hospital"
    ],
    "note": "Say what will happen and where, in words.",
    "source": "Rewriting Social Care, Missing words (triage, process, pathway)",
    "severity": "warning"
  },
  {
    "id": "needy",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "needy",
      "very needy",
      "so needy",
      "clingy",
      "very clingy"
    ],
    "notWhen": {
      "next": [
        "families",
        "family",
        "households",
        "household",
        "children",
        "areas",
        "area"
      ]
    },
    "suggestions": [
      "wants reassurance often",
      "likes to have someone nearby"
    ],
    "note": "Say what the person wants and why, as they would.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "done-to",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "hoisted",
      "hoisting",
      "bathed",
      "showered",
      "was washed",
      "were washed",
      "washed and dressed",
      "dressed and washed"
    ],
    "labelWhen": {
      "previous": [
        "{person} was",
        "{person} is",
        "{person} were",
        "{person} will be",
        "{person} has been",
        "{person} had been",
        "to be",
        "being",
        "needs",
        "need",
        "needed",
        "requires",
        "required",
        "for",
        "{start}"
      ]
    },
    "suggestions": [
      "has help to move with a hoist",
      "has a bath with help",
      "chose to have a shower"
    ],
    "note": "Say what the person does and the help they have, not what is done to them.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "package",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "package",
      "packages"
    ],
    "labelWhen": {
      "previous": [
        "his",
        "her",
        "their",
        "{person}'s",
        "a new",
        "the new",
        "current",
        "existing",
        "increased",
        "reduced",
        "the care",
        "a care",
        "home care",
        "domiciliary care"
      ],
      "next": [
        "of four",
        "of three",
        "of two",
        "of calls",
        "of visits",
        "of hours",
        "started",
        "starts",
        "ended",
        "ends",
        "was increased",
        "was reduced",
        "of support",
        "of care",
        "review"
      ]
    },
    "notWhen": {
      "next": [
        "arrived",
        "was delivered",
        "was posted",
        "from",
        "holiday",
        "deal"
      ]
    },
    "suggestions": [
      "her support",
      "the visits she has",
      "the help he chose"
    ],
    "note": "Describe the support the person draws on, as they would; a package is a thing in the post.",
    "source": "Dimensions, The words we use (package → describe the support that the person draws on)",
    "severity": "warning"
  },
  {
    "id": "screening",
    "kind": "jargon",
    "exactForms": true,
    "phrases": [
      "screened for eligibility",
      "screening call",
      "screening calls",
      "initial screening",
      "screening tool",
      "screening form",
      "screened out",
      "screened in",
      "screening conversation"
    ],
    "suggestions": [
      "first conversation",
      "first call",
      "we talked about what help might suit you"
    ],
    "note": "Say what the conversation was and what came of it, in words.",
    "source": "Partners4Change / Three Conversations banned words (process words: screening)",
    "severity": "warning"
  },
  {
    "id": "eater",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "poor eater",
      "picky eater",
      "fussy eater",
      "faddy eater",
      "reluctant eater",
      "messy eater",
      "slow eater",
      "poor eaters",
      "fussy eaters",
      "picky eaters"
    ],
    "suggestions": [
      "likes small meals",
      "enjoys soup and toast",
      "takes her time over meals"
    ],
    "note": "Say what the person likes to eat and how, not what kind of eater they are.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "character-labels",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "stubborn",
      "lazy",
      "unmotivated",
      "obsessive",
      "hysterical",
      "volatile",
      "violent",
      "rude",
      "non-engaging",
      "non engaging",
      "morbidly obese",
      "obsessions",
      "obsession with",
      "obsessed with",
      "fixated on",
      "fixated with",
      "fixation on",
      "fixation with",
      "fixations",
      "prone to meltdowns",
      "prone to meltdown",
      "prone to outbursts",
      "prone to aggression",
      "prone to tantrums",
      "explosive temper",
      "hot-headed",
      "hothead",
      "short-fused",
      "short fuse",
      "disruptive",
      "a disruptive presence",
      "disruptive presence",
      "disruptive influence",
      "histrionic"
    ],
    "labelWhen": {
      "previous": [
        "{person} is",
        "{person} can be",
        "{person} was",
        "{person} is very",
        "{person} can be very",
        "{person} was very",
        "{person} is quite",
        "{person} is being",
        "{person} was being",
        "{person} became",
        "{person} becomes",
        "{person} gets",
        "{person} got",
        "{person} has been",
        "{person} is so",
        "{person} is extremely",
        "{person} is increasingly",
        "he's",
        "she's",
        "they's",
        "they're",
        "agitated and",
        "angry and",
        "upset and",
        "aggressive and",
        "a very",
        "{start}"
      ],
      "next": [
        "man",
        "woman",
        "lady",
        "gentleman",
        "patient",
        "client",
        "resident",
        "person",
        "towards staff",
        "towards carers",
        "with staff",
        "with carers",
        "to staff",
        "to carers"
      ]
    },
    "notWhen": {
      "next": [
        "weather",
        "storm",
        "stain",
        "stains",
        "film",
        "films",
        "game",
        "games",
        "crime",
        "crimes",
        "week",
        "day"
      ]
    },
    "suggestions": [
      "finds it hard to",
      "was upset because",
      "prefers to do it her own way"
    ],
    "note": "Say what happened and what the person felt or wanted, as they would tell it; a trait is a judgement.",
    "source": "North Lanarkshire Promise language guide (defiant → strong-willed; aggressive → reactive); HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "age-labels",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "geriatric patient",
      "geriatric patients",
      "a geriatric",
      "geriatric lady",
      "geriatric ladies",
      "geriatric man",
      "geriatric men",
      "geriatric woman",
      "geriatric women",
      "geriatric gentleman",
      "geriatric resident",
      "geriatric residents",
      "the geriatrics",
      "geriatrics on",
      "pensioner",
      "pensioners",
      "old age pensioner",
      "old age pensioners",
      "senior citizen",
      "senior citizens",
      "OAP",
      "OAPs",
      "old codger",
      "codger",
      "codgers",
      "old biddy",
      "biddy",
      "old duffer",
      "old fogey",
      "old fogeys",
      "fogey",
      "grumpy old man",
      "grumpy old woman",
      "grumpy old lady",
      "dirty old man",
      "past it",
      "a bit past it",
      "over the hill",
      "doddery",
      "doddering",
      "wrinklies",
      "crumblies",
      "to be expected at her age",
      "to be expected at his age",
      "expected at her age",
      "expected at his age",
      "only to be expected at her age",
      "for her age",
      "for his age",
      "at her time of life",
      "at his time of life",
      "understandably past",
      "past the point of",
      "given his age",
      "given her age",
      "hardly worth the bother",
      "not worth the bother at his age",
      "sprightly",
      "spritely",
      "geriatric gentlemen",
      "geriatric ladies",
      "remarkably good for her age",
      "good for her age",
      "good for his age",
      "young at heart",
      "old biddies",
      "biddies",
      "senior moment",
      "senior moments",
      "silver surfer",
      "silver surfers",
      "too old to bother",
      "too old for that",
      "in his dotage",
      "in her dotage",
      "dotage",
      "grey tsunami",
      "silver tsunami"
    ],
    "notWhen": {
      "previous": [
        "railway",
        "army",
        "company",
        "police",
        "navy",
        "teachers",
        "teacher's"
      ],
      "next": [
        "of",
        "ward",
        "wards",
        "medicine",
        "clinic",
        "team",
        "service",
        "services",
        "forum",
        "forums",
        "association",
        "associations",
        "club",
        "clubs",
        "discount",
        "discounts",
        "railcard",
        "bus pass"
      ]
    },
    "suggestions": [
      "older",
      "the person's age if it matters",
      "the person's name"
    ],
    "note": "Age is rarely relevant; where it is, say \"older\" or the age.",
    "source": "HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "lashing-out",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "hitting out",
      "hits out",
      "lashing out",
      "lashes out",
      "lashed out",
      "lash out"
    ],
    "notWhen": {
      "next": [
        "at the council",
        "at the government",
        "at the decision",
        "at the plans",
        "at cuts"
      ]
    },
    "suggestions": [
      "hit out because she was frightened",
      "pushed the carer away when she was upset"
    ],
    "note": "Say what happened, and what the person felt or was trying to tell you.",
    "source": "Dimensions, The words we use (kicking off, challenging behaviour → behaviours of distress)",
    "severity": "warning"
  },
  {
    "id": "privileges",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "privileges",
      "phone privileges",
      "tv privileges",
      "television privileges",
      "leave privileges",
      "visiting privileges",
      "smoking privileges",
      "kitchen privileges",
      "internet privileges",
      "garden privileges",
      "laptop privileges",
      "mobile privileges",
      "outing privileges",
      "leave privileges",
      "garden privileges"
    ],
    "labelWhen": {
      "previous": [
        "lost",
        "lose",
        "loses",
        "losing",
        "earned",
        "earn",
        "earns",
        "earning",
        "removed",
        "remove",
        "removes",
        "removing",
        "withdrew",
        "withdraw",
        "withdrawn",
        "stopped",
        "stop",
        "restored",
        "restore",
        "reinstated",
        "his",
        "her",
        "their",
        "{start}"
      ],
      "next": [
        "were removed",
        "was removed",
        "removed",
        "taken away",
        "were taken away",
        "withdrawn",
        "were withdrawn",
        "back",
        "reinstated",
        "restored",
        "were stopped",
        "stopped",
        "were suspended",
        "suspended"
      ]
    },
    "suggestions": [
      "we agreed with him that",
      "she chose to",
      "the restriction on her phone",
      "and why it is needed"
    ],
    "note": "An adult's phone, visits and time out are theirs, not privileges staff give and take away; say what was restricted, why, and on what authority.",
    "source": "Dimensions, The words we use; Rewriting Social Care (power in the words we use); Mental Capacity Act 2005 s6 (restriction only when necessary and proportionate)",
    "severity": "warning"
  },
  {
    "id": "handled-as-object",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "managed",
      "processed",
      "handled"
    ],
    "labelWhen": {
      "previous": [
        "he was",
        "she was",
        "they were",
        "he is",
        "she is",
        "they are",
        "he has been",
        "she has been",
        "they have been",
        "he will be",
        "she will be",
        "he is being",
        "she is being",
        "he was being",
        "she was being",
        "mr {person} was",
        "mrs {person} was",
        "ms {person} was",
        "miss {person} was",
        "mr {person} is",
        "mrs {person} is",
        "ms {person} is",
        "{person} be",
        "mr {person} be",
        "ms {person} be",
        "mrs {person} be",
        "miss {person} be"
      ],
      "next": [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "him back",
        "her back",
        "them back",
        "him to his",
        "her to her",
        "him into",
        "her into",
        "him out",
        "her out"
      ]
    },
    "notWhen": {
      "next": [
        "to",
        "well",
        "alone",
        "independently",
        "by herself",
        "by himself",
        "on her own",
        "on his own",
        "at home by herself",
        "at home by himself",
        "her own",
        "his own",
        "their own"
      ]
    },
    "suggestions": [
      "helped him back to his room",
      "supported her to",
      "went with him"
    ],
    "note": "People are supported, not managed, processed or handled; say what help they had and what they wanted.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "person-as-equipment",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "is a hoist",
      "is a full hoist",
      "is a stand aid",
      "is a rotunda",
      "is a stedy",
      "is a sara stedy",
      "is a wash and dress",
      "is a straightforward wash and dress",
      "is a quick wash and dress",
      "is a simple wash and dress",
      "is a double",
      "is a single",
      "is a two-carer",
      "is a two carer",
      "is a 2 carer",
      "is a two-person",
      "is a 2 person",
      "is a pad change",
      "is a commode",
      "is a slide sheet",
      "is a stand and pivot",
      "is a pop-in",
      "is a 15-minute pop-in",
      "is a 15 minute",
      "is a 30-minute",
      "is a 30 minute",
      "is a 45-minute",
      "is a sit-in",
      "is a sitting service",
      "is a level 4",
      "is a level 5",
      "is a level 6",
      "is a level 7",
      "is a puree",
      "is a pureed diet",
      "is a two-to-one",
      "is a 2-to-1",
      "is a medication prompt",
      "is a med prompt",
      "is a meds prompt",
      "is a strip wash",
      "is a bed bath",
      "is a shower call",
      "is full assistance",
      "is full assist",
      "is a full assist",
      "is total care",
      "is a total care",
      "is a lunch call",
      "is a tea call",
      "is a morning call",
      "is a bedtime call",
      "is a night call",
      "is a quick one",
      "is an easy one",
      "is a hard one",
      "is a heavy one",
      "is a quick call",
      "is a two-hander",
      "is a two hander",
      "is the last drop-off",
      "is the first drop-off",
      "is the first pick-up",
      "is the last pick-up",
      "is my double",
      "is a four-calls-a-day",
      "is a four calls a day",
      "is a three-calls-a-day",
      "is a two-calls-a-day",
      "is a qds call"
    ],
    "labelWhen": {
      "previous": [
        "{person}",
        "mr {person}",
        "mrs {person}",
        "ms {person}",
        "miss {person}"
      ]
    },
    "notWhen": {
      "next": [
        "man",
        "woman",
        "mum",
        "dad",
        "father",
        "mother",
        "parent",
        "person",
        "room",
        "bedroom",
        "bed",
        "amputee",
        "engineer",
        "operator",
        "technician",
        "storey",
        "decker",
        "glazed",
        "glazing",
        "handler",
        "handlers",
        "handed",
        "up",
        "ups"
      ]
    },
    "suggestions": [
      "uses a hoist to move",
      "needs two people to help her move",
      "has help to wash and dress"
    ],
    "note": "A person is not the equipment or the task; say who they are and the help they have.",
    "source": "HICM change one (labels to stop using, \"double handler\"); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "room-number",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "room",
      "bed",
      "bay"
    ],
    "labelWhen": {
      "next": [
        "{number} wants",
        "{number} wanted",
        "{number} rang",
        "{number} buzzed",
        "{number} has buzzed",
        "{number} asked",
        "{number} asks",
        "{number} says",
        "{number} said",
        "{number} keeps",
        "{number} kept",
        "{number} shouted",
        "{number} shouts",
        "{number} called out",
        "{number} is asking",
        "{number} was asking",
        "{number} is shouting",
        "{number} was shouting",
        "{number} is calling",
        "{number} was calling",
        "{number} needs the toilet",
        "{number} wants the toilet",
        "{number} refused",
        "{number} is refusing",
        "{number} won't",
        "{number} will not",
        "{number} wouldn't",
        "{number} is awake",
        "{number} was awake",
        "{number} is asleep",
        "{number} was asleep",
        "{number} is up",
        "{number} is kicking off",
        "{number} is difficult",
        "{number} is ready to go home",
        "{number} is ready for discharge",
        "{number} can go home",
        "{number} is going home",
        "{number} is medically fit",
        "{number} is medically optimised",
        "{number} goes home",
        "{number} went home"
      ]
    },
    "notWhen": {
      "previous": [
        "in",
        "on",
        "at",
        "to",
        "from",
        "into",
        "of",
        "for",
        "near",
        "beside",
        "by"
      ]
    },
    "suggestions": [
      "Mrs Ng in room 9",
      "the person's name"
    ],
    "note": "A person is not a room or a bed number; use their name. (\"Room\", \"bed\" or \"bay\" and a number, then what the person did.)",
    "source": "Dimensions, The words we use; HICM change one (avoid labels that limit or define people)",
    "severity": "warning"
  },
  {
    "id": "victim-blaming",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "take some responsibility for",
      "takes some responsibility for",
      "share some responsibility for",
      "shares some responsibility for",
      "must share some responsibility",
      "has to take some responsibility",
      "partly responsible for what",
      "put herself at risk",
      "put himself at risk",
      "puts herself at risk",
      "puts himself at risk",
      "putting herself at risk",
      "putting himself at risk",
      "placing herself at risk",
      "placing himself at risk",
      "places herself at risk",
      "places himself at risk",
      "put themselves at risk",
      "puts themselves at risk",
      "putting themselves at risk",
      "lifestyle choice",
      "lifestyle choices",
      "a lifestyle choice",
      "chaotic lifestyle",
      "risky lifestyle",
      "high-risk lifestyle",
      "sleeping around",
      "slept around",
      "promiscuous",
      "promiscuity",
      "provocative behaviour",
      "dressed provocatively",
      "streetwise",
      "street-wise",
      "poor choices",
      "bad choices",
      "unwise choices about who",
      "keeps going back to her partner",
      "kept going back to her partner",
      "keeps going back to him",
      "kept going back to him",
      "keeps returning to her partner",
      "kept returning to her partner",
      "willingly handed",
      "willingly gave",
      "willingly went",
      "wide open to being exploited",
      "asking for it",
      "brought it on herself",
      "brought it on himself",
      "brought this on herself",
      "brought this on himself",
      "despite being warned",
      "despite repeated warnings",
      "consented to the relationship",
      "consensual relationship with",
      "had locked her door",
      "had locked his door",
      "her naivety",
      "his naivety",
      "naivety contributed",
      "naïvety",
      "result of her decision to stay",
      "result of his decision to stay",
      "complicit in her own",
      "complicit in his own",
      "an easy target",
      "easy target for",
      "made herself an easy",
      "made himself an easy",
      "provoked the other",
      "provoke the other",
      "provokes the other",
      "provoked him",
      "provoked her",
      "provoked the attack",
      "provoked the assault"
    ],
    "notWhen": {
      "next": [
        "that the house",
        "that the weather"
      ]
    },
    "suggestions": [
      "was exploited by",
      "was targeted by",
      "was groomed by",
      "was coerced into",
      "what she wants to happen now"
    ],
    "note": "A person harmed or exploited is never to blame for it; say what was done to them, by whom, and what they want to happen.",
    "source": "Making Safeguarding Personal (LGA/ADASS); The Children's Society and partners, Appropriate language in relation to exploitation (2019); Care and support statutory guidance ch. 14",
    "severity": "warning"
  },
  {
    "id": "managing-people",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "managing",
      "manage",
      "handling",
      "handle"
    ],
    "labelWhen": {
      "next": [
        "{person} much",
        "{person} more",
        "{person} better",
        "{person} effectively",
        "mr {person} much",
        "mr {person} more",
        "mr {person} better",
        "mrs {person} more",
        "mrs {person} better",
        "him more",
        "her more",
        "him better",
        "her better",
        "him effectively",
        "her effectively",
        "him much",
        "her much",
        "him well",
        "them better",
        "them more"
      ]
    },
    "suggestions": [
      "supporting him",
      "working with her",
      "helping him"
    ],
    "note": "Staff support people; they do not manage or handle them.",
    "source": "HICM change one (ordinary positive language); Dimensions, The words we use",
    "severity": "warning"
  },
  {
    "id": "personality-disordered",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "personality disordered",
      "personality-disordered",
      "a borderline",
      "is a borderline",
      "bipolars",
      "the bipolars",
      "the dementias",
      "a hemiplegic",
      "hemiplegics",
      "the hemiplegics",
      "a PD patient",
      "the PD patient",
      "PD patients",
      "a PD client"
    ],
    "notWhen": {
      "next": [
        "case",
        "result",
        "results",
        "score",
        "reading",
        "level",
        "levels",
        "pass",
        "fail",
        "diabetic",
        "anaemia",
        "anaemic"
      ]
    },
    "suggestions": [
      "has a diagnosis of personality disorder",
      "in her own words about what has happened to her"
    ],
    "note": "A diagnosis is not who someone is; many people find personality disorder labels stigmatising, so use their own words for what they live with.",
    "source": "Mind, Personality disorders (language people prefer); NHS England, Language Matters; Shift (Time to Change) media guidance",
    "severity": "warning"
  },
  {
    "id": "self-harmer",
    "kind": "label",
    "exactForms": true,
    "phrases": [
      "self-harmer",
      "self harmer",
      "self-harmers",
      "self harmers",
      "a self-harmer",
      "a cutter",
      "cutters"
    ],
    "notWhen": {
      "previous": [
        "pizza",
        "cookie",
        "pastry",
        "paper",
        "box",
        "wire",
        "bolt",
        "tile",
        "grass",
        "laser",
        "glass"
      ]
    },
    "suggestions": [
      "has harmed herself",
      "in her own words about how she copes"
    ],
    "note": "Self-harm is something a person does to cope, not who they are; \"she self-harmed\" says what happened.",
    "source": "Mind, Self-harm (language); NHS England, Language Matters; Samaritans media guidelines",
    "severity": "warning"
  },
  {
    "id": "utilise",
    "kind": "plain-english",
    "phrases": [
      "utilise",
      "utilises",
      "utilised",
      "utilising",
      "utilisation",
      "utilize",
      "utilizes",
      "utilized",
      "utilizing",
      "utilization"
    ],
    "suggestions": [
      "use"
    ],
    "note": "\"Use\" says the same in fewer letters.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "commence",
    "kind": "plain-english",
    "phrases": [
      "commence",
      "commences",
      "commenced",
      "commencing",
      "commencement"
    ],
    "suggestions": [
      "start",
      "begin"
    ],
    "note": "Everyday words read faster.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "facilitate",
    "kind": "plain-english",
    "phrases": [
      "facilitate",
      "facilitates",
      "facilitated",
      "facilitating"
    ],
    "suggestions": [
      "help",
      "arrange"
    ],
    "note": "Say who will do what.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "in-receipt-of",
    "kind": "plain-english",
    "phrases": [
      "in receipt of"
    ],
    "suggestions": [
      "gets",
      "receives"
    ],
    "note": "A shorter way to say it.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "prior-to",
    "kind": "plain-english",
    "phrases": [
      "prior to"
    ],
    "suggestions": [
      "before"
    ],
    "note": "A shorter way to say it.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "reside",
    "kind": "plain-english",
    "phrases": [
      "reside",
      "resides",
      "resided",
      "residing"
    ],
    "suggestions": [
      "live",
      "lives"
    ],
    "note": "Everyday words read faster.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "ascertain",
    "kind": "plain-english",
    "phrases": [
      "ascertain",
      "ascertained",
      "ascertaining"
    ],
    "suggestions": [
      "find out"
    ],
    "note": "Everyday words read faster.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "in-order-to",
    "kind": "plain-english",
    "phrases": [
      "in order to"
    ],
    "suggestions": [
      "to"
    ],
    "note": "\"To\" is enough.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "subsequently",
    "kind": "plain-english",
    "phrases": [
      "subsequently"
    ],
    "suggestions": [
      "later",
      "then",
      "after that"
    ],
    "note": "Everyday words read faster.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "endeavour",
    "kind": "plain-english",
    "phrases": [
      "endeavour",
      "endeavours",
      "endeavoured",
      "endeavor",
      "endeavors"
    ],
    "suggestions": [
      "try"
    ],
    "note": "Everyday words read faster.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "intervention",
    "kind": "plain-english",
    "phrases": [
      "intervention",
      "interventions"
    ],
    "suggestions": [
      "help",
      "support",
      "what we will do"
    ],
    "note": "Say what will happen.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "nutrition-and-hydration",
    "kind": "plain-english",
    "phrases": [
      "nutrition and hydration",
      "nutritional intake",
      "fluid intake",
      "oral intake"
    ],
    "suggestions": [
      "eating and drinking"
    ],
    "note": "Say what the person eats and drinks.",
    "source": "Public-sector plain English guidance (reading age 9–11)",
    "severity": "info"
  },
  {
    "id": "forthwith",
    "kind": "plain-english",
    "phrases": [
      "forthwith",
      "notwithstanding",
      "henceforth",
      "hereby",
      "herewith",
      "aforementioned"
    ],
    "suggestions": [
      "now",
      "straight away",
      "even though",
      "from now on"
    ],
    "note": "Legal-sounding words make a letter harder to read; say it as you would out loud.",
    "source": "Plain English Campaign, The A to Z of alternative words",
    "severity": "info"
  },
  {
    "id": "in-the-event-that",
    "kind": "plain-english",
    "phrases": [
      "in the event that",
      "in the event of",
      "in excess of",
      "subsequent to",
      "with regard to",
      "in respect of",
      "in relation to the matter",
      "at this moment in time",
      "at this point in time"
    ],
    "suggestions": [
      "if",
      "more than",
      "after",
      "about",
      "now"
    ],
    "note": "One plain word does the work of the phrase.",
    "source": "Plain English Campaign, The A to Z of alternative words",
    "severity": "info"
  }
];
