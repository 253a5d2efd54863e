import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { mergeCapitals, SpeechReader } from "../src/story/speech/index.js";

function read(text: string, lang: "fr" | "en" = "fr") {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  mergeCapitals(r.registry, r.quotes);
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("more reporting constructions", () => {
  it("skips a dative between the verb and an inverted subject", () => {
    expect(read("« La trêve tient », a déclaré à l'AFP le maire de la ville, Ivan Petrov.")).toEqual(["Ivan Petrov | direct | La trêve tient"]);
  });

  it("gives words to anonymous sources", () => {
    expect(read("Les frappes ont visé un dépôt, a indiqué une source militaire.")).toEqual(["source militaire | indirect | Les frappes ont visé un dépôt"]);
    expect(read("Selon des sources diplomatiques, la réunion est reportée.")).toEqual(["sources diplomatiques | indirect | la réunion est reportée."]);
  });

  it("skips a relative clause between the subject and the verb", () => {
    expect(read("Le président Marc Aubry, qui s'exprimait devant la presse, a affirmé que la réforme serait votée.")).toEqual([
      "Marc Aubry | indirect | la réforme serait votée.",
    ]);
  });

  it("reads « pour X, … » when X is a person or an institution", () => {
    expect(read("Pour l'analyste Sofia Berg, cette crise « était prévisible ».")).toEqual([
      "Sofia Berg | indirect | cette crise « était prévisible ».",
    ]);
    // The quoted words stay inside Sofia Berg's reported clause (no quote of their own).
    expect(read("Pour l'analyste Sofia Berg, cette crise « était prévisible ».").some((q: string) => q.startsWith("Sofia Berg | indirect | ") && q.includes("était prévisible"))).toBe(true);
    expect(read("Pour la première fois, le port est fermé.")).toEqual([]);
  });

  it("takes a role and a name from « Le président russe Vladimir X »", () => {
    expect(read("Le président kazakh Nurlan Abenov a estimé que l'accord était « équilibré ».")).toEqual([
      "Nurlan Abenov | indirect | l'accord était « équilibré ».",
    ]);
    // The quoted words stay inside Nurlan Abenov's reported clause (no quote of their own).
    expect(read("Le président kazakh Nurlan Abenov a estimé que l'accord était « équilibré ».").some((q: string) => q.startsWith("Nurlan Abenov | indirect | ") && q.includes("équilibré"))).toBe(true);
  });

  it("attributes a quote followed by « selon X »", () => {
    expect(read("« Nous ne reculerons pas », selon le porte-parole du gouvernement, Hugo Lenz.")).toEqual(["Hugo Lenz | direct | Nous ne reculerons pas"]);
  });

  it("reads present-tense inverted verbs with a pronoun", () => {
    const text = "La commissaire Eva Lund a présenté le plan.\n\n« Il faut agir vite », estime-t-elle.";
    expect(read(text)).toContain("Eva Lund | direct | Il faut agir vite");
  });

  it("reads English attribution", () => {
    expect(read("\"We will stay,\" said General John Miles.", "en")).toEqual(["John Miles | direct | We will stay"]);
    expect(read("The ministry said that 200 troops had arrived.", "en")).toEqual(["ministry | indirect | 200 troops had arrived."]);
  });
});

describe("appositions, authors and salience", () => {
  it("reads « X, role, a salué une « … » » as the subject speaking, not an inverted verb", () => {
    expect(read("Paul Okafor, chef de la délégation, a salué un « pas décisif ».")).toEqual(["Paul Okafor | direct | pas décisif"]);
    expect(read("La ministre du Commerce, Lena Voss, a dénoncé une « provocation » et a indiqué que Rome avait été prévenue.")).toEqual([
      "Lena Voss | indirect | Rome avait été prévenue.",
      "Lena Voss | direct | provocation",
    ]);
  });

  it("skips an age in apposition", () => {
    expect(read("Le général Tom Weiss, 51 ans, a estimé que ses troupes étaient prêtes.")).toEqual(["Tom Weiss | indirect | ses troupes étaient prêtes."]);
  });

  it("credits a document to its author", () => {
    expect(read("Selon un rapport d'experts de l'ONU publié mardi, la famine menace.")).toEqual(["experts de l'ONU | indirect | la famine menace."]);
    expect(read("La région compte 300 écoles, selon un décompte de l'Unicef.")).toEqual(["Unicef | indirect | La région compte 300 écoles"]);
  });

  it("names a possessive institution without the possessive", () => {
    expect(read("Le Chili a envoyé deux navires, a indiqué son ministère de la Défense.")).toEqual([
      "ministère de la Défense | indirect | Le Chili a envoyé deux navires",
    ]);
  });

  it("resolves « a-t-il dit » to the man the previous sentence opened with", () => {
    const text = "Le porte-parole, Ivo Horvat, a indiqué que les patrouilles continueraient.\n\nLe commandant, le général Luis Mora, s'est montré plus prudent.\n\n« Rien n'est acquis », a-t-il dit.";
    expect(read(text)).toContain("Luis Mora | direct | Rien n'est acquis");
  });

  it("gives the words to the person a country speaks through", () => {
    expect(read("La France a salué un vote « responsable », par la voix de son ambassadeur, Hugo Lemoine.")).toEqual([
      // The object that quotes words is what was said (as annotators of real copy read it), and the quoted word too.
      "Hugo Lemoine | indirect | un vote « responsable »",
    ]);
    // The quoted words stay inside Hugo Lemoine's reported clause (no quote of their own).
    expect(read("La France a salué un vote « responsable », par la voix de son ambassadeur, Hugo Lemoine.").some((q: string) => q.startsWith("Hugo Lemoine | indirect | ") && q.includes("responsable"))).toBe(true);
  });

  it("reads « appeler à » as speech and a phone call as none", () => {
    expect(read("L'ambassade de Suède a appelé à la retenue.\n\nSelon elle, « rien ne justifie la force ».")).toContain("ambassade de Suède | direct | rien ne justifie la force");
    expect(read("Le ministre Karl Berg a appelé son homologue lundi.")).toEqual([]);
  });
});

describe("inverted subjects after time words and prepositional phrases", () => {
  it("skips « jeudi », « sur Telegram », « lors d'une conférence de presse »", () => {
    expect(read("Le pont a rouvert, a annoncé jeudi la ministre des Transports, Ana Ruiz.")).toEqual(["Ana Ruiz | indirect | Le pont a rouvert"]);
    expect(read("« Chaque heure compte », a réagi sur Telegram le ministre ukrainien, Ivan Koval.")).toEqual(["Ivan Koval | direct | Chaque heure compte"]);
  });

  it("keeps a decimal comma inside a noun phrase", () => {
    expect(read("Le plan coûtera 1,4 milliard d'euros, a annoncé jeudi le ministère néerlandais de la Défense.")).toEqual([
      "ministère néerlandais de la Défense | indirect | Le plan coûtera 1,4 milliard d'euros",
    ]);
  });

  it("prefers a pronoun's known gender to an unknown one", () => {
    const text = "Le texte a été signé par le chancelier Tim Roth.\n\nLa ministre des Armées, Eva Holm, a salué l'accord.\n\nDevant les députés, elle a déclaré : « Nous tiendrons parole. »";
    expect(read(text)).toContain("Eva Holm | direct | Nous tiendrons parole.");
  });
});

describe("descriptions that introduce someone new", () => {
  it("keeps a qualified description apart from earlier people, but joins a former role", () => {
    const a = "Le ministre Aki Lahto a annoncé la mesure.\n\nLe président américain a estimé que c'était « une erreur ».";
    expect(read(a)).toContain("président américain | indirect | c'était « une erreur ».");
    const b = "« Nous tiendrons », a déclaré le secrétaire général, Jan Olsen.\n\nL'ancien Premier ministre norvégien a toutefois estimé que rien n'était joué.";
    expect(read(b)).toContain("Jan Olsen | indirect | rien n'était joué.");
  });
});

describe("documents of an occasion", () => {
  it("credits « la note finale de la rencontre » to the institution the sentence opens with", () => {
    const text = "Les ministres de l'Agriculture du Conseil nordique ont retenu mardi trois projets, selon la note finale de la rencontre.\n\n« Les semences seront livrées en mars », précise la note.";
    const quotes = read(text);
    expect(quotes[0]).toMatch(/^ministres de l'Agriculture du Conseil nordique \| indirect \| Les ministres de l'Agriculture/);
    expect(quotes).toContain("ministres de l'Agriculture du Conseil nordique | direct | Les semences seront livrées en mars");
  });
});

describe("names of things and roles around names", () => {
  it("does not take a named agency or operation for a person", () => {
    const r = new SpeechReader();
    r.read(0, "La porte-parole, Ada Lind, citée par l'agence Nova Press, a affirmé que l'opération Mer Calme continuait.");
    expect(r.registry.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Ada Lind"]);
  });

  it("reads a role after an age, and a role before a comma that is not a title", () => {
    const r = new SpeechReader();
    r.read(0, "Le général Ole Berg, 57 ans, commandant des opérations, a visité la base.");
    r.read(1, "Le Premier ministre, Tor Lie, a réuni le conseil.");
    expect(r.registry.entities.find((e) => e.name === "Ole Berg")?.role).toBe("commandant des opérations");
    expect(r.registry.entities.find((e) => e.name === "Tor Lie")?.role).toBe("Premier ministre");
  });

  it("reads « ce diplomate de 58 ans » as the person just named", () => {
    const text = "« Rien n'est signé », a prévenu le médiateur, Omar Said.\n\nPour ce diplomate de 58 ans, la trêve reste « fragile ».";
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((read(text)).some((q: string) => q.startsWith("Omar Said | indirect | ") && q.includes("fragile"))).toBe(true);
  });
});
