import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** « what's going on at X », « pourquoi X c'est important ? »: invented dispatches, every name and number made up. */
const FR = createEngine(
  ingest(
    `Tensions autour du barrage de Korvel

VARNE — Le ministre de l'Eau, Anton Drevik, a rencontré mardi les maires de la vallée de l'Ostra pour apaiser la colère des riverains.
Le chantier du barrage se trouve dans la province de Selmar, frontalière du Vardistan, qui conteste le projet depuis deux ans.
Quelque 2 000 agriculteurs bloquent depuis lundi la route du col, près de la frontière avec le Vardistan.
Le ministre a promis une nouvelle étude d'impact avant l'été.`,
    { slug: "barrage-overview" },
  ),
);

/** An English dispatch that names a town twice: once in passing, once with what makes it matter. */
const EN = createEngine(
  ingest(
    `Water talks resume in Dorvik

DORVIK — Inspectors from the agency visited Tarnow on Monday and met the mayor for two hours.
The town of Tarnow, bordering the Velka reservoir, supplies drinking water to most of the valley.
The agency will publish its findings in the spring.`,
    { slug: "tarnow-overview" },
  ),
);

describe("why one thing matters: only from the words that give its stake", () => {
  it("answers from the sentence that says what the place borders, not the one that names it in passing", () => {
    const r = EN.ask("why does Tarnow matter?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Velka/);
    expect(r.text).not.toMatch(/visited|Monday/);
    expect(r.citations.map((c) => c.sentence)).toEqual([2]);
  });
  it("« c'est quoi le rapport avec X ? », \"what does X have to do with this?\": what ties X to the story, its stake written before it too", () => {
    const fr = FR.ask("c'est quoi le rapport avec le Vardistan ?", emptyConversation()).reply;
    expect(fr.answered).toBe(true);
    expect(fr.text).toMatch(/frontalière du Vardistan/);
    const en = EN.ask("what does the Velka reservoir have to do with this?", emptyConversation()).reply;
    expect(en.answered).toBe(true);
    expect(en.text).toMatch(/bordering the Velka/);
  });
  it("declines when the story names the thing but never says why it matters", () => {
    const r = FR.ask("pourquoi Drevik c'est important ?", emptyConversation()).reply;
    expect(r.answered).toBe(false);
  });
});

describe("what the story tells of one place or thing, in short", () => {
  it("« qu'est-ce qui se passe à la frontière ? » tells what the story says happens there, not a place", () => {
    const r = FR.ask("Qu'est-ce qui se passe à la frontière ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    // the sentence of what happens near the border is cited, cut to the words before it
    expect(r.citations.map((c) => c.text).join(" ")).toMatch(/bloquent/);
    expect(r.text).toMatch(/route du col/);
  });
  it("« pourquoi Selmar c'est important ? » gives what the story ties to it", () => {
    const r = FR.ask("pourquoi Selmar c'est important ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Vardistan/);
  });
  it("an English question on the French story is answered the same way, with short cuts of the sentences", () => {
    const r = FR.ask("why does Selmar matter here?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Vardistan/);
    // no sentence pasted whole
    expect(r.text).not.toContain("Le chantier du barrage se trouve dans la province de Selmar, frontalière du Vardistan, qui conteste");
  });
});
