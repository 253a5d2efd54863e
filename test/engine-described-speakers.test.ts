import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A speaker asked for by their role, not their name (« what did the health commissioner say »,
 * « qu'a dit le porte-parole de l'armée »): an English role puts its head noun last (« military
 * spokesperson ») or before its preposition (« ambassador to X »), and readers write it with
 * another word of the same meaning (« spokesman », « ex »). Invented dispatch.
 */
const EN = `Harbor city budget passes after long night

The council of Brellow approved a $3 billion budget early on Saturday, officials said.
State Health Commissioner Dr. Wenna Tolliver said the clinics plan "has a few conditions, but it is very workable".
"This budget is a blueprint for the next decade," said Mayor Ansel Drury.
Brellow police spokesperson Rafe Kittering said patrols would double downtown.
Orla Brandt, a former ambassador to the Delmar Union, said the mayor's remarks were "careless".
Drury later said he would meet the unions on Monday.`;

const engine = createEngine(ingest(EN, { slug: "brellow-budget" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("a speaker asked for by an English role", () => {
  it.each([
    ["what did the health commissioner say?", "workable"],
    ["qu'a dit la commissaire à la santé ?", "workable"],
    ["what did the police spokesman say", "patrols"],
    ["qu'a dit le porte-parole de la police ?", "patrols"],
    ["what did the ex ambassador say", "careless"],
  ])("%s → %s", (q, word) => {
    const r = ask(q);
    expect(r.answered).toBe(true);
    expect(r.text).toContain(word);
  });
});

/**
 * « qui dirige X », « le patron de X »: the name the question gives with the office says whose
 * office it is; someone holding the same kind of title elsewhere (« chef de l'État ») is not the answer.
 */
const FR = `Le chef de l'État reçoit les syndicats

Le chef de l'État, Lucien Ferrand, a reçu mardi Odile Marchal, la secrétaire générale de Unitrav.
Il recevra aussi Gaspard Veil, le nouveau président de Fédina, et Inès Coutard, désignée à la tête de Solidaria le 2 juin.
« Nous voulons être entendus », a déclaré Mme Marchal à la sortie.`;

const fr = createEngine(ingest(FR, { slug: "syndicats" }));

describe("the holder of an office of a named body", () => {
  it.each([
    ["merci, et qui dirige Solidaria déjà ?", "Coutard"],
    ["c qui le nouveau patron de Fédina ?", "Veil"],
    ["qui est le chef de l'État ?", "Ferrand"],
  ])("%s → %s", (q, name) => {
    const r = fr.ask(q, emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain(name);
    if (name !== "Ferrand") expect(r.text).not.toContain("Ferrand");
  });
});
