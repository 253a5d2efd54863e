import { englishWord, isNationalityWord } from "./lexicon.js";
import { englishFor, frenchFor } from "./lexicon-news.js";
import { dictionaryGeneration, frenchPos, frenchToEnglish } from "./dictionary.js";
import { exonym } from "./lexicon.js";
import { fold, memo } from "./text.js";
import { NAME_WORDS } from "../story/lang/names.js";

/**
 * French labels (roles, institutions, claimants) in English, for English answers on a French
 * story: « porte-parole de l'état-major américain » → « spokesperson of the American general
 * staff ». Word for word through the lexicons, each noun group's adjectives put before its noun,
 * « de » groups chained with « of ». A label with a word no lexicon knows is kept in French, in
 * guillemets, rather than half translated. Quotes are never passed through here.
 */

/** Multi-word French terms that translate as one. */
const TERMS: [RegExp, string][] = [
  [/\bchef de l'etat\b/g, "_head_of_state"],
  [/\bchef du gouvernement\b/g, "_head_of_government"],
  [/\bchef d'etat-major\b/g, "_chief_of_staff"],
  [/\betat-major\b/g, "_general_staff"],
  [/\bporte-parole\b/g, "_spokesperson"],
  [/\bforces armees\b/g, "_armed_forces"],
  [/\baffaires etrangeres\b/g, "_foreign_affairs"],
  [/\bpremier ministre\b/g, "_prime_minister"],
  [/\bsecretaire general(?:e)?\b/g, "_secretary-general"],
  [/\bnations unies\b/g, "_United_Nations"],
  [/\betats-unis\b/g, "_United_States"],
  [/\bunion europeenne\b/g, "_European_Union"],
  [/\bmaison blanche\b/g, "_White_House"],
  [/\bcasques bleus\b/g, "_peacekeepers"],
  [/\bsciences politiques\b/g, "_political_science"],
  [/\bchambre des representants\b/g, "_House_of_Representatives"],
  [/\barmee de l'air\b/g, "_air_force"],
  [/\barmee de terre\b/g, "_army"],
  [/\bforces? aeriennes?\b/g, "_air_force"],
  [/\bmarine nationale\b/g, "_navy"],
  [/\bgarde-cotes\b/g, "_coastguard"],
  [/\bsapeurs-pompiers\b/g, "_firefighters"],
  [/\bforces de l'ordre\b/g, "_police"],
  [/\bbanque centrale\b/g, "_central_bank"],
  [/\bconseil de securite\b/g, "_Security_Council"],
  [/\bassemblee nationale\b/g, "_National_Assembly"],
  [/\bgarde nationale\b/g, "_National_Guard"],
  [/\bcour supreme\b/g, "_Supreme_Court"],
  [/\bsecretaire d'etat\b/g, "_secretary_of_state"],
  [/\bministre delegue(?:e)?\b/g, "_junior_minister"],
];

/** Words that are a people as a noun and an adjective after a noun. */
const MODIFIER: Record<string, string> = {
  occidentaux: "Western", occidental: "Western", occidentale: "Western", occidentales: "Western", europeens: "European", africains: "African", americains: "American", russes: "Russian",
};

/** French words of roles and institutions the two lexicons do not carry. */
const EXTRA: Record<string, string> = {
  ministere: "ministry", ministre: "minister", defense: "defence", chef: "chief", presidente: "president", president: "president",
  directeur: "director", directrice: "director", ambassadeur: "ambassador", ambassadrice: "ambassador", general: "general", generale: "general",
  commandant: "commander", marine: "navy", armee: "army", armees: "armed forces", force: "force", forces: "forces", gouvernement: "government",
  presidence: "presidency", ambassade: "embassy", agence: "agency", office: "office", federal: "federal", federale: "federal", autorite: "authority",
  professeur: "professor", professeure: "professor", chercheur: "researcher", chercheuse: "researcher", auteur: "author", auteure: "author", autrice: "author",
  maire: "mayor", depute: "member of parliament", deputee: "member of parliament", senateur: "senator", juge: "judge", avocat: "lawyer", avocate: "lawyer",
  prevenu: "defendant", prevenue: "defendant", prevenus: "defendants", plaignant: "plaintiff", plaignante: "plaintiff", plaignants: "plaintiffs",
  conseiller: "adviser", conseillere: "adviser", dirigeant: "leader", dirigeante: "leader", responsable: "official", groupe: "group", parti: "party",
  parlementaire: "parliamentary", syndicat: "union", patronat: "employers", medecin: "doctor", epidemiologiste: "epidemiologist", sante: "health",
  interieur: "interior", justice: "justice", economie: "economy", finances: "finance", travail: "labour", education: "education", culture: "culture",
  transports: "transport", environnement: "environment", agriculture: "agriculture", bureau: "bureau", service: "service", services: "services",
  renseignement: "intelligence", police: "police", garde: "guard", nationale: "national", national: "national", regional: "regional", municipal: "municipal",
  ville: "city", etat: "state", region: "region", province: "province", ancien: "former", ancienne: "former", adjoint: "deputy", adjointe: "deputy",
  vice: "vice", premier: "first", haut: "high", haute: "high", commissaire: "commissioner", commission: "commission", conseil: "council", cour: "court",
  tribunal: "court", universite: "university", hopital: "hospital", institut: "institute", fondation: "foundation", association: "association",
  organisation: "organisation", mondiale: "world", mondial: "world", internationale: "international", international: "international", sud: "south",
  nord: "north", est: "east", ouest: "west", politique: "political", politiques: "political", economique: "economic", sociale: "social", social: "social",
  temoin: "witness", source: "source", sources: "sources", diplomatique: "diplomatic", diplomatiques: "diplomatic", militaire: "military", militaires: "military",
  responsables: "officials", communique: "statement", rapport: "report", dernier: "latest", etude: "study", statistiques: "statistics", recentes: "recent",
  bras: "arm", droit: "right", cite: "quoted", presse: "press", britannique: "British", societe: "company", industrie: "industry", gaz: "gas", eaux: "water",
  federation: "federation", nombre: "number", montant: "amount", quantite: "quantity", total: "total", bilan: "toll", effectif: "strength", effectifs: "numbers", equipement: "equipment", equipements: "equipment", operation: "operation", operations: "operations", victimes: "victims", morts: "dead", blesses: "injured", personnes: "people", cout: "cost", prix: "price", date: "date", duree: "duration", identite: "identity", nom: "name", noms: "names", raison: "reason", raisons: "reasons", origine: "origin", lieu: "place", calendrier: "timetable", policiere: "police", policieres: "police", edile: "mayor", chiffres: "figures", chiffre: "figure", officiels: "official", officiel: "official", officielle: "official", officielles: "official", gouvernementale: "government", gouvernemental: "government", gouvernementales: "government", proche: "close", proches: "close", entourage: "entourage", district: "district", analyste: "analyst", expert: "expert", experte: "expert", specialiste: "specialist", observateur: "observer", observatrice: "observer", enqueteur: "investigator", enqueteurs: "investigators", procureur: "prosecutor", procureure: "prosecutor", prefet: "prefect", prefete: "prefect", administration: "administration", autorites: "authorities", locale: "local", locales: "local", local: "local", locaux: "local", elu: "elected official", elue: "elected official", habitant: "resident", habitante: "resident", habitants: "residents", economiste: "economist", historien: "historian", historienne: "historian", politologue: "political scientist", sociologue: "sociologist", journaliste: "journalist", correspondant: "correspondent", correspondante: "correspondent", militant: "activist", militante: "activist", manifestants: "protesters", syndicaliste: "trade unionist", secouristes: "rescuers", pompiers: "firefighters", gendarmerie: "gendarmerie", prefecture: "prefecture", mairie: "town hall", municipalite: "municipality", douanes: "customs", assemblee: "assembly", senat: "senate", parlement: "parliament", ministres: "ministers", interarmees: "joint", homologue: "counterpart", homologues: "counterparts", occidentaux: "Westerners", occidental: "Western", pentagone: "Pentagon", kremlin: "Kremlin", otan: "NATO", onu: "UN", ue: "EU",
  minsk: "Minsk", moscou: "Moscow", kiev: "Kyiv", varsovie: "Warsaw", bruxelles: "Brussels", londres: "London", pekin: "Beijing", chambre: "chamber", commerce: "commerce", secretaire: "secretary", delegue: "delegate", representant: "representative",
};

const ARTICLE = /^(?:le|la|les|l|un|une|des|du|de|d|au|aux|en|son|sa|ses|leur|leurs|ce|cet|cette|ces)$/;

/** Words the French lexicons lack, from the installed bilingual dictionary when there is one (dictionary.ts). */
function dictionaryWord(f: string, modifier: boolean): string | null {
  // a label is a noun group: a word the dictionary knows only as a verb makes it something else
  const pos = frenchPos(f);
  if (pos === "v" || (modifier && pos !== "adj")) return null;
  const senses = frenchToEnglish(f);
  return cognate(f, senses.filter((x) => !x.includes(" "))) ?? senses[0] ?? null;
}

/** Words that make a « label » a clause (a verb, a pronoun, a conjunction): such a label is not translated. */
const CLAUSE_WORD = /^(?:qu|que|qui|quoi|dont|il|elle|ils|elles|on|se|s|ne|n|pas|plus|afin|malgre|apres|avant|comme|si|mais|car|donc|est|sont|a|ont|etait|sera|fait|faire|avait|selon|lors|y)$/;

/** A folded French word in English: the lexicons first, then its singular or masculine form, then the dictionary. */
function commonWord(f: string, modifier = false): string | null {
  const extra = EXTRA[f];
  if (extra) return extra;
  // the news lexicon matches by stem (« opérations » and « opérateurs » share one): only its cognate is a translation
  const known = englishWord(f) ?? englishFor(f).find((x) => [f, f.replace(/s$/, "")].includes(fold(x))) ?? null;
  if (known) return known;
  // « ukrainienne » → « ukrainien », « locales » → « local », « autorités » → « autorité »
  const bases = [f.replace(/nnes?$/, "n"), f.replace(/lles?$/, "l"), f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/x$/, ""), f.replace(/aux$/, "al")].filter((b) => b !== f && b.length >= 3);
  for (const base of bases) {
    const b = EXTRA[base] ?? englishWord(base);
    if (b) return b;
  }
  // the dictionary, masculine singular first (it gives « ukrainienne » as « Ukrainian woman »); a
  // word after the noun must be an adjective there (« policière » is not « policeman »)
  for (const base of [...bases, f]) {
    const d = dictionaryWord(base, modifier);
    if (d) return d;
  }
  return null;
}

/** Among translations, the French word's own cognate when there is one (« place » → « place », not « ranking »). */
function cognate(f: string, senses: readonly string[]): string | undefined {
  return senses.find((x) => fold(x) === f) ?? senses[0];
}

/** A plural French noun is a plural English one (« ministres » → « ministers »). */
function plural(en: string): string {
  if (/s$|\s/.test(en) || isNationalityWord(en.toLowerCase()) || /^(?:equipment|information|staff|personnel|materiel|material|evidence|advice|research|news|aid|police|people)$/i.test(en)) return en;
  return /[^aeiou]y$/.test(en) ? `${en.slice(0, -1)}ies` : `${en}s`;
}

/** Fields of government: « ministre de la Santé » → « minister of health », no article. */
const FIELDS = /^(?:defence|defense|health|justice|finance|finances|interior|foreign affairs|education|labour|labor|work|agriculture|culture|transport|transports|economy|commerce|trade|industry|environment|energy|housing|employment|research|sport|sports|tourism|budget|digital)$/i;

function wordToEnglish(w: string, original: string | undefined, modifier = false): string | null {
  if (w.startsWith("_")) return w.slice(1).replace(/_/g, " ");
  if (w === "and") return "and";
  const f = fold(w);
  if (CLAUSE_WORD.test(f)) return null;
  // a proper name is translated only as the country or place it names (« Pologne »), never word for word
  if (original && /^\p{Lu}/u.test(original)) {
    const place = EXTRA[f];
    if (place && /^\p{Lu}/u.test(place)) return place;
    // a country's own name only, never the country of its capital (« Budapest » is not « Hungary »)
    const country = englishWord(f, true);
    const ex = country ? exonym(fold(country)) : [];
    if (country && isNationalityWord(country) && (ex.length === 0 || ex[0] === f)) return country[0]!.toUpperCase() + country.slice(1);
    // an acronym or a name (« CGT », « Transnordie ») as written; a capitalised common noun (« la Défense ») as a field
    const common = /^\p{Lu}+$/u.test(original) && original.length > 1 ? null : commonWord(f);
    if (!common || /^\p{Lu}/u.test(common) || isNationalityWord(common.toLowerCase())) return original;
    return FIELDS.test(common) ? `^${common}` : common[0]!.toUpperCase() + common.slice(1);
  }
  // « diplomates occidentaux »: after a noun, the adjective, not the people (« Occidentaux » → « Westerners »)
  const adjective = modifier ? MODIFIER[f] : undefined;
  if (adjective) return adjective;
  const known = commonWord(f, modifier);
  if (!known) return null;
  return isNationalityWord(known) ? known[0]!.toUpperCase() + known.slice(1) : known;
}

/** Adjectives English puts before the noun: nationalities and those of institutions and roles. */
function before(en: string): boolean {
  return (
    isNationalityWord(en.toLowerCase()) ||
    /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic|i|ch)$/u.test(en) ||
    /^(?:former|deputy|federal|national|regional|local|municipal|international|world|political|economic|social|diplomatic|military|high|recent|latest|parliamentary|vice|public|private|official|executive|preliminary|supreme|civil|criminal|presidential|legislative|constitutional|financial|medical|european|armed|judicial|governmental|police|administrative|provisional|interim|joint|new|senior|chief|general|main|central|western|eastern|northern|southern|naval|nuclear|humanitarian|russian|american)$/i.test(en)
  );
}

/** French adjectives written before their noun: they stay first (« ancien ministre » → « former minister »). */
const PRENOMINAL = /^(?:ancien|ancienne|anciens|anciennes|nouveau|nouvel|nouvelle|nouveaux|nouvelles|premier|premiere|dernier|derniere|haut|haute|hauts|grand|grande|jeune|seul|seule|vice|ex|futur|future|actuel|actuelle)$/;

/** The connectors between noun groups, what they are in English, and whether they carry « the ». */
const CONNECT = /\s+(de la|de l'|du|des|de|d'|par la|par le|par les|par l'|par|en|a la|a l'|au|aux|a|pour|avec|sur|contre|dans|chez|aupres de|aupres du)\s+|\s+(d'|l')/;
function connector(c: string): { en: string; the: boolean } {
  if (/^(?:de la|de l'|du|des)$/.test(c)) return { en: "of", the: true };
  if (/^(?:de|d')$/.test(c)) return { en: "of", the: false };
  if (/^par/.test(c)) return { en: "by", the: c !== "par" };
  if (/^(?:en|a|a la|a l'|au|aux|dans|chez)$/.test(c)) return { en: "in", the: c !== "en" && c !== "a" };
  if (/^aupres/.test(c)) return { en: "to", the: c !== "aupres de" };
  return { en: { pour: "for", avec: "with", sur: "on", contre: "against" }[c] ?? "of", the: false };
}

/** English phrases that take « the » however they are written (« the Kremlin », « the EU »). */
const TAKES_THE = /(?:^|\s)(?:Kremlin|Pentagon|White House|Elysee|Élysée|Vatican|UN|EU|United Nations|European Union|United States|Alliance|Commission|Senate|Congress|Parliament|House of Representatives|Security Council|National Assembly|Supreme Court|Forum)$/;

function translate(label: string): string | null {
  // the label's own words, as written, by their folded form: acronyms and names come back as written
  const originals = new Map<string, string>();
  for (const w of label.replace(/[’]/g, "'").match(/[\p{L}\p{N}-]+/gu) ?? []) {
    const f = fold(w);
    if (!originals.has(f)) originals.set(f, w);
  }
  let f = ` ${fold(label).replace(/[’']/g, "'")} `;
  for (const [re, to] of TERMS) f = f.replace(re, to);
  f = f.replace(/\s+et\s+/g, " and ").replace(/\s*'\s*/g, "' ").trim();
  // « les armées de X » → « armed forces of X »: a leading article is the caller's
  f = f.replace(/^(?:le|la|les|l')\s+/, "");
  const pieces = f.split(CONNECT);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 3) {
    const g = pieces[i] ?? "";
    const link = i === 0 ? null : connector((pieces[i - 2] ?? pieces[i - 1] ?? "").trim());
    const ws = (g.match(/[\p{L}\p{N}_'-]+/gu) ?? []).map((w) => w.replace(/^(?:l|d)'/, "").replace(/'$/, "")).filter((w) => w && !ARTICLE.test(w));
    if (!ws.length) continue;
    const en: string[] = [];
    const adjective = new Set<string>();
    let field = false;
    for (const [k, w] of ws.entries()) {
      const t = /^\d+$/.test(w) ? w : wordToEnglish(w, originals.get(w), k > 0 && !PRENOMINAL.test(ws[k - 1]!) ? true : false);
      if (t === null) return null;
      if (t.startsWith("^")) field = true;
      en.push(t.replace(/^\^/, ""));
      // an adjective as the dictionary has it goes before the noun in English (« chenal brumeux » → « foggy channel »)
      if (k > 0 && [fold(w), fold(w).replace(/e?s$/, "")].some((x) => frenchPos(x) === "adj")) adjective.add(t);
    }
    // « nouveau président » → « new president »; « Conseil mondial des ports » → « world council of ports »
    const lead = PRENOMINAL.test(ws[0]!) && en.length > 1 ? [en.shift()!] : [];
    const head = en[0]!;
    const headWord = ws[lead.length]!;
    const pre = (x: string) => (before(x) || adjective.has(x)) && x !== "and";
    // « marines suisse et polonaise »: adjectives joined by « et » keep their order and their « and » (« Swiss and Polish navies »)
    const tail = en.slice(1);
    const joined = tail.includes("and") && tail.at(-1) !== "and" && tail.every((x) => x === "and" || pre(x));
    const adjs = joined ? tail : tail.filter(pre).reverse();
    const rest = joined ? [] : tail.filter((x) => !pre(x));
    const noun = /(?:s|x)$/.test(headWord) && !EXTRA[headWord] && !/^\p{Lu}/u.test(head) && !head.includes(" ") ? plural(head) : head;
    const group = [...lead, ...adjs, noun, ...rest].join(" ");
    if (!link) {
      out.push(group);
      continue;
    }
    // a field of government (« de la Défense »), a country or a name takes no article; an institution does
    // « of Poland », « of Bern and Warsaw »: a name (every word capitalised) takes no article; « the Kremlin », « the EU » do
    // an acronym keeps the article French gives it (« de la CGT » → « of the CGT »), but for the ones said as words (« NATO »)
    const acronym = /^\p{Lu}{2,6}$/u.test(group) && group !== "NATO";
    const proper = group.split(" ").every((w) => /^\p{Lu}/u.test(w) || w === "and");
    const named = TAKES_THE.test(group) || (acronym && link.the);
    const the = named || (link.the && !field && !proper && !FIELDS.test(group)) ? "the " : "";
    out.push(`${link.en} ${the}${group}`);
  }
  if (!out.length) return null;
  const text = out.join(" ");
  // a proper name of an institution (« Conseil mondial des ports ») keeps its capitals in English
  return /^\p{Lu}/u.test(label.trim()) && !/^(?:Le|La|Les|L')\s/u.test(label.trim()) ? text.replace(/(^|\s)(\p{Ll})/gu, (m, sp: string, c: string, at: number) => (at === 0 || !/^(?:of|the|and|in|by|for|on|with|to)\b/.test(text.slice(at + sp.length)) ? sp + c.toUpperCase() : m)) : text;
}

/** A name of people (« Rose Le Bihan », « Paul de La Roche »): every word capitalised or a particle. */
function isPersonalName(label: string): boolean {
  const ws = label.trim().split(/\s+/);
  if (ws.length < 2 || !ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|d'|la|le|van|von|der|den|ben|bin|al|el|da|dos|di)$/i.test(w))) return false;
  // « Maison Blanche » is an institution (every word a known noun); « Rose Le Bihan » is a person
  return ws.some((w) => /^\p{Lu}/u.test(w) && !EXTRA[fold(w)] && !englishWord(fold(w)) && englishFor(fold(w)).length === 0);
}

const FRENCH_MARK = /[éèêàùçôî]|\b(?:de|du|des|la|le|les|l'|d'|et|qui|que|au|aux|sur|pour|avec|par|ministre|ministère|porte-parole|chef|présidente?)\b/i;

/** A label in English: translated when it is French, kept whole (in « ») when a word resists. */
export function englishLabel(label: string): string {
  if (labelsGeneration !== dictionaryGeneration()) {
    labelsGeneration = dictionaryGeneration();
    labels = memo(translateLabel);
  }
  return labels(label);
}

let labelsGeneration = -1;
let labels: (label: string) => string = (l) => l;

function translateLabel(label: string): string {
  const one = EXTRA[fold(label.trim())];
  if (one && /^\p{Lu}/u.test(label.trim())) return one;
  // a person's name is never translated (« Marine » is not « navy »)
  if (isPersonalName(label)) return label;
  if (!FRENCH_MARK.test(label) && !/^\p{Lu}[\p{Ll}-]+$/u.test(label.trim())) return label;
  const t = translate(label);
  return t ?? `« ${label} »`;
}

/** The English label, or null when a word resists (the caller keeps the story's words, marked as such). */
export function englishLabelOrNull(label: string): string | null {
  const t = englishLabel(label);
  return t.startsWith("« ") && t.endsWith(" »") && !label.startsWith("«") ? null : t;
}

/** Whether labels of a story in `storyLang` are translated for an answer in `lang` (French labels into English). */
const translates = (storyLang: string, lang: string): boolean => storyLang === "fr" && lang === "en";

/** A role in the answer's language: a French story's role in English, or as the story wrote it. */
export function roleIn(role: string, storyLang: string, lang: string, gender: "m" | "f" | null = null): string {
  // an English description the lexicons do not translate is quoted as the story wrote it (« 23-year-old »,
  // « volunteer lead with the coast guard »); a name or a bare capitalised title (« Governor ») stays as it is
  if (storyLang === "en" && lang === "fr") return frenchTitle(role, gender) ?? frenchHead(role, gender) ?? (/(?:^|\s)[\p{Ll}\d]/u.test(role) ? `« ${role} »` : role);
  if (!translates(storyLang, lang)) return role;
  return frenchLabelInEnglish(role) ?? `« ${role} »`;
}

/**
 * An English story's longer role in French by its head noun, with the story's words beside it
 * (« a rocket expert at the Karsholm Institute » → « expert (« a rocket expert at the Karsholm
 * Institute ») », « Labour leader » → « leader (« Labour leader ») »): the title is translated, the
 * names and what qualifies it stay as written, never translated word by word. The head is the
 * last word the lexicon knows as a title before « of », « at », « in » or « for »; null when none is.
 */
function frenchHead(role: string, gender: "m" | "f" | null): string | null {
  const ws = role.trim().replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  if (ws.length < 2 || ws.length > 12) return null;
  const stop = ws.findIndex((w, k) => k > 0 && /^(?:of|at|in|for|with|from|on|to|and)$/i.test(w));
  const group = stop > 0 ? ws.slice(0, stop) : ws;
  for (let k = group.length - 1; k >= 0; k--) {
    const title = frenchTitle(group[k]!.replace(/[’']s$/u, ""), gender);
    if (title) return `${title} (« ${role.trim()} »)`;
  }
  return null;
}

/**
 * An English story's one-word title in French, from the news lexicon's English = French lines
 * (« President » → « président », « présidente » for a woman; « Mayor » → « maire »); null for
 * anything longer or unknown, kept as the story wrote it.
 */
function frenchTitle(role: string, gender: "m" | "f" | null): string | null {
  const word = role.trim();
  if (!/^\p{L}+$/u.test(word)) return null;
  const forms = frenchFor(word.toLowerCase());
  const first = forms[0];
  // the line must be the title's own (a cognate or a word the line names first), not a stem's neighbour
  if (!first || !englishFor(fold(first)).some((en) => fold(en) === fold(word))) return null;
  const feminine = gender === "f" ? forms.find((f) => f !== first && f.startsWith(first) && f.endsWith("e")) : undefined;
  return feminine ?? first;
}

/**
 * A label known to be French (it comes from a French story) in English, or null when a word
 * resists: unlike englishLabel, a label with no French mark (« analyste polonais », « chiffres
 * officiels ») is translated all the same.
 */
export function frenchLabelInEnglish(label: string): string | null {
  // pure for a given set of dictionaries, and asked again for the same roles and claimants on every answer
  if (inEnglishGeneration !== dictionaryGeneration()) {
    inEnglishGeneration = dictionaryGeneration();
    inEnglish.clear();
  }
  const hit = inEnglish.get(label);
  if (hit !== undefined) return hit;
  const out = frenchLabelInEnglishNow(label);
  if (inEnglish.size >= 20_000) inEnglish.clear();
  inEnglish.set(label, out);
  return out;
}

let inEnglishGeneration = -1;
const inEnglish = new Map<string, string | null>();

function frenchLabelInEnglishNow(label: string): string | null {
  const en = englishLabel(label);
  if (en.startsWith("« ") && !label.startsWith("«")) return null;
  return en === label && !isPersonalName(label) && /\s\p{Ll}/u.test(label) ? translate(label) : en;
}

/**
 * An entity's name as an answer in `lang` shows it: an institution or group of a French story in
 * English (« Pentagone » → « Pentagon », « présidence polonaise » → « Polish presidency »),
 * with the place it is known by (« Varsovie »); a person's name always as written.
 */
export function nameIn(e: { name: string; kind: string; nameWords: string[] }, storyLang: string, lang: string): string {
  const extra = e.nameWords.filter((w) => !fold(e.name).includes(fold(w))).slice(0, 2);
  if (!translates(storyLang, lang)) return extra.length ? `${e.name} (${extra.join(", ")})` : e.name;
  const name = e.kind === "person" ? e.name : (englishLabelOrNull(e.name) ?? e.name);
  const places = extra.map((w) => (e.kind === "person" && isTitleBefore(w, storyLang) ? titleInEnglish(w) : englishLabel(w)));
  return places.length ? `${name} (${places.join(", ")})` : name;
}

/**
 * A place as an answer in `lang` names it: a French story's place in English where the lexicons
 * know it (« Allemagne » → « Germany », « Varsovie » → « Warsaw », « Parlement » → « Parliament »),
 * as written otherwise. A name of several capitalised words (« Irlande du Nord »,
 * « Conseil des Sages ») is one name, never translated word by word.
 */
export function placeIn(place: string, storyLang: string, lang: string): string {
  if (!translates(storyLang, lang)) return place;
  if ((place.match(/(?:^|\s)\p{Lu}/gu) ?? []).length > 1) return place;
  const en = roleIn(place, storyLang, lang).replace(/^« (.*) »$/, "$1");
  return /^\p{Lu}/u.test(place) ? en.charAt(0).toUpperCase() + en.slice(1) : en;
}

/**
 * Whether a word is a title the story's language writes before a name (« Maître », « Mme »,
 * « Général »; its lexicon's titles): it is no word of the language to look up in a dictionary
 * (« Maître » is no « master » of anything, and a dictionary's first sense of it is wrong).
 */
function isTitleBefore(word: string, storyLang: string): boolean {
  const lang = storyLang === "en" ? "en" : "fr";
  const f = fold(word);
  return NAME_WORDS[lang].titles.some(([t]) => t === f || t === `${f}.`);
}

/** A title before a name in English: the role lexicon's word for it (« Général » → "General"), else as the story writes it. */
function titleInEnglish(word: string): string {
  const en = EXTRA[fold(word)];
  return en ? en.charAt(0).toUpperCase() + en.slice(1) : word;
}

/** « name (role) » in the answer's language. */
export function describedIn(e: { name: string; kind: string; nameWords: string[]; role: string | null }, storyLang: string, lang: string): string {
  // a word of the role among the name's words (« Mayor » of « Mayor X ») is said once, in the role
  const roleWords = new Set(fold(e.role ?? "").split(/\s+/));
  const name = nameIn({ ...e, nameWords: e.nameWords.filter((w) => !roleWords.has(fold(w))) }, storyLang, lang);
  return e.role ? `${name} (${roleIn(e.role, storyLang, lang)})` : name;
}

// The article a story's sentence puts before a name: the same for every answer that names that
// claimant from that sentence, so the regex is built once per pair (bounded).
const articles = new Map<string, string | null>();
function articleBefore(name: string, sentence: string): string | null {
  const id = `${name}\u0001${sentence}`;
  const hit = articles.get(id);
  if (hit !== undefined) return hit;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const art = new RegExp(`(?:^|[\\s(«])(les|le|la|l['’])\\s*${esc}`, "i").exec(sentence)?.[1]?.toLowerCase() ?? null;
  if (articles.size >= 5_000) articles.clear();
  articles.set(id, art);
  return art;
}

/**
 * Who gives a figure, as the answer names them: with the article the story gives them (« selon les
 * Occidentaux », not « selon Occidentaux »; « according to the Westerners »), in the answer's language.
 */
export function claimantIn(name: string, sentence: string, storyLang: string, lang: string): string {
  const art = storyLang === "fr" ? articleBefore(name, sentence) : null;
  if (lang === "fr") return art ? `${art}${/['’]$/.test(art) ? "" : " "}${name}` : name;
  const en = roleIn(name, storyLang, lang);
  return art && !/^the\s/i.test(en) && !/^« /.test(en) ? `the ${en}` : en;
}
