import { createHash } from "node:crypto";
import { Story } from "../src/story/schema.js";

/**
 * Builds an invented story for the briefing tests: sentences from lines (a blank line starts a
 * new paragraph), everything else given as the tests need it. No real story's facts.
 */
export function inventedStory(
  lang: "fr" | "en",
  text: string,
  parts: Partial<Pick<Story, "speakers" | "people" | "quotes" | "figures" | "unstated" | "places" | "dates" | "title" | "dateline">> = {},
): Story {
  const sentences: Story["sentences"] = [];
  let paragraph = 0;
  let pos = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      if (sentences.length && sentences.at(-1)!.paragraph === paragraph) paragraph++;
      pos += line.length + 1;
      continue;
    }
    const t = line.trim();
    sentences.push({ index: sentences.length, paragraph, dispatch: 0, text: t, start: pos, end: pos + t.length });
    pos += line.length + 1;
  }
  return Story.parse({
    schemaVersion: 1,
    slug: "invented",
    lang,
    title: parts.title ?? sentences[0]?.text ?? "",
    dateline: parts.dateline ?? null,
    dispatches: [{ index: 0, sha256: createHash("sha256").update(text).digest("hex"), firstSentence: 0, sentenceCount: sentences.length }],
    sentences,
    speakers: parts.speakers ?? [],
    people: parts.people ?? [],
    quotes: parts.quotes ?? [],
    figures: parts.figures ?? [],
    unstated: parts.unstated ?? [],
    places: parts.places ?? [],
    dates: parts.dates ?? [],
  });
}

/** An invented French dispatch, ingested by the real pipeline in the tests that use it. */
export const LIGUE = `ORVALE, 3 avril (AFP) - Les ministres de la Défense de la Ligue du Nord ont décidé mercredi de créer une brigade commune de 8 000 soldats, selon le communiqué final de leur réunion.

« Cette brigade sera prête avant l'hiver », précise le communiqué, adopté par les onze membres.

« Nous avons fait un choix clair, a déclaré la présidente de la Ligue, Mira Kessel, devant la presse. Personne ne pourra dire que nous avons hésité. »

Mme Kessel n'a toutefois pas précisé le nombre de soldats que fournira chaque pays, renvoyant à des discussions prévues en mai.

Le ministre valdois de la Défense, Oren Platt, a indiqué que son pays fournirait une compagnie du génie.

Les ministres ont aussi évoqué le coût du projet, estimé à 300 millions d'euros.

Le communiqué ne dit rien du commandement de la brigade.

La capitale voisine, Tarsa, a dénoncé une décision « dangereuse » et a annoncé des manœuvres à sa frontière dès lundi.

Selon l'état-major tarsien, 12 000 soldats participeront à ces manœuvres.
`;
