import { describe, expect, it } from "vitest";
import { findNames, surnameOf } from "../src/story/names.js";
import { tokenize } from "../src/story/tokens.js";
import { ingest } from "../src/story/ingest.js";
import { roleAround } from "../src/story/roles.js";

/** The role given to the first person named in a French sentence. */
const roleText = (s: string): string | null => {
  const tokens = tokenize(s);
  const n = findNames(tokens, "fr", s).find((x) => !x.organisation);
  return n ? roleAround(s, tokens, n)?.text ?? null : null;
};

const names = (s: string) => findNames(tokenize(s)).map((n) => ({ name: n.name, title: n.title, role: n.role }));

describe("person names", () => {
  it("« M. » and « Mme » followed by a no-break space still title the name", () => {
    expect(names("Selon M.\u00a0Ferrand, la route est coupée.")).toEqual([{ name: "Ferrand", title: "M.", role: null }]);
    expect(names("Mme\u202fLaborde a démenti.")).toEqual([{ name: "Laborde", title: "Mme", role: null }]);
  });

  it("an English capitalised title before the name is its role, not its name", () => {
    expect(names("Defence Minister Jane Doe said the plan would work.")).toEqual([{ name: "Jane Doe", title: "Defence Minister", role: "Defence Minister" }]);
    expect(names("Later, District Judge Mary Ellen Cope ruled.")[0]).toMatchObject({ name: "Mary Ellen Cope", role: "District Judge" });
    expect(names("Acme Robotics CEO Tom Brandt said sales rose.")[0]).toMatchObject({ name: "Tom Brandt", role: "Acme Robotics CEO" });
    expect(names("Secretary of State Anne Vole will travel.")[0]).toMatchObject({ name: "Anne Vole", role: "Secretary of State" });
  });

  it("a name ends where a title-case headline's verb starts", () => {
    expect(names("Trade Minister Ana Lisboa Says Tariffs Will Stay")[0]).toMatchObject({ name: "Ana Lisboa", role: "Trade Minister" });
  });

  it("an English name may end on a word that is French for something else, in an English dispatch", () => {
    expect(findNames(tokenize("Health Minister Rita Vos said the plan would work."), "en")[0]).toMatchObject({ name: "Rita Vos", role: "Health Minister" });
  });

  it("« le Premier ministre X »: the role word before a function title belongs to the title", () => {
    expect(names("Le Premier ministre Jan Novak s'est exprimé.")).toEqual([{ name: "Jan Novak", title: "Le Premier ministre", role: null }]);
  });

  it("a title with no name after it is no person", () => {
    expect(names("Britain's Prime Minister spoke on Friday.")).toEqual([]);
  });

  it("English name shapes: middle initials, Jr., particles, O'", () => {
    expect(names("Gen. Mark T. Holloway Jr. told reporters.")[0]).toMatchObject({ name: "Mark T. Holloway Jr.", title: "Gen." });
    expect(names("Mayor Bill van Dorn said so.")[0]).toMatchObject({ name: "Bill van Dorn" });
    expect(names("Sen. Ann O'Leary-Banks said no.")[0]).toMatchObject({ name: "Ann O'Leary-Banks", title: "Sen." });
  });

  it("a sentence adverb or an English function word does not start a name", () => {
    expect(names("Aussi Paul Brun a-t-il refusé.").map((n) => n.name)).toEqual(["Paul Brun"]);
    expect(names("If Berlin agrees, the deal is done.")).toEqual([]);
    expect(names("By Karen Holt and Tom Reyes").map((n) => n.name)).toEqual(["Karen Holt", "Tom Reyes"]);
  });

  it("a proper name after the noun of a thing names that thing: « think-tank X »", () => {
    expect(names("She works at the think-tank Harbor House in town.")).toEqual([]);
  });

  it("the surname skips suffixes and keeps particles", () => {
    expect(surnameOf("Mark T. Holloway Jr.")).toBe("Holloway");
    expect(surnameOf("Bill de Blasco")).toBe("de Blasco");
    expect(surnameOf("Karen Holt")).toBe("Holt");
  });
});

describe("titles and names of bodies", () => {
  it("an abbreviated title that says a function gives the role, written out", () => {
    expect(names("Sen. Tom Varga voted no.")).toEqual([{ name: "Tom Varga", title: "Sen.", role: "Senator" }]);
    expect(names("Lt. Gen. Ivo Brandt arrived.")[0]).toMatchObject({ name: "Ivo Brandt", role: "Lieutenant General" });
    expect(names("Mr. Ivo Brandt arrived.")[0]).toMatchObject({ name: "Ivo Brandt", role: null });
  });

  it("a capitalised run ending on a company's, an institution's or a document's word names a body, whole", () => {
    const bodies = (s: string) => findNames(tokenize(s)).map((n) => ({ name: n.name, organisation: n.organisation ?? false }));
    expect(bodies("Yesterday Acme Technologies said profits fell.")).toEqual([{ name: "Acme Technologies", organisation: true }]);
    expect(bodies("Then Nordvale Electronics Inc. cut jobs.")).toEqual([{ name: "Nordvale Electronics Inc", organisation: true }]);
    expect(bodies("The Energy Markets Authority ruled.")).toEqual([{ name: "Energy Markets Authority", organisation: true }]);
    expect(bodies("The Office of Mines and Mineral Resources said so.")).toEqual([{ name: "Office of Mines and Mineral Resources", organisation: true }]);
    expect(bodies("Yesterday Mark Adams said profits fell.")).toEqual([{ name: "Mark Adams", organisation: false }]);
  });

  it("in a story such a body speaks as an organisation, with no role", () => {
    const story = ingest("The vote was held on Monday. \"Sales will rise,\" said the head of Acme Technologies.\n\nAcme Technologies said profits fell in the spring.", { slug: "t" });
    const acme = story.speakers.find((s) => s.name === "Acme Technologies");
    expect(acme).toMatchObject({ kind: "organization", role: null });
    expect(story.people.some((p) => /Technologies/.test(p.name))).toBe(false);
  });

  it("a word before a courtesy title is no title: « …, juge Mme X »", () => {
    expect(names("« C'est fini », juge Mme Lenoir.")).toEqual([{ name: "Lenoir", title: "Mme", role: null }]);
  });
});

describe("initials as given names", () => {
  it("two capitals before a surname are initials, not an acronym: « KT Morrow »", () => {
    expect(names("Le colistier du candidat, KT Morrow, a parlé.")).toEqual([{ name: "KT Morrow", title: null, role: null }]);
    expect(names("Selon AJ Brown, tout va bien.")[0]).toMatchObject({ name: "AJ Brown" });
  });

  it("a country's abbreviation or an acronym before a title is no initials", () => {
    expect(names("The US Navy said so.")).toEqual([]);
    expect(names("US President Joe Doe spoke.")[0]).toMatchObject({ name: "Joe Doe" });
  });
});

describe("runs that open on the noun of a thing", () => {
  it("« Réunion X-Y », « Summit Talks » name an event, no person; a title before a name still splits", () => {
    expect(names("Réunion Nordie-Sudie mardi à Genève")).toEqual([]);
    expect(names("Then District Judge Ana Ruiz ruled.")[0]).toMatchObject({ name: "Ana Ruiz", role: "District Judge" });
  });
});

describe("place names", () => {
  it("a run opening on a compass word or a place word is no person: « North Marlow », « San Mateo »", () => {
    for (const s of ["Police in North Marlow said so.", "Then San Mateo officials said so.", "Fort Calder residents left."]) expect(names(s), s).toEqual([]);
    expect(names("Then John Newman said so.")[0]).toMatchObject({ name: "John Newman" });
  });
});

describe("apostrophes after a name", () => {
  it("an English possessive or a closing single quote ends the name; French elisions stay glued", () => {
    expect(names("He met Mr Halvey’s aides.")).toEqual([{ name: "Halvey", title: "Mr", role: null }]);
    expect(names("‘We will,’ said Mr Halvey’ and left.")[0]).toMatchObject({ name: "Halvey" });
    expect(tokenize("L’armée d’Ivan, qu’il a vue").map((t) => t.text)).toEqual(["L’", "armée", "d’", "Ivan", "qu’", "il", "a", "vue"]);
  });
});

describe("names with particles", () => {
  it("a particle glued by a hyphen and written in lower case is part of the name (« Abdullah al-Hamadi »)", () => {
    expect(names("Abdullah al-Hamadi, a spokesman for the ministry, said the talks had failed.")[0]).toMatchObject({ name: "Abdullah al-Hamadi" });
    expect(surnameOf("Abdullah al-Hamadi")).toBe("al-Hamadi");
    const story = ingest("Talks fail\n\nAbdullah al-Hamadi, a spokesman for the ministry, said the talks had failed.\n", { slug: "t" });
    expect(story.speakers.map((s) => [s.name, s.role])).toEqual([["Abdullah al-Hamadi", "spokesman for the ministry"]]);
  });

  it("a particle and a capitalised article before the surname (« Jean-Baptiste de La Rochère ») name one person", () => {
    expect(names("Jean-Baptiste de La Rochère a déclaré lundi que le projet était mort.")[0]).toMatchObject({ name: "Jean-Baptiste de La Rochère" });
    expect(surnameOf("Jean-Baptiste de La Rochère")).toBe("de La Rochère");
    const story = ingest("Projet\n\nJean-Baptiste de La Rochère a déclaré lundi que le projet était mort.\n", { slug: "t" });
    expect(story.speakers.map((s) => [s.name, s.kind])).toEqual([["Jean-Baptiste de La Rochère", "person"]]);
  });
});

describe("a lone given name that the sentence describes as a person", () => {
  const lone = (s: string, lang: "fr" | "en") => findNames(tokenize(s), lang, s).map((n) => n.name);

  it("a role noun in apposition or after a copula makes one capitalised word a name", () => {
    expect(lone("Tarik, a software engineer from the coast queuing at a depot, says he will stay.", "en")).toEqual(["Tarik"]);
    expect(lone("Mirela is a night nurse from the town of Brenford.", "en")).toEqual(["Mirela"]);
    expect(lone("Ilona, a retired plumber, said the pipes froze.", "en")).toEqual(["Ilona"]);
    expect(lone("Solène, infirmière de nuit, raconte la soirée.", "fr")).toEqual(["Solène"]);
    expect(lone("Solène est une ancienne ouvrière du site.", "fr")).toEqual(["Solène"]);
  });

  it("an adverb, a firm, a count, a participle or a place is no name", () => {
    expect(lone("Instead, a spokesman for the port said the dock would close.", "en")).toEqual([]);
    expect(lone("Separately, an engineer said the bridge held.", "en")).toEqual([]);
    expect(lone("La firme Norvix, propriétaire du site, a été condamnée.", "fr")).toEqual([]);
    expect(lone("Le chœur des 12 Voix est une chorale de quartier.", "fr")).toEqual([]);
    expect(lone("Varenko, en affirmant que la trêve tenait, a surpris.", "fr")).toEqual([]);
    expect(lone("Oslo, a partner of the project, said it would pay.", "en")).toEqual([]);
    expect(lone("The ferry sank near Dorvik, officials said.", "en")).toEqual([]);
    expect(lone("Le bac a coulé près de Dorvik, les sauveteurs ont dit.", "fr")).toEqual([]);
  });

  it("in a story, the person named so speaks, with the role the sentence gives, and « she » points back to her", () => {
    const story = ingest(
      "Storm hits the valley\n\nDOVER (AP) - A storm cut three roads on Monday.\n\n" +
        "Tarik, a software engineer from the coast queuing at a depot, says he owes the town his help: “I can carry sandbags.”\n\n" +
        "Mirela is a night nurse from the town of Brenford. Her brother drives an ambulance. Still, Mirela backs the curfew. She says it keeps people “safe at night”.\n",
      { slug: "t" },
    );
    const speakers = story.speakers.map((s) => [s.name, s.role]);
    expect(speakers).toContainEqual(["Tarik", "software engineer from the coast queuing at a depot"]);
    expect(story.quotes.filter((q) => q.speaker === "Mirela").length).toBeGreaterThan(0);
    expect(story.speakers.map((s) => s.name).some((n) => /worker/.test(n))).toBe(false);
  });
});

describe("a body's name over the complement of its noun", () => {
  it("« of », « for », « de » and the capitalised words after a body's noun stay in its name", () => {
    expect(findNames(tokenize("Last month, the National Council of Road Safety said helmets should be worn."), "en").map((n) => n.name)).toContain("National Council of Road Safety");
    expect(findNames(tokenize("The Harbour Agency for the Northern Coast said the port would reopen."), "en").map((n) => n.name)).toContain("Harbour Agency for the Northern Coast");
    const story = ingest("Helmets\n\nLast month, the National Council of Road Safety said helmets should be worn by all riders.\n", { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toEqual(["National Council of Road Safety"]);
  });

  it("a place or a time after the body is no part of its name", () => {
    expect(findNames(tokenize("The National Council in Norland said on Monday it would act."), "en").map((n) => n.name)).not.toContain("National Council in Norland");
  });
});

describe("a party's acronym after a title", () => {
  it("is no person's name; the name after it keeps the title and the acronym as its role", () => {
    const alone = findNames(tokenize("Un élu agressé par un député UDR mercredi soir."), "fr");
    expect(alone.map((n) => n.name)).toEqual([]);
    const story = ingest("Le sénateur UDR Paul Morin a dénoncé une « faute grave ».", { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toEqual(["Paul Morin"]);
    expect(story.speakers[0]!.role).toBe("sénateur UDR");
  });
});

describe("a prefix glued by an apostrophe", () => {
  it("« N'Diaye », « M'barek Saïdi » are names; « L'Oréal »'s « L' » is an article", () => {
    expect(findNames(tokenize("Selon Awa N’Diaye, tout va bien."), "fr").map((n) => n.name)).toEqual(["Awa N’Diaye"]);
    expect(findNames(tokenize("Par un élu, M’barek Saïdi, a indiqué sa famille."), "fr").map((n) => n.name)).toEqual(["M’barek Saïdi"]);
    expect(findNames(tokenize("L’Oréal Paris a publié ses comptes."), "fr").map((n) => n.name)).not.toContain("L’Oréal Paris");
  });

  it("the apposition before such a name gives its role, without its indefinite article", () => {
    const story = ingest("La victime est hospitalisée après une agression commise par un conseiller régional, M’barek Saïdi, a indiqué sa famille.", { slug: "t" });
    expect([...story.people, ...story.speakers].find((p) => p.name === "M’barek Saïdi")?.role).toBe("conseiller régional");
  });
});

describe("a comparison that opens a sentence", () => {
  it("« Like X, … », « Unlike X, … »: the preposition is no given name", () => {
    expect(findNames(tokenize("Like Marlowe, the mayor has spoken out against the dam."), "en").map((n) => n.name)).not.toContain("Like Marlowe");
    expect(findNames(tokenize("Unlike Dara Quinn, the senator kept quiet."), "en").map((n) => n.name)).toEqual(["Dara Quinn"]);
  });
});

describe("a role's capitalised complement written against the name", () => {
  const named = (s: string, lang: "fr" | "en") => findNames(tokenize(s), lang, s).map((n) => n.name);
  it("the place or body the role ends with is split off the person's name", () => {
    expect(named("« Rien ne bouge », a dit la juge du tribunal de Brestville Odile Carnac.", "fr")).toEqual(["Odile Carnac"]);
    expect(named("« Rien ne bouge », a dit le ministre de la Mer et du Littoral Olivier Ravel.", "fr")).toEqual(["Olivier Ravel"]);
    expect(named("« Rien ne bouge », a lancé le sénateur Les Modérés François Garnier.", "fr")).toEqual(["François Garnier"]);
    expect(named("The Minister of Fisheries and Oceans Anne Varga said the quota stands.", "en")).toEqual(["Anne Varga"]);
  });

  it("the person takes the whole role; a thing named after someone stays a thing", () => {
    expect(roleText("« Rien ne bouge », a dit le ministre de la Mer et du Littoral Olivier Ravel.")).toBe("ministre de la Mer et du Littoral");
    expect(named("Il a été soigné à l’Hôpital Georges Ravel hier.", "fr")).toEqual([]);
  });
});

describe("an honorific after a function is no part of the role", () => {
  it("reads « Prime Minister Sir Alan Darnley » as the Prime Minister", () => {
    expect(findNames(tokenize("Prime Minister Sir Alan Darnley said the plan would work."), "en")[0]).toMatchObject({ name: "Alan Darnley", role: "Prime Minister" });
  });
});

describe("a title written without its point (British copy)", () => {
  it("« Prof Anna Berg » is Anna Berg, titled", () => {
    const tokens = tokenize("Prof Anna Berg said cases were rising.");
    expect(findNames(tokens).map((n) => [n.name, n.title])).toEqual([["Anna Berg", "Prof"]]);
  });
});
