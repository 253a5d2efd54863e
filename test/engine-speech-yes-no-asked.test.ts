import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « does X want … ? », "does X say it is going up", « ça va … ? »: the verb of wanting asks X's
 * position, and the auxiliary of a near future or a passive (« going to », "get", « va ») only sets
 * the tense or the voice; neither is what X's words must hold for the question to be read against
 * them. Invented dispatches.
 */
describe("a yes/no on someone's words: the asking verbs are not what was said", () => {
  const en = createEngine(
    ingest(
      `Orlen council adds bus lanes

The Orlen council voted on Tuesday to add two bus lanes on the ring road.
Councillor Ada Brunn said the lanes would not cut traffic on the old bridge.
Transport officer Piet Lenz said ticket prices would rise in the spring.
Mayor Ivo Sander said he did not think a long closure of the bridge would be useful.`,
      { slug: "orlen-yes-no-asked" },
    ),
  );
  const q = (text: string) => en.ask(text, emptyConversation()).reply;
  it("« going » sets the tense: the statement on the subject answers, its polarity read", () => {
    expect(q("Does Lenz say prices are going up?").text).toMatch(/^Yes.*ticket prices would rise/);
    expect(q("Does Brunn say traffic is going down?").text).toMatch(/^No.*would not cut traffic/);
  });
  it("« want » asks the position held and « get » the voice: the statement answers, its negation read", () => {
    expect(q("Does Sander want to get a long closure?").text).toMatch(/^No.*long closure/);
  });
  it("French « va » and « ça » the same, on a French story", () => {
    const fr = createEngine(
      ingest(
        `Orlen : deux couloirs de bus

Le conseil d'Orlen a voté mardi deux couloirs de bus sur le périphérique.
Le responsable des transports Piet Lenz a affirmé que le prix des billets augmenterait au printemps.`,
        { slug: "orlen-oui-non-asked" },
      ),
    );
    const r = fr.ask("D'après Lenz, ça va augmenter le prix des billets ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("billets");
  });
});
