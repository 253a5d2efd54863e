import type { Story } from "../story/schema.js";
import { call, equipment, whenWhere } from "./answers/events.js";
import { claimant, count } from "./answers/figures.js";
import { decline, help, naming, summary } from "./answers/general.js";
import { read } from "./answers/reader.js";
import { people, whoIs } from "./answers/people.js";
import { said, whoSaid } from "./answers/speech.js";
import { pick, toReply, type Draft } from "./compose.js";
import type { Ctx } from "./context.js";
import { entityByName, findEntities, mainEntity, pronounIn } from "./entities.js";
import { buildIndex, type Entity } from "./index.js";
import { readIntent, type Intent } from "./intent.js";
import { analyse, matcher } from "./query.js";
import type { ConversationState, Lang, Reply } from "./reply.js";

export interface AskOptions {
  /** Forces the answer language; by default the question's own. */
  lang?: Lang;
}

export interface Engine {
  readonly story: Story;
  /** Pure: the same question and state give the same reply and next state. */
  ask(question: string, state: ConversationState, opts?: AskOptions): { reply: Reply; state: ConversationState };
}

/** Intents about one person or institution: an inverted pronoun (« qu'a-t-il dit ») refers back for these. */
const PERSONAL: ReadonlySet<Intent> = new Set(["said", "who_is"]);

/** Below this lead over its runner-up, the classifier's guess is not acted on. */
const CLASSIFIER_MIN = 0.15;

/** The intent's answer; when it finds nothing, the general reader looks for the sentence that answers. */
function answer(ctx: Ctx): Draft {
  const first = byIntent(ctx);
  if (first.answered || ctx.reading.intent === "offtopic" || ctx.reading.intent === "help") return first;
  return read(ctx) ?? first;
}

function byIntent(ctx: Ctx): Draft {
  const intent = ctx.reading.intent;
  if (ctx.reading.source === "classifier" && ctx.reading.confidence < CLASSIFIER_MIN && intent !== "offtopic") return read(ctx) ?? decline(ctx);
  switch (intent) {
    case "help":
      return help(ctx);
    case "offtopic":
      return decline(ctx);
    case "summary":
      return summary(ctx);
    case "people":
      return people(ctx);
    case "said":
      return ctx.entity ? said(ctx) : (read(ctx) ?? decline(ctx));
    case "who_said":
      return whoSaid(ctx);
    case "who_is":
      return whoIs(ctx);
    case "count":
      return count(ctx);
    case "claimant":
      return claimant(ctx);
    case "call":
      return call(ctx);
    case "when":
    case "where":
      // a single « when » or « where »: the reader's date or place in the sentence that holds the question, if one does
      return (!ctx.reading.also.length ? read(ctx, { minCoverage: 0.6, intent: ctx.reading.intent }) : null) ?? whenWhere(ctx);
    case "equipment":
      return equipment(ctx);
    case "name":
      return naming(ctx);
  }
}

/** Indexes the story once; each question is then answered from the index. */
export function createEngine(story: Story): Engine {
  const index = buildIndex(story);
  return {
    story,
    ask(question, state, opts = {}) {
      const q = question.trim();
      const query = analyse(q, index, opts.lang);
      const lang: Lang = opts.lang ?? (q ? query.lang : (state.lang ?? story.lang));
      const m = matcher(index, query);
      const hits = findEntities(index, query, m);
      const named = mainEntity(hits);
      const reading = readIntent(query, named !== null);
      let entity: Entity | null = named?.entity ?? null;
      if (!entity && state.focus) {
        const pronoun = pronounIn(query.folded);
        if (pronoun === "free" || (pronoun === "inverted" && PERSONAL.has(reading.intent))) entity = entityByName(index, state.focus);
      }
      // « What did he say? » with a focus reads as « what did X say »
      const finalReading = entity && !named && reading.source === "classifier" ? { ...reading, intent: "said" as Intent } : reading;
      const ctx: Ctx = { index, query, m, lang, reading: finalReading, hits, entity, named: named !== null };
      let draft = answer(ctx);
      if (!q) draft = help(ctx);
      const reply = toReply(index, draft, lang);
      if (!reply.text) reply.text = pick(lang, "La dépêche ne le dit pas.", "The story does not say.");
      const focus = draft.focus !== undefined ? (entityByName(index, draft.focus) ? draft.focus : state.focus) : (entity?.name ?? state.focus);
      return { reply, state: { focus: focus ?? null, lang, lastIntent: reply.intent } };
    },
  };
}
