import type { types } from "@slack/bolt";
import { labels as briefingLabels, sentenceRef } from "../../../src/briefing/labels.js";
import type { Briefing } from "../../../src/briefing/types.js";
import type { Lang } from "../../../src/engine/reply.js";
import { safeText } from "./escape.js";
import { contexts, packMessages, sections, type SlackMessage } from "./limits.js";

const labels: Record<
  Lang,
  { update: string; people: string; spoke: string; said: string; numbers: string; notGiven: string; source: string; colon: string; continued: string }
> = {
  en: {
    update: "New",
    people: "Who's who",
    spoke: "spoke",
    said: "What was said",
    numbers: "The numbers",
    notGiven: "Not given",
    source: "Source",
    colon: ":",
    continued: "Briefing (continued)",
  },
  fr: {
    update: "Nouveau",
    people: "Qui est qui",
    spoke: "s'est exprimé",
    said: "Ce qui a été dit",
    numbers: "Les chiffres",
    notGiven: "Non précisé",
    source: "Source",
    colon: " :",
    continued: "Briefing (suite)",
  },
};

/**
 * Block Kit for a briefing: title, lead, key points, who's who, direct quotes in « » (reported
 * speech introduced, never in « »), numbers, and the cited sentences not already shown whole, all
 * numbered as in the story.
 */
export function renderBriefing(b: Briefing): SlackMessage[] {
  const l = labels[b.lang];
  const bl = briefingLabels[b.lang];
  const points = b.points ?? [];
  const at = (sentences: number[]) => sentences.map((s) => ` ${sentenceRef(s)}`).join("");
  const shown = new Set([...(b.leadSentences ?? []), ...points.map((p) => p.sentence)]);
  const blocks: types.KnownBlock[] = [];
  blocks.push(...sections(`*${safeText(b.title)}*`));
  blocks.push(...sections(`${b.isUpdate ? `*${l.update}*${l.colon} ` : ""}${safeText(b.lead)}${at(b.leadSentences ?? [])}`));
  if (points.length > 0) {
    const lines = points.map((p) => `• ${safeText(p.text)}${at([p.sentence])}`);
    blocks.push({ type: "divider" }, ...sections(`*${bl.points}*\n${lines.join("\n")}`));
  }
  if (b.people.length > 0) {
    const lines = b.people.map(
      (p) => `• *${safeText(p.name)}*${p.role ? `, ${safeText(p.role)}` : ""}${p.spoke ? ` _(${l.spoke})_` : ""}`,
    );
    blocks.push({ type: "divider" }, ...sections(`*${l.people}*\n${lines.join("\n")}`));
  }
  if (b.quotes.length > 0) {
    const lines = b.quotes.map(
      (q) =>
        (q.kind === "direct"
          ? `*${safeText(q.speaker)}*${l.colon} ${bl.quote(safeText(q.text))}`
          : `${safeText(bl.reported(q.speaker))}${bl.colon}${safeText(q.text)}`) + at(q.sentences ?? [q.sentence]),
    );
    blocks.push({ type: "divider" }, ...sections(`*${l.said}*\n${lines.join("\n")}`));
  }
  if (b.figures.length > 0 || b.unstated.length > 0) {
    const lines = [
      ...b.figures.map((f) => `• ${safeText(f.text)}${f.claimedBy ? `, ${safeText(bl.according(f.claimedBy))}` : ""}${at([f.sentence])}`),
      ...b.unstated.map((u) => `• _${l.notGiven}_${l.colon} ${safeText(u.text)}${at([u.sentence])}`),
    ];
    blocks.push({ type: "divider" }, ...sections(`*${l.numbers}*\n${lines.join("\n")}`));
  }
  const sources = b.citations.filter((c) => !shown.has(c.sentence));
  blocks.push(...contexts(sources.map((c) => `_${l.source} ${sentenceRef(c.sentence)}_ ${safeText(c.text)}`)));
  return packMessages(blocks, fallbackText(b), l.continued);
}

/**
 * The notification text: the title, then the lead unless the title is just its opening words
 * (a title is often the lead's first clause), so the preview never repeats itself.
 */
export function fallbackText(b: Briefing): string {
  const title = b.title.trim();
  const lead = b.lead.trim();
  if (!title) return safeText(lead);
  if (!lead || lead.startsWith(title)) return safeText(lead || title);
  return `${safeText(title)} — ${safeText(lead)}`;
}
