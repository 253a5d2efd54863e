import { describe, expect, it } from "vitest";
import { pledgerBefore } from "../src/story/figures/index.js";
import { ingest } from "../src/story/ingest.js";

const at = (s: string, figure: string): number => s.indexOf(figure);

describe("who commits to a figure", () => {
  it("the subject of a verb of commitment right before the figure, in either language", () => {
    const en = "Talks resumed on Friday after Ruiz committed to deploying 4,000 soldiers to the coast.";
    expect(pledgerBefore(en, at(en, "4,000"), "en")).toBe("Ruiz");
    const en2 = "The Defence Ministry pledged 300 troops for the mission.";
    expect(pledgerBefore(en2, at(en2, "300"), "en")).toBe("The Defence Ministry");
    const fr = "Lundi, la présidente Ana Vela a promis d'envoyer 2 000 soldats dans la région.";
    expect(pledgerBefore(fr, at(fr, "2 000"), "fr")).toBe("la présidente Ana Vela");
    const fr2 = "Le gouvernement s'est engagé à recruter 500 gendarmes.";
    expect(pledgerBefore(fr2, at(fr2, "500"), "fr")).toBe("Le gouvernement");
  });

  it("nobody when the verb is far, behind punctuation, or the subject is a pronoun", () => {
    const far = "Ruiz committed to a long and patient review of the plan before any talk of 4,000 soldiers.";
    expect(pledgerBefore(far, at(far, "4,000"), "en")).toBeNull();
    const comma = "Ruiz promised, and 4,000 soldiers arrived.";
    expect(pledgerBefore(comma, at(comma, "4,000"), "en")).toBeNull();
    const pronoun = "She pledged 300 troops.";
    expect(pledgerBefore(pronoun, at(pronoun, "300"), "en")).toBeNull();
    const noVerb = "Ruiz inspected 4,000 soldiers.";
    expect(pledgerBefore(noVerb, at(noVerb, "4,000"), "en")).toBeNull();
  });

  it("a story gives the troop count to the known person who committed to it", () => {
    const story = ingest(
      "President Maria Ruiz spoke to reporters on Monday. \"We will protect the border,\" Ruiz said.\n\n" +
        "Talks resumed after Ruiz committed to deploying 4,000 reserve troops to the coast.",
      { slug: "t" },
    );
    const troops = story.figures.find((f) => f.value === 4000);
    expect(troops?.category).toBe("troops");
    expect(troops?.claimedBy).toBe("Maria Ruiz");
  });

  it("an unknown subject gives no claimant", () => {
    const story = ingest("Talks resumed after the neighbours committed to deploying 4,000 troops to the coast.", { slug: "t" });
    expect(story.figures.find((f) => f.value === 4000)?.claimedBy).toBeNull();
  });
});
