import { EN_CALENDAR } from "./calendar-en.js";
import type { SpeechLexicon } from "./types.js";
import { verbs } from "./english-verb-forms.js";
import { EN_CLAUSE_VERBS, EN_DIRECTIVE_VERBS, EN_INFINITIVE_VERBS } from "./reporting-en.js";

/** Feelings a speaker expresses, voices or raises before a clause (« expressed concern that … »). */
const FEELINGS: ReadonlySet<string> = new Set(["concern", "concerns", "fear", "fears", "hope", "hopes", "worry", "worries", "doubt", "doubts", "regret", "frustration", "confidence", "optimism", "disappointment", "alarm", "satisfaction", "dismay", "outrage", "anger", "surprise"]);

/** How English news copy reports speech. */
export const EN: SpeechLexicon = {
  lang: "en",
  sayStems: [],
  sayWords: verbs(`
    say:said tell:told state announce declare add explain confirm claim insist warn note stress argue acknowledge admit
    report write:wrote reply maintain assert emphasise emphasize underscore highlight suggest predict estimate allege
    deny concede contend observe remark comment recall reveal disclose indicate signal promise pledge vow threaten
    believe think:thought reckon caution complain conclude counter testify tweet post hint affirm reiterate repeat
    respond retort quip lament forecast show:showed find:found react hope expect clarify assure`, EN_CLAUSE_VERBS),
  evalStems: [],
  evalWords: verbs(`
    describe call:called praise criticise criticize condemn denounce decry slam hail welcome dismiss reject label
    brand term characterise characterize cite refer mention blast blame defend question deplore`),
  objectJudged: verbs("reject"),
  objectJudgedStems: [],
  clauseOnlyStems: [],
  // (« claimed victory », « claimed responsibility », « wrote the agency in March »: a thing won or a
  // person written to, not what was said.)
  noContentObject: ["say", "said", "maint", "refus", "hope", "expect", "think", "believ", "show", "find", "found", "post", "tweet", "claim", "writ", "wrote"],
  reflexiveNotSpeech: [],
  topicMarkers: [["as", "for"]],
  clauseOnlyWords: new Set([...verbs("show:showed find:found respond reply react"), "shown", ...EN_CLAUSE_VERBS]),
  documentParticiple: /^(?:published|released|issued|seen|obtained|dated|conducted|posted|circulated|leaked|presented|unveiled|filed)$/,
  perception: /^(?:hear|hears|heard|hearing|overheard)$/,
  speechInfinitive: /^(?:(?:shout|yell|scream|say|tell|ask|cry|chant|whisper|repeat|call)(?:ing)?|saying)$/,
  invertedOnlyStems: [],
  // (« told residents to leave »: « tell » with an object and an infinitive asks; with « that » it reports.)
  directiveWords: verbs("urge ask demand order instruct encourage advise exhort implore beg accuse want press warn tell:told", EN_DIRECTIVE_VERBS),
  directiveStems: [],
  directiveObject: true,
  requestWords: verbs("demand urge"),
  timeLinks: new Set(["after", "before", "since", "until", "ago"]),
  requestStems: [],
  requestParticles: new Map([...verbs("ask press appeal plead")].map((w) => [w, new Set(["for"])] as const)),
  // (« accused the army for orchestrating … »: the charge after « for » too.)
  deedMarkers: new Map([...verbs("accuse")].map((w) => [w, new Set(["of", "for"])] as const)),
  notSpeech: new Set(),
  // « called on the treasury to … »: « call on » asks someone (« called the plan a gift » does not).
  callFor: verbs("call:called"),
  callForNext: new Set(["on", "upon"]),
  phrasal: new Map([
    ["pointed", new Set(["out"])],
    ["points", new Set(["out"])],
    ["point", new Set(["out"])],
    ["pointing", new Set(["out"])],
    ["went", new Set(["on"])],
    ["goes", new Set(["on"])],
    // « expressed concern that … », « voicing hope the talks … »: a feeling put into words reports the clause after it.
    ...[...verbs("express voice raise")].map((w) => [w, FEELINGS] as const),
  ]),
  evalPhrasal: new Map(["pay", "pays", "paid", "paying"].map((w) => [w, new Set(["tribute", "homage"])] as const)),
  complementizers: new Set(["that"]),
  bareClause: true,
  clauseOpeners: new Set([
    ...["he", "she", "it", "they", "we", "i", "you", "there", "no", "all", "some", "more", "most", "many", "nothing", "everyone", "nobody", "such", "any", "both", "neither", "none", "few", "several", "this", "these", "those"],
    "at", "another", "about", "around", "nearly", "almost", "roughly", "only", "up", "over", "fewer", "less", "even", "each", "every",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
  ]),
  subjectPronouns: new Set(["he", "she", "it", "they", "we", "i", "you", "there"]),
  hearers: new Set(["police", "officers", "investigators", "detectives", "prosecutors", "reporters", "journalists", "lawmakers", "parliament", "legislators", "senators", "supporters", "him", "her", "them", "us", "me", "investors", "analysts", "members", "delegates", "listeners", "viewers", "readers", "media", "press", "agency", "outlet", "radio", "television", "broadcaster", "newspaper", "daily", "conference", "briefing", "interview", "committee", "audience", "crowd", "reporter", "journalist", "station", "channel", "network", "podcast", "program", "programme", "show"]),
  nounLinks: new Set(["of"]),
  objectPrepositions: new Set(["by", "with", "to", "of", "from", "for", "against", "about", "after", "before", "than", "without", "among", "between", "toward", "towards", "like"]),
  postposedSubject: true,
  hearerVerbs: new Set(["told", "tell", "tells", "telling", "assured", "assure", "assures", "reassured", "reassure", "reassures", "reminded", "informed", "briefed"]),
  invertAfterApposition: false,
  infinitiveMarkers: new Set(["to"]),
  infinitiveAfter: /^[a-z][a-z-]+$/,
  auxiliaries: new Set(["has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might", "may", "did", "does", "do", "has", "had", "be", "been", "also", "should", "can"]),
  adverbs: new Set([
    "also", "later", "then", "not", "never", "repeatedly", "previously", "earlier", "recently", "publicly", "privately",
    "separately", "again", "further", "reportedly", "already", "now", "still", "flatly", "firmly", "clearly", "once", "t", "just", "however", "meanwhile",
    "didn'", "doesn'", "don'", "wouldn'", "couldn'", "hasn'", "haven'", "hadn'", "wasn'", "weren'", "isn'", "aren'", "won'",
  ]),
  adverbEnding: /^[a-z]{3,}ly$/,
  // "last year", "in March", "in March 2023", "in 2021" (folded).
  timePhrase: new RegExp(`^\\s*(?:earlier\\s+(?:on|today|in\\s+the\\s+day)|later\\s+(?:on|that\\s+day)|the\\s+(?:day|night)\\s+before|(?:last|this|next|earlier this|late last|early next)\\s+(?:year|week|month|spring|summer|autumn|fall|winter|weekend|${EN_CALENDAR.weekdays.join("|")})|in\\s+(?:(?:${EN_CALENDAR.months.join("|")})(?:\\s+\\d{4})?|\\d{4})|(?:late|early|mid-?)\\s*(?:${EN_CALENDAR.months.join("|")})(?:\\s+\\d{4})?)(?=[\\s,.;]|$)`),
  negation: new Set(["not", "never", "t", "didn'", "doesn'", "don'", "wouldn'", "couldn'", "hasn'", "haven'", "hadn'", "wasn'", "weren'", "isn'", "aren'", "won'"]),
  passiveAux: new Set(["was", "were", "been", "be", "is", "are"]),
  passiveBe: new Set(),
  complementOf: /\sof\s/i,
  reflexivePronouns: new Set(),
  agentPrep: new Set(["by"]),
  determiners: new Set(["the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "our", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."]),
  determinerAlsoAux: new Set(),
  pronouns: {
    he: { gender: "m", plural: false },
    she: { gender: "f", plural: false },
    they: { gender: null, plural: true },
    him: { gender: "m", plural: false },
    her: { gender: "f", plural: false },
    them: { gender: null, plural: true },
    it: { gender: null, plural: false, thing: true },
  },
  objectOnlyPronouns: new Set(["him", "her", "them"]),
  definite: /^the\s+\p{Ll}/iu,
  pluralDefinite: /^the\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}{2,}s$/iu,
  barePlural: /^(?:[\p{L}-]+\s+)?\p{Ll}{2,}[^sui\s']s$/u,
  appositionArticle: /^(?:a|an)\s/,
  articles: new Set(["the", "a", "an"]),
  // (English copy puts the role after the name, or before it with no comma: « the minister, X, said »
  // read as one subject lost speakers and quotes on the development articles.)
  roleArticles: new Set(),
  nameArticle: null,
  namedOpening: null,
  invertedPronoun: null,
  invertedAuxiliary: null,
  complementMarkers: new Set(),
  notNpStart: new Set([
    "in", "at", "on", "after", "before", "asked", "speaking", "during", "while", "when", "if", "as", "for", "with", "by",
    "from", "since", "although", "though", "because", "under", "despite", "according", "writing", "talking", "addressing",
    "responding", "referring", "to", "into", "of", "over", "about", "following", "amid", "without", "instead",
    "regarding", "concerning",
  ]),
  conjunctions: /^(?:but|and|yet|so|while|whereas|although|though)\s+/i,
  sharedSubject: /(?:^|[\s,])(?:and|but)\s*$/i,
  relatives: /^(?:who|which|whom|whose|that)(?:\s|$)/i,
  // (folded text keeps these as written: no separate folded forms)
  foldedRelatives: /^(?!)/,
  pronounSubjects: new Set(["i", "we", "you", "he", "she", "it", "they"]),
  // (« described how committee members wrote », « asked whether the board had voted »: the subject after the question word too.)
  objectRelatives: new Set(["which", "that", "whom", "what", "how", "why", "whether"]),
  freeRelatives: new Set(["what"]),
  subjectStops: [
    " in ", " on ", " at ", " to ", " during ", " while ", " as ", " after ", " before ", " who ", " which ", " when ",
    " from ", " via ", " for ", " with ", " by ", " late ", " earlier ", " last ", " this ", " monday", " tuesday",
    " wednesday", " thursday", " friday", " saturday", " sunday", " adding ", " noting ", " saying ", " citing ",
    " told ", " said ", " and ", " but ", " like ", " speaking ", " according ", " in a ", " without ",
  ],
  beforeComplementizer: new Set(["to", "reporters", "journalists", "the", "press", "media", "parliament", "lawmakers", "him", "her", "them", "us", "me", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier", "later", "also"]),
  timeWords: new Set([...EN_CALENDAR.weekdays, "yesterday", "today", "later", "earlier", "also", "on"]),
  datives: new Set(["to", "on", "in", "at", "during"]),
  dativeArticles: new Set(["the", "a", "his", "her", "their", "its"]),
  dativeInnerArticles: new Set(),
  dativeComplement: new Set(),
  finite: new Set(["has", "have", "is", "are", "was", "were", "will", "would", "can", "could", "had", "did", "does", "do", "should", "may", "might", "must"]),
  clauseStops: ["; "],
  according: [["according", "to"]],
  accordingPronouns: new Map(),
  indefiniteSubjects: new Set(["everything", "nothing", "all", "this", "that", "something"]),
  agentPlural: /(?:ers|ors|ists|ians|ants)$/,
  topicPreps: new Set(["of", "about", "regarding", "concerning"]),
  // (« To get through the winter, the guide suggests … »: a fronted infinitive of purpose is no reported clause.)
  subordinators: [["although"], ["though"], ["even", "though"], ["even", "if"], ["if"], ["when"], ["while"], ["whereas"], ["because"], ["unless"], ["once"], ["since"], ["as", "long", "as"], ["to"], ["in", "order", "to"]],
  frontedOpeners: new Set(["since", "when", "while", "after", "before", "once", "until", "if", "although", "though", "because", "in", "on", "at", "during", "following", "despite", "amid", "under"]),
  // « suggests keeping cash », « denied taking part »: what was said, a gerund phrase right after the verb.
  gerundVerbs: verbs("suggest deny admit acknowledge recall"),
  reportedAs: [["quoted", "as"], ["cited", "as"], ["reported", "as"], ["heard"], ["overheard"], ["recorded"], ["filmed"]],
  possessive: /^(?:his|her|its|their)\s+/i,
  viewOf: [["in", "his", "view"], ["in", "her", "view"], ["in", "their", "view"], ["in", "its", "view"]],
  forOnesPart: [["for", "his", "part"], ["for", "her", "part"], ["for", "its", "part"], ["for", "their", "part"], ["in", "turn"]],
  asIncise: [],
  asSubjectIncise: [["as"]],
  asPhrases: [["put", "it"], ["puts", "it"], ["described", "it"], ["said", "it"]],
  narrativeInfinitive: [],
  pointOfView: new Set(),
  participle: /ing$/,
  pastEndings: "ed",
  nonVerbEndings: null,
  verbEndings: null,
  imperfect: null,
  infinitive: null,
  pastParticiple: null,
  accountBy: /^(?:the|an?)\s+[\p{L}-]+\s+(?:that\s+)?(he|she|they)\s/u,
  // « …, a claim that could not be verified », « …, a decision that angered farmers »: the reporter resumes what was said.
  resumptive: /,\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:claim|assertion|allegation|figure|account|statement|version|toll|decision|move|step|measure|announcement|development|shift|reversal|prospect|scenario|remark|comment)s?\s+(?:that|which|not|impossible)|claims?\s+(?:that|which)\s+(?:could|can)(?:\s+not|n't))/,
  postModifiers: new Set(["familiar", "close", "briefed", "knowledgeable", "involved", "aware", "with", "who", "near"]),
  quantifiers: new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "few", "both", "dozens", "hundreds", "thousands"]),
  anonymity: /^(?:not to be (?:named|identified|quoted)|anonymity)\b/,
  documentAuthor: /^(?:\S+\s+){0,3}?(?:statement|report|study|survey|tally|estimate|count|analysis|letter|filing|memo|document|data|figures|poll|release|post|notice)s?\s+(?:\p{Ll}+\s+)?(?:from|by|of)\s+(.+)$/iu,
  documentAuthorEnd: /\s+(?:published|released|issued|posted|dated|seen|obtained|cited)\b.*$/u,
  // ("some shouted": a quantifier standing alone is a share of the group named before, too.)
  partitive: /^(?:(?:several|some|many|most|few|a few|both|all|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+of\s+(?:them|those)|some|several|others)$/,
  latter: /^the latter$/,
  memberList: /^(?:including|among them|notably|such as)\s/,
  selfDescribed: null,
  continuation: /\b(?:add|adds|added|adding|continued|continues|went on|goes on)\b/,
  genericPersonNouns: new Map<string, readonly string[]>([
    ["official", []],
    ["man", []],
    ["woman", []],
    ["politician", []],
    ["officer", ["officer", "general", "colonel", "captain", "major", "lieutenant", "admiral", "commander", "sergeant", "brigadier"]],
    ["diplomat", ["diplomat", "ambassador", "envoy", "consul", "emissary"]],
    ["executive", ["executive", "ceo", "chief", "chairman", "chairwoman", "chair", "president", "director", "founder"]],
    ["lawmaker", ["lawmaker", "senator", "congressman", "congresswoman", "representative", "mp", "legislator", "deputy"]],
  ]),
  documentMedium: /\bin (?:a|an|its|their|his|her) (?:\S+ )?(?:statement|release|communique|letter|note|report|filing)\b/,
  media: new Set(["statement", "interview", "post", "briefing", "conference", "speech", "address", "letter", "message", "video", "broadcast", "call", "tweet", "email", "filing", "report"]),
  backReference: /^(?:(?:that|this|such|those|these) (?:is|was|were|are) (?:how|what|the (?:message|words?|view|verdict|warning|assessment))|so said|thus spoke|those were the words)\b/,
  learnVerbs: new Set(["learned", "learnt"]),
  sourcePreps: [["from"]],
  // (English names its source as a subject: no impersonal verb of saying.)
  impersonalPronoun: null,
  circlePreps: [],
  sourceCircle: /^(?!)/,
  sameSource: [],
  reflexive: /\b(?:himself|herself|themselves|itself)$/,
  indefinite: /^(?:an?|one(?!\s+of\b))\s+/i,
  indefinitePlural: /^$/,
  coordination: /\s+and\s+/,
  // (None yet: « and » before the next frame has not been tried as a cut.)
  closingCoordinators: new Set(),
  infinitiveSay: verbs("promise pledge vow threaten", EN_INFINITIVE_VERBS),
  judgementStems: [],
  infinitiveDeeds: [],
  infinitiveStart: /^$/,
  simplePast: /^(?:[a-z]{2,}ed|sought|made|took|gave|held|went|came|met|left|sent|put|set|won|lost|kept|brought|began|ran|led|saw|rose|fell|spent|struck|hit|cut|flew|oversaw|paid|built|bought|fought|caught|thought|found|became|broke|chose|drove|fled|grew|knew|shot|sold|stood|swore|threw|wrote|got|heard|spoke|stole|taught|tore|wore|withdrew|overtook|sank|shook|forgot|froze|hid|rode|sought|bore|drew|blew|dealt|meant|felt|slept|wept|sat|lay|laid|bent|lent|shut|quit|upheld|withheld|overthrew|undertook|forbade|foresaw)$/,
  // a position, not words: « X offered to meet », « X wants the port reopened »
  stanceWords: verbs("offer propose refuse decline oppose endorse recommend fear doubt applaud regret apologise apologize agree disagree accept push seek:sought back want"),
  stanceStems: [],
  notStance: ["post", "posts", "posted", "posting", "refer", "refers", "referred", "referring", "recall", "recalls", "recalled", "recalling", "cite", "cites", "cited", "citing"],
  // « called the minister » is a telephone call: only « called for », « called on », « called it … » report words
  stanceOnlyBefore: new Map(["call", "calls", "called", "calling"].map((w) => [w, new Set(["for", "on", "it", "them", "this", "that"])] as const)),
};
