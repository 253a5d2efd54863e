import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The means of an exchange (answers/means.ts), on invented dispatches: the channel is read from
 * the verb or noun the story tells the exchange with, said in the reader's language; a yes/no
 * question is settled against it; a story that does not say declines.
 */

const FR_STORY = `(Tallinn) La ministre estonienne des Affaires étrangères, Kadri Vaher, a téléphoné lundi à son homologue letton, Janis Ozols, a annoncé son ministère.
Les deux ministres ont évoqué la sécurité des ports de la Baltique, a précisé le ministère dans un communiqué.`;

const EN_STORY = `Harbour officials from Norland and Eskeby met in person on Tuesday in the port city of Valstad, the Norland ministry said.
The two delegations agreed to share radar data, said Ana Brek, a spokesperson for the Norland ministry.`;

const NONE_STORY = `The mayor of Orvik, Tomas Lind, spoke with the regional governor, Ella Sund, on Monday about the flooded bridge, the town hall said.
Lind said repairs would start in spring.`;

const fr = createEngine(ingest(FR_STORY, { slug: "vaher-ozols" }));
const en = createEngine(ingest(EN_STORY, { slug: "norland-eskeby" }));
const none = createEngine(ingest(NONE_STORY, { slug: "orvik-bridge" }));
const ask = (e: ReturnType<typeof createEngine>, q: string): Reply => e.ask(q, emptyConversation()).reply;

describe("the means of an exchange", () => {
  it("answers « how did they talk » from the verb of a French story, in English", () => {
    const r = ask(fr, "How did Vaher and Ozols talk?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^By telephone/);
    expect(r.text).toMatch(/« a téléphoné »/);
    expect(r.citations[0]?.sentence).toBe(0);
  });
  it("reads « se sont parlé comment ? » in French", () => {
    expect(ask(fr, "Vaher et Ozols se sont parlé comment ?").text).toMatch(/^Par téléphone/);
  });
  it("says no to another channel, and which one the story gives", () => {
    const r = ask(fr, "was it a video call?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No — by telephone/);
    expect(ask(fr, "ils se sont vus en personne ?").text).toMatch(/^Non — par téléphone/);
  });
  it("says yes to the channel the story gives", () => {
    expect(ask(en, "Did they meet face to face?").text).toMatch(/^Yes — in person/);
    expect(ask(en, "c'était par visioconférence ?").text).toMatch(/^Non — en personne/);
  });
  it("answers a choice between channels with the story's", () => {
    expect(ask(en, "by phone or in person?").text).toMatch(/^In person/);
  });
  it("declines a yes/no on the channel when the story does not say it", () => {
    const r = ask(none, "Was it a phone call?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/does not say/);
  });
  it("leaves a question on something else alone (a verb of calling with a subject, a video)", () => {
    expect(ask(fr, "Did Vaher phone Ozols?").intent).not.toBe("means");
    expect(ask(fr, "Is the video real?").intent).not.toBe("means");
    // « communiqué » the noun, not the verb of an exchange
    expect(ask(fr, "Comment le ministère appelle Ozols dans son communiqué ?").intent).not.toBe("means");
    // the channel as the object of another act: « deny the phone call » asks whether it was denied
    expect(ask(fr, "did the ministry deny the phone call?").intent).not.toBe("means");
    expect(ask(fr, "le ministère a-t-il démenti l'appel téléphonique ?").intent).not.toBe("means");
  });
  it("reads « comment ont-ils communiqué ? », a « how » with an inverted verb", () => {
    expect(ask(fr, "comment ont-ils communiqué ?").text).toMatch(/^Par téléphone/);
  });
});
