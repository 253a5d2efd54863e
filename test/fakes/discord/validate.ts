import type { JsonObject } from "./types.js";

/**
 * The message limits real Discord enforces with 400 Invalid Form Body (code 50035), so a reply the
 * fake accepts is one Discord would accept too. Returns the first violation, or null.
 */
export function messageViolation(body: JsonObject): string | null {
  const content = typeof body.content === "string" ? body.content : "";
  const embeds = Array.isArray(body.embeds) ? (body.embeds as JsonObject[]) : [];
  if (content.length > 2000) return `content: Must be 2000 or fewer in length (got ${content.length}).`;
  if (embeds.length > 10) return "embeds: Must be 10 or fewer in length.";
  if (body.nonce !== undefined && String(body.nonce).length > 25) return "nonce: Must be 25 or fewer in length.";
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const title = str(e.title);
    const description = str(e.description);
    const footer = str((e.footer as JsonObject | undefined)?.text);
    const author = str((e.author as JsonObject | undefined)?.name);
    const fields = Array.isArray(e.fields) ? (e.fields as JsonObject[]) : [];
    if (title.length > 256) return `embeds.${i}.title: Must be 256 or fewer in length.`;
    if (description.length > 4096) return `embeds.${i}.description: Must be 4096 or fewer in length.`;
    if (footer.length > 2048) return `embeds.${i}.footer.text: Must be 2048 or fewer in length.`;
    if (author.length > 256) return `embeds.${i}.author.name: Must be 256 or fewer in length.`;
    if (fields.length > 25) return `embeds.${i}.fields: Must be 25 or fewer in length.`;
    total += title.length + description.length + footer.length + author.length;
    for (const [j, f] of fields.entries()) {
      const name = str(f.name);
      const value = str(f.value);
      if (!name.length || name.length > 256) return `embeds.${i}.fields.${j}.name: Must be between 1 and 256 in length.`;
      if (!value.length || value.length > 1024) return `embeds.${i}.fields.${j}.value: Must be between 1 and 1024 in length.`;
      total += name.length + value.length;
    }
  }
  if (total > 6000) return `embeds: Embed size exceeds maximum size of 6000 (got ${total}).`;
  if (!content.length && !embeds.length && !Array.isArray(body.components) && !Array.isArray(body.attachments)) {
    return "Cannot send an empty message";
  }
  return null;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
