import { FR_CALENDAR } from "../../story/lang/calendar.js";
import { FR_PLACES } from "../../story/lang/places-fr.js";
import type { FigureWords } from "./types.js";

export const FR: FigureWords = {
  conditions: ["si", "s'il", "s'ils", "sauf si", "en cas de", "en cas d'", "à défaut", "faute de", "au cas où"],
  concessions: ["meme si", "meme s'il", "meme s'ils", "comme si", "comme s'il"],
  offsets: ["au nord", "au sud", "a l'est", "a l'ouest", "au nord-est", "au nord-ouest", "au sud-est", "au sud-ouest", "de", "du", "des", "d'", "au large"],
  killed: { verbs: ["tué", "tués", "tuée", "tuées", "tuant", "tue", "coûté la vie à"], after: ["tué", "tués", "tuée", "tuées", "morts", "mortes", "mort", "décédés", "décédées", "ont péri", "ont perdu la vie"], nouns: ["morts", "mort", "tués", "tué", "victimes", "décès", "bilan", "tuer", "mortes", "morte", "décédé", "décédés"] },
  wounded: { verbs: ["blessé", "blessés", "blessée", "blessées", "blessant"], after: ["blessé", "blessés", "blessée", "blessées", "hospitalisés", "hospitalisées"], nouns: ["blessés", "blessé", "blessures"] },
  countryAbbreviations: [...FR_PLACES.abbreviations],
  world: ["dans le monde", "dans le monde entier", "a travers le monde", "a l'echelle mondiale", "au niveau mondial", "mondialement", "sur la planete", "de par le monde", "au total mondial", "bilan mondial"],
  partsOfYear: {
    half: ["premier semestre", "second semestre", "deuxieme semestre", "semestre", "semestriel", "semestrielle", "six premiers mois", "six derniers mois"],
    quarter: ["premier trimestre", "deuxieme trimestre", "troisieme trimestre", "quatrieme trimestre", "dernier trimestre", "trimestre", "trimestriel", "trimestrielle", "t1", "t2", "t3", "t4"],
  },
  perUnit: {
    openers: ["par", "pour chaque"],
    notUnits: ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "an", "jour", "mois", "semaine", "annee", "heure", "minute", "rapport", "exemple", "ailleurs", "consequent", "contre", "ici", "telephone", "ecrit", "erreur", "avion", "mail", "courrier", "voie", "ordre", "decret", "accord"],
  },
  moneyVerbs: {
    gain: ["gagn", "touch", "percev", "percoi", "percu", "recev", "recoi", "recu", "empoch", "encaiss", "beneficie"],
    outlay: ["cout", "pay", "paie", "depens", "debours", "factur"],
  },
  moneyNouns: ["profit", "profits", "benefice", "benefices", "revenu", "revenus", "budget", "budgets", "pret", "prets", "emprunt", "emprunts", "dette", "dettes", "deficit", "deficits", "salaire", "salaires", "frais", "amende", "amendes", "cout", "couts", "prix", "investissement", "investissements", "aide", "aides", "fonds", "subvention", "subventions", "taxe", "taxes", "impot", "impots", "recette", "recettes", "argent", "dollar", "dollars", "euro", "euros", "franc", "francs", "livre", "livres", "rand", "rands", "yuan", "yuans", "rouble", "roubles", "gourde", "gourdes", "bonus", "compensation", "indemnite", "indemnites"],
  textLength: ["page", "pages", "mot", "mots", "feuillet", "feuillets"],
  locative: ["à", "dans", "en", "près de", "au", "aux", "au large de", "autour de"],
  placeNouns: ["la", "le", "les", "l'", "capitale", "ville", "région", "province", "département", "district", "port", "village", "de", "du", "d'"],
  measures: {
    weight: ["kg", "kilo", "kilos", "kilogramme", "kilogrammes", "tonne", "tonnes", "gramme", "grammes", "g", "quintal", "quintaux"],
    height: ["m", "metre", "metres", "cm", "km", "etage", "etages", "pied", "pieds"],
    speed: ["km/h", "kmh", "km par heure", "kilometres par heure", "kilometres-heure", "kilometres a l'heure", "noeud", "noeuds", "mach", "metres par seconde", "m/s"],
  },
  shares: [
    "(?:la|une) moitie",
    "(?:un|deux) (?:tiers|quart|cinquieme|dixieme)s?",
    "trois quarts",
    "(?:un|une|deux|trois) (?:\\S+ )?sur (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d+)",
    "(?:l'|la |une )(?:[«\"“]?\\s?(?:large|vaste|ecrasante|courte|petite|faible|nette)\\s?[»\"”]?\\s)?(?:majorite|minorite)",
    "(?:presque|quasiment) tous",
  ],
  factors: [
    "(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d+(?:[.,]\\d+)?) fois (?:plus|moins|superieure?s?|inferieure?s?|celui|celle|ceux|celles|le|la|les)(?: \\S+)?",
    "(?:a |ont |avait |avaient )?(?:double|triple|quadruple)",
    "(?:le |la )?(?:double|triple|moitie moins)(?: \\S+)?",
  ],
  fates: {
    arrested: ["arrêté", "arrêtés", "arrêtée", "arrêtées", "arrestation", "arrestations", "interpellé", "interpellés", "interpellée", "interpellées", "interpellation", "interpellations", "détenu", "détenus", "détenue", "détenues", "placés en garde à vue", "garde à vue", "gardes à vue", "écroué", "écroués", "appréhendé", "appréhendés", "arrêter", "interpeller"],
    charged: ["inculpé", "inculpés", "inculpée", "inculpées", "inculpation", "inculpations", "mis en examen", "mises en examen", "mise en examen", "poursuivi", "poursuivis", "poursuivies", "accusé", "accusés", "accusées", "prévenus", "inculper"],
    convicted: ["condamné", "condamnés", "condamnée", "condamnées", "condamnation", "condamnations", "reconnus coupables", "reconnu coupable", "condamner"],
    evacuated: ["évacué", "évacués", "évacuée", "évacuées", "évacuation", "évacuations", "évacuer"],
    displaced: ["déplacés internes", "sans-abri", "réfugiés", "sinistrés", "déracinés"],
    rescued: ["secouru", "secourus", "secourues", "sauvé", "sauvés", "sauvées", "rescapés", "sauvetage", "secourir"],
  },
  auxiliaries: ["ont", "a", "ete", "sont", "est", "etaient", "avaient", "egalement", "aussi", "grievement", "legerement", "gravement"],
  sources: {
    nouns: ["responsables", "responsable", "sources", "source", "personnes", "diplomates", "proches", "conseillers", "temoins", "officiels", "analystes"],
    after: ["ont dit", "ont declare", "ont indique", "ont affirme", "ont confirme", "ont precise", "ont assure", "ont rapporte", "ont souligne", "a dit", "a declare", "a indique", "interroges", "interrogees", "cites", "citees", "au fait", "proches du dossier", "sous couvert", "s'exprimant", "qui ont requis", "ayant requis"],
    before: ["selon", "d'apres", "citant", "de source"],
  },
  earlier: {
    // (« le tarif, abaissé de 9 euros »: un verbe de changement juste avant « de » marque l'ancienne valeur; « de 3 à 5 % » seul est un intervalle)
    before: ["contre", "par rapport a", "par rapport aux", "au lieu de", "passe de", "passee de", "passes de", "passees de", "ramene de", "ramenee de", "ramenes de", "porte de", "portee de", "abaisse de", "abaissee de", "releve de", "relevee de"],
    initial: ["initialement", "au depart", "a l'origine", "dans un premier temps", "d'abord", "auparavant", "precedemment", "prevoyait"],
    asked: ["avant", "auparavant", "initialement", "au depart", "a l'origine", "au debut", "d'abord", "precedemment", "avant la"],
  },
  changeBefore: ["(?:augment|baiss|progress|diminu|chut|grimp|bondi|recul|cru|accru|accrue)\\w* (?:de|d')", "(?:en )?(?:hausse|baisse|progression|recul|augmentation|diminution) (?:de|d')"],
  countryNameWords: ["etats", "unis", "etats-unis", "royaume", "uni", "royaume-uni", "republique", "emirats", "arabes", "democratique", "federation"],
  countryAbbreviationNationality: { USA: "american", "E.-U.": "american", RU: "british" },
  strength: {
    units: ["armee", "armees", "brigade", "brigades", "bataillon", "bataillons", "division", "divisions", "regiment", "regiments", "marine", "flotte", "contingent", "forces armees"],
    verbs: ["compte", "comptent", "comptait", "comprend", "comprennent", "aligne", "alignent", "possede", "possedent", "forte de", "fort de"],
  },
  compare: {
    more: ["plus", "davantage", "superieure?s?", "depasse\\w*", "plus nombreux", "plus eleve\\w*"],
    less: ["moins", "inferieure?s?", "moins nombreux", "moins eleve\\w*"],
    either: ["plus ou moins", "moins ou plus", "au-dessus ou en dessous", "superieur ou inferieur"],
    versus: ["contre", "face a", "par rapport a", "compare\\w* (?:a|avec)", "difference entre", "la difference", "l'ecart", "comparer", "explique\\w*"],
    choice: ["ou"],
    asking: ["plus", "moins", "que", "qu", "difference", "ecart", "comparer", "explique", "est", "ce", "quoi", "le", "la", "les", "celui", "celle"],
    which: ["lequel", "laquelle", "lesquels", "lesquelles", "quel", "quelle", "quels", "quelles", "combien", "qui"],
  },
  owners: {
    clauseEdges: ["tandis que", "alors que", "et", "mais", "contre", "face a", "devant", "derriere"],
    notNames: ["le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "leur", "son", "sa", "ses", "en", "au", "aux", "dans", "depuis", "apres", "avant", "pour", "avec", "mais", "et", "lors", "selon", "de", "du", "par", "sur", "ainsi", "enfin", ...FR_CALENDAR.months, ...FR_CALENDAR.weekdays],
  },
  shareAsking: ["pourcentage", "part", "proportion", "fraction", "taux", "score"],
  occurrences: ["fois", "reprise", "reprises", "occasion", "occasions"],
  timeUnits: {
    minute: ["minute", "minutes", "min"],
    hour: ["heure", "heures", "h"],
    day: ["jour", "jours", "journee", "journees"],
    week: ["semaine", "semaines"],
    month: ["mois"],
    year: ["an", "ans", "annee", "annees"],
    decade: ["decennie", "decennies"],
  },
  spans: [
    "(?:pendant|durant|depuis|en|pour|apres|dure|durera|duree de|dans) ((?:(?:un peu plus d'|un peu moins d'|plus d'|moins d'|pres d'|environ |au moins |quasiment |presque )?(?:une|un) (?:decennie|annee|an|mois|semaine|journee|jour|heure|minute)|(?:plusieurs|quelques) (?:decennies|annees|ans|mois|semaines|journees|jours|heures|minutes)))",
    "((?:plusieurs|quelques) (?:decennies|annees|mois|semaines|journees|jours|heures|minutes))",
  ],
  presence: ["stationnes", "stationnees", "stationne", "stationnee", "bases", "basees", "base", "basee", "deployes", "deployees", "deploye", "deployee", "presents", "presentes", "present", "presente", "positionnes", "positionnees", "postes", "cantonnes"],
  countryNameNationality: { "etats-unis": "american", "royaume-uni": "british", "grande-bretagne": "british" },
  notPlaces: ["le", "la", "les", "un", "une", "ce", "cette", "son", "sa", "ses", "leur", "m", "mme"],
  penalty: {
    asked: ["risqu", "encour", "pris", "ecop", "purg", "prison", "peine", "taule", "condamn"],
    said: ["prison", "emprisonnement", "reclusion", "detention", "peine", "condamn", "amende", "ferme", "sursis", "encour", "risqu"],
  },
  countedPhrase: {
    ends: ["sont", "ont", "est", "a", "y", "en", "dans", "au", "aux", "pour", "par", "qui", "que", "sur", "avec", "chez", "vers", "depuis", "pendant", "lors", "ete", "etaient", "etait", "seront", "seraient", "va", "vont", "ont-ils", "sont-ils", "a-t-il", "a-t-elle", "ont-elles", "sont-elles", "avaient", "avait", "auront", "peuvent", "pourraient", "doivent", "devraient", "entre", "contre", "apres", "avant", "sous", "selon", "la", "ici", "exactement", "environ", "actuellement", "encore", "toujours", "maintenant", "aujourd'hui", "au total", "en tout"],
    joiners: ["et", "ou"],
    participleEndings: [],
    openers: ["de", "d'", "des", "du", "ces", "entre"],
    invariantPlurals: [],
    pluralEndings: [],
    singularEndings: [],
  },
};
