import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { relationsIn } from "../src/engine/relations.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** Descriptions by relation and plural pronouns: invented dispatches, every name made up. */
const FR = createEngine(
  ingest(
    `Appel entre deux ministres des pêches

(Port-Varenne) Le ministre des pêches de Varenne, Aurèle Dantin, a téléphoné lundi à son homologue ostrien, le ministre Kasimir Vold, a annoncé son cabinet.
« Nous voulons éviter une guerre des quotas », a déclaré Aurèle Dantin après l'appel.
Les quotas de hareng de l'année prochaine étaient au menu de l'entretien, selon un communiqué.
Les pêcheurs des deux pays attendent un accord avant l'hiver.`,
    { slug: "peches-homologue" },
  ),
);

function conversation(questions: string[]): Reply[] {
  let state: ConversationState = emptyConversation();
  return questions.map((q) => {
    const r = FR.ask(q, state);
    state = r.state;
    return r.reply;
  });
}

describe("descriptions by relation, in either language", () => {
  it("reads « son homologue ostrien, le ministre X » as X's relation, past the adjective and the title", () => {
    expect(relationsIn("fr", "Le ministre a téléphoné à son homologue ostrien, le ministre Kasimir Vold, lundi.", ["Kasimir Vold"])).toEqual(["counterpart"]);
    expect(relationsIn("en", "The minister called his Ostrian counterpart, Kasimir Vold, on Monday.", ["Kasimir Vold"])).toEqual(["counterpart"]);
  });
  it("answers « who is his counterpart? » with the one person the story describes so", () => {
    const r = FR.ask("who is his counterpart?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Kasimir Vold");
  });
});

describe("a plural pronoun is not the one person in focus", () => {
  it("« what did they talk about? » after a question about one minister is not about that minister alone", () => {
    const [, talk] = conversation(["Qui est Kasimir Vold ?", "what did they talk about?"]);
    expect(talk!.text).not.toMatch(/Vold (?:is not quoted|n'est pas cité)/);
  });
});
