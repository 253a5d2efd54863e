import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";

describe("nation aliases", () => {
  it("gives an institution named by nationality its capital and country when the story uses them", () => {
    const story = ingest(
      "« Nos troupes resteront », a déclaré le gouvernement danois.\n\nCopenhague a réuni ses alliés au Danemark jeudi.",
      { slug: "t" },
    );
    const gov = story.speakers.find((s) => s.name === "gouvernement danois");
    expect(gov?.aliases).toEqual(expect.arrayContaining(["Copenhague", "Danemark"]));
  });

  it("gives the alias to no one when two institutions share a nationality", () => {
    const story = ingest(
      "Le gouvernement grec a affirmé que l'accord tenait.\n\nLe ministère grec de la Défense a indiqué que les navires partiraient. Athènes attend.",
      { slug: "t" },
    );
    for (const s of story.speakers) expect(s.aliases).not.toContain("Athènes");
  });
});
