import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { speechAsk } from "../src/engine/answers/speech.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/** When and where someone's words were said, asked with a verb of saying: invented dispatches, every name made up. */
const FR = createEngine(
  ingest(
    `Grève des dockers à Port-Vellan

PORT-VELLAN — Les dockers de Port-Vellan ont cessé le travail lundi pour réclamer une hausse de salaire.
La ministre des Transports, Hélène Corbasson, a réagi mardi en appelant les deux parties au dialogue.
« Personne ne gagne quand les quais sont vides », a déclaré la ministre lors d'une visite à Lorvane.
Le syndicat des dockers prévoit une nouvelle assemblée jeudi.`,
    { slug: "dockers-port-vellan" },
  ),
);

const EN = createEngine(
  ingest(
    `Ferry strike at Dunmere

DUNMERE — Ferry crews at Dunmere walked off the job on Monday over a pay dispute.
Transport minister Clara Ostwick reacted on Tuesday, urging both sides to return to talks.
"Nobody wins when the piers are empty," Ostwick said, speaking to reporters outside the terminal.
The crews' union plans another meeting on Thursday.`,
    { slug: "ferry-dunmere" },
  ),
);

describe("a wh-word of time or place put to a verb of saying", () => {
  it("asks when or where the words were said, not the words", () => {
    expect(speechAsk("corbasson a reagi quel jour ?")).toBe("circumstance");
    expect(speechAsk("what day did ostwick react?")).toBe("circumstance");
    // the words asked within follow the verb: the date may be theirs
    expect(speechAsk("quand a-t-elle dit que les quais seraient rouverts ?")).toBe("words");
    expect(speechAsk("qu'a dit corbasson ?")).toBe("words");
  });
  it("« X a réagi quel jour ? » is answered with the day of the reaction, not with X's words", () => {
    const r = FR.ask("Corbasson a réagi quel jour ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/mardi/);
    expect(r.text).not.toMatch(/Personne ne gagne/);
  });
});

describe("the setting of someone's words", () => {
  it("is given as the story's words about the telling, not as the speaker's own", () => {
    const r = EN.ask("where did Ostwick say that?", emptyConversation()).reply;
    expect(r.text).toMatch(/outside the terminal/);
    expect(r.text).not.toMatch(/^Clara Ostwick: “/);
    const fr = FR.ask("la ministre a dit ça où ?", emptyConversation()).reply;
    expect(fr.text).toMatch(/Lorvane/);
    expect(fr.text).not.toMatch(/^Hélène Corbasson : «/);
  });
});
