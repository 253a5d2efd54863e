import { englishWord, isNationalityWord } from "./lexicon.js";
import { englishFor } from "./lexicon-news.js";
import { fold, memo } from "./text.js";

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
];

/** French words of roles and institutions the two lexicons do not carry. */
const EXTRA: Record<string, string> = {
  ministere: "ministry", ministre: "minister", defense: "defence", chef: "chief", presidente: "president", president: "president",
  directeur: "director", directrice: "director", ambassadeur: "ambassador", ambassadrice: "ambassador", general: "general", generale: "general",
  commandant: "commander", marine: "navy", armee: "army", armees: "armed forces", force: "force", forces: "forces", gouvernement: "government",
  presidence: "presidency", ambassade: "embassy", agence: "agency", office: "office", federal: "federal", federale: "federal", autorite: "authority",
  professeur: "professor", professeure: "professor", chercheur: "researcher", chercheuse: "researcher", auteur: "author", auteure: "author", autrice: "author",
  maire: "mayor", depute: "member of parliament", deputee: "member of parliament", senateur: "senator", juge: "judge", avocat: "lawyer", avocate: "lawyer",
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
  federation: "federation", occidentaux: "Westerners", occidental: "Western", pentagone: "Pentagon", kremlin: "Kremlin", otan: "NATO", onu: "UN", ue: "EU",
  minsk: "Minsk", moscou: "Moscow", kiev: "Kyiv", varsovie: "Warsaw", bruxelles: "Brussels", londres: "London", pekin: "Beijing", chambre: "chamber", commerce: "commerce", secretaire: "secretary", delegue: "delegate", representant: "representative",
};

const ARTICLE = /^(?:le|la|les|l|un|une|des|du|de|d|au|aux|en)$/;

function wordToEnglish(w: string, capital = false): string | null {
  if (w.startsWith("_")) return w.slice(1).replace(/_/g, " ");
  if (w === "and") return "and";
  const f = fold(w);
  const extra = EXTRA[f];
  if (extra) return extra;
  // a proper name is translated only as the country it names (« Biélorussie »), never as a capital's country (« Tallinn »)
  if (capital) {
    const country = englishWord(f, true);
    return country ? country[0]!.toUpperCase() + country.slice(1) : null;
  }
  const known = englishWord(f) ?? englishWord(f.replace(/e?s$/, "")) ?? englishWord(f.replace(/s$/, "")) ?? englishFor(f)[0] ?? null;
  if (!known) return null;
  return isNationalityWord(known) ? known[0]!.toUpperCase() + known.slice(1) : known;
}

/** Whether a word is an adjective that English puts before its noun (nationalities, « armed », « former »). */
function before(en: string): boolean {
  return isNationalityWord(en.toLowerCase()) || /^(?:former|deputy|federal|national|regional|municipal|international|world|political|economic|social|diplomatic|military|high|recent|latest|parliamentary|first|vice)$/.test(en);
}

function translate(label: string): string | null {
  let f = fold(label).replace(/[’']/g, "'");
  for (const [re, to] of TERMS) f = f.replace(re, to);
  // noun groups chained by « de »: each one read alone, joined with « of »
  f = f.replace(/\s+et\s+/g, " and ");
  const groups = f.split(/\s+(?:de la|de l'|du|des|de|d')\s*|\s+(?:d')/);
  const out: string[] = [];
  for (const g of groups) {
    const ws = (g.match(/[\p{L}\p{N}_'-]+/gu) ?? []).map((w) => w.replace(/^(?:l|d)'/, "")).filter((w) => !ARTICLE.test(w));
    if (!ws.length) continue;
    // a proper name the lexicons lack (« Minsk ») stays as it is
    const raw = (label.match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((w) => /^\p{Lu}/u.test(w)).map((w) => fold(w));
    const en = ws.map((w) => (/^\d+$/.test(w) ? w : (wordToEnglish(w, raw.includes(w)) ?? (raw.includes(w) ? w[0]!.toUpperCase() + w.slice(1) : null))));
    if (en.some((x) => x === null)) return null;
    const words = en as string[];
    // « état-major américain » → « American general staff »: adjectives after the noun go before it
    const head = words[0]!;
    const adjs = words.slice(1).filter(before);
    const rest = words.slice(1).filter((x) => !before(x));
    out.push([...adjs, head, ...rest].join(" "));
  }
  if (!out.length) return null;
  // « ministry of defence », « minister of health »: a field of government takes no article
  return out.map((g, i) => (i === 0 || (/^\p{Lu}/u.test(g) && !isNationalityWord(g.split(" ")[0]!.toLowerCase())) || /^(?:defence|health|justice|finance|interior|foreign affairs|education|labour|agriculture|culture|transport|economy|political science)$/.test(g) ? g : `the ${g}`)).join(" of ").replace(/\bthe (\p{Lu}\p{Ll}+)$/u, "$1");
}

const FRENCH_MARK = /[éèêàùçôî]|\b(?:de|du|des|la|le|les|l'|d'|et|ministre|ministère|porte-parole|chef|présidente?)\b/i;

/** A label in English: translated when it is French, kept whole (in « ») when a word resists. */
export const englishLabel = memo((label: string): string => {
  const one = EXTRA[fold(label.trim())];
  if (one && /^\p{Lu}/u.test(label.trim())) return one;
  if (!FRENCH_MARK.test(label)) return label;
  // a proper name with a particle (« Jean de La Fontaine ») is not a label to translate
  if (/^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:de|du|d')\s/u.test(label) && !/^(?:Minist|Chef|Président|Direct|Porte)/u.test(label)) return label;
  const t = translate(label);
  return t ?? `« ${label} »`;
});

/** The English label, or null when a word resists (the caller keeps the story's words, marked as such). */
export function englishLabelOrNull(label: string): string | null {
  const t = englishLabel(label);
  return t.startsWith("« ") && t.endsWith(" »") && !label.startsWith("«") ? null : t;
}
