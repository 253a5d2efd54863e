import { allNameWords, NAME_WORDS, type NameWords } from "./lang/names.js";

/**
 * The words of news writing that the entity rules key on: titles, role nouns, institution nouns.
 * General vocabulary only, compared on folded text (see fold()). The words that report speech are
 * per language in lang/ (fr.ts, en.ts).
 */

/** Gendered nouns of every language, the first language's gender winning a homograph (French « office » over English). */
function gendered(pick: (w: NameWords) => ReadonlyArray<readonly [string, "m" | "f" | null]>): ReadonlyMap<string, "m" | "f" | null> {
  const map = new Map<string, "m" | "f" | null>();
  for (const words of Object.values(NAME_WORDS)) for (const [word, gender] of pick(words)) if (!map.has(word)) map.set(word, gender);
  return map;
}

/** Documents that speak for their author: « précise le communiqué », « the statement said ». Per language in lang/names-*.ts. */
export const DOCUMENT_NOUNS = gendered((w) => w.documents);

/** Institution head nouns, with grammatical gender (pronouns « il » / « elle » can refer to them). Per language in lang/names-*.ts. */
export const INSTITUTION_NOUNS = gendered((w) => w.institutions);

/** Plural nouns naming a group that can speak: « affirment les Occidentaux », « officials said ». */
export const GROUP_NOUNS = allNameWords((w) => w.groups);

/** Civil titles and military ranks: part of an alias (« le général Omar Diallo »), never of a role. Per language in lang/names-*.ts. */
export const TITLES: ReadonlyMap<string, "m" | "f" | null> = new Map(Object.values(NAME_WORDS).flatMap((w) => [...w.titles]));

/** Nouns that head a person's role: « porte-parole de l'état-major », « spokesperson for the ministry ». */
export const ROLE_NOUNS = allNameWords((w) => w.roleNouns);

/** Feminine role nouns and determiners give a person's gender. */
export const FEMININE_ROLE = allNameWords((w) => w.feminineRoles);

/** Days, months, function words and sentence adverbs that never start a person's name, in every language (lang/names-*.ts). */
export const NOT_NAME_WORDS: ReadonlySet<string> = allNameWords((w) => w.notNameStart);

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
