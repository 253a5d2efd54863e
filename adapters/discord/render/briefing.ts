import type { APIEmbed, APIEmbedField } from "discord.js";
import { labels as briefingLabels, sentenceRef } from "../../../src/briefing/labels.js";
import type { Briefing } from "../../../src/briefing/types.js";
import { escapeText, truncate } from "./escape.js";
import { LABELS } from "./labels.js";
import { LIMITS } from "./limits.js";

/** Embed colour: a neutral blue, so a briefing stands apart from chat. */
const COLOR = 0x2b6cb0;

/**
 * A briefing as one embed within every Discord limit (field 1,024, description 4,096, total
 * 6,000): lists are packed item by item and end with "… +N" when they do not fit. `footer` is
 * the text the publisher uses to find the message again (see publisher.ts).
 */
export function renderBriefingEmbed(b: Briefing, footer: string): APIEmbed {
  const l = LABELS[b.lang];
  const bl = briefingLabels[b.lang];
  const points = b.points ?? [];
  // Sentences are cited by the story's own numbers; the sources are those not already shown whole.
  const at = (sentences: number[]) => sentences.map((s) => ` ${sentenceRef(s)}`).join("");
  const shown = new Set([...(b.leadSentences ?? []), ...points.map((p) => p.sentence)]);
  const title = truncate(escapeText(b.title), LIMITS.embedTitle);
  const lead = (b.isUpdate ? `**${l.update}**\n` : "") + escapeText(b.lead) + at(b.leadSentences ?? []);
  // The key points follow the lead in the description, whose limit (4,096) holds whole sentences
  // where a field's (1,024) would cut the story's end; they are packed like the fields.
  const pointLines = points.map((p) => `• ${escapeText(p.text)}${at([p.sentence])}`);
  const pointsBlock = pointLines.length ? `\n\n**${escapeText(bl.points)}**\n` : "";
  const room = Math.min(LIMITS.embedDescription, 2_400) - lead.length - pointsBlock.length;
  const description = truncate(pointLines.length && room >= 40 ? `${lead}${pointsBlock}${pack(pointLines, room)}` : lead, LIMITS.embedDescription);
  const footerText = truncate(footer, LIMITS.embedFooter);

  const sections: [string, string[]][] = [
    [l.people, b.people.map((p) => `**${escapeText(p.name)}**${p.role ? ` — ${escapeText(p.role)}` : ""}${p.spoke ? ` · ${l.spoke}` : ""}`)],
    // Reported speech is introduced (« Selon X : »), never put in « » as if it were the speaker's words.
    [l.quotes, b.quotes.map((q) => (q.kind === "direct" ? `${bl.quote(escapeText(q.text))} — ${escapeText(q.speaker)}` : `${escapeText(bl.reported(q.speaker))}${bl.colon}${escapeText(q.text)}`) + at(q.sentences ?? [q.sentence]))],
    [l.figures, b.figures.map((f) => `${escapeText(f.text)}${f.claimedBy ? `, ${escapeText(bl.according(f.claimedBy))}` : ""}${at([f.sentence])}`)],
    [l.unstated, b.unstated.map((u) => `${escapeText(u.text)}${at([u.sentence])}`)],
    [l.sources, b.citations.filter((c) => !shown.has(c.sentence)).map((c) => `> ${sentenceRef(c.sentence)} ${escapeText(c.text)}`)],
  ];

  let budget = LIMITS.embedTotal - title.length - description.length - footerText.length;
  const fields: APIEmbedField[] = [];
  for (const [name, items] of sections) {
    if (!items.length || fields.length >= LIMITS.embedFields) continue;
    const room = Math.min(LIMITS.embedFieldValue, budget - name.length);
    if (room < 40) break;
    const value = pack(items, room);
    fields.push({ name, value });
    budget -= name.length + value.length;
  }
  return { title, description, color: COLOR, fields, footer: { text: footerText } };
}

/** Joins items one per line while they fit in `max` (a long item is cut), then "… +N" for the rest. */
export function pack(items: string[], max: number): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, raw] of items.entries()) {
    const sep = lines.length ? 1 : 0;
    const left = items.length - i - 1;
    // Room kept so that "… +N" still fits if the next item does not.
    const reserve = left ? `\n… +${left}`.length : 0;
    const avail = max - used - sep - reserve;
    if (avail < Math.min(raw.length, 20)) {
      const more = `… +${items.length - i}`;
      return lines.length ? `${lines.join("\n")}\n${more}` : more;
    }
    const item = raw.length <= avail ? raw : truncate(raw, avail);
    lines.push(item);
    used += sep + item.length;
  }
  return lines.join("\n");
}

/** Characters Discord counts toward the 6,000 limit. */
export function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
