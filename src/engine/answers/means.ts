import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { decline } from "./general.js";
import { whOf } from "./reader.js";
import { original } from "./spans.js";

/**
 * The means of an exchange (« was it a video call? », « ils se sont vus en personne ? », "by phone
 * or in person?", « se sont parlé comment ? »): read from the verb and nouns the story tells the
 * exchange with (« a téléphoné », "by video link", "met in person"). News writing says the channel
 * in a few fixed forms per language; the story must say it, else the answer declines (a yes/no
 * question) or leaves the question to the other answerers (a « how »).
 */

type Channel = "phone" | "video" | "person" | "writing";

interface MeansWords {
  /** The channel as a sentence of the story writes it (folded). */
  story: Record<Channel, RegExp>;
  /** The channel as a reader names it in a question: a noun or an adverbial, never a verb of calling with a subject. */
  asked: Record<Channel, RegExp>;
  /** « how did they talk », « se sont parlé comment »: the means asked with no channel named. */
  how: RegExp;
  /** The channel said in the answer's language. */
  said: Record<Channel, string>;
  /**
   * Before a channel named as a noun (« l'appel téléphonique », "the phone call"), the verb and
   * determiner that make it the object of another act (« a démenti l'appel », "deny the phone call"):
   * the question asks about that act, not the means. Verbs of being, having and holding are not such acts.
   */
  objectOf: RegExp;
}

const FR: MeansWords = {
  story: {
    phone: /\b(?:(?:a|ont|avait|avaient|aurait|auraient) telephone|telephonique|telephoniques|par telephone|au telephone|coup de fil|coup de telephone)\b/,
    video: /\b(?:visioconferences?|videoconferences?|en visio|par visio|par video|en video|liaison video|appel video)\b/,
    person: /\b(?:en personne|face a face|tete-a-tete|tete a tete|se sont rencontres|s'est rendue? aupres|se sont vus)\b/,
    writing: /\b(?:par (?:lettre|courrier|courriel|e-mail|ecrit|sms)|une lettre (?:a|adressee)|un courrier (?:a|adresse))\b/,
  },
  asked: {
    phone: /\b(?:par telephone|au telephone|telephonique|coup de fil|au bout du fil)\b/,
    video: /\b(?:en visio|par visio|visio|visioconference|videoconference|par video|appel video|sur zoom|par zoom|sur skype)\b/,
    person: /\b(?:en personne|face a face|en vrai|physiquement|en tete a tete|en tete-a-tete|(?:se sont|s'est|se seraient) (?:vus|vues|rencontres|rencontrees|retrouves)|rencontre physique)\b/,
    writing: /\b(?:par (?:lettre|courrier|courriel|mail|e-mail|sms|ecrit))\b/,
  },
  // the verb, not the noun of the same spelling (« dans son communiqué », « l'échange »)
  how: /\b(?:comment|de quelle (?:maniere|facon)|par quel (?:moyen|biais|canal))\b.{0,50}(?<!\b(?:le|l'|son|sa|leur|un|une|du|ce|cet|cette|dans|au) )\b(?:parle|parles|parlent|communique|communiques|communiquent|contacte\w*|joint|joints|echange|echanges|echangent|entretenu\w*|discute|discutes|discutent)\b|(?<!\b(?:le|l'|son|sa|leur|un|une|du|ce|cet|cette|dans|au) )\b(?:parle|parles|parlent|communique|communiques|communiquent|contacte\w*|joints?|echange|echanges|echangent|entretenu\w*|discute|discutes|discutent)\b.{0,30}\b(?:comment|par quel (?:moyen|biais|canal))\b/,
  said: { phone: "par téléphone", video: "par vidéo", person: "en personne", writing: "par écrit" },
  objectOf: /\b(?!(?:etait|est|c'est|c'etait|eu|avoir|a|ont|fait|tenu|tenue|passe|passer|s'agit|agit|etaient|sont|par|au|en|un|une|d'un|d'une|de)\b)[a-z]{2,}(?:-t-(?:il|elle|ils|elles|on))?\s+(?:l'|le |la |les |cet |cette |ce |leur |son |sa )(?:[a-z]+ )?$/,
};

const EN: MeansWords = {
  story: {
    phone: /\b(?:phoned|telephoned|(?:tele)?phone (?:call|calls|conversation|conversations|talks?)|by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|spoke by phone)\b/,
    video: /\b(?:video ?calls?|video ?links?|video ?conferences?|videoconferences?|by video|via video|virtual (?:meeting|talks|summit)|held virtually|met virtually)\b/,
    person: /\b(?:in person|face[- ]to[- ]face|one[- ]on[- ]one|met with|met in|met at|in-person)\b/,
    writing: /\b(?:(?:in|by) (?:a )?(?:letter|writing|e-?mail|text message)|wrote to|sent a letter)\b/,
  },
  asked: {
    phone: /\b(?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|(?:tele)?phone (?:call|conversation|talk)|phonecall)\b/,
    video: /\b(?:video ?(?:call|link|conference|chat)|videoconference|by video|via video|on (?:zoom|skype)|over (?:zoom|skype)|virtual(?:ly)?)\b/,
    person: /\b(?:in person|in-person|face[- ]to[- ]face|one[- ]on[- ]one|physically|meet up|met up|(?:did|do) they (?:actually |really )?meet|see each other)\b/,
    writing: /\b(?:by (?:letter|e-?mail|text)|in writing|in a letter)\b/,
  },
  how: /\b(?:how|by what means|through what|in what way|what means)\b.{0,50}\b(?:talk|talked|speak|spoke|communicat\w*|contact\w*|reach|reached|get in touch|got in touch|hold|held|have (?:the|their) (?:talk|conversation|exchange))\b/,
  said: { phone: "by telephone", video: "by video link", person: "in person", writing: "in writing" },
  objectOf: /\b(?!(?:was|is|were|are|it|be|been|have|has|had|hold|held|make|made|take|took|do|did|by|over|on|in|via|through)\b)[a-z]{2,}\s+(?:the|this|that|their|its|his|her)\s+$/,
};

const WORDS: Readonly<Record<Lang, MeansWords>> = { fr: FR, en: EN };
const CHANNELS: readonly Channel[] = ["phone", "video", "person", "writing"];

interface Told {
  sentence: number;
  channel: Channel;
  /** The story's own words for it. */
  words: string;
}

const toldMemo = new WeakMap<StoryIndex, Told[]>();

/** Every sentence that tells the means of an exchange, read once per story. */
function toldChannels(index: StoryIndex): Told[] {
  let out = toldMemo.get(index);
  if (out) return out;
  out = [];
  const w = WORDS[index.story.lang === "en" ? "en" : "fr"];
  for (const s of index.sentences) {
    const f = fold(s.text);
    for (const c of CHANNELS) {
      const m = w.story[c].exec(f);
      if (m) {
        out.push({ sentence: s.index, channel: c, words: original(s.text, m.index, m[0].length) });
        break;
      }
    }
  }
  toldMemo.set(index, out);
  return out;
}

/** The channels a question names, and whether it asks the means with a « how ». */
function askedChannels(folded: string, lang: Lang): { channels: Channel[]; how: boolean } {
  const w = WORDS[lang];
  // « did X deny the phone call? », « X a-t-il démenti l'appel téléphonique ? »: the channel is the object of another act, not what is asked
  const channels = CHANNELS.filter((c) => {
    const m = w.asked[c].exec(folded);
    return m !== null && !w.objectOf.test(folded.slice(0, m.index));
  });
  return { channels, how: w.how.test(folded) };
}

/**
 * The means of the exchange a question asks about, or null when the question is not of this kind
 * (or a « how » the story does not settle).
 */
export function means(ctx: Ctx): Draft | null {
  const folded = ctx.query.folded;
  const wh = whOf(folded);
  const { channels, how } = askedChannels(folded, ctx.query.lang);
  const yesno = wh === "yesno" && channels.length > 0;
  // « by phone or in person? »: a choice between channels, no verb needed
  const choice = channels.length >= 2 && /\b(?:or|ou)\b/.test(folded);
  // « comment ont-ils communiqué ? » reads as a yes/no by its inverted verb: the « how » decides
  if (!yesno && !choice && !(how && (wh === "how" || wh === "what" || wh === "yesno"))) return null;
  const told = toldChannels(ctx.index);
  // the exchange of the people the question names: a sentence that mentions one of them
  const named = ctx.hits.map((h) => h.entity);
  const about = named.length ? told.filter((t) => named.some((e) => e.mentions.includes(t.sentence))) : told;
  const found = about[0] ?? (named.length ? null : told[0]) ?? null;
  if (!found) {
    if (!yesno) return null;
    return decline(ctx, pick(ctx.lang, "La dépêche ne dit pas par quel moyen.", "The story does not say by what means."));
  }
  const said = WORDS[ctx.lang].said[found.channel];
  const own = `« ${found.words} »`;
  const head = yesno && !choice ? (channels.includes(found.channel) ? pick(ctx.lang, "Oui", "Yes") : pick(ctx.lang, "Non", "No")) : null;
  const text = head ? `${head} — ${said} (${own}).` : `${said.charAt(0).toUpperCase()}${said.slice(1)} (${own}).`;
  return { answered: true, intent: "means", parts: [text], cites: [found.sentence] };
}
