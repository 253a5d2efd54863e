import { EN_CALENDAR } from "../../story/lang/calendar.js";
import { EN_PLACES } from "../../story/lang/places-en.js";
import type { FigureWords } from "./types.js";

export const EN: FigureWords = {
  conditions: ["if", "unless", "in case", "in the event", "provided that", "should the", "should it"],
  concessions: ["even if", "as if", "even though"],
  deadlines: ["within", "in the next", "no later than", "inside of"],
  offsets: ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "from", "away", "off", "outside", "inland", "offshore"],
  killed: { verbs: ["killed", "killing", "kills", "kill", "left dead"], after: ["killed", "died", "dead", "shot dead", "lost their lives", "perished"], nouns: ["dead", "deaths", "death", "killed", "fatalities", "victims", "lives", "toll", "died", "die", "kill"] },
  wounded: { verbs: ["wounded", "wounding", "injured", "injuring"], after: ["wounded", "injured", "hurt", "hospitalised", "hospitalized"], nouns: ["wounded", "injured", "injuries", "casualties", "hurt", "injure", "wound"] },
  countryAbbreviations: [...EN_PLACES.abbreviations],
  world: ["globally", "worldwide", "world-wide", "around the world", "across the world", "in the world", "the world over", "global total", "world total"],
  partsOfYear: {
    half: ["first half", "second half", "h1", "h2", "half-year", "half year", "first six months", "last six months", "six-month period"],
    quarter: ["first quarter", "second quarter", "third quarter", "fourth quarter", "q1", "q2", "q3", "q4", "quarterly", "the quarter", "this quarter", "last quarter"],
  },
  perUnit: {
    openers: ["per", "for each", "for every"],
    notUnits: ["year", "month", "week", "day", "hour", "minute", "annum", "cent", "the", "a", "an", "this", "that"],
  },
  moneyVerbs: {
    gain: ["earn", "receiv", "get paid", "gets paid", "got paid", "be paid", "are paid", "were paid", "is paid", "was paid", "pocket", "take home", "takes home", "took home"],
    outlay: ["cost", "pay", "paid", "spend", "spent", "charg"],
  },
  moneyNouns: ["profit", "profits", "revenue", "revenues", "turnover", "earnings", "budget", "budgets", "loan", "loans", "debt", "debts", "deficit", "deficits", "salary", "salaries", "wage", "wages", "fee", "fees", "fine", "fines", "cost", "costs", "price", "prices", "investment", "investments", "aid", "aids", "fund", "funds", "funding", "subsidy", "subsidies", "tax", "taxes", "income", "money", "dollar", "dollars", "euro", "euros", "franc", "francs", "pound", "pounds", "rand", "rands", "yuan", "yuans", "rouble", "roubles", "gourde", "gourdes", "bonus", "compensation"],
  textLength: ["page", "pages", "word", "words"],
  partOf: ["of", "of the", "of its", "of their", "out of", "out of the", "among", "among the"],
  wholeFirst: ["of", "out of", "among"],
  lengthWords: ["long", "length"],
  locative: ["in", "at", "near", "outside", "across", "inside", "off"],
  placeNouns: ["the", "capital", "city", "town", "village", "region", "province", "state", "district", "port", "of", "eastern", "western", "northern", "southern", "central"],
  measures: {
    weight: ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "tonne", "tonnes", "ton", "tons", "pound", "pounds", "lb", "lbs", "gram", "grams", "g", "ounce", "ounces", "oz"],
    height: ["m", "metre", "metres", "meter", "meters", "feet", "foot", "ft", "storey", "storeys", "story", "stories", "floors", "cm", "km"],
    speed: ["km/h", "kph", "mph", "knot", "knots", "mach", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "miles per hour", "miles an hour", "metres per second", "meters per second"],
  },
  shares: [
    "(?:(?:a|one|an) )?(?:half|third|quarter|fifth|tenth)",
    "(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths)",
    "(?:one|two|three|four) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\\d+)",
    "(?:(?:a|the) )?(?:[\"“]?(?:large|vast|overwhelming|slim|narrow|clear|small|tiny)[\"”]?\\s)?(?:majority|minority)",
    "(?:nearly|almost) all",
  ],
  factors: [
    "twice (?:as|the)(?: \\S+)?",
    "(?:two|three|four|five|six|seven|eight|nine|ten|\\d+(?:[.,]\\d+)?) times (?:as|more|less|higher|lower|larger|bigger|smaller|the)(?: \\S+)?",
    "(?:doubled|tripled|quadrupled)",
    "half as \\S+",
  ],
  fates: {
    arrested: ["arrested", "arrest", "arrests", "arresting", "detained", "detain", "detention", "detentions", "taken into custody", "in custody", "apprehended", "rounded up"],
    charged: ["charged", "charging", "indicted", "indictment", "indictments", "prosecuted", "prosecution", "prosecutions", "defendants", "accused"],
    convicted: ["convicted", "convict", "convictions", "conviction", "sentenced", "found guilty", "jailed", "imprisoned"],
    evacuated: ["evacuated", "evacuate", "evacuation", "evacuations", "evacuees"],
    displaced: ["displaced", "homeless", "refugees", "uprooted", "fled their homes"],
    rescued: ["rescued", "rescue", "rescues", "survivors"],
  },
  auxiliaries: ["were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "reportedly", "seriously", "slightly", "critically", "later"],
  sources: {
    nouns: ["officials", "official", "sources", "source", "people", "persons", "diplomats", "aides", "insiders", "officers", "executives", "lawmakers", "witnesses", "analysts"],
    after: ["said", "say", "says", "told", "tell", "added", "confirmed", "familiar", "close to", "speaking", "briefed", "who spoke", "who asked", "who requested", "who declined", "on condition"],
    before: ["according to", "citing", "quoted", "told by"],
  },
  earlier: {
    // (« the fee was lowered from 7 euros »: a verb of change just before « from » marks the older value; « from 3 to 5 » alone is a range)
    before: ["up from", "down from", "compared with", "compared to", "versus", "vs", "vs.", "against", "cut from", "reduced from", "slashed from", "trimmed from", "lowered from", "raised from", "increased from", "decreased from", "rose from", "risen from", "fell from", "fallen from", "grew from", "grown from", "dropped from", "climbed from", "went from", "gone from"],
    initial: ["initially", "originally", "at first", "first planned", "previously", "formerly", "had planned"],
    asked: ["before", "previously", "initially", "originally", "at first", "at the start", "at the outset", "used to", "formerly", "earlier"],
  },
  changeBefore: ["by", "up", "down", "(?:a|an) (?:rise|increase|drop|fall|decrease|decline|jump|gain|cut) of"],
  countryNameWords: ["united", "states", "kingdom", "republic", "emirates", "arab", "democratic", "federation"],
  countryAbbreviationNationality: { US: "american", USA: "american", "U.S.": "american", UK: "british", "U.K.": "british" },
  strength: {
    units: ["army", "armies", "brigade", "brigades", "battalion", "battalions", "division", "divisions", "regiment", "regiments", "navy", "fleet", "contingent", "armed forces", "military"],
    verbs: ["have", "has", "had", "number", "numbers", "count", "counts", "comprise", "comprises", "field", "fields"],
  },
  compare: {
    more: ["more", "greater", "bigger", "larger", "higher", "over", "above", "exceeds?", "exceeding", "outnumbers?"],
    less: ["less", "fewer", "smaller", "lower", "under", "below"],
    either: ["more or less", "more or fewer", "over or under", "above or below", "higher or lower", "bigger or smaller"],
    versus: ["vs", "vs\\.", "versus", "against", "compared (?:to|with)", "difference between", "the difference", "compare", "explain"],
    choice: ["or"],
    asking: ["more", "less", "fewer", "than", "bigger", "larger", "smaller", "higher", "lower", "greater", "compare", "compared", "difference", "versus", "explain", "what", "is", "are", "the", "one"],
    which: ["which", "how", "who"],
  },
  owners: {
    clauseEdges: ["while", "whereas", "and", "but", "against", "compared to", "compared with", "ahead of", "behind"],
    notNames: ["the", "a", "an", "they", "he", "she", "it", "we", "this", "these", "those", "their", "his", "her", "its", "in", "on", "at", "after", "before", "since", "last", "but", "and", "for", "with", "by", "of", "from", "according", "as", "meanwhile", "overall", "together", ...EN_CALENDAR.months, ...EN_CALENDAR.weekdays],
  },
  shareAsking: ["percent", "percentage", "share", "proportion", "fraction", "rate", "score"],
  occurrences: ["time", "times", "occasion", "occasions"],
  timeUnits: {
    minute: ["minute", "minutes", "min", "mins"],
    hour: ["hour", "hours", "hr", "hrs"],
    day: ["day", "days", "daylong", "day-long"],
    week: ["week", "weeks"],
    month: ["month", "months"],
    year: ["year", "years", "yr", "yrs"],
    decade: ["decade", "decades"],
  },
  spans: [
    "(?:for|within|in|over|after|lasted|lasting|last|lasts|takes?|took|spent|spend|served|serve|than) ((?:(?:at least|more than|less than|nearly|almost|about|around|just over|just under|over|under|up to|well over) )?(?:a|an|one|several|a few|a couple of|many) (?:decades?|years?|months?|weeks?|days?|hours?|minutes?))",
    "((?:several|a few|a couple of|many) (?:decades|years|months|weeks|days|hours|minutes))",
  ],
  presence: ["stationed", "station", "based", "deployed", "deploy", "present", "posted", "positioned", "garrisoned", "there", "located"],
  countryNameNationality: { "united states": "american", "united kingdom": "british", "great britain": "british" },
  notPlaces: [...EN_CALENDAR.months, ...EN_CALENDAR.weekdays, "the", "a", "an", "this", "that", "its", "his", "her", "their"],
  penalty: {
    asked: ["serve", "serving", "face", "facing", "risk", "jail", "prison", "sentence", "behind bars", "locked up"],
    said: ["jail", "prison", "imprison", "sentence", "custod", "behind bars", "term of", "life term", "fine", "fined", "penalt", "convicted", "serve"],
  },
  countedPhrase: {
    ends: ["are", "were", "is", "was", "did", "do", "does", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "been", "be", "being", "get", "got", "in", "on", "at", "of", "for", "to", "from", "by", "with", "that", "which", "who", "whom", "there", "than", "per", "this", "these", "those", "last", "since", "during", "over", "under", "into", "out", "so", "still", "now", "each", "every", "ever", "already", "total", "overall", "altogether", "up", "down", "off", "away", "back", "exactly", "roughly", "approximately", "around", "about", "near", "after", "before", "across", "inside", "outside", "does", "dont", "didnt"],
    // (« knife or sword attacks »: inside the phrase; after its first word, a participle or adverb ends it: « nurses turned up »)
    joiners: ["and", "or"],
    participleEndings: ["ed", "ing", "ly"],
    openers: ["of", "the", "those", "these"],
    pluralEndings: ["s", "men", "people", "children"],
    singularEndings: ["ss", "us", "is"],
    invariantPlurals: ["people", "police", "staff", "personnel", "crew", "cattle", "sheep", "fish", "deer", "aircraft", "children", "men", "women", "feet", "teeth", "mice", "geese", "folk", "livestock", "offspring", "swiss", "chinese", "japanese", "vietnamese", "portuguese", "lebanese", "sudanese", "congolese", "senegalese", "taiwanese", "maltese", "burmese", "nepalese", "dead", "injured", "wounded", "killed", "missing", "homeless", "elderly", "unemployed", "displaced", "young"],
  },
};
