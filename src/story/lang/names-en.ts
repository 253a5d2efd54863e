import type { NameWords } from "./names-types.js";

/** How English news copy names people. */
export const EN_NAMES: NameWords = {
  notNameStart: [
    "the", "a", "an", "in", "on", "at", "according", "by", "if", "when", "while", "as", "but", "and", "or", "so", "for",
    "with", "after", "before", "since", "until", "during", "from", "to", "of", "under", "over", "about", "despite",
    "although", "though", "because", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "his", "her", "their", "our", "my", "your", "there", "here", "then", "also", "however", "meanwhile", "speaking",
    "asked", "last", "next", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "many", "most", "several", "both", "each", "every", "all", "no", "not", "yet", "still", "even",
    "only", "just", "such", "what", "which", "who", "whose", "where", "why", "how", "now", "today", "yesterday",
  ],
  titles: [
    ["mr", "m"], ["mr.", "m"], ["mrs", "f"], ["mrs.", "f"], ["ms", "f"], ["ms.", "f"], ["sir", "m"], ["lord", "m"],
    ["lady", "f"], ["dame", "f"], ["gen.", null], ["col.", "m"], ["lt.", "m"], ["sen.", null], ["rep.", null],
    ["gov.", null], ["adm.", null], ["sgt.", null], ["capt.", null], ["maj.", null], ["prof.", null], ["dr.", null],
  ],
  titleHeads: [
    "minister", "secretary", "president", "vice-president", "premier", "chancellor", "mayor", "governor", "senator",
    "sen.", "representative", "rep.", "congressman", "congresswoman", "judge", "attorney", "general", "gen.",
    "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sergeant", "sgt.",
    "commander", "chief", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "chair", "director",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "officer", "taoiseach", "king", "queen",
    "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "dame", "sir", "lord",
    "professor", "prof.", "dr.", "leader", "speaker", "inspector", "superintendent", "detective", "constable", "envoy",
    "pm", "gov.", "justice", "prosecutor", "sheriff", "marshal", "chairperson",
  ],
  roleNouns: [
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "chief", "head", "director", "commander",
    "ambassador", "adviser", "advisor", "officer", "president", "leader", "expert", "analyst", "professor", "researcher",
    "economist", "lawyer", "attorney", "judge", "prosecutor", "mayor", "governor", "senator", "lawmaker", "official",
    "nominee", "chairman", "chairwoman", "chairperson", "founder", "ceo", "executive", "editor", "correspondent",
    "resident", "witness", "activist", "envoy", "diplomat", "general", "colonel", "admiral", "lieutenant", "captain",
    "sergeant", "commissioner", "representative", "deputy", "fellow", "member", "candidate", "premier", "chancellor",
    "taoiseach", "manager", "negotiator", "mediator", "strategist", "scientist", "doctor", "surgeon", "teacher",
    "student", "owner", "partner", "counsel", "aide", "staffer", "organizer", "organiser", "coordinator",
  ],
  feminineRoles: ["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess"],
  nameSuffixes: ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"],
  quantities: ["some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "more", "fewer", "less", "dozens", "hundreds", "thousands", "millions"],
  verbGroup: [
    "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may",
    "might", "must", "can", "also", "not", "never", "later", "then", "already", "reportedly", "previously",
  ],
  pronounStarts: ["it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "what", "who", "which"],
  abstractNouns: [
    "concept", "idea", "notion", "plan", "strategy", "approach", "policy", "situation", "decision", "issue", "problem",
    "question", "matter", "fact", "case", "move", "deal", "process", "system", "project", "proposal", "measure",
    "measures", "rules", "law", "appointment", "announcement", "promotion",
  ],
  roleDeterminers: ["the", "a", "an", "his", "her", "their", "its"],
  ranks: ["general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sergeant", "sgt.", "commander", "cmdr.", "brigadier", "corporal", "private", "marshal", "inspector", "superintendent", "constable", "detective"],
  linkers: ["of", "the", "for", "and", "on", "in", "to", "at", "&"],
  nicknameMarkers: ["known as", "nicknamed", "dubbed", "aka", "alias"],
  namedThings: [
    "agency", "newspaper", "operation", "exercise", "think-tank", "think", "tank", "company", "firm", "group", "channel",
    "network", "broadcaster", "outlet", "bank", "university", "institute", "foundation", "organization", "organisation",
    "party", "movement", "magazine", "website", "app", "platform", "airline", "carrier", "ship", "vessel", "island",
    "port", "airport", "hospital", "prison", "camp", "district", "province", "region", "city", "town", "village",
    "street", "road", "bridge", "summit", "conference", "festival", "forum", "plan", "programme", "program", "fund",
  ],
};
