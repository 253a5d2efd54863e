import { allNameWords, NAME_WORDS } from "./lang/names.js";

/** Adds per-language entries a table does not hold yet: a French gender wins over an English homograph (« office »). */
function addMissing(map: Map<string, "m" | "f" | null>, entries: ReadonlyArray<readonly [string, "m" | "f" | null]>): void {
  for (const [word, gender] of entries) if (!map.has(word)) map.set(word, gender);
}

/**
 * The words of news writing that the entity rules key on: titles, role nouns, institution nouns.
 * General vocabulary only, compared on folded text (see fold()). The words that report speech are
 * per language in lang/ (fr.ts, en.ts).
 */

/** Documents that speak for their author: « précise le communiqué », « prévient le texte ». */
export const DOCUMENT_NOUNS = new Map<string, "m" | "f" | null>([
  ["decompte", "m"], ["estimation", "f"], ["estimations", "f"], ["chiffres", "m"], ["sondage", "m"], ["etude", "f"],
  ["enquete", "f"], ["accord", "m"], ["traite", "m"], ["rapports", "m"], ["donnees", "f"], ["informations", "f"],
  ["communique", "m"], ["texte", "m"], ["declaration", "f"], ["rapport", "m"], ["document", "m"],
  ["note", "f"], ["lettre", "f"], ["message", "m"], ["bilan", "m"], ["decret", "m"],
  ["resolution", "f"], ["avis", "m"], ["releve", "m"],
]);
addMissing(DOCUMENT_NOUNS, Object.values(NAME_WORDS).flatMap((w) => w.documents));

/** Institution head nouns, with grammatical gender (pronouns « il » / « elle » can refer to them). */
export const INSTITUTION_NOUNS = new Map<string, "m" | "f" | null>([
  ["ministere", "m"], ["presidence", "f"], ["gouvernement", "m"], ["ambassade", "f"], ["armee", "f"], ["armees", "f"],
  ["etat-major", "m"], ["kremlin", "m"], ["pentagone", "m"], ["elysee", "m"], ["maison", "f"], ["departement", "m"],
  ["parlement", "m"], ["conseil", "m"], ["commission", "f"], ["police", "f"], ["administration", "f"], ["diplomatie", "f"],
  ["parquet", "m"], ["tribunal", "m"], ["cour", "f"], ["justice", "f"], ["ministres", "m"], ["chancellerie", "f"],
  ["agence", "f"], ["service", "m"], ["services", "m"], ["office", "m"], ["organisation", "f"], ["alliance", "f"],
  ["otan", "f"], ["onu", "f"], ["ue", "f"], ["union", "f"], ["secretariat", "m"], ["cabinet", "m"], ["mairie", "f"],
  ["prefecture", "f"], ["direction", "f"], ["etat", "m"], ["etats", "m"], ["autorites", "f"], ["forces", "f"],
  ["marine", "f"], ["aviation", "f"], ["garde", "f"], ["coalition", "f"], ["parti", "m"], ["mouvement", "m"],
  ["entreprise", "f"], ["groupe", "m"], ["societe", "f"], ["banque", "f"], ["fonds", "m"], ["ong", "f"],
  ["unicef", "m"], ["croix-rouge", "f"], ["bundeswehr", "f"], ["quai", "m"], ["chambre", "f"], ["senat", "m"],
  ["assemblee", "f"], ["municipalite", "f"], ["region", "f"], ["comite", "m"], ["fédération", "f"], ["federation", "f"],
  ["syndicat", "m"], ["opposition", "f"], ["junte", "f"], ["regime", "m"], ["pouvoir", "m"], ["capitale", "f"],
  ["renseignement", "m"], ["renseignements", "m"], ["delegation", "f"], ["mission", "f"], ["force", "f"], ["flotte", "f"],
  ["etat-major", "m"], ["commandement", "m"], ["gendarmerie", "f"], ["douane", "f"], ["ministeres", "m"], ["cour", "f"],
]);
addMissing(INSTITUTION_NOUNS, Object.values(NAME_WORDS).flatMap((w) => w.institutions));

/** Plural nouns naming a group that can speak: « affirment les Occidentaux ». */
export const GROUP_NOUNS = new Set([
  "occidentaux", "experts", "analystes", "observateurs", "responsables", "dirigeants", "autorites", "rebelles",
  "manifestants", "habitants", "temoins", "diplomates", "militants", "separatistes", "insurges", "allies",
  "europeens", "americains", "russes", "ukrainiens", "secours", "sauveteurs", "enqueteurs", "medias", "ong",
  "officiels", "sources", "specialistes", "chercheurs", "services", "syndicats", "opposants",
  ...allNameWords((w) => w.groups),
]);

/** Civil titles and military ranks: part of an alias (« le général Omar Diallo »), never of a role. Per language in lang/names-*.ts. */
export const TITLES: ReadonlyMap<string, "m" | "f" | null> = new Map(Object.values(NAME_WORDS).flatMap((w) => [...w.titles]));

/** Nouns that head a person's role: « porte-parole de l'état-major », « ministre de la Défense ». */
export const ROLE_NOUNS = new Set([
  "ministre", "porte-parole", "chef", "cheffe", "president", "presidente", "secretaire", "directeur", "directrice",
  "commandant", "ambassadeur", "ambassadrice", "conseiller", "conseillere", "premier", "premiere", "dirigeant",
  "dirigeante", "responsable", "depute", "deputee", "senateur", "senatrice", "maire", "gouverneur", "gouverneure",
  "juge", "procureur", "procureure", "homologue", "vice-president", "vice-presidente", "patron", "patronne",
  "representant", "representante", "envoye", "envoyee", "emissaire", "diplomate", "general", "colonel", "amiral",
  "officier", "analyste", "expert", "experte", "chercheur", "chercheuse", "professeur", "avocat", "avocate",
  "fondateur", "fondatrice", "coordinateur", "coordinatrice", "administrateur", "administratrice", "commissaire",
  "chancelier", "chanceliere", "roi", "reine", "prince", "princesse", "pape", "emir", "sultan", "leader", "numero",
  "haut", "haute", "adjoint", "adjointe", "delegue", "deleguee", "attache", "attachee", "capitaine", "lieutenant",
  "general-major", "chef-adjoint",
  "mediateur", "mediatrice", "negociateur", "negociatrice", "facilitateur", "observateur", "observatrice",
  "gouverneur", "prefet", "prefete", "consul", "consule", "charge", "chargee", "vice-ministre", "sous-secretaire",
  "ministre-president", "conseiller", "eveque", "imam", "rabbin", "patriarche", "opposant", "opposante", "militant",
  "militante", "activiste", "syndicaliste", "economiste", "politologue", "historien", "historienne", "specialiste",
  "journaliste", "correspondant", "correspondante", "temoin", "habitant", "habitante", "responsable", "cadre",
  "haut-commissaire", "secretaire general", "inspecteur", "inspectrice", "capitaine", "pilote", "soldat", "colonelle",
  "ambassadeur", "ambassadrice", "delegue", "chef", "commandante", "directrice", "ex-ministre", "ex-president",
  ...allNameWords((w) => w.roleNouns),
]);

/** Feminine role nouns and determiners give a person's gender. */
export const FEMININE_ROLE = new Set([
  "mediatrice", "negociatrice", "observatrice", "prefete", "consule", "chargee", "opposante", "militante",
  "historienne", "correspondante", "habitante", "inspectrice", "colonelle", "commandante", "ministre-presidente",
  "cheffe", "presidente", "directrice", "ambassadrice", "conseillere", "premiere", "dirigeante", "deputee",
  "senatrice", "gouverneure", "procureure", "vice-presidente", "patronne", "representante", "envoyee", "experte",
  "chercheuse", "avocate", "fondatrice", "coordinatrice", "administratrice", "chanceliere", "reine", "princesse",
  "adjointe", "deleguee", "attachee",
  ...allNameWords((w) => w.feminineRoles),
]);

/** Days, months, function words and sentence adverbs that never start a person's name, in every language (lang/names-*.ts). */
export const NOT_NAME_WORDS: ReadonlySet<string> = allNameWords((w) => w.notNameStart);

/** Prepositions before a place name: « en Biélorussie », « à Berlin », « près de Białystok ». */
export const PLACE_PREPOSITIONS = new Set(["en", "au", "aux", "a", "dans", "vers", "depuis", "de", "d'", "pres de", "in", "at", "to", "from"]);

/** Nationality adjectives and the country they name; for « Minsk a confirmé » (a capital for its government). */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ["minsk", "bielorusse"], ["moscou", "russe"], ["kiev", "ukrainien"], ["kyiv", "ukrainien"], ["varsovie", "polonais"],
  ["vilnius", "lituanien"], ["riga", "letton"], ["tallinn", "estonien"], ["berlin", "allemand"], ["paris", "francais"],
  ["londres", "britannique"], ["washington", "americain"], ["pekin", "chinois"], ["tokyo", "japonais"],
  ["budapest", "hongrois"], ["bucarest", "roumain"], ["prague", "tcheque"], ["bratislava", "slovaque"],
  ["vienne", "autrichien"], ["rome", "italien"], ["madrid", "espagnol"], ["lisbonne", "portugais"],
  ["bruxelles", "belge"], ["la haye", "neerlandais"], ["amsterdam", "neerlandais"], ["copenhague", "danois"],
  ["stockholm", "suedois"], ["oslo", "norvegien"], ["helsinki", "finlandais"], ["ankara", "turc"],
  ["teheran", "iranien"], ["damas", "syrien"], ["bagdad", "irakien"], ["le caire", "egyptien"],
  ["jerusalem", "israelien"], ["ryad", "saoudien"], ["riyad", "saoudien"], ["new delhi", "indien"],
  ["islamabad", "pakistanais"], ["kaboul", "afghan"], ["seoul", "sud-coreen"], ["pyongyang", "nord-coreen"],
  ["ottawa", "canadien"], ["mexico", "mexicain"], ["brasilia", "bresilien"], ["buenos aires", "argentin"],
  ["canberra", "australien"], ["athenes", "grec"], ["sofia", "bulgare"], ["belgrade", "serbe"], ["zagreb", "croate"],
  ["chisinau", "moldave"], ["tbilissi", "georgien"], ["erevan", "armenien"], ["bakou", "azerbaidjanais"],
  ["astana", "kazakh"], ["alger", "algerien"], ["rabat", "marocain"], ["tunis", "tunisien"], ["tripoli", "libyen"],
  ["dakar", "senegalais"], ["bamako", "malien"], ["niamey", "nigerien"], ["ouagadougou", "burkinabe"],
  ["abidjan", "ivoirien"], ["kinshasa", "congolais"], ["nairobi", "kenyan"], ["addis abeba", "ethiopien"],
  ["pretoria", "sud-africain"], ["hanoi", "vietnamien"], ["bangkok", "thailandais"], ["manille", "philippin"],
  ["jakarta", "indonesien"], ["taipei", "taiwanais"], ["beyrouth", "libanais"], ["amman", "jordanien"],
  ["doha", "qatari"], ["abou dhabi", "emirati"], ["sanaa", "yemenite"], ["caracas", "venezuelien"],
  ["la havane", "cubain"], ["bogota", "colombien"], ["santiago", "chilien"], ["lima", "peruvien"],
]);

/** Nationality adjective → country, as written in French: « gouvernement allemand » is also « l'Allemagne ». */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["bielorusse", "Biélorussie"], ["russe", "Russie"], ["ukrainien", "Ukraine"], ["polonais", "Pologne"],
  ["lituanien", "Lituanie"], ["letton", "Lettonie"], ["estonien", "Estonie"], ["allemand", "Allemagne"],
  ["francais", "France"], ["britannique", "Royaume-Uni"], ["americain", "États-Unis"], ["chinois", "Chine"],
  ["japonais", "Japon"], ["hongrois", "Hongrie"], ["roumain", "Roumanie"], ["tcheque", "Tchéquie"],
  ["slovaque", "Slovaquie"], ["autrichien", "Autriche"], ["italien", "Italie"], ["espagnol", "Espagne"],
  ["portugais", "Portugal"], ["belge", "Belgique"], ["neerlandais", "Pays-Bas"], ["danois", "Danemark"],
  ["suedois", "Suède"], ["norvegien", "Norvège"], ["finlandais", "Finlande"], ["turc", "Turquie"],
  ["iranien", "Iran"], ["syrien", "Syrie"], ["irakien", "Irak"], ["egyptien", "Égypte"], ["israelien", "Israël"],
  ["saoudien", "Arabie saoudite"], ["indien", "Inde"], ["pakistanais", "Pakistan"], ["afghan", "Afghanistan"],
  ["sud-coreen", "Corée du Sud"], ["nord-coreen", "Corée du Nord"], ["canadien", "Canada"], ["mexicain", "Mexique"],
  ["bresilien", "Brésil"], ["argentin", "Argentine"], ["australien", "Australie"], ["grec", "Grèce"],
  ["bulgare", "Bulgarie"], ["serbe", "Serbie"], ["croate", "Croatie"], ["moldave", "Moldavie"], ["georgien", "Géorgie"],
  ["armenien", "Arménie"], ["azerbaidjanais", "Azerbaïdjan"], ["kazakh", "Kazakhstan"], ["algerien", "Algérie"],
  ["marocain", "Maroc"], ["tunisien", "Tunisie"], ["libyen", "Libye"], ["senegalais", "Sénégal"], ["malien", "Mali"],
  ["nigerien", "Niger"], ["burkinabe", "Burkina Faso"], ["ivoirien", "Côte d'Ivoire"], ["congolais", "Congo"],
  ["kenyan", "Kenya"], ["ethiopien", "Éthiopie"], ["sud-africain", "Afrique du Sud"], ["vietnamien", "Vietnam"],
  ["thailandais", "Thaïlande"], ["philippin", "Philippines"], ["indonesien", "Indonésie"], ["taiwanais", "Taïwan"],
  ["libanais", "Liban"], ["jordanien", "Jordanie"], ["qatari", "Qatar"], ["emirati", "Émirats arabes unis"],
  ["yemenite", "Yémen"], ["venezuelien", "Venezuela"], ["cubain", "Cuba"], ["colombien", "Colombie"],
  ["chilien", "Chili"], ["peruvien", "Pérou"], ["guyanien", "Guyana"], ["slovene", "Slovénie"], ["suisse", "Suisse"],
  ["irlandais", "Irlande"], ["islandais", "Islande"], ["albanais", "Albanie"], ["bosnien", "Bosnie"],
  ["macedonien", "Macédoine du Nord"], ["kosovar", "Kosovo"], ["montenegrin", "Monténégro"], ["luxembourgeois", "Luxembourg"],
]);
