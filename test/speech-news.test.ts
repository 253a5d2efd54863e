import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "fr"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("verb forms of news copy", () => {
  it("reads a French present tense in -ie right after its subject (« nie », « confie »), not a participle with its agent", () => {
    expect(read("Le ministre nie que l'armée ait tiré sur la foule.")).toEqual(["ministre | indirect | l'armée ait tiré sur la foule."]);
    expect(read("Lina Roy confie qu'elle a eu peur ce soir-là.")).toEqual(["Lina Roy | indirect | elle a eu peur ce soir-là."]);
    expect(read("Une rumeur démentie par la mairie circule depuis lundi.")).toEqual([]);
  });

  it("reads an English clause opened by a subject pronoun whatever its verb (« say it takes »)", () => {
    expect(read("Negotiators say it needs two weeks to reach the camp.", "en")).toEqual(["Negotiators | indirect | it needs two weeks to reach the camp."]);
    expect(read("Negotiators say it.", "en")).toEqual([]);
  });
});

describe("incises inside a verb group", () => {
  it("keeps « a, elle, demandé », « a, de son côté, estimé », « has, however, said » one verb group", () => {
    expect(read("La fédération a, elle, demandé aux éleveurs de renoncer au produit.")).toEqual(["fédération | indirect | aux éleveurs de renoncer au produit."]);
    expect(read("Le syndicat a, de son côté, estimé que la réforme était injuste.")).toEqual(["syndicat | indirect | la réforme était injuste."]);
    expect(read("« Rien n'est joué », a, pour sa part, prévenu le maire.")).toEqual(["maire | direct | Rien n'est joué"]);
    expect(read("The union has, however, said it would strike in May.", "en")).toEqual(["union | indirect | it would strike in May."]);
  });
});

describe("documents, data and studies as sources", () => {
  it("reads « show », « found », « montrent », « constate » with a clause, a document or a body as speaker", () => {
    expect(read("The latest harbour documents show the port collected more fees.", "en")).toEqual(["latest harbour documents | indirect | the port collected more fees."]);
    expect(read("A study found that the vaccine was safe for children.", "en")).toEqual(["study | indirect | the vaccine was safe for children."]);
    expect(read("Fees rose by a tenth, the figures showed.", "en")).toEqual(["figures | indirect | Fees rose by a tenth"]);
    expect(read("Les documents budgétaires montrent que l'agence manquera de personnel.")).toEqual(["documents budgétaires | indirect | l'agence manquera de personnel."]);
    expect(read("L'enquête constate que les règles n'ont pas été suivies.")).toEqual(["enquête | indirect | les règles n'ont pas été suivies."]);
  });

  it("reads no speaker when these verbs take no clause or a subject that is no source", () => {
    expect(read("The video shows soldiers firing at a car.", "en")).toEqual([]);
    expect(read("Police found a body in the river.", "en")).toEqual([]);
    expect(read("Le général s'est montré prudent devant les députés.")).toEqual([]);
    expect(read("Le réexamen du produit a montré que les nappes étaient polluées.")).toEqual([]);
  });

  it("names a document without the participle that dates it", () => {
    expect(read("Selon une étude publiée lundi, la pollution a baissé de moitié.")).toEqual(["étude | indirect | la pollution a baissé de moitié."]);
    expect(read("Pollution has halved, according to a survey released on Monday.", "en")).toEqual(["survey | indirect | Pollution has halved"]);
  });
});

describe("reactions and embedded verbs", () => {
  it("names no speaker for a reaction with no words (« responded to the strikes », « a répondu aux frappes »)", () => {
    expect(read("Lena Cruz said her party would respond to the ruling once it was published.", "en")).toEqual([
      "Lena Cruz | indirect | her party would respond to the ruling once it was published.",
    ]);
    const r = new SpeechReader("en");
    r.read(0, "The navy responded to the raids by closing the port.");
    expect(r.registry.entities.filter((e) => e.spoke).map((e) => e.name)).toEqual([]);
    const f = new SpeechReader("fr");
    f.read(0, "La marine a répondu aux raids en fermant le port.");
    expect(f.registry.entities.filter((e) => e.spoke).map((e) => e.name)).toEqual([]);
    expect(read("The ministry responded that the report was false.", "en")).toEqual(["ministry | indirect | the report was false."]);
  });
});

describe("an attribution set inside the sentence", () => {
  it("gives the words after « , police said, » to the same speaker", () => {
    expect(read("The attack, police said on Monday, happened at night near the station.", "en")).toEqual(["police | indirect | happened at night near the station."]);
    expect(read("The navy answered the raids, the statement added, by closing the port.", "en")).toEqual([
      "statement | indirect | The navy answered the raids",
      "statement | indirect | by closing the port.",
    ]);
    expect(read("Le pont, a précisé le maire, sera rouvert en juin.")).toEqual(["maire | indirect | sera rouvert en juin."]);
  });

  it("keeps an apposition, a relative or the incise's own circumstance out of the words", () => {
    expect(read("Le pont sera rouvert, a précisé le maire, ancien ingénieur de la ville.")).toEqual(["maire | indirect | Le pont sera rouvert"]);
    expect(read("Le pont sera rouvert, a précisé le maire, lors d'un point de presse en mairie.")).toEqual(["maire | indirect | Le pont sera rouvert"]);
    expect(read("The bridge will reopen, said Ann Lee, who leads the works.", "en")).toEqual(["Ann Lee | indirect | The bridge will reopen"]);
  });
});

describe("a description whose complement is a name", () => {
  it("gives the words to the person described, not to the name after « of » / « de »", () => {
    const r = new SpeechReader("en");
    r.read(0, '"We will not give up," said the head of Orbis Technologies.');
    expect(r.quotes.map((q) => `${q.entity.name} | ${q.entity.kind}`)).toEqual(["head of Orbis Technologies | person"]);
    expect(read("« Nous tiendrons », a déclaré le patron d'Orbis Industries.")).toEqual(["patron d'Orbis Industries | direct | Nous tiendrons"]);
    // A role before the name, with no « de », still names that person.
    expect(read("Le ministre de l'Intérieur Paul Mas a affirmé que la police était prête.")).toEqual(["Paul Mas | indirect | la police était prête."]);
  });
});

describe("headlines and first lines", () => {
  it("reads « X : « … » » with a name or a speaker's description before the colon, and nothing else", () => {
    expect(read("Claire Vidal : « Nous ne céderons rien »")).toEqual(["Claire Vidal | direct | Nous ne céderons rien"]);
    expect(read('Minister: "We will not give up"', "en")).toEqual(["Minister | direct | We will not give up"]);
    expect(read("Le plan en bref : « rien ne change »")).toEqual([]);
  });

  it("reads a bare plural noun and its verb as the clause of « says » (« says hospitals will … »)", () => {
    expect(read("Claire Vidal says hospitals will get more money.", "en")).toEqual(["Claire Vidal | indirect | hospitals will get more money."]);
    expect(read("Jo Park said goodbye to the crowd.", "en")).toEqual([]);
  });
});

describe("a witness reporting someone else's words", () => {
  it("gives the quoted words to the one heard (« entendu l'homme crier « … » », « heard the man shout \"…\" »)", () => {
    expect(read("Une voisine a raconté avoir entendu le suspect crier deux fois aux clients « Sortez tous ! »")).toEqual([
      "voisine | indirect | avoir entendu le suspect crier deux fois aux clients « Sortez tous ! »",
      "suspect | direct | Sortez tous !",
    ]);
    expect(read('A neighbour said she heard the gunman shout "Get out now" twice.', "en")).toContain("gunman | direct | Get out now");
  });

  it("leaves a heard pronoun to the frame around it (no guess between two people)", () => {
    expect(read('Anna Berg said she heard him say "I will be back".', "en")).toContain("Anna Berg | direct | I will be back");
  });
});

describe("tributes that quote words", () => {
  it("reads « rendant hommage au « … » », « a rendu hommage », « paid tribute to the \"…\" » as the speaker's words", () => {
    expect(read("Les recherches continuent, a précisé Jean Mas, rendant hommage au « courage inouï » des pompiers.")).toEqual([
      "Jean Mas | indirect | Les recherches continuent",
      "Jean Mas | indirect | au « courage inouï » des pompiers",
    ]);
    // The quoted words stay inside Jean Mas's reported clause (no quote of their own).
    expect(read("Les recherches continuent, a précisé Jean Mas, rendant hommage au « courage inouï » des pompiers.").some((q: string) => q.startsWith("Jean Mas | indirect | ") && q.includes("courage inouï"))).toBe(true);
    expect(read('The mayor paid tribute to the "quiet courage" of the rescuers.', "en")).toEqual([
      'mayor | indirect | to the "quiet courage" of the rescuers',
    ]);
    // The quoted words stay inside mayor's reported clause (no quote of their own).
    expect(read('The mayor paid tribute to the "quiet courage" of the rescuers.', "en").some((q: string) => q.startsWith("mayor | indirect | ") && q.includes("quiet courage"))).toBe(true);
  });
});

describe("bare clauses of English copy", () => {
  it("opens a clause on a count (« at least », « another »), on lower-case nouns and their verb, and after « Moscou salue »", () => {
    expect(read("The ministry said at least 14 people were hurt in the floods.", "en")).toEqual(["ministry | indirect | at least 14 people were hurt in the floods."]);
    expect(read("Omar Lind said safety and comfort were essential.", "en")).toEqual(["Omar Lind | indirect | safety and comfort were essential."]);
    expect(read("Officials said members of the board had resigned.", "en")).toEqual(["Officials | indirect | members of the board had resigned."]);
    expect(read("Police and residents said the aircraft fell shortly after midnight.", "en")).toEqual(["Police and residents | indirect | the aircraft fell shortly after midnight."]);
    expect(read("Lisbonne salue une « avancée » des négociations")).toEqual(["Lisbonne | indirect | une « avancée » des négociations"]);
  });

  it("reads no clause after « said goodbye to », « said hello and left », a noun after a preposition, or « Norland state now has »", () => {
    expect(read("Jo Park said goodbye to the crowd.", "en")).toEqual([]);
    expect(read("Jo Park said hello and left.", "en")).toEqual([]);
    expect(read("The judge praised the deal because of promises the firm made to rivals.", "en")).toEqual([]);
    // A quotation that ends on a preposition does not hide the verb after it.
    expect(read('"The strike is over," said Ruth Okoye.', "en")).toEqual(["Ruth Okoye | direct | The strike is over"]);
    expect(read("Norland state now has more cases than any neighbouring country.", "en")).toEqual([]);
    expect(read("L'entente conclue lundi prévoit une hausse des salaires.")).toEqual([]);
  });
});

describe("French frames of real copy", () => {
  it("reads « comme l'indique X » as X's attribution of the sentence around it", () => {
    expect(read("Le barrage a déjà cédé en 2009, comme l'indique la préfecture.")).toEqual(["préfecture | indirect | Le barrage a déjà cédé en 2009"]);
    expect(read("Comme l'a rappelé le ministre, la loi s'applique à tous.")).toEqual(["ministre | indirect | la loi s'applique à tous."]);
  });

  it("reads « À ses yeux, … » as the point of view of the last person named, like « selon elle »", () => {
    expect(read("La ministre Ilse Marin a présenté son plan. À ses yeux, « rien ne justifie ce retard ».")).toContain("Ilse Marin | direct | rien ne justifie ce retard");
  });

  it("reads « Et d'ajouter que … » as the last speaker going on", () => {
    expect(read("Lina Roy a expliqué que le site fermerait. Et d'ajouter que les salariés seraient reclassés.")).toEqual([
      "Lina Roy | indirect | le site fermerait.",
      "Lina Roy | indirect | les salariés seraient reclassés.",
    ]);
  });
});

describe("statements published on a platform, orders", () => {
  it("reads « a publié X sur X » after the words, and « a publié sur son compte que … », but no speaker for a report published", () => {
    expect(read("La gare « est fermée jusqu'à nouvel ordre », a publié le réseau de bus sur X.")).toEqual([
      "réseau de bus | indirect | La gare « est fermée jusqu'à nouvel ordre »",
      "réseau de bus | direct | est fermée jusqu'à nouvel ordre",
    ]);
    expect(read("La ministre a publié sur son compte que le vote aurait lieu en mai.")).toEqual(["ministre | indirect | le vote aurait lieu en mai."]);
    const r = new SpeechReader("fr");
    r.read(0, "L'institut a publié un rapport sur la pauvreté.");
    r.read(1, "La santé publique reste fragile dans la région.");
    expect(r.registry.entities.filter((e) => e.spoke).map((e) => e.name)).toEqual([]);
  });

  it("reads what « a ordonné de … » asks, without the time word after the verb", () => {
    expect(read("Le président a ordonné vendredi de « prendre des mesures urgentes » pour le réseau.")).toEqual([
      "président | indirect | de « prendre des mesures urgentes » pour le réseau.",
    ]);
    // The quoted words stay inside président's reported clause (no quote of their own).
    expect(read("Le président a ordonné vendredi de « prendre des mesures urgentes » pour le réseau.").some((q: string) => q.startsWith("président | indirect | ") && q.includes("prendre des mesures urgentes"))).toBe(true);
  });
});

describe("an English present in -s inside a bare clause", () => {
  it("reads « said the new plan needs a … » as a clause", () => {
    expect(read("Omar Lind said the new plan needs a bigger budget.", "en")).toEqual(["Omar Lind | indirect | the new plan needs a bigger budget."]);
    expect(read("Omar Lind praised the plans of the board.", "en")).toEqual([]);
  });
});

describe("possessive speakers", () => {
  it("names an institution without its English possessive, as « son ministère »", () => {
    const r = new SpeechReader("en");
    r.read(0, "Anna Berg met the envoy.");
    r.read(1, "Her government said the talks had failed overnight.");
    const q = r.quotes[0]!;
    expect([q.entity.name, ...q.entity.aliases]).toEqual(["government", "Her government"]);
  });
});

describe("a relay named by « selon » (French)", () => {
  it("keeps the words of a framed speaker when « selon » names the agency that relayed them", () => {
    expect(read("« Nous ne reculerons pas », a lancé le président devant ses partisans, selon l'agence officielle.")).toEqual(["président | direct | Nous ne reculerons pas"]);
    expect(read("Le président a affirmé que la guerre finirait bientôt, selon l'agence officielle.")).toEqual(["président | indirect | la guerre finirait bientôt"]);
    expect(read("Le président a affirmé que, selon lui, la guerre finirait bientôt.")).toEqual(["président | indirect | selon lui, la guerre finirait bientôt."]);
  });

  it("reads a body named after its description (« l'agence officielle KNRA ») as that body", () => {
    expect(read("L'agence officielle KNRA a affirmé que le tir était un essai de routine.")).toEqual(["KNRA | indirect | le tir était un essai de routine."]);
  });
});

describe("a quotation whose speaker is named in the next sentence", () => {
  it("gives a quotation carried over two paragraphs to the one who closes it (French marks)", () => {
    const text = "Le texte a été présenté mercredi, a indiqué Paul Morel.\n\n« Nous irons jusqu'au bout de cette réforme.\n\nIl n'y a pas d'autre chemin pour le pays », a ajouté Claire Vidal, ministre du Travail.";
    expect(read(text)).toEqual([
      "Paul Morel | indirect | Le texte a été présenté mercredi",
      "Claire Vidal | direct | Nous irons jusqu'au bout de cette réforme.",
      "Claire Vidal | direct | Il n'y a pas d'autre chemin pour le pays",
    ]);
  });

  it("gives a quotation carried over two paragraphs to the one who closes it (English marks)", () => {
    const text = 'The bill passed on Tuesday, Tom Harris said.\n\n"We have the votes to pass this bill before the recess.\n\n"We have had them for weeks," said Mary Collins, the Senate majority leader.';
    expect(read(text, "en")).toEqual([
      "Tom Harris | indirect | The bill passed on Tuesday",
      "Mary Collins | direct | We have the votes to pass this bill before the recess.",
      "Mary Collins | direct | We have had them for weeks",
    ]);
  });

  it("gives a quotation standing alone to the speaker a back-pointing sentence names, who then stays the last speaker", () => {
    const text = "« Le texte est bon », a assuré Claire Vidal.\n\n« Cette réforme est brutale et injuste pour les salariés. »\n\nC'est ce qu'a affirmé Luc Besson, secrétaire général du syndicat, devant la presse.\n\nIl a ajouté que la grève continuerait.";
    expect(read(text)).toEqual([
      "Claire Vidal | direct | Le texte est bon",
      "Luc Besson | direct | Cette réforme est brutale et injuste pour les salariés.",
      "Luc Besson | indirect | la grève continuerait.",
    ]);
    const en = '"The text is good," Claire Vidal said.\n\n"This is a disaster for working families across the state."\n\nThat was how union leader Dan Price described the bill on Wednesday.';
    expect(read(en, "en")).toEqual(["Claire Vidal | direct | The text is good", "Dan Price | direct | This is a disaster for working families across the state."]);
  });

  it("keeps a quotation standing alone with the last speaker when the next sentence does not point back", () => {
    const text = "« Le texte est bon », a assuré Claire Vidal.\n\n« Nous ne céderons rien sur ce point. »\n\nLuc Besson a affirmé que la grève durerait.";
    expect(read(text)[1]).toBe("Claire Vidal | direct | Nous ne céderons rien sur ce point.");
    const closed = "« Le texte est bon », a assuré Claire Vidal.\n\n« Nous ne céderons rien sur ce point.\n\nLuc Besson a affirmé que la grève durerait.";
    expect(read(closed)[1]).toBe("Claire Vidal | direct | Nous ne céderons rien sur ce point.");
  });
});

describe("an incise after a verb that reports nothing", () => {
  it("reports the whole clause before « , a indiqué X », its own verb included", () => {
    expect(read("Le gouvernement a présenté mercredi son projet de loi, a indiqué Paul Morel.")).toEqual(["Paul Morel | indirect | Le gouvernement a présenté mercredi son projet de loi"]);
  });
});

describe("the reporter's words around reported speech", () => {
  it("ends a reported clause before the reporter's comment on it (« , une information qui … », « , a claim that … »)", () => {
    expect(read("L'armée a affirmé avoir pris le contrôle d'un village, une information qui n'a pas pu être vérifiée de source indépendante.")).toEqual([
      "armée | indirect | avoir pris le contrôle d'un village",
    ]);
    expect(read("The army said it had taken a village, a claim that could not be independently verified.", "en")).toEqual(["army | indirect | it had taken a village"]);
  });

  it("reads a reporting clause with an age in apposition, and a title's abbreviation in an inverted subject", () => {
    expect(read("Police said a man, 34, was arrested.", "en")).toEqual(["Police | indirect | a man, 34, was arrested."]);
    expect(read('"The ships are ready," said Adm. Tony Vance, the fleet commander.', "en")).toEqual(["Tony Vance | direct | The ships are ready"]);
  });
});

describe("French subjects and claims of real copy", () => {
  it("takes the subject before a stressed pronoun in apposition (« Les habitants, eux, disent … »)", () => {
    expect(read("Les habitants, eux, disent avoir peur des bombardements.")).toEqual(["habitants | indirect | avoir peur des bombardements."]);
  });

  it("makes « ont fait état de » a claim of its source, who is then a speaker", () => {
    const r = new SpeechReader("fr");
    splitSentences("Les autorités locales ont fait état de trois morts.").forEach((s, i) => r.read(i, s.text));
    expect(r.claims.map((c) => c.entity.name)).toEqual(["autorités locales"]);
  });
});

describe("circumstances and documents around a speaker", () => {
  it("reads an inverted subject after a circumstance opened by a possessive (« a déploré à sa sortie la secrétaire générale »)", () => {
    expect(read("« Le dialogue est rompu », a déploré à sa sortie la secrétaire générale du syndicat, Marie Lenoir.")).toEqual(["Marie Lenoir | direct | Le dialogue est rompu"]);
  });

  it("gives what « a statement from » a body says to that body (English), and no claim to a document with no author", () => {
    expect(read("The mayor's office said fines would start soon.\n\nAccording to a statement from the mayor's office, police will enforce the rule.", "en")).toEqual([
      "mayor's office | indirect | fines would start soon.",
      "mayor's office | indirect | police will enforce the rule.",
    ]);
    const r = new SpeechReader("fr");
    splitSentences("Le bilan du projet fait état d'un taux élevé d'infractions.").forEach((s, i) => r.read(i, s.text));
    expect(r.claims).toEqual([]);
  });
});

describe("who speaks in real copy: roles, relatives, charges and requests", () => {
  it("gives « the minister said » to someone the copy made a minister, never to a named witness with no role", () => {
    const en = read('"We will rebuild the pier," said Tom Reed, who sells fish by the harbour. The storm hit on Monday. The minister said the ferry would run again in May.', "en");
    expect(en).toEqual(["Tom Reed | direct | We will rebuild the pier", "minister | indirect | the ferry would run again in May."]);
    const fr = read("« Nous reconstruirons la jetée », a déclaré Anne Morel, qui vend du poisson sur le port. La tempête a frappé lundi. La ministre a assuré que le bac reprendrait en mai.");
    expect(fr).toEqual(["Anne Morel | direct | Nous reconstruirons la jetée", "ministre | indirect | le bac reprendrait en mai."]);
    // Someone given the role is still « the minister ».
    expect(read("Transport Minister Ann Holt visited the port. The minister said the ferry would run again in May.", "en")).toEqual(["Ann Holt | indirect | the ferry would run again in May."]);
  });

  it("reads what a charge holds against someone (« accused X of …ing », « accusant X de … »), the accuser speaking", () => {
    expect(read("The mayor accused the ferry operator of inflating its costs for years.", "en")).toEqual(["mayor | indirect | the ferry operator of inflating its costs for years."]);
    expect(read("The board cut the routes after accusing the operator of hiding its losses.", "en")).toEqual(["board | indirect | the operator of hiding its losses."]);
    expect(read("The mayor accused the operator of the ferry.", "en")).toEqual([]);
    // After an apposition, the charged one is the object, not an inverted subject.
    expect(read("La présidente du conseil, Anne Roy, a accusé dimanche l'opérateur d'avoir gonflé ses coûts.")).toEqual(["Anne Roy | indirect | l'opérateur d'avoir gonflé ses coûts."]);
  });

  it("reads « called on X to … », « want X to … » as a request, not « called the plan a gift to … » nor « wants to leave »", () => {
    expect(read("The tax agency has called on the treasury to give it more inspectors.", "en")).toEqual(["tax agency | indirect | the treasury to give it more inspectors."]);
    expect(read("Local officials want the government to reverse the decision.", "en")).toEqual(["Local officials | indirect | the government to reverse the decision."]);
    expect(read("The company wants to expand to the island.", "en")).toEqual([]);
    expect(read("She called the plan a gift to developers.", "en")).toEqual([]);
    expect(read("The union walked out, urging the board to reopen talks.", "en")).toEqual(["union | indirect | the board to reopen talks."]);
  });

  it("finds the subject after a relative word (« what Penn called », « ce qu'ils appellent », « which the rival denies »)", () => {
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((read('Tom Reed runs the ferry. The company rejected what Reed called "a smear campaign" against its staff.', "en")).some((q: string) => q.startsWith("Tom Reed | indirect | ") && q.includes("a smear campaign"))).toBe(true);
    expect(read('The drill, called "Dawn Shield", began on Monday.', "en")).toEqual([]);
    // A relative set off by commas before the verb leaves the subject before it.
    expect(read("Penmark, which builds ferries, said it would appeal.", "en")).toEqual(["Penmark | indirect | it would appeal."]);
    expect(read("Le conseil a voté la fermeture du port, une décision que les élus de l'opposition jugent « brutale ».")).toEqual(["élus de l'opposition | direct | brutale"]);
    // The rival's denial is no part of what the board charged.
    expect(read("The board cut the routes after accusing the operator of hiding its losses, which the operator denies.", "en")).toEqual(["board | indirect | the operator of hiding its losses"]);
  });

  it("reads a clause whose subject the relative took (« raids that they said killed 14 villagers », « a move critics say will … »)", () => {
    expect(read("Village elders on Tuesday condemned the raids that they said killed 14 villagers.", "en")).toEqual(["Village elders | indirect | killed 14 villagers."]);
    expect(read("The board halved the crossings, a move critics say will isolate hundreds of families.", "en")).toEqual(["critics | indirect | will isolate hundreds of families."]);
  });
});

describe("boundaries and speakers of everyday copy", () => {
  it("keeps the speaker's role after an inverted name out of what they said, « à » being no verb", () => {
    expect(read("« Les prix qui changent déroutent les gens », estime Ana Lima, urbaniste à l'université de Lyon.")).toEqual(["Ana Lima | direct | Les prix qui changent déroutent les gens"]);
  });

  it("reads « Mais pour X, … » as X's point of view, like « Pour X, … »", () => {
    expect(read("Mais pour Luc Perrin, patron d'un café, le projet ressemble à une « machine à cash ».")).toContain("Luc Perrin | indirect | le projet ressemble à une « machine à cash ».");
  });

  it("names the inverted speaker given after a role and its complement (« a assuré l'adjointe aux mobilités, Claire Dumas, … »)", () => {
    expect(read("« Nous ne punissons personne », a assuré l'adjointe aux mobilités, Claire Dumas, à l'issue de la séance.")).toEqual(["Claire Dumas | direct | Nous ne punissons personne"]);
  });

  it("reports the whole sentence around a « selon » incise that goes on, not a relative or an apposition on the source", () => {
    expect(read("Ce choix a été arrêté, selon cette source, lors d'une visite du ministre au port.")).toEqual(["source | indirect | Ce choix a été arrêté, selon cette source, lors d'une visite du ministre au port."]);
    expect(read("Le trafic a baissé, selon l'Insee, qui publie ses chiffres lundi.")).toEqual(["Insee | indirect | Le trafic a baissé"]);
  });

  it("skips a hearer of one noun before a bare clause (« told the council the change came … »)", () => {
    expect(read("Shop owners told the council the change came at the worst possible time.", "en")).toEqual(["Shop owners | indirect | the change came at the worst possible time."]);
    expect(read("The mayor told the crowd the story of the pier.", "en")).toEqual([]);
  });

  it("ends a quoted object at a comma inside the closing mark (« which staff describe as “revenue neutral,” would … »)", () => {
    const out = read('The plan, which staff describe as "revenue neutral," would replace the old meters.', "en");
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((out).some((q: string) => q.startsWith("staff | indirect | ") && q.includes("revenue neutral"))).toBe(true);
    expect(out.every((q) => !q.includes("would replace"))).toBe(true);
  });

  it("gives a short quoted sentence standing alone to the speaker before it, not a quoted term", () => {
    expect(read('"Nobody asked us," Luis Ortega said. "Not once."', "en")).toEqual(["Luis Ortega | direct | Nobody asked us", "Luis Ortega | direct | Not once."]);
    expect(read('"Nobody asked us," Luis Ortega said. "Smart" meters will follow.', "en")).toEqual(["Luis Ortega | direct | Nobody asked us"]);
    // A short quoted question on its own is more often a subheading than the last speaker's words.
    expect(read('"Nobody asked us," Luis Ortega said. "Who pays now?"', "en")).toEqual(["Luis Ortega | direct | Nobody asked us"]);
  });
});

describe("verb groups, sources and boundaries of real copy", () => {
  it("reads an adverb in -ment / -ly inside the verb group (« a récemment déclaré », « has repeatedly said »)", () => {
    expect(read("« Rien n'est décidé », a récemment déclaré à la radio le maire, Jean Mas.")).toEqual(["Jean Mas | direct | Rien n'est décidé"]);
    expect(read("The mayor has repeatedly said that the pier would stay open.", "en")).toEqual(["mayor | indirect | the pier would stay open."]);
  });

  it("reads a short phrase set between commas after the auxiliary (« a, sans détour, balayé … »)", () => {
    // The participle is the one whose verb group it follows, not the speaker of the « selon » before.
    expect(read("« Rien n'est joué », a dit Anne Roy. Mais, selon elle, M. Vidal a, sans détour, balayé l'idée d'un vote, estimant qu'il faut fermer le port.")).toContain("Vidal | indirect | il faut fermer le port.");
  });

  it("skips a time phrase before what was promised or asked (« a promis l'an dernier d'… », « promised last year to … »)", () => {
    expect(read("La mairie a promis l'an dernier d'abolir les pétards.")).toEqual(["mairie | indirect | d'abolir les pétards."]);
    expect(read("Le maire a exigé l'an dernier de fermer le port.")).toEqual(["maire | indirect | de fermer le port."]);
    expect(read("The government promised last year to ban fireworks.", "en")).toEqual(["government | indirect | to ban fireworks."]);
  });

  it("gives a participle right after a name to that person (« un discours du président X jugeant que … »)", () => {
    expect(read("Le port a rouvert, au lendemain d'un discours du maire Jean Mas jugeant que la crise était finie.")).toContain("Jean Mas | indirect | la crise était finie.");
  });

  it("takes a body named with its acronym in brackets as the subject of a later coordinated verb", () => {
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((read("L'Office fédéral des routes (OFROU) ferme le tunnel et considère la voûte comme « fragile ».")).some((q: string) => q.startsWith("Office fédéral des routes | indirect | ") && q.includes("fragile"))).toBe(true);
  });

  it("keeps a quotation's trailing fragment out of reported speech, not a clause after it", () => {
    expect(read("« Ils veulent tout bloquer » signé en mars, a déclaré le maire, Jean Mas.")).toEqual(["Jean Mas | direct | Ils veulent tout bloquer"]);
    expect(read('"The enemy ran" and the jets turned back, the general said.', "en")).toContain('general | indirect | "The enemy ran" and the jets turned back');
  });

  it("gives quoted words pointed back at in the same sentence (« « Un gâchis », c'est ainsi qu'elle a qualifié … ») to that frame's speaker", () => {
    expect(read("La conseillère Anne Roux a parlé vendredi. « Un gâchis », c'est ainsi qu'elle a qualifié le conflit.")).toContain("Anne Roux | direct | Un gâchis");
  });

  it("leaves a place or a rubric in capitals before a colon out of the words reported", () => {
    expect(read("HARBOUR CITY: Bus fares will rise by a tenth in April, the transport minister said.", "en")).toEqual(["transport minister | indirect | Bus fares will rise by a tenth in April"]);
  });

  it("gives a memo or a note to the body that wrote it, and bare plural reports to no one in particular", () => {
    expect(read("The port board's memo said crossings would resume in full.", "en")).toEqual(["port board | indirect | crossings would resume in full."]);
    expect(read('"We will reopen," the harbour board said. Reports suggest the operator is looking for a buyer.', "en")).toEqual(["harbour board | direct | We will reopen", "Reports | indirect | the operator is looking for a buyer."]);
  });
});

describe("a reporting verb's present tense that ends like a noun", () => {
  it("reads « assure », « signale », « cite-t-il » as verbs, before a clause or inverted after the words", () => {
    expect(read("Il assure que la digue tiendra.")).toEqual([]);
    expect(read("Le maire Hugo Lenz est venu. Il assure que la digue tiendra.")).toEqual(["Hugo Lenz | indirect | la digue tiendra."]);
    expect(read("La route est coupée, signale la préfète.")).toEqual(["préfète | indirect | La route est coupée"]);
    expect(read("Des digues neuves et « une ville qui tient bon », assure Hugo Lenz.")).toEqual(["Hugo Lenz | indirect | Des digues neuves et « une ville qui tient bon »", "Hugo Lenz | direct | une ville qui tient bon"]);
  });

  it("keeps the noun after a preposition (« en avance »)", () => {
    expect(read("Hugo Lenz est arrivé en avance à la réunion.")).toEqual([]);
  });
});

describe("a time phrase between an inverted verb and its subject", () => {
  it("skips a weekday with its date (« a précisé jeudi 9 l'adjointe »)", () => {
    expect(read("Le marché couvert rouvrira en avril, a précisé jeudi 9 l'adjointe Nora Salvi.")).toEqual(["Nora Salvi | indirect | Le marché couvert rouvrira en avril"]);
  });
});

describe("a source set last with no comma", () => {
  it("reports what comes before a final « selon » / « according to » that names someone", () => {
    expect(read("Le chantier du tramway a pris du retard selon une enquête de Norel Hebdo.")).toEqual(["Norel Hebdo | indirect | Le chantier du tramway a pris du retard"]);
    expect(read("Le pont a cédé selon la police.")).toEqual(["police | indirect | Le pont a cédé"]);
    expect(read("The bridge gave way according to the police.", "en")).toEqual(["police | indirect | The bridge gave way"]);
  });

  it("leaves a « selon » of criterion alone (« classés selon la source »)", () => {
    expect(read("Ils ont classé les messages selon la source.")).toEqual([]);
  });
});

describe("verbs of guarantee", () => {
  it("reads « a garanti que » as reported speech, not « garantit l'accès »", () => {
    expect(read("Hugo Lenz a garanti que la digue serait renforcée.")).toEqual(["Hugo Lenz | indirect | la digue serait renforcée."]);
    expect(read("Hugo Lenz garantit l'accès aux soins.")).toEqual([]);
  });
});

describe("« à en croire » as « selon »", () => {
  it("reads « à en croire X », « à l'en croire », « à les en croire » as a source and what follows as its words", () => {
    expect(read("À en croire le maire, la digue tiendra.")).toEqual(["maire | indirect | la digue tiendra."]);
    expect(read("Le passeur Hugo Lenz a parlé. À l'en croire, la barque était pleine.")).toEqual(["Hugo Lenz | indirect | la barque était pleine."]);
    expect(read("Les pêcheurs ont témoigné. À les en croire, la digue tiendra.")).toEqual(["pêcheurs | indirect | la digue tiendra."]);
  });
});

describe("a quoted name after a common noun", () => {
  it("takes « le dispositif « Vigie » » for a name, not quoted words, but keeps « a crié « Liberté » »", () => {
    expect(read('Hugo Lenz a dit que le dispositif militaire "Vigie", mis en place en mars, sera maintenu.')).toEqual(['Hugo Lenz | indirect | le dispositif militaire "Vigie", mis en place en mars, sera maintenu.']);
    expect(read("Hugo Lenz a crié « Liberté » devant la foule.")).toContain("Hugo Lenz | direct | Liberté");
  });
});

describe("a subject after a comma that closes another clause", () => {
  it("does not take « la », « le » inside a word (\"lawmakers\", \"legislators\") for a French article before the name", () => {
    expect(read("Gov. Nora Vell spoke. Despite the cuts that lawmakers made in the deal, Vell said that she would sign the budget.", "en")).toEqual(["Nora Vell | indirect | she would sign the budget."]);
    expect(read("Gov. Nora Vell spoke. After the vote that legislators held on Monday, Vell said that she would sign the budget.", "en")).toEqual(["Nora Vell | indirect | she would sign the budget."]);
  });
});

describe("an abbreviated month inside the phrase before « that »", () => {
  it("reads past « on Nov. 5 », « on Sept. 12 » to the reported clause", () => {
    expect(read("Gov. Nora Vell said on Nov. 5 that the talks had failed.", "en")).toEqual(["Nora Vell | indirect | the talks had failed."]);
    expect(read("Gov. Nora Vell spoke. Vell told reporters on Sept. 12 that she would run.", "en")).toEqual(["Nora Vell | indirect | she would run."]);
  });
});
