import { Story, type Person, type Speaker } from "./schema.js";
import { fold } from "./text.js";

/**
 * Adds a newer dispatch, ingested on its own as `newer`, to `story`: its sentences are appended
 * with `dispatch` = the next index, every sentence reference is shifted, and speakers or people
 * already known (same name or alias) are merged so quotes point at one entity. Pure; ingesting
 * the same dispatch twice (same sha256) returns `story` unchanged.
 */
export function appendDispatch(story: Story, newer: Story): Story {
  const known = new Set(story.dispatches.map((d) => d.sha256));
  const incoming = newer.dispatches[0];
  if (incoming && known.has(incoming.sha256)) return story;

  const index = story.dispatches.reduce((m, d) => Math.max(m, d.index + 1), 0);
  const shift = story.sentences.length;
  const paragraphShift = story.sentences.reduce((m, s) => Math.max(m, s.paragraph + 1), 0);
  const at = (i: number) => i + shift;

  const speakers = story.speakers.map(cloneEntity);
  const people = story.people.map(cloneEntity);
  const rename = new Map<string, string>();

  const merge = (e: Speaker, into: Speaker[], alsoIn: Speaker[]) => {
    const shifted = { ...cloneEntity(e), mentions: e.mentions.map(at) };
    const match = findEntity(into, e) ?? findEntity(alsoIn, e);
    if (!match) {
      into.push(shifted);
      return;
    }
    rename.set(e.name, match.name);
    const forms = new Set([...match.aliases, e.name, ...e.aliases]);
    forms.delete(match.name);
    match.aliases = [...forms];
    match.role = match.role ?? e.role;
    match.gender = match.gender ?? e.gender;
    match.mentions = [...new Set([...match.mentions, ...shifted.mentions])].sort((a, b) => a - b);
  };
  for (const s of newer.speakers) merge(s, speakers, people);
  for (const p of newer.people) merge(p, people, speakers);

  // Someone first only named, now quoted, becomes a speaker (kept once).
  const newSpeakerNames = new Set(newer.quotes.map((q) => rename.get(q.speaker) ?? q.speaker));
  const promoted = people.filter((p) => newSpeakerNames.has(p.name));
  const remainingPeople = people.filter((p) => !newSpeakerNames.has(p.name) && !speakers.some((s) => s.name === p.name));
  const nameOf = (n: string) => rename.get(n) ?? n;

  return Story.parse({
    ...story,
    dispatches: [
      ...story.dispatches,
      {
        index,
        sha256: incoming?.sha256 ?? "0".repeat(64),
        firstSentence: shift,
        sentenceCount: newer.sentences.length,
      },
    ],
    sentences: [
      ...story.sentences,
      ...newer.sentences.map((s) => ({ ...s, index: at(s.index), dispatch: index, paragraph: s.paragraph + paragraphShift })),
    ],
    speakers: [...speakers, ...promoted],
    people: remainingPeople satisfies Person[],
    quotes: [...story.quotes, ...newer.quotes.map((q) => ({ ...q, speaker: nameOf(q.speaker), sentence: at(q.sentence) }))],
    figures: [
      ...story.figures,
      ...newer.figures.map((f) => ({ ...f, claimedBy: f.claimedBy === null ? null : nameOf(f.claimedBy), sentence: at(f.sentence) })),
    ],
    unstated: [...story.unstated, ...newer.unstated.map((u) => ({ ...u, sentence: at(u.sentence) }))],
    places: [...story.places, ...newer.places.map((m) => ({ ...m, sentence: at(m.sentence) }))],
    dates: [...story.dates, ...newer.dates.map((m) => ({ ...m, sentence: at(m.sentence) }))],
  });
}

function cloneEntity<T extends Speaker>(e: T): T {
  return { ...e, aliases: [...e.aliases], mentions: [...e.mentions] };
}

/** Case, accents and spacing differ between dispatches (« Ministère », « ministère »). */
function norm(s: string): string {
  return fold(s).replace(/\s+/g, " ").trim();
}

function findEntity(list: Speaker[], e: Speaker): Speaker | undefined {
  const forms = new Set([e.name, ...e.aliases].map(norm));
  const name = norm(e.name);
  // A name against a name or alias; never alias against alias: two ministers share « le ministre ».
  return list.find((x) => forms.has(norm(x.name))) ?? list.find((x) => x.aliases.some((a) => norm(a) === name));
}
