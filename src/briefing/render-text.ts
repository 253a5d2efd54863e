import { labels, sentenceRef } from "./labels.js";
import type { Briefing } from "./types.js";

/**
 * Plain text for the shell and the CLI. Every item cites its sentences by the story's own
 * numbers; the sources list only the sentences not already shown whole (the lead, the points).
 */
export function renderBriefingText(b: Briefing): string {
  const l = labels[b.lang];
  const refs = (sentences: number[]) => sentences.map((s) => ` ${sentenceRef(s)}`).join("");
  const points = b.points ?? [];
  const out: string[] = [b.title, "", `${b.isUpdate ? l.update + l.colon : ""}${b.lead}${refs(b.leadSentences ?? [])}`];

  if (points.length) {
    out.push("", l.points);
    for (const p of points) out.push(`- ${p.text}${refs([p.sentence])}`);
  }

  if (b.people.length) {
    out.push("", l.who);
    for (const p of b.people) out.push(`- ${p.name}${p.role ? `, ${p.role}` : ""}`);
  }

  // « No quotes » only when there are none: quotes already told in the lead or points are not missing.
  if (b.quotes.length || !b.citations.some((c) => /[«"“]/u.test(c.text))) out.push("", l.said);
  if (b.quotes.length === 0 && !b.citations.some((c) => /[«"“]/u.test(c.text))) out.push(`- ${l.noQuotes}`);
  for (const q of b.quotes) {
    const at = refs(q.sentences ?? [q.sentence]);
    out.push(q.kind === "direct" ? `- ${l.quote(q.text)} (${q.speaker})${at}` : `- ${l.reported(q.speaker)}${l.colon}${q.text}${at}`);
  }

  if (b.figures.length || b.unstated.length) {
    out.push("", l.numbers);
    for (const f of b.figures) out.push(`- ${f.text}${f.claimedBy ? `, ${l.according(f.claimedBy)}` : ""}${refs([f.sentence])}`);
    for (const u of b.unstated) out.push(`- ${l.notGiven}${l.colon}${u.text}${refs([u.sentence])}`);
  }

  const shown = new Set([...(b.leadSentences ?? []), ...points.map((p) => p.sentence)]);
  const sources = b.citations.filter((c) => !shown.has(c.sentence));
  if (sources.length) {
    out.push("", l.sources);
    for (const c of sources) out.push(`${sentenceRef(c.sentence)} ${c.text}`);
  }
  return out.join("\n") + "\n";
}
