/** Closed word classes the figures scanner keys on, in folded form (see foldWord). */

/** Function words, auxiliaries and adverbs: never a counted noun nor an adjective after one. */
export const STOPWORDS = new Set([
  "le", "la", "les", "de", "des", "du", "un", "une", "au", "aux", "et", "ou", "ni", "mais", "que", "qui", "quoi",
  "dont", "se", "ne", "pas", "plus", "moins", "tres", "deja", "encore", "aussi", "y", "en", "a", "il", "elle", "ils",
  "elles", "on", "ce", "cette", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta",
  "tes", "notre", "nos", "votre", "vos", "est", "sont", "ont", "ete", "etait", "etaient", "sera", "seront", "avait",
  "avaient", "fut", "furent", "sur", "sous", "dans", "par", "pour", "avec", "sans", "contre", "vers", "chez", "entre",
  "depuis", "pendant", "apres", "avant", "selon", "parmi", "pres", "loin", "lors", "hier", "demain",
  "aujourd'hui", "ici", "environ", "seulement", "comme", "si", "car", "donc", "puis", "alors", "ainsi", "tous",
  "tout", "toutes", "toute", "autres", "autre", "meme", "memes", "chaque", "chacun", "chacune", "aucun", "aucune",
  "bien", "rien", "combien", "trois", "fois", "nous", "vous", "dessus", "dessous", "jadis", "parfois", "toutefois", "jamais", "desormais", "quand", "ensuite", "toujours", "enfin", "notamment",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soit", "voire", "dont", "contre",
  "the", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was",
  "were", "be", "been", "has", "have", "had", "will", "would", "that", "which", "who", "this", "these", "those",
  "than", "then", "also", "only", "about", "over", "some", "around", "their", "its", "his", "her", "our", "per",
  "more", "less", "into", "near", "not", "no", "so", "it", "they", "we", "he", "she", "there", "here", "yesterday",
  "before", "after", "toward", "towards", "across", "along", "through", "behind", "beyond", "within", "without", "among", "amid", "via",
  "out", "up", "down", "off", "ahead", "back", "away", "apart", "north", "south", "east", "west", "northwest",
  "northeast", "southwest", "southeast", "nord", "sud", "est", "ouest",
]);

export const MONTHS = new Map<string, number>([
  ["janvier", 1], ["fevrier", 2], ["mars", 3], ["avril", 4], ["mai", 5], ["juin", 6], ["juillet", 7], ["aout", 8],
  ["septembre", 9], ["octobre", 10], ["novembre", 11], ["decembre", 12], ["january", 1], ["february", 2],
  ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8], ["september", 9],
  ["october", 10], ["november", 11], ["december", 12],
]);

/** English month names double as ordinary words (« may », « march »); only capitalised ones count. */
export function isMonth(raw: string, folded: string): boolean {
  if (!MONTHS.has(folded)) return false;
  const english = ["may", "march", "june", "july", "august"].includes(folded);
  return !english || raw[0] !== folded[0];
}

/** Nouns that name a numbered thing (« l'article 5 », « la résolution 2254 »): the number is a label. */
export const DESIGNATORS = new Set([
  "article", "articles", "alinea", "paragraphe", "chapitre", "resolution", "numero", "no", "page", "pages", "section",
  "titre", "tome", "volume", "ligne", "route", "autoroute", "vol", "salle", "niveau", "phase", "categorie", "classe",
  "annexe", "protocole", "decret", "loi", "point", "etape", "saison", "version", "paragraph", "chapter", "number",
  "flight", "level", "room", "item", "clause", "amendment", "amendement", "bus", "tramway", "metro", "terminal",
  "porte", "quai", "secteur", "zone", "lot", "dossier", "affaire", "cas", "reference", "code", "modele", "type",
  "serie", "mark", "block", "bloc", "generation", "acte", "scene", "episode", "partie", "lignes",
]);

/** Determiners that make a small number a reference back (« les deux généraux »), not a new count. */
export const DEFINITE_DETS = new Set([
  "les", "ces", "leurs", "nos", "vos", "ses", "mes", "tes", "des", "aux", "the", "these", "those", "their", "our",
  "its", "both", "his", "her",
]);

/** Possessives and demonstratives in « 2 400 de leurs soldats », « 300 of their troops ». */
export const PARTITIVE_DETS = new Set(["leurs", "ses", "nos", "vos", "mes", "tes", "ces", "their", "our", "its", "these", "those", "his", "her"]);

/** Nouns for people whose age follows: « un homme de 47 ans ». */
export const PERSON_NOUNS = new Set([
  "homme", "femme", "garcon", "fille", "enfant", "adolescent", "adolescente", "bebe", "soldat", "militaire",
  "retraite", "retraitee", "jeune", "quadragenaire", "victime", "suspect", "suspecte", "conducteur", "conductrice",
  "pilote", "policier", "policiere", "journaliste", "ressortissant", "ressortissante", "otage", "detenu", "detenue",
  "patient", "patiente", "militant", "militante", "opposant", "opposante", "ministre", "dirigeant", "dirigeante",
  "president", "presidente", "porte-parole", "chef", "cheffe", "directeur", "directrice", "secretaire", "ambassadeur",
  "ambassadrice", "general", "colonel", "commandant", "capitaine", "lieutenant", "officier", "premier", "chancelier",
  "chanceliere", "depute", "deputee", "senateur", "senatrice", "maire", "ancien", "ancienne",
]);

/** Endings of French and English adjectives and participles that may follow a counted noun. */
const ADJ_ENDINGS = [
  "ais", "aise", "aises", "ain", "aine", "ains", "aines", "ien", "ienne", "iens", "iennes", "ois", "oise", "oises",
  "ique", "iques", "al", "ale", "ales", "aux", "if", "ifs", "ive", "ives", "aire", "aires", "el", "elle", "els",
  "elles", "and", "ande", "ands", "andes", "ol", "ole", "ols", "oles", "russe", "russes", "ese", "eses", "ian", "ians",
  "ish", "us", "ue", "ues", "is", "ise", "ises", "its", "ites",
];
const ACCENTED_PARTICIPLE = /(?:é|ée|és|ées)$/;
const ADJECTIVES = new Set([
  "russe", "russes", "belge", "belges", "suisse", "suisses", "tcheque", "tcheques", "slovaque", "slovaques", "turc", "turcs", "grec",
  "grecs", "serbe", "serbes", "croate", "croates", "slovene", "slovenes", "arabe", "arabes", "kurde", "kurdes",
  "bulgare", "bulgares", "moldave", "moldaves", "afghan", "afghans", "lourds", "lourdes", "legers", "legeres",
  "neufs", "neuves", "nouveaux", "nouvelles", "modernes", "ennemis", "etrangers", "etrangeres", "reguliers",
  "regulieres", "supplementaires", "prevus", "prevues", "inclus", "attendus", "attendues", "venus", "perdus", "tenus",
  "promis", "compris", "mis", "transmis", "acquis", "requis", "soumis", "restants", "disponibles", "operationnels",
  "blindes", "occidentaux", "allies", "additional", "extra", "more", "foreign", "heavy", "light",
]);

/** A word that reads as an adjective or participle after a counted noun (« soldats canadiens », « chars déployés »). */
export function isAdjective(raw: string, folded: string): boolean {
  if (STOPWORDS.has(folded) || MONTHS.has(folded)) return false;
  if (raw[0] !== raw[0]?.toLowerCase()) return false;
  if (ADJECTIVES.has(folded)) return true;
  if (ACCENTED_PARTICIPLE.test(raw.toLowerCase())) return true;
  return ADJ_ENDINGS.some((e) => folded.length > e.length + 1 && folded.endsWith(e));
}
