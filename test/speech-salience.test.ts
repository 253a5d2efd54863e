import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";
import type { Entity } from "../src/story/entities.js";
import { rank, score, type Place } from "../src/story/salience.js";
import { ingest } from "../src/story/ingest.js";

/** Reads an invented dispatch, paragraphs told, and lists « speaker | text » of the quoted words. */
function read(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.filter((q) => q.kind === "direct").map((q) => `${q.entity.name} | ${q.text}`);
}

describe("a frame's pronoun finds its speaker by rank (salience.ts)", () => {
  it("points to the person just brought in, not to a speaker of an earlier paragraph", () => {
    expect(read(`Finance minister Kofi Darrow said the budget was fair.\n\nThe plan was attacked by Yaro Belden, the opposition leader. "It is a fraud," he said.`)).toEqual([
      "Yaro Belden | It is a fraud",
    ]);
    expect(read(`Le ministre Paul Garnel a défendu le budget mardi.\n\nLe texte a été critiqué par le député Louis Perran. « C'est une fraude », a-t-il dénoncé.`, "fr")).toEqual([
      "Louis Perran | C'est une fraude",
    ]);
  });

  it("keeps the speaker who opened the sentence when another person is named in passing", () => {
    expect(read(`Kofi Darrow said the budget, drafted with his adviser Tom Kell, was fair. "It is a good budget," he said.`)).toEqual(["Kofi Darrow | It is a good budget"]);
  });

  it("does not take a name inside the quoted words for the antecedent", () => {
    expect(read(`Mayor Tom Ravel said temporary burials might be needed.\n\n"We would turn to Pell Island," he said.`)).toEqual(["Tom Ravel | We would turn to Pell Island"]);
  });

  it("follows the most recent subject of the pronoun's gender over an older speaker", () => {
    expect(read(`Police chief Dana Corr said three officers were hurt. Mayor Rita Shale visited the scene in the evening.\n\n"This is a tragedy for our city," she said.`)).toEqual([
      "Rita Shale | This is a tragedy for our city",
    ]);
  });
});

describe("a known person named again by surname alone stays in view (salience.ts surnameMentions)", () => {
  /** Every statement, direct or reported, as « speaker | text ». */
  const all = (text: string, lang: "fr" | "en" = "en"): string[] => {
    const r = new SpeechReader(lang);
    splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
    return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
  };
  it("gives « he said » to the lawyer named by surname after an opening phrase, not to the witness", () => {
    const out = all(
      `Her lawyer Peter Lund spoke briefly on Monday.\n\nThe first witness was inspector Tunde Oduya. He said the accounts were fake.\n\nOn the emails, Lund kept his voice low and said none of them broke any law.\n\nHe said the prosecution had shown no proof in its opening week.`,
    );
    expect(out).toContain("Peter Lund | none of them broke any law.");
    expect(out).toContain("Peter Lund | the prosecution had shown no proof in its opening week.");
  });
  it("reads « he said » after a sentence that names the lawyer again by surname, with no words of his", () => {
    const out = all(
      `Her lawyer Peter Lund spoke briefly on Monday.\n\nThe first witness was inspector Tunde Oduya. He said the accounts were fake.\n\nLater in the day, Lund stood up to cross-examine the witness.\n\nHe said the prosecution had shown no proof in its opening week.`,
    );
    expect(out).toContain("Peter Lund | the prosecution had shown no proof in its opening week.");
  });
});

describe("a role's first word naming a body gives the person no gender (entities.ts npGender)", () => {
  it("reads « Police chief X » as a man's role when « he » follows", () => {
    expect(read(`Lawyer Peter Lund spoke briefly.\n\nPolice chief Tunde Oduya testified on Monday. "The accounts were fake," he said.`)).toEqual(["Tunde Oduya | The accounts were fake"]);
  });
});

describe("a name governed by a preposition in the pronoun's own sentence is not its antecedent", () => {
  const all = (text: string, lang: "fr" | "en" = "en"): string[] => {
    const r = new SpeechReader(lang);
    splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
    return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
  };
  it("reads « Under cross-examination by X, he said » as the witness who spoke before", () => {
    const out = all(`The first witness was inspector Tunde Oduya, who led the inquiry. He said the accounts had been watched for months.\n\nUnder cross-examination by Peter Lund, he said the posts were not illegal.`);
    expect(out).toContain("Tunde Oduya | the posts were not illegal.");
  });
  it("reads « Après sa rencontre avec X, il a déclaré » as the one who spoke before", () => {
    const out = all(`Le ministre Paul Garnel a défendu le budget mardi. Il a jugé le texte équilibré.\n\nAprès sa rencontre avec Louis Perran, il a déclaré que le texte ne changerait pas.`, "fr");
    expect(out).toContain("Paul Garnel | le texte ne changerait pas.");
  });
  it("still reads « After the verdict, X said … He added » as X", () => {
    const out = all(`The first witness was inspector Tunde Oduya. He said the accounts were fake.\n\nAfter the verdict, Peter Lund spoke to reporters outside. He said the ruling would be appealed.`);
    expect(out).toContain("Peter Lund | the ruling would be appealed.");
  });
});

describe("a plural pronoun with no body named stands for the people named before", () => {
  it("reads « they said » after a bare plural of people", () => {
    expect(read(`Villagers gathered outside the town hall in Orlo on Monday. They said the water had been cut for a week.\n\n"Nobody listens to us," they said.`)).toEqual([
      "Villagers | Nobody listens to us",
    ]);
  });

  it("reads « ont-ils expliqué » after « les agriculteurs »", () => {
    expect(read(`Les agriculteurs ont manifesté devant la préfecture de Vernon. « On ne peut plus vivre de notre travail », ont-ils expliqué.`, "fr")).toEqual([
      "agriculteurs | On ne peut plus vivre de notre travail",
    ]);
    // (the noun, not the preposition after it: « les infirmières de l'hôpital »)
    expect(read(`Les infirmières de l'hôpital de Vernon ont cessé le travail lundi.\n\n« Nous sommes épuisées », ont-elles expliqué.`, "fr")).toEqual(["infirmières | Nous sommes épuisées"]);
  });
});

describe("the scores", () => {
  const person = (name: string, gender: "m" | "f" | null, extra: Partial<Entity> = {}): Entity =>
    ({ id: 0, name, aliases: new Set(), kind: "person", role: null, gender, mentions: new Set([0]), lastSeen: 0, lastSpoke: -1, lastSubject: -1, spoke: false, issuedDocument: false, ...extra }) as Entity;
  const place = (at: number, narrated: Map<Entity, number>, paragraphs: number[] = []): Place => ({
    at,
    sentence: Math.floor(at / 100000),
    paragraphOf: (k) => paragraphs[k] ?? null,
    narrated: (e) => narrated.get(e) ?? -1,
  });

  it("rules out a candidate of the other gender, and a person for « it »", () => {
    const ann = person("Ann Vell", "f");
    const p = place(100010, new Map([[ann, 5]]));
    expect(score(ann, { gender: "m", plural: false }, p)).toBeNull();
    expect(score(ann, { gender: null, plural: false, thing: true }, p)).toBeNull();
    expect(score(ann, { gender: "f", plural: false }, p)).not.toBeNull();
  });

  it("looks no further back than its window", () => {
    const ann = person("Ann Vell", "f", { mentions: new Set([0]) });
    expect(rank([ann], { gender: "f", plural: false }, place(20 * 100000, new Map([[ann, 5]])))).toEqual([]);
  });

  it("ranks a speaker of the same paragraph above one of the paragraph before", () => {
    const old = person("Ann Vell", "f", { lastSpoke: 100005, spoke: true, mentions: new Set([1]) });
    const now = person("Eva Mott", "f", { lastSpoke: 200005, spoke: true, mentions: new Set([2]) });
    const ranked = rank([old, now], { gender: "f", plural: false }, place(300010, new Map(), [0, 0, 1, 1]));
    expect(ranked.map((s) => s.entity.name)).toEqual(["Eva Mott", "Ann Vell"]);
  });
});

describe("a description names the person already there", () => {
  it("reads a title written before the name as a role (« le colonel Yves Harnel » … « a ajouté le colonel »)", () => {
    expect(read(`Le porte-parole de l'armée, le colonel Yves Harnel, a confirmé l'attaque. « Ils ont fui », a ajouté le colonel.`, "fr")).toEqual(["Yves Harnel | Ils ont fui"]);
  });

  it("reads a general noun (« l'élu », “the official”) as the person of a role it covers", () => {
    expect(read(`Le maire de Plouguer, Jean Morvel, a inauguré la digue. « Elle protégera la ville », a déclaré l'élu.`, "fr")).toEqual(["Jean Morvel | Elle protégera la ville"]);
    expect(read(`Port director Lena Vasko met the harbour pilots on Monday.\n\n"The channel will reopen on Friday," the official said.`)).toEqual(["Lena Vasko | The channel will reopen on Friday"]);
  });

  it("keeps a general noun that covers no one there for someone new", () => {
    expect(read(`Port director Lena Vasko met the harbour pilots on Monday.\n\n"We are ready," the officer said.`)).toEqual(["officer | We are ready"]);
  });
});

describe("a quotation with no frame", () => {
  it("goes to the person the sentence before is about, when no one else spoke in it", () => {
    expect(read(`Carla Vonn and Tom Rask met on Tuesday in Brindle.\n\n"We made progress," Rask said.\n\nVonn was less sure of the outcome.\n\n"There is still a long way to go."`)).toEqual([
      "Tom Rask | We made progress",
      "Carla Vonn | There is still a long way to go.",
    ]);
    expect(read(`Claire Dutel et Jean Morvel se sont rencontrés mardi.\n\n« Nous avons progressé », a déclaré M. Morvel.\n\nMme Dutel se montre plus prudente.\n\n« Le chemin est encore long. »`, "fr")).toEqual([
      "Jean Morvel | Nous avons progressé",
      "Claire Dutel | Le chemin est encore long.",
    ]);
  });

  it("stays with the last speaker when the sentence before is no one's", () => {
    expect(read(`Tom Rask, the union leader, said the strike would go on.\n\n"We are not moving. Not one inch."`)).toEqual(["Tom Rask | We are not moving. Not one inch."]);
  });
});

describe("a participle glued to a plural of people", () => {
  const said = (text: string, lang: "fr" | "en") => {
    const r = new SpeechReader(lang);
    splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
    return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
  };

  it("has that noun phrase for its speaker (« par des habitants assurant que », “by residents saying that”)", () => {
    expect(said("Les pompiers sont intervenus rue Caron à Vernon, alertés par des habitants assurant que deux enfants étaient coincés.", "fr")).toEqual([
      "habitants | deux enfants étaient coincés.",
    ]);
    expect(said("Police were called to the street in Orlo by residents saying that two people had been stabbed.", "en")).toEqual(["residents | two people had been stabbed."]);
  });

  it("leaves a participle set off by a comma to the sentence's subject", () => {
    expect(said("The minister visited farmers in Orlo, saying that the drought would be over soon.", "en")).toEqual(["minister | the drought would be over soon."]);
  });
});

describe("a frame's pronoun with no antecedent that can speak names no one", () => {
  const speakers = (text: string) => ingest(text, { slug: "t" }).speakers.map((s) => s.name);

  it("does not make a group of a plural that is no noun of people (« les projets », « les centaines »)", () => {
    const story = `Tension à la faculté\n\nÀ la faculté de Brenne, des dizaines d’enseignants et d’agents ont cessé le travail lundi pour protester contre les projets de fusion du rectorat. Ils veulent élargir la grève à partir du 12 avril.\n\nLes centaines de grévistes prévoient une manifestation, qu'ils espèrent massive.`;
    const names = speakers(story);
    expect(names).not.toContain("projets");
    expect(names).not.toContain("centaines");
  });

  it("takes a plural of agents (« des détracteurs ») for « ils », not a plural of things read after it", () => {
    const story = ingest(`La tour de Pernay\n\nÀ Pernay, le projet de tour est contesté depuis un an par des détracteurs qui visent les plans de la mairie. Ils ont affirmé que la tour cachera la vue.`, { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["détracteurs"]);
    expect(speakers(`La tour de Pernay\n\nÀ Pernay, le projet de tour est contesté depuis un an par ses opposants, qui dénoncent les plans de la mairie. Ils espèrent obtenir un référendum.`)).not.toContain("plans");
  });

  it("gives no speaker to « It says » when the only body is named in passing sentences back", () => {
    const story = [
      "What is the Lorn Pact?",
      "The pact was signed in 1961 to stop the spread of the Garvian Union in the north.",
      "Its members meet every year.",
      "The pact has grown since then.",
      "Twelve countries have joined.",
      "Others have asked to join.",
      "Some have left.",
      "What is clause 9?",
      "Clause 9 is the core of the pact.",
      "It says that an attack on one member is an attack on all.",
    ].join("\n\n");
    expect(speakers(story)).not.toContain("Garvian Union");
  });
});

describe("« selon lui », « the account he gave »: ranked like a frame's pronoun", () => {
  const all = (text: string, lang: "fr" | "en" = "en"): string[] => {
    const r = new SpeechReader(lang);
    splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
    return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
  };
  it("does not take a man named inside the quoted words", () => {
    const out = all(
      `Senator Ellen Brock has criticised the budget of Governor Tom Hale for months.\n\nThe next day, in a speech at the academy, Walter Grant vowed, “If elected, in my first month I will undo Governor Hale’s deep school cuts,” a promise he has made at every stop.`,
    );
    expect(out).toContain("Walter Grant | If elected, in my first month I will undo Governor Hale’s deep school cuts");
  });
  it("reads « selon lui » after a quotation that names another man", () => {
    const out = all(`Le ministre Paul Garnel a défendu le budget mardi. « Il faut aider le maire Louis Perran », a-t-il dit.\n\nSelon lui, le budget sera voté avant la fin du mois de juin.`, "fr");
    expect(out).toContain("Paul Garnel | le budget sera voté avant la fin du mois de juin.");
  });
});

describe("a person the copy names by a given name alone has that name's gender (salience.ts genderOf)", () => {
  it("« ajoute-t-elle » does not go back to the last speaker when he is named « Lucas » alone", () => {
    expect(read(`Lucas, étudiant en droit, défend la fermeture du fournil : « Le four chauffe mal. »\n\nDans la boutique, Lina Moreau, la patronne, compte la monnaie. « On changera de four en mai », ajoute-t-elle.`, "fr")).toEqual([
      "Lucas | Le four chauffe mal.",
      "Lina Moreau | On changera de four en mai",
    ]);
  });
});
