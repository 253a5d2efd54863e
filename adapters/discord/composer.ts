import { composeBriefing } from "../../src/briefing/compose.js";
import type { Briefing } from "../../src/briefing/types.js";
import type { Lang } from "../../src/engine/reply.js";
import type { Story } from "../../src/story/schema.js";

/** /brief composes the briefing from the story now (the same composer as the daily briefing). */
export function storyComposer(story: Story): (lang: Lang) => Briefing {
  return (lang) => composeBriefing(story, { lang });
}
