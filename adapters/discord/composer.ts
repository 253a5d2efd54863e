import type { Briefing } from "../../src/briefing/types.js";
import type { Lang } from "../../src/engine/reply.js";
import type { Logger } from "../../src/log.js";
import type { Story } from "../../src/story/schema.js";

type Compose = (story: Story, opts: { lang: Lang }) => Briefing;

/**
 * The briefing composer (src/briefing/compose.ts) is written alongside this adapter; until it
 * exists /brief falls back to the engine's summary. The specifier is a variable so the
 * typecheck does not depend on the file being there yet.
 */
export async function loadComposer(story: Story, log: Logger): Promise<((lang: Lang) => Briefing) | null> {
  const specifier = "../../src/briefing/compose.js";
  try {
    const mod = (await import(specifier)) as { composeBriefing?: unknown };
    if (typeof mod.composeBriefing !== "function") return null;
    const compose = mod.composeBriefing as Compose;
    return (lang) => compose(story, { lang });
  } catch (err) {
    log.debug("discord: no briefing composer yet; /brief uses the engine's summary", { error: err instanceof Error ? err : String(err) });
    return null;
  }
}
