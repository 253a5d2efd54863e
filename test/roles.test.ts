import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { findNames } from "../src/story/names.js";
import { roleAround } from "../src/story/roles.js";
import { tokenize } from "../src/story/tokens.js";

/** The role given to the first name of a sentence. */
const roleOf = (s: string, gender: "m" | "f" | null = null): string | null => {
  const tokens = tokenize(s);
  const n = findNames(tokens).find((x) => !x.organisation);
  if (!n) throw new Error(`no name in ${s}`);
  return roleAround(s, tokens, n, gender)?.text ?? null;
};

/** The role the story gives a person. */
const storyRole = (text: string, name: string): string | null => {
  const story = ingest(text, { slug: "t" });
  return [...story.speakers, ...story.people].find((p) => p.name === name)?.role ?? null;
};

describe("roles around a name", () => {
  it("an apposition before the name, article or possessor first", () => {
    expect(roleOf("Jeudi, la ministre de la Culture, Anne Perrin, a démenti.")).toBe("ministre de la Culture");
    expect(roleOf("On Friday, the navy's chief spokesperson, Commander Luis Ortega, said the ship was safe.")).toBe("navy's chief spokesperson");
  });

  it("an apposition after the name, with an English article, across an abbreviation", () => {
    expect(roleOf("Nadia Kell, an analyst at the U.K. group Ridge Partners, said talks had stalled.")).toBe("analyst at the U.K. group Ridge Partners");
    expect(roleOf("Omar Tazi, 58, a spokesman for the port authority, said the quay was closed.")).toBe("spokesman for the port authority");
  });

  it("a role noun right before the name, with no comma", () => {
    expect(roleOf("Finance minister Paul Dube has allocated more money.")).toBe("Finance minister");
    expect(roleOf("Il a reçu le ministre de la Santé Marc Vidal mardi.")).toBe("ministre de la Santé");
    // the verb before is no modifier of the role noun: her role, not « told freelance photographer »
    expect(roleOf("She told freelance photographer Ana Ruiz that she would stay.")).toBe("photographer");
  });

  it("a capitalised English title is the role", () => {
    expect(roleOf("Interior Minister Karl Obst said the border would stay shut.")).toBe("Interior Minister");
  });
});

describe("a role noun before a courtesy title", () => {
  it("is an inverted verb, not the person's role", () => {
    const story = ingest("Le vote a eu lieu lundi. « Nous avons gagné », juge Mme Lenoir.", { slug: "t" });
    expect(story.speakers.find((s) => s.name === "Lenoir")?.role ?? null).toBeNull();
  });
});

describe("a title before the name", () => {
  it("« Mme la ministre X »: the role is the title's role noun, never the courtesy title", () => {
    const story = ingest("Le gouvernement s'est réuni lundi. « Nous ne céderons pas », a déclaré Mme la ministre Claire Vasseur.", { slug: "t" });
    const p = story.speakers.find((s) => s.name === "Claire Vasseur");
    expect(p?.role).toBe("ministre");
    expect(p?.aliases).not.toContain("Mme");
  });

  it("a title that is a rank yields to the apposition", () => {
    const story = ingest("Les manœuvres ont commencé. « Tout est prêt », a dit le général Paul Rocher, chef des armées.", { slug: "t" });
    expect(story.speakers.find((s) => s.name === "Paul Rocher")?.role).toBe("chef des armées");
  });
});

describe("a role in a body, or a body's spokesperson", () => {
  it("« the head of Acme Technologies said » is the person with that role, not the company", () => {
    const story = ingest("The head of Trellix Technologies, Paul Brandt, said the deal was fair. “It is over,” the head of Trellix Technologies said.", { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Paul Brandt", "Paul Brandt"]);
  });

  it("« the army's spokesman said » is a person", () => {
    const story = ingest("The drills began on Monday. “We are ready,” the army's spokesman said.", { slug: "t" });
    const who = story.speakers.find((s) => s.name === story.quotes[0]?.speaker);
    expect(who?.kind).toBe("person");
  });
});

describe("an apposition after the name, as real copy writes it", () => {
  it("left unclosed, it ends at its clause's verb: « X, a rocket expert at Y said … »", () => {
    expect(roleOf("Tom Reyes, a rocket expert at the Harlow Institute said the test was a warning.")).toBe("rocket expert at the Harlow Institute");
    expect(roleOf("Léa Marti, chercheuse au centre Orion estime que le tir était un avertissement.")).toBe("chercheuse au centre Orion");
  });

  it("an English article before modifiers is no French « a »: « X, a senior fellow at Y »; « X, a rejoint … » stays a verb", () => {
    expect(roleOf("“It is a signal,” said Mia Chen, a senior fellow at the Lowell Center.")).toBe("senior fellow at the Lowell Center");
    expect(roleOf("Jean Morel, a longtemps été porte-parole du parti, puis il est parti.")).toBeNull();
  });
});

describe("roles as real copy gives them", () => {
  it("a relative clause that says the function: « X, who heads Y », « X, qui dirige Y » (by gender, or without one)", () => {
    expect(roleOf("Marta Quell, who heads the Coastal Risk Institute, said the dykes held.")).toBe("head of the Coastal Risk Institute");
    expect(roleOf("Marthe Quellec, qui dirige le centre Orion, a démenti.", "f")).toBe("directrice du centre Orion");
    // no gender known: no masculine form given to a woman by default
    expect(roleOf("Camille Roux, qui dirige le centre Orion, a démenti.")).toBe("à la tête du centre Orion");
    expect(roleOf("Tom Brett, who is the head of the harbour board, said so.")).toBe("head of the harbour board");
  });

  it("a body after the name: « X of the Y Foundation », « X, du think tank Y », « X (Parti Y) »", () => {
    expect(roleOf("Peter Vance of the Lindholm Foundation said repairs would take years.")).toBe("of the Lindholm Foundation");
    expect(roleOf("Selon Hugues Brandel, du think tank Ferrovie, les prix vont monter.")).toBe("du think tank Ferrovie");
    expect(roleOf("Sara Klint (Green Union party) said the plan was weak.")).toBe("Green Union party");
    expect(roleOf("Le ministre de l'Intérieur Karel Dvorak (PSV) a estimé que non.")).toBe("ministre de l'Intérieur (PSV)");
    // a place says where someone lives, no role
    expect(roleOf("Ellen Marsh of Dunmore said the road was shut.")).toBeNull();
  });

  it("an age between the name and the role: « X, 34, a nurse from Y »", () => {
    expect(roleOf("Ellen Marsh, 34, a nurse from Dunmore, said the ward was full.")).toBe("nurse from Dunmore");
  });

  it("a role before the name with no title word: « British historian X », « l'historienne X », « veteran diplomat X »", () => {
    expect(roleOf("British historian Ruth Calder said the storm was the worst.")).toBe("British historian");
    expect(roleOf("L'historienne Rose Calder a rappelé les faits.")).toBe("historienne");
    expect(roleOf("Veteran diplomat Carl Amsel said talks would resume.")).toBe("Veteran diplomat");
  });

  it("a capitalised function title keeps the words before it, never a rank after it", () => {
    expect(roleOf("The levies ordered by Norland President Carl Hume last week are unfair.")).toBe("Norland President");
    expect(roleOf("Speaking at President Ana Ruiz's press conference, he said no.")).toBe("President");
    expect(roleOf("Norland Coast Guard Commandant Major General Ivo Ruiz said the drill was planned.")).toBe("Norland Coast Guard Commandant");
    expect(roleOf("Le Premier ministre Jan Novak s'est exprimé.")).toBe("Premier ministre");
  });

  it("an elided article, a possessor and an incise: the role phrase as written, without the frame's circumstance", () => {
    expect(roleOf("a déclaré à la radio l'ambassadeur de Norvège en France, Lars Berg, déplorant le récit.")).toBe("ambassadeur de Norvège en France");
    expect(roleOf("“You won,” Cole told the agency's chief trial lawyer on the file, Sam Weller.")).toBe("agency's chief trial lawyer on the file");
    expect(roleOf("a annoncé Paul Berne, le responsable de la gendarmerie dans une déclaration à la presse, avant de partir.")).toBe("responsable de la gendarmerie");
  });

  it("a role given later: a copula, a description that points back, an apposition on the surname", () => {
    expect(storyRole("Storm\n\nThe dykes held, Rafi Abu Karim told reporters. Abu Karim is the head of the Harbour Dialogue Group in Norland.", "Rafi Abu Karim")).toBe("head of the Harbour Dialogue Group in Norland");
    expect(storyRole("Storm\n\nTomas Reiner spoke to reporters on Tuesday. The economist said prices would rise.", "Tomas Reiner")).toBe("economist");
    expect(storyRole("Storm\n\nJonas Pike attended the meeting. Pike, a retired engineer, warned of new floods.", "Jonas Pike")).toBe("retired engineer");
    expect(storyRole("Storm\n\nJonas Pike attended the meeting. Pike, a retired engineer, lives by the river.", "Jonas Pike")).toBe("retired engineer");
  });
});

describe("the speaker is the person, not their apposition nor their body", () => {
  it("« X, 34, a nurse from Y, said », « X (Parti Y) said », « X of the Y Foundation said »", () => {
    const story = ingest("Storm\n\nEllen Marsh, 34, a nurse from Dunmore, said the ward was full. Sara Klint (Green Union party) said the plan was weak. Peter Vance of the Lindholm Foundation said repairs would take years.", { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Ellen Marsh", "Sara Klint", "Peter Vance"]);
  });

  it("« said X of Y »: capitalised words tied to a name by « of » are X's body, neither the speaker nor a person", () => {
    const story = ingest("Vote\n\n“This is good news,” said Maria Lund of Forward Norland.", { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Maria Lund"]);
    expect([...story.speakers, ...story.people].filter((p) => p.kind === "person").map((p) => p.name)).toEqual(["Maria Lund"]);
  });
});

describe("a person after « de », a long apposition, where someone is from", () => {
  it("« en compagnie de X, président du … »: a name after « de » that an apposition with a role follows is a person", () => {
    const text = "Le déjeuner\n\nJeudi, le maire a déjeuné au port en compagnie de Tomas Kolar, trésorier de la ligue de voile ORV et ami d'enfance du sénateur Jan Novak.";
    expect(storyRole(text, "Tomas Kolar")).toBe("trésorier de la ligue de voile ORV");
  });

  it("a place or a nationality set off after the name describes the person, with no role", () => {
    const story = ingest("Floods\n\nJamal Aziz, 58, from Harbour Town, said the water rose.", { slug: "t" });
    const p = story.speakers.find((x) => x.name === "Jamal Aziz");
    expect(p?.role).toBeNull();
    expect(p?.aliases).toContain("from Harbour Town");
  });
});

describe("roles in the forms real copy gives them (issue 11, « who is X »)", () => {
  it("a function taken: « who was elected … as », « élue maire de Y en 2019 », « nommée à la tête de Y le 3 mai »", () => {
    expect(roleOf("Tomas Ravel, who was elected in 2019 as mayor of Brindlecombe, said the plan was sound.")).toBe("mayor of Brindlecombe");
    expect(roleOf("Tomas Ravel, appointed chief engineer last year, said the plan was sound.")).toBe("chief engineer");
    expect(roleOf("Claire Vautrin, élue maire de Lunel en 2019, a défendu le projet.")).toBe("maire de Lunel");
    expect(roleOf("Claire Vautrin, nommée à la tête de l'agence le 3 mai, a défendu le projet.")).toBe("à la tête de l'agence");
  });

  it("a phrase of function, what dates it left out: « à la tête de Y depuis 2018 », \"at the helm of Y since May\"", () => {
    expect(roleOf("Pierre Malvaux, à la tête de la fédération depuis 2018, a déclaré que la grève continuerait.")).toBe("à la tête de la fédération");
    expect(roleOf("Pierre Malvaux, qui est à la tête du syndicat depuis dix ans, a parlé.")).toBe("à la tête du syndicat");
    expect(roleOf("Ann Brisk, at the helm of the port authority since May, said the quay would reopen.")).toBe("at the helm of the port authority");
  });

  it("nouns that say who someone is only beside their name: « figure de Y », \"a stalwart of Y\"", () => {
    expect(roleOf("Pierre Malvaux, figure de la gauche radicale, a déclaré que la grève continuerait.")).toBe("figure de la gauche radicale");
    expect(roleOf("Ann Brisk, a longtime critic of the plan, said the quay would reopen.")).toBe("longtime critic of the plan");
  });

  it("a relation keeps whose it is: « her husband, X », « sa sœur, X »", () => {
    expect(roleOf("Her husband, Daniel Frost, said she was innocent.")).toBe("her husband");
    expect(roleOf("Sa sœur, Julie Frost, a affirmé qu'elle était innocente.")).toBe("sa sœur");
  });

  it("a body's own words stay in the role: a capitalised word is no verb, an « and » between capitals no coordination", () => {
    expect(roleOf("Lena Holt, director of the Will Foundation, said the money was gone.")).toBe("director of the Will Foundation");
    expect(roleOf("Lena Holt, head of the Institute for Peace and Security and Development Studies, said the money was gone.")).toBe("head of the Institute for Peace and Security and Development Studies");
  });

  it("a clause after the name and its age is no apposition: « X, 58, told Y … »", () => {
    expect(roleOf("Omar Tazi, 58, told local reporter Dana Mirr in Portmore that the election was a choice of the movement itself.")).toBeNull();
  });

  it("an age says nothing of the role: « X filed the appeal. The 40-year-old lawyer said … » is X", () => {
    const text = "Appeal filed\n\nMara Quillfeather filed the appeal on Monday. The 40-year-old lawyer said the ruling would be challenged.\n";
    const story = ingest(text, { slug: "t" });
    expect(story.speakers.map((s) => s.name)).toEqual(["Mara Quillfeather"]);
    expect(storyRole(text, "Mara Quillfeather")).toBe("40-year-old lawyer");
  });
});

describe("a role given by the description the next sentence opens with", () => {
  it("« X a reçu Y, la secrétaire générale de Z. Le chef de l'État souhaitait … »: the one person of the sentence before with no role", () => {
    const text = "Rencontre\n\nLundi, Paul Verdier a accueilli Sophie Marot, la secrétaire générale du syndicat, dans son bureau. Le chef de l'État voulait entendre la syndicaliste.\n";
    expect(storyRole(text, "Paul Verdier")).toBe("chef de l'État");
    expect(storyRole(text, "Sophie Marot")).toBe("secrétaire générale du syndicat");
    // the description's gender picks among those with no role; it ends before its verb and the verb's object
    expect(storyRole("Rencontre\n\nMardi, Paul Verdier a reçu Léa Dumas à l'Élysée. Le chef de l'État souhaitait la voir.\n", "Paul Verdier")).toBe("chef de l'État");
  });

  it("no role when two people of the sentence before have none, or when someone already holds it", () => {
    expect(storyRole("Rencontre\n\nMardi, Paul Verdier a reçu Marc Dumas à l'Élysée. Le chef de l'État souhaitait la voir.\n", "Paul Verdier")).toBeNull();
    const held = "Rencontre\n\nLe chef de l'État, Marc Lenoir, était absent. Mardi, Paul Verdier a reçu la délégation. Le chef de l'État souhaitait la voir.\n";
    expect(storyRole(held, "Paul Verdier")).toBeNull();
  });
});

describe("a trade named by its ending", () => {
  it("« la toxicologue X », « X, biologiste, … », \"pharmacologist X\" give the trade as the role; an ideology (« socialiste ») does not", () => {
    expect(roleOf("« Ce produit est sûr », précise la toxicologue Anne Vidal, dans une note.")).toBe("toxicologue");
    expect(roleOf("« Absurde », explique Paul Morin, biologiste, ancien de l’agence.")).toBe("biologiste");
    expect(roleOf("The dose is low, said pharmacologist Ruth Onyango.")).toBe("pharmacologist");
    expect(roleOf("« Non », a dit Paul Morin, socialiste depuis toujours.")).toBeNull();
  });
});

describe("where a role before the name starts", () => {
  it("not at a conjunction opening the sentence, a clause before a possessor, nor the noun a role is the complement of", () => {
    expect(roleOf("But Norland's defence minister, Paul Amsel, said the test failed.")).toBe("Norland's defence minister");
    expect(roleOf("Reid also confirmed Ola's daughter, Mina Obi, would attend.")).toBe("Ola's daughter");
    expect(roleOf("Après la mort du chef du groupe, Omar Kessel, la trêve a tenu.")).toBe("chef du groupe");
  });
});

describe("a lead that describes someone before naming them", () => {
  it("gives the description's role to the one person named next, of a fitting gender", () => {
    const fr = "L’ambassadrice de Norlande en Suisse a regretté jeudi le silence des capitales.\n\n« Notre avenir se joue maintenant », a assuré Anna Vik lors d’une conférence de presse.\n";
    expect(storyRole(fr, "Anna Vik")).toBe("ambassadrice de Norlande en Suisse");
    const en = "The head of the Norland port authority warned on Monday of more delays.\n\n\"We cannot cope,\" Tom Reid told reporters.\n";
    expect(storyRole(en, "Tom Reid")).toBe("head of the Norland port authority");
  });

  it("not to someone named far later, nor when two people are named next", () => {
    const far = "L’ambassadrice de Norlande a déploré l’indifférence.\n\nLa conférence a duré une heure.\n\nLe public était nombreux.\n\n« Merci », a dit Anna Vik.\n";
    expect(storyRole(far, "Anna Vik")).toBeNull();
    const two = "L’ambassadrice de Norlande a déploré l’indifférence.\n\nAnna Vik et Lena Berg ont parlé ensuite.\n";
    expect(storyRole(two, "Anna Vik")).toBeNull();
  });
});

describe("a role closed by a body's acronym in brackets", () => {
  it("« la cheffe des députés de Y (ABC), X » keeps the acronym with the role", () => {
    const text = "Les députés ont voté.\n\n« Ce texte est mauvais », a lancé la cheffe des députés du Parti vert (PV), Lina Morel, sur une radio.\n";
    expect(storyRole(text, "Lina Morel")).toBe("cheffe des députés du Parti vert (PV)");
  });
});

describe("roles that were lost or cut short", () => {
  it("a public employee (« agent de … ») after the name and its age is a role", () => {
    expect(roleOf("« On tient », dit Marc Dubreuil, 51 ans, agent du service des canaux.")).toBe("agent du service des canaux");
  });

  it("a body's name written over its linking words before a role noun belongs to the role", () => {
    expect(roleOf("During the debate, Green Union for the Coast leader Ken Arato urged the mayor to act.")).toBe("Green Union for the Coast leader");
    expect(roleOf("On Monday, Department of Roads spokesman Ray Olin said the bridge was shut.")).toBe("Department of Roads spokesman");
  });

  it("a role too long to read loses its last complements instead of being dropped", () => {
    expect(roleOf("« Ils ont agi sans prévenir », a déclaré Lucie Garnier, présidente de la plus ancienne ligue de protection des rivières de montagne du pays.")).toBe(
      "présidente de la plus ancienne ligue de protection des rivières de montagne",
    );
  });
});

describe("roles read through a department's adjective, an elided article or a clause", () => {
  it("« des Affaires étrangères » before the name: the adjective after the department's capital is the role's", () => {
    expect(roleOf("En Norvège, le ministre russe des Affaires étrangères Piotr Orlov a menacé de partir.")).toBe("ministre russe des Affaires étrangères");
  });

  it("« de l'union … CGT » after the name is the person's body", () => {
    expect(roleOf("Des camions ont été bloqués, a assuré Paul Corbin de l'union locale CGT.")).toBe("de l'union locale CGT");
  });

  it("a clause before the name never becomes a role: the role its complement names does", () => {
    expect(roleOf("La rectrice a confié jeudi la mission au directeur des écoles de Verlac, Marc Nerval, qui rendra un rapport.")).toBe("directeur des écoles de Verlac");
    expect(roleOf("Le maire a écrit mardi au ministre, Marc Nerval, pour demander des moyens.")).toBe("ministre");
  });
});

describe("a body's full name before a head-last role", () => {
  it("the capitalised words a body's name opens with stay when the name has its own complement", () => {
    expect(roleOf("However, when Constitutional Green Party of Norland leader Ken Obara pressed the mayor, he said nothing.")).toBe("Constitutional Green Party of Norland leader");
    expect(roleOf("Yesterday Labour Party of Norland leader Ken Obara pressed the mayor.")).toBe("Labour Party of Norland leader");
  });
});

describe("a role written right before the name, of shapes no list holds", () => {
  it("a French role noun with a lower-case complement (« le commissaire à l'économie X »)", () => {
    expect(roleOf("Il faut tenir, a averti le commissaire à l’agriculture Hervé Gallois.")).toBe("commissaire à l’agriculture");
    expect(roleOf("Le ministre a écrit au préfet de police Odile Marchand mardi.")).toBe("préfet de police");
  });

  it("an adjective right after the role noun stays with it (« l'ancien Premier ministre centriste X »)", () => {
    expect(roleOf("Le Conseil, que dirige l'ancien Premier ministre centriste Paul Verrier, tranchera.")).toBe("ancien Premier ministre centriste");
  });

  it("a doer's noun between an article and the name is an occupation (« le neurochirurgien X », « the welder X »)", () => {
    expect(roleOf("Une lettre signée par le neurochirurgien Alain Ferrand circule.")).toBe("neurochirurgien");
    expect(roleOf("La chaîne appartient au groupe du milliardaire Henri Vautrin depuis 2019.")).toBe("milliardaire");
    expect(roleOf("The welder Tomas Reyes said the plant had closed.")).toBe("welder");
    // an adjective is no occupation: no role from « the embattled »
    expect(roleOf("The embattled Tomas Reyes said the plant had closed.")).toBeNull();
  });

  it("a place after a role's « de » is the role's, not the name's (« le cardinal de Lyon X »)", () => {
    expect(storyRole("« Nous prions pour eux », a écrit le cardinal de Lyon Jean-Luc Berthier.", "Jean-Luc Berthier")).toBe("cardinal de Lyon");
  });

  it("the acronym of a body before a hyphenated English title is the role's (« UN Secretary-General X »)", () => {
    expect(roleOf("NATO Secretary-General Lena Hovik said the alliance was ready.")).toBe("NATO Secretary-General");
    expect(roleOf("The agency's Director-General Omar Sadiq said inspectors had returned.")).toBe("Director-General");
  });
});

describe("a fronted phrase of circumstance gives no role to the name after it", () => {
  it("a participle's phrase: its noun is another's", () => {
    expect(roleOf("Répondant aux questions de la maire, Paul Kerbrat a promis un nouveau parking.")).toBeNull();
    expect(roleOf("Speaking alongside the president, Joe Varn said the budget was sound.")).toBeNull();
  });

  it("a preposition's phrase when the name goes on to its verb; an apposition when a comma closes the name", () => {
    expect(roleOf("Devant la ministre, Anne Lobel a affirmé que le budget tenait.")).toBeNull();
    expect(roleOf("Before the chairman, Tom Kell said the ferries were safe.")).toBeNull();
    expect(roleOf("Selon la porte-parole du ministère, Anne Roy, le projet est prêt.")).toBe("porte-parole du ministère");
  });

  it("a role noun shaped like a participle is still a role", () => {
    expect(roleOf("Dirigeant du parti, Luc Marnier a affirmé que la ligne tenait.")).toBe("Dirigeant du parti");
  });
});
