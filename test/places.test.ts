import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { capitalDemonym } from "../src/story/entities.js";
import { ingest } from "../src/story/ingest.js";
import { isPlaceName, setInstalledPlaceNames } from "../src/story/lang/places.js";
import { loadIsoPlaceNames, readMo } from "../src/story/lang/places-load.js";

/** A gettext catalogue as msgfmt writes it (little-endian), for the names given. */
function mo(pairs: [string, string][]): Buffer {
  const n = pairs.length;
  const header = 28;
  const ids = pairs.map(([a]) => Buffer.from(a, "utf8"));
  const trs = pairs.map(([, b]) => Buffer.from(b, "utf8"));
  let at = header + n * 16;
  const table = Buffer.alloc(n * 16);
  const blobs: Buffer[] = [];
  ids.forEach((b, k) => {
    table.writeUInt32LE(b.length, k * 8);
    table.writeUInt32LE(at, k * 8 + 4);
    blobs.push(b, Buffer.from([0]));
    at += b.length + 1;
  });
  trs.forEach((b, k) => {
    table.writeUInt32LE(b.length, n * 8 + k * 8);
    table.writeUInt32LE(at, n * 8 + k * 8 + 4);
    blobs.push(b, Buffer.from([0]));
    at += b.length + 1;
  });
  const head = Buffer.alloc(header);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(header, 12);
  head.writeUInt32LE(header + n * 8, 16);
  return Buffer.concat([head, table, ...blobs]);
}

afterEach(() => setInstalledPlaceNames(null));

describe("country and region names from the installed iso-codes", () => {
  it("reads countries and subdivisions, in English and in French from the catalogue", () => {
    const dir = mkdtempSync(join(tmpdir(), "iso-"));
    const locale = join(dir, "locale");
    mkdirSync(join(locale, "fr", "LC_MESSAGES"), { recursive: true });
    writeFileSync(join(dir, "iso_3166-1.json"), JSON.stringify({ "3166-1": [{ alpha_2: "ZZ", name: "Norland", official_name: "Republic of Norland" }] }));
    writeFileSync(
      join(dir, "iso_3166-2.json"),
      JSON.stringify({ "3166-2": [{ code: "ZZ-01", name: "Upper Vale", type: "Province" }, { code: "ZZ-02", name: "Kessler", type: "Parish" }] }),
    );
    writeFileSync(join(locale, "fr", "LC_MESSAGES", "iso_3166-1.mo"), mo([["Norland", "Norlande"]]));
    expect(loadIsoPlaceNames(dir, locale).sort()).toEqual(["Norland", "Norlande", "Republic of Norland", "Upper Vale"]);
  });

  it("a missing or broken package gives no names, and a catalogue that is not one gives no translations", () => {
    const dir = mkdtempSync(join(tmpdir(), "iso-"));
    writeFileSync(join(dir, "iso_3166-1.json"), "{ not json");
    expect(loadIsoPlaceNames(dir, dir)).toEqual([]);
    expect(loadIsoPlaceNames(join(dir, "absent"), dir)).toEqual([]);
    expect(readMo(Buffer.from("not a catalogue at all, long enough"))).toEqual(new Map());
  });

  it("the per-language tables hold capitals and countries in both languages", () => {
    setInstalledPlaceNames([]);
    for (const np of ["Moscou", "Moscow", "l'Allemagne", "Germany", "Pékin", "Beijing", "Matignon", "Whitehall"]) expect(isPlaceName(np), np).toBe(true);
    expect(isPlaceName("Kessler")).toBe(false);
    expect(capitalDemonym("Beijing")).toBe("chinese");
    expect(capitalDemonym("Pékin")).toBe("chinois");
  });
});

describe("a proper name standing alone as a speaker", () => {
  it("is a person when it reads as a surname: « he » then points to them", () => {
    setInstalledPlaceNames([]);
    const story = ingest("The talks ended late on Monday. Kessler said the plan would fail. “It is a mistake,” he added.", { slug: "t" });
    const kessler = story.speakers.find((s) => s.name === "Kessler");
    expect(kessler?.kind).toBe("person");
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Kessler", "Kessler"]);
  });

  it("a capital, a country, a region the installed names give, or a name the dispatch shows to be a thing is an institution", () => {
    setInstalledPlaceNames(["Upper Vale"]);
    const story = ingest(
      "Moscow said it would respond. Germany said the move was unlawful. Upper Vale said it would sue. " +
        "Trellix, which makes a fitness app, said it would appeal.",
      { slug: "t" },
    );
    const kind = (n: string) => story.speakers.find((s) => s.name === n)?.kind;
    expect(kind("Moscow")).toBe("organization");
    expect(kind("Germany")).toBe("organization");
    expect(kind("Trellix")).toBe("organization");
    expect(kind("Upper Vale")).toBe("organization");
    // Kessler is named in full once, as news writing names a person: the lone « Kessler » is that person.
    const fr = ingest("Les discussions ont repris lundi avec Jan Kessler. Pékin a affirmé que rien ne changerait. Kessler a ajouté que le plan échouerait.", { slug: "t" });
    expect(fr.speakers.find((s) => s.name === "Pékin")?.kind).toBe("organization");
    expect(fr.speakers.find((s) => /Kessler/.test(s.name))?.kind).toBe("person");
  });

  it("a plural role or group noun heading a sentence is no surname", () => {
    const story = ingest("The ceasefire held overnight. Mediators said the talks would resume.", { slug: "t" });
    expect(story.speakers.find((s) => /^Mediators$/i.test(s.name))?.kind).not.toBe("person");
  });
});

describe("a capital standing for its government, in either language", () => {
  it("joins the institution of that nationality as an alias", () => {
    const en = ingest("The Norlandic ministry said the drills were routine. Oslo said the drills were routine too.", { slug: "t" });
    expect(en.speakers.some((s) => s.name === "Oslo")).toBe(true);
    const story = ingest("The Norwegian defence ministry said the drills were routine. Oslo later said the exercise was over.", { slug: "t" });
    const ministry = story.speakers.find((s) => /ministry/.test(s.name));
    expect(ministry?.aliases).toContain("Oslo");
    expect(story.speakers.some((s) => s.name === "Oslo")).toBe(false);
    const fr = ingest("Le ministère norvégien de la Défense a affirmé que les manœuvres étaient routinières. Oslo a ensuite indiqué que l'exercice était terminé.", { slug: "t" });
    expect(fr.speakers.find((s) => /minist/.test(s.name))?.aliases).toContain("Oslo");
  });
});

describe("what shows a lone name to be a thing", () => {
  it("a relative only a thing takes, a company's noun after its possessive, a named thing's noun before it", async () => {
    const { isThingIn } = await import("../src/story/entities.js");
    expect(isThingIn("Trellix, which makes apps, said so.", "Trellix")).toBe(true);
    expect(isThingIn("Trellix's shares fell on Monday.", "Trellix")).toBe(true);
    expect(isThingIn("Selon l'agence Trellix, rien ne change.", "Trellix")).toBe(true);
    expect(isThingIn("Kessler, who chairs the board, said so. Kessler's wife agreed.", "Kessler")).toBe(false);
    expect(isThingIn("Trellixton, which makes apps, said so.", "Trellix")).toBe(false);
  });
});
