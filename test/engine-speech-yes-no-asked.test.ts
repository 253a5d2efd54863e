import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « would X want … ? », "did X claim it was going to …", « ça va … ? »: the verb of wanting asks X's
 * position, and the auxiliary of a near future or a passive (« going to », "get", « va ») only sets
 * the tense or the voice; neither is what X's words must hold for the question to be read against
 * them. Invented dispatches.
 */
describe("a yes/no on someone's words: the asking verbs are not what was said", () => {
  const en = createEngine(
    ingest(
      `Harbour board sets herring quotas

The harbour board in Maslo agreed new herring quotas at its Friday meeting.
Skipper Nell Arvo told the meeting the quotas would not bring back the shoals near the reef.
Fisheries officer Tam Rusk said the market price of herring would climb over the summer.
Harbour master Oda Fenn said she saw no reason to delay the dredging of the channel.`,
      { slug: "maslo-yes-no-asked" },
    ),
  );
  const q = (text: string) => en.ask(text, emptyConversation()).reply;
  it("« going » sets the tense: the statement on the subject answers", () => {
    const r = q("Did Arvo claim the shoals were going to come back?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("would not bring back the shoals");
  });
  it("« want » asks the position held and « get » the voice: the statement answers, its negation read", () => {
    expect(q("Would Fenn want the dredging to get delayed?").text).toMatch(/^No.*no reason to delay the dredging/);
  });
  it("French « va » and « ça » the same, on a French story", () => {
    const fr = createEngine(
      ingest(
        `Maslo : nouveaux quotas de hareng

Le conseil du port de Maslo a fixé vendredi de nouveaux quotas de hareng.
L'agent des pêches Tam Rusk estime que le cours du hareng grimpera cet été.`,
        { slug: "maslo-oui-non-asked" },
      ),
    );
    const r = fr.ask("Selon Rusk, le cours du hareng, ça va grimper ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("hareng");
  });
});
