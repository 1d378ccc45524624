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
        "{person} is quite"
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
      "not compliant"
    ],
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
      "double up care"
    ],
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
      "suffering with"
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
      "bed-bound",
      "bed bound",
      "bedbound",
      "bedridden",
      "bed-ridden"
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
      "bed-blocking"
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
    "phrases": [
      "frequent flyer",
      "frequent flyers",
      "frequent flier",
      "frequent fliers",
      "frequent attender",
      "frequent attenders"
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
      "attention-seeker"
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
      "manipulative"
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
      "has little insight"
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
        "being"
      ],
      "next": [
        "him",
        "them",
        "regime",
        "chart",
        "plan",
        "support"
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
      "nonverbal"
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
      "absconder"
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
      "disengaged"
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
      "kick off"
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
        "{person} started",
        "{person} starts",
        "{person} keeps",
        "{person} always"
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
      "tantrums"
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
      "the disabled",
      "handicapped",
      "mentally handicapped",
      "retarded"
    ],
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
      "mental patient"
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
      "drunk"
    ],
    "notWhen": {
      "previous": [
        "got",
        "get",
        "gets",
        "getting"
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
      "victim of dementia"
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
      "failed to cope"
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
  }
];
