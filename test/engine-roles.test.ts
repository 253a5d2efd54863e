import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { roleIn } from "../src/engine/labels.js";

/**
 * Roles the story gives in forms a writer often leaves loose (answers/roles.ts), and roles in the
 * reader's language (labels.ts), on an invented dispatch (every name and sentence made up): an
 * apposition with no closing comma ends at its clause's verb; an English story's long role is
 * said to a French reader by its head title in French with the story's own words beside it,
 * never translated word by word.
 */
const EN = `Missile test worries neighbours

Norland tested a new missile on Sunday, the defence ministry said.
Ivo Lindqvist, a rocket expert at the Karsholm Institute raised doubts about the test's success.
"It may have failed," Lindqvist said.`;

const engine = createEngine(ingest(EN, { slug: "norland-missile" }));
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("an apposition with no closing comma", () => {
  it("ends at the clause's verb: the role is read, not « without giving a role »", () => {
    const r = ask("Who is Lindqvist?");
    expect(r.text).toMatch(/rocket expert at the Karsholm Institute/);
    expect(r.text).not.toMatch(/raised|without giving a role/);
  });
});

describe("an English story's role for a French reader", () => {
  it("gives the head title in French and the story's words beside it", () => {
    const r = ask("c'est qui Lindqvist ?");
    expect(r.text).toMatch(/expert \(« (?:a )?rocket expert at the Karsholm Institute »\)/);
  });
  it("translates the head noun only, the name it is glued to kept as written", () => {
    expect(roleIn("Westmark President", "en", "fr")).toBe("président (« Westmark President »)");
    expect(roleIn("President", "en", "fr")).toBe("président");
  });
});
