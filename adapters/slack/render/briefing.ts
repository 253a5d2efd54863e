import type { types } from "@slack/bolt";
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
    notGiven: "not given",
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
    notGiven: "non précisé",
    source: "Source",
    colon: " :",
    continued: "Briefing (suite)",
  },
};

/** Block Kit for a briefing: title, lead, who's who, quotes in « », numbers, cited sentences. */
export function renderBriefing(b: Briefing): SlackMessage[] {
  const l = labels[b.lang];
  const blocks: types.KnownBlock[] = [];
  blocks.push(...sections(`*${safeText(b.title)}*`));
  blocks.push(...sections(`${b.isUpdate ? `*${l.update}*${l.colon} ` : ""}${safeText(b.lead)}`));
  if (b.people.length > 0) {
    const lines = b.people.map(
      (p) => `• *${safeText(p.name)}*${p.role ? `, ${safeText(p.role)}` : ""}${p.spoke ? ` _(${l.spoke})_` : ""}`,
    );
    blocks.push({ type: "divider" }, ...sections(`*${l.people}*\n${lines.join("\n")}`));
  }
  if (b.quotes.length > 0) {
    const lines = b.quotes.map((q) => `*${safeText(q.speaker)}*${l.colon} « ${safeText(q.text)} »`);
    blocks.push({ type: "divider" }, ...sections(`*${l.said}*\n${lines.join("\n")}`));
  }
  if (b.figures.length > 0 || b.unstated.length > 0) {
    const lines = [
      ...b.figures.map((f) => `• « ${safeText(f.text)} »${f.claimedBy ? ` (${safeText(f.claimedBy)})` : ""}`),
      ...b.unstated.map((u) => `• ${safeText(u.text)} _(${l.notGiven})_`),
    ];
    blocks.push({ type: "divider" }, ...sections(`*${l.numbers}*\n${lines.join("\n")}`));
  }
  blocks.push(...contexts(b.citations.map((c) => `_${l.source} [${c.sentence + 1}]_ ${safeText(c.text)}`)));
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
