import { describe, expect, it } from "vitest";
import { type UnstatedMatch, extractUnstated } from "../src/story/figures/index.js";

const one = (s: string): UnstatedMatch => {
  const all = extractUnstated(s);
  expect(all, JSON.stringify(all)).toHaveLength(1);
  return all[0] as UnstatedMatch;
};

describe("French statements that a number was not given", () => {
  it("« n'ont pas précisé le nombre de soldats », subject from the sentence start", () => {
    const u = one("Les états-majors de Rome et Madrid n'ont pas précisé le nombre de soldats mobilisés pour l'opération.");
    expect(u).toEqual({
      what: "le nombre de soldats mobilisés",
      by: "Les états-majors de Rome et Madrid",
      category: "troops",
      text: "Les états-majors de Rome et Madrid n'ont pas précisé le nombre de soldats mobilisés",
    });
  });

  it("« sans préciser le nombre de … » has no subject of its own", () => {
    const u = one("Le ministère a annoncé l'envoi de renforts vers l'est, sans préciser le nombre de militaires concernés.");
    expect(u).toMatchObject({ what: "le nombre de militaires concernés", by: null, category: "troops" });
    expect(u.text).toBe("sans préciser le nombre de militaires concernés");
  });

  it("« Ni X ni Y n'ont précisé … »: the negation is in the subject", () => {
    const u = one("Ni Oslo ni Stockholm n'ont précisé le nombre de soldats déployés.");
    expect(u).toMatchObject({ by: "Ni Oslo ni Stockholm", category: "troops", what: "le nombre de soldats déployés" });
  });

  it("subject after a comma, adverb between auxiliary and negation", () => {
    const u = one("Interrogé mardi, le porte-parole du gouvernement n'a toutefois pas précisé le nombre de chars que livrera chaque allié.");
    expect(u).toMatchObject({ by: "le porte-parole du gouvernement", what: "le nombre de chars", category: "equipment" });
  });

  it("« n'a pas donné de chiffre »", () => {
    const u = one("La préfecture n'a pas donné de chiffre sur la participation.");
    expect(u).toMatchObject({ what: "chiffre", by: "La préfecture", category: "other" });
  });

  it("« sans donner de bilan »", () => {
    expect(one("L'armée a confirmé des frappes dans la nuit, sans donner de bilan.")).toMatchObject({ what: "bilan", by: null, category: "other" });
  });

  it("« n'a pas communiqué le nombre de … »", () => {
    expect(one("Le commandement n'a pas communiqué le nombre de drones abattus.")).toMatchObject({
      what: "le nombre de drones abattus",
      category: "equipment",
      by: "Le commandement",
    });
  });

  it("« a refusé de préciser combien de … »", () => {
    const u = one("La ministre a refusé de préciser combien de soldats resteraient sur place.");
    expect(u).toMatchObject({ what: "combien de soldats", by: "La ministre", category: "troops" });
  });

  it("passive: « aucun chiffre n'a été donné », « le nombre … n'a pas été communiqué »", () => {
    expect(one("Aucun chiffre n'a été donné par les autorités.")).toMatchObject({ what: "chiffre", by: null });
    expect(one("Le nombre de blessés n'a pas été communiqué.")).toMatchObject({ what: "Le nombre de blessés", category: "other" });
  });

  it("« le nombre de soldats et d'équipements »: the coordinated noun belongs to what", () => {
    const u = one("Les deux armées ne précisent pas le nombre de soldats et d'équipements engagés dans les manœuvres.");
    expect(u.what).toBe("le nombre de soldats et d'équipements engagés");
    expect(u.category).toBe("troops");
  });

  it("is not triggered by an affirmative sentence or a negation about something else", () => {
    expect(extractUnstated("Le ministère a précisé le nombre de soldats engagés.")).toEqual([]);
    expect(extractUnstated("Le ministre n'a pas précisé la date du retrait.")).toEqual([]);
    expect(extractUnstated("Le Kremlin a promis une riposte, sans plus de détails.")).toEqual([]);
    expect(extractUnstated("Elle n'a pas caché son inquiétude.")).toEqual([]);
  });
});

describe("English statements", () => {
  it("« did not say how many troops »", () => {
    const u = one("The ministry did not say how many troops would take part.");
    expect(u).toMatchObject({ what: "how many troops", by: "The ministry", category: "troops" });
  });

  it("« declined to give a number »", () => {
    expect(one("A spokesman declined to give a number.")).toMatchObject({ what: "a number", by: "A spokesman" });
  });

  it("« did not disclose the number of tanks »", () => {
    expect(one("Officials did not disclose the number of tanks involved.")).toMatchObject({ category: "equipment", by: "Officials" });
  });
});

describe("other ways to say a number was not given", () => {
  it("« aucune précision sur le nombre de … »", () => {
    expect(one("L'état-major n'a fourni aucune précision sur le nombre de parachutistes largués.")).toMatchObject({
      what: "le nombre de parachutistes largués",
      by: "L'état-major",
      category: "troops",
    });
  });

  it("« … n'est pas connu »: the number is the subject", () => {
    expect(one("Le nombre exact de marins n'est pas connu.")).toMatchObject({ what: "Le nombre exact de marins", by: null });
  });

  it("« sans en préciser … ni donner de détails sur le nombre de … »", () => {
    const u = one("Le général a évoqué des renforts, sans en préciser l'origine ni donner de détails sur le nombre de chars envoyés.");
    expect(u).toMatchObject({ what: "le nombre de chars envoyés", category: "equipment", by: null });
  });

  it("« sans en préciser le nombre »: a bare « le nombre » is kept, its category unknown", () => {
    expect(one("Des drones ont été abattus, sans en préciser le nombre.")).toMatchObject({ what: "le nombre", category: "other" });
  });
});

describe("subjects", () => {
  it("a relative « qui » stands for the noun phrase before it", () => {
    expect(one("Ankara, qui n'a pas communiqué ses pertes, dément toute défaite.")).toMatchObject({ by: "Ankara", what: "ses pertes" });
  });

  it("a chain of relatives resolves one step and stays bounded", () => {
    const s = `${"qui, ".repeat(50_000)}qui n'a pas précisé le nombre de soldats.`;
    expect(extractUnstated(s)).toHaveLength(1);
  });
});


describe("a claimant named after « selon » / « according to »", () => {
  it("« selon X, qui n'a pas précisé … »: the claimant without « selon »", () => {
    expect(one("Le bilan est lourd selon Paul Durand, qui n'a pas précisé le nombre de victimes.").by).toBe("Paul Durand");
    expect(one("D'après le ministère, qui n'a pas précisé le nombre de soldats, la relève est prête.").by).toBe("le ministère");
  });
  it("« according to X, who did not give … »: the claimant without « according to »", () => {
    expect(one("The toll is heavy according to Paul Durand, who did not give the number of victims.").by).toBe("Paul Durand");
  });
});
