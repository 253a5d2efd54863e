import type { Quote } from "../../story/schema.js";
import type { Draft } from "../compose.js";
import { excerpt, fit, guillemets, pick, snippet } from "../compose.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import type { Entity } from "../index.js";
import { keysOf } from "../index.js";
import { entityByName } from "../entities.js";
import { entitiesIn } from "../mentions.js";
import { claimantIn, describedIn, nameIn, roleIn } from "../labels.js";
import { roleOf } from "./roles.js";
import type { QuotedSpeech } from "../reply.js";
import { contentTokens, fold, words } from "../text.js";
import { decline } from "./general.js";
import { allStances, FRAGMENT_WORDS, fragmentFrame, namedIn, ownSentences, quotedWithin, speaksFor, stancesOf, tellingVerb, withoutFrame, type Stance } from "./stance.js";
import { whOf } from "./reader.js";
import { speechLexicon } from "../../story/lang/index.js";
import { isRelationWord } from "../relations.js";

// Words that ask for someone's words (folded: no accents, lower case), per language. English
// « comment » only where it cannot be French « comment » (how): « comment on », « any comment ».
const SPEECH_WORDS: Record<"en" | "fr", string> = {
  en:
    "say|said|says|saying|tell|told|tells|comment on|comment upon|(?:no|any|a|the|his|her|their|its|to) comment|(?<=\\b(?:did|does|do|will|would|has|have|had|can|could)\\b.{1,60})comment(?=\\s*[?!.]*\\s*$)|commented|comments|react|reacted|reaction|respond|responded|response|reply|replied|answer|answered|" +
    "think|thinks|thought|view|views|position|stance|opinion|statement|statements|declare|declared|announce|announced|announcement|describe|described|" +
    // a position asked (« what does X want », « X propose quoi »): what the story reports X holding is their words
    "want|wants|wanted|propose|proposes|proposed|proposing|seek|seeks|sought|calling for|call for|calls for|called for|push for|pushing for|pushed for|" +
    "warn|warned|warning|accuse|accused|claim|claimed|claims|promise|promised|argue|argued|insist|insisted|quote|quoted|words|mean|meant|message|" +
    "admit|admitted|admits|deny|denied|denies|confirm|confirmed|confirms|blame|blamed|blames|criticis\\w*|criticiz\\w*|condemn\\w*|denounc\\w*|explain|explained|" +
    "call it|called it|call this|called this|call that|called that|call them|called them|call him|called him|call her|called her|" +
    "suggest|suggested|recommend|recommended|urge|urged|ask|asked|demand|demanded|regret|regrets|regretted|welcome|welcomed|praise|praised|point of view|" +
    "according to|predict|predicted|predicts|forecast|forecasts|suspect|suspects|suspected|fear|fears|feared|hope|hopes|hoped|worried|worry|worries|" +
    "rule|ruled|rules|ruling|verdict|decide|decided|hold responsible|holds responsible|held responsible|let know|made known|talk about|talked about|speak about|spoke about|spoke of|talk of|mention|mentions|mentioned|refer to|referred to|refers to",
  fr:
    "dit|dire|disent|declare|declaree|declarer|declaration|annonce|annoncer|annonces|repond|repondu|reponse|reagi|reagit|reaction|pense|pensent|" +
    "estime|estiment|affirme|affirment|qualifie|qualifiee|qualifier|decrit|decrire|parle de|parle d|parle du|parle des|propos|avis|explique|ajoute|souligne|" +
    "assure|previent|prevenu|averti|denonce|condamne|promet|promis|admet|reconnait|reconnu|nie|nier|nient|dement|dementi|dementie|dementir|dementent|confirme|confirmee|confirmer|critique|accuse|reproche|" +
    "regrette|salue|appelle a|demande|exige|recommande|conseille|conseiller|point de vue|message|citation|cite|mots|" +
    "parle|parlent|parlait|evoque|evoquent|mentionne|mentionnent|" +
    "veut|veulent|voulait|voulaient|voudrait|propose|proposent|proposait|proposaient|souhaite|souhaitent|souhaitait|reclame|reclament|reclamait|" +
    "raconte|racontent|confie|confient|tient pour|tiennent pour|tenir pour|tient-elle pour|tient-il pour|juge|jugent|tranche|statue|fait savoir|fait part|selon|d'apres|prevoit|predit|craint|craignent|redoute|espere|soupconne|s'inquiete|inquiet|inquiete|content|satisfait|se felicite|se rejouit",
};
const SPEECH_CUE = new RegExp(`\\b(?:${SPEECH_WORDS.en}|${SPEECH_WORDS.fr})\\b|^(?:and |et |so )?(?:what|how) (?:did|does|do|has|have) .{1,40} (?:call|name|describe|label)\\b`);
// the question asks where, when, to whom or how the words were said, not the words: a medium,
// or « where / when » put to the speaking itself (« X a dit ça où », « when did X say it »)
const MEDIUM =
  /\b(?:sur quel(?:le)? (?:chaine|media|antenne|radio|television|tele|site|reseau)|(?:which|what) (?:channel|outlet|media|newspaper|paper|network|station|tv|radio|show|programme|program|interview|event|conference|occasion)|quel(?:le)? (?:chaine|media|journal|radio|television|emission|interview|entretien|evenement|conference|occasion)|a quel moment|to whom|a qui|how do we know|comment (?:on )?(?:le )?sait)\b/;
const SPOKEN_WHERE =
  /^(?:and |et |so |alors )?(?:where|when|ou|quand)\b.{0,40}\b(?:say|said|speak|spoke|talk|talked|tell|told|comment|commented|announce|announced)\b(?: (?:it|this|that|so))?$|\b(?:dit|parle|declare|annonce|affirme)(?: (?:ca|cela|ceci))? (?:ou|quand)$/;
const TALKED_WITH = /\b(?:parle|parlent|parler|parlait|parlaient|discute|discutent|talk|talks|talked|speak|speaks|spoke|spoken)(?:[- ]t[- ](?:il|elle)|[- ](?:il|elle|ils|elles))?\s+(?:avec|ensemble|with|together|to each other|entre eux)\b/;
/**
 * After the verb of saying, only a pronoun for the words and the asked time or place (« X a réagi quel jour », "where did X
 * say that"): the question asks when or where they were said. Anything else there is what was said (« when did X say the
 * works would resume », "what did X say when the plant closed"), and the question asks within it.
 */
const SAID_NOTHING_WORDS: Record<"en" | "fr", string> = {
  en: "it|this|that|so|there|then|first|publicly|exactly",
  fr: "ca|cela|ceci|la|exactement|d'abord|quel jour|quelle date|quand|ou|a quelle heure|en quelle annee|quel mois",
};
// (either language's words: a question may put a French verb to English words, as readers mix them)
const NOTHING_SAID_AFTER = new RegExp(`^(?:\\s+(?:${SAID_NOTHING_WORDS.en}|${SAID_NOTHING_WORDS.fr}))*\\s*[?!.]*$`);
const ON_AUTHORITY = /\b(?:selon|d'apres|according to)\b/;
// « X est jugé pour quoi ? », "why was X accused?": a verb of saying in the passive makes X its object, not the speaker
const PASSIVE_SPEECH =
  /\b(?:est|sont|etait|etaient|ete|etre|sera|seront|serait|is|are|was|were|been|being|be|get|gets|got)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:[\p{L}'-]+\s+){0,3}?(?:juge|jugee|juges|jugees|classe|classee|classes|classees|accuse|accusee|accuses|accusees|declare|declaree|declares|declarees|critique|critiquee|critiques|condamne|condamnee|condamnes|qualifie|qualifiee|decrit|decrite|accused|described|condemned|criticised|criticized|declared|judged|tried|blamed|rated|classified|ranked|charged)\b/gu;

// Words that ask for a position someone holds (« what does X want », « X propose quoi »), per language: a
// subset of the words above that news writing reports in its own words as often as in the holder's
// (« X has long wanted … », « X réclame … »), so a sentence about X answers where X is never quoted.
const POSITION_WORDS: Record<"en" | "fr", string> = {
  en: "want|wants|wanted|propose|proposes|proposed|proposing|seek|seeks|sought|calling for|call for|calls for|called for|push for|pushing for|pushed for|recommend|recommends|recommended|demand|demands|demanded|hope|hopes|hoped",
  fr: "veut|veulent|voulait|voulaient|voudrait|propose|proposent|proposait|proposaient|souhaite|souhaitent|souhaitait|reclame|reclament|reclamait|recommande|demande|exige|espere",
};
const POSITION_CUE = new RegExp(`\\b(?:${POSITION_WORDS.en}|${POSITION_WORDS.fr})\\b`, "g");

const POSITION_WORD = new RegExp(`^(?:${POSITION_WORDS.en}|${POSITION_WORDS.fr})$`);
const isPositionWord = (w: string): boolean => POSITION_WORD.test(w);

/** Whether a question about someone's words asks only for a position they hold (no verb of saying besides). */
export function asksPosition(folded: string): boolean {
  const f = folded.replace(/\s+/g, " ").trim();
  return new RegExp(POSITION_CUE.source).test(f) && !SPEECH_CUE.test(f.replace(POSITION_CUE, " "));
}

/** The word position of the first word that asks for someone's words, or -1 (positions as `words()` counts them). */
export function speechVerbAt(folded: string): number {
  const m = SPEECH_CUE.exec(folded);
  if (!m) return -1;
  return words(folded.slice(0, m.index)).length;
}

/**
 * What a question about someone asks of their speech: their words (« what did X say », « X a
 * qualifié ça comment »), the circumstances of those words (where, when, to which outlet: a fact
 * the general reader finds), or nothing about speech at all (« why was X in prison »).
 */
export function speechAsk(folded: string): "words" | "circumstance" | null {
  const f = folded.replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "").trim();
  if (!SPEECH_CUE.test(f)) return null;
  // its only verb of saying in the passive: the question asks what was done to them, not their words
  if (!SPEECH_CUE.test(f.replace(PASSIVE_SPEECH, " "))) return null;
  // « X a-t-il parlé avec Y ? », « did X talk with Y »: a conversation took place, not words to give
  if (TALKED_WITH.test(f) && !SPEECH_CUE.test(f.replace(TALKED_WITH, " "))) return null;
  if (ON_AUTHORITY.test(f)) return "words";
  // « X a réagi quel jour ? », "where did X say it": a wh-word that asks a time or a place asks when or where the words were
  // said, unless the words themselves follow (« when did X say that the works would resume »: the date may be in them)
  const wh = whOf(f);
  const cue = SPEECH_CUE.exec(f);
  if ((wh === "when" || wh === "where" || wh === "year") && cue && NOTHING_SAID_AFTER.test(f.slice(cue.index + cue[0].length))) return "circumstance";
  return MEDIUM.test(f) || SPOKEN_WHERE.test(f) ? "circumstance" : "words";
}

function speech(q: Quote): QuotedSpeech {
  return { speaker: q.speaker, text: q.text, kind: q.kind, sentence: q.sentence };
}

/** A quote's fit to the question's subject: its own words first, its sentence's as a hint. */
function quoteScore(ctx: Ctx, q: Quote, terms = topicTerms(ctx)): number {
  const own = ctx.index.quoteKeys.get(q);
  const sentence = ctx.index.sentences[q.sentence]?.keys;
  return (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.3 * ctx.m.score(sentence, terms) : 0);
}

/**
 * Whether a question about someone's words asks about a subject none of their words speak of
 * (« what did X say about Y » where no quote of X holds Y), or about someone the story never
 * quotes: then the story's own sentence on the subject answers better than their other words.
 */
export function offTopicSpeech(ctx: Ctx): boolean {
  const e = ctx.entity;
  if (!e) return false;
  const all = [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)];
  if (!all.length) return true;
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word) && !isRelationWord(ctx.query.lang, t.word) && ctx.index.sentences.some((s) => ctx.m.found(s.keys, [t]).length > 0));
  if (!terms.length) return false;
  // the sentence of the words counts too (« what did X say after the ruling »), and the one before
  // it, where news writing sets out the subject a quote then speaks to
  const before = (q: Quote) => ctx.index.sentences[q.sentence - 1]?.keys;
  // words that hold only the question's common words (« plan », « Europe ») and not its rare one (« Kesselgard ») are not on its subject:
  // a quote speaks to it when it holds half the subject's weight
  const half = terms.reduce((n, t) => n + ctx.m.weight(t), 0) / 2;
  // (the quote's sentence counts as its own words do: « what did X say after the ruling » is said by the sentence's circumstance)
  const own = (q: Quote) => ctx.index.quoteKeys.get(q) ?? new Set<string>();
  const sentence = (q: Quote) => ctx.index.sentences[q.sentence]?.keys ?? new Set<string>();
  if (!all.every((q) => ctx.m.score(own(q), terms) < half && ctx.m.score(sentence(q), terms) < half && !(ctx.m.score(before(q) ?? new Set(), terms) >= half))) return false;
  // a position the story reports X holding on Y outside the quotes (« X called for a public inquiry into … ») answers as X's words do
  const en = ctx.index.story.lang === "en";
  return !stancesOf(ctx.index, e, ownSentences(ctx.index, e, all.map((q) => q.sentence))).some((x) => !x.declined && ctx.m.score(stanceKeys(x, en), terms) >= half);
}

/**
 * The reader's answer when the sentence it cites is about the person asked of and speaks of the
 * question's subject (or, for a `position` asked with no subject, is about them); null when it only names them, or speaks of the subject without them
 * (someone else's words are never given as theirs).
 */
export function onSubject(ctx: Ctx, d: Draft | null, position = false): Draft | null {
  const e = ctx.entity;
  const at = d?.cites[0];
  if (!d || !e || at === undefined) return null;
  const text = ctx.index.story.sentences[at]?.text ?? "";
  const theirs = e.mentions.includes(at) || e.quotes.some((q) => q.sentence === at) || entitiesIn(ctx.index, text).some((p) => p.entity === e) || continuesOn(ctx, e, at);
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word) && !isRelationWord(ctx.query.lang, t.word));
  const keys = ctx.index.sentences[at]?.keys;
  // « what does X want? » asks no subject but X's position (its verb is no subject): a sentence about X is on it
  return theirs && keys && (ctx.m.score(keys, terms) > 0 || (position && terms.every((t) => isPositionWord(t.word)))) ? d : null;
}

/** A sentence opening on a subject pronoun, after a link word (« But she has held her ground … », « Mais il a refusé … »). */
const PRONOUN_OPENING = /^(?:(?:but|and|yet|still|however|mais|et|pourtant|cependant|or)\s*,?\s+)?(she|he|elle|il)\b/iu;

/**
 * « X faced criticism. But she has held her ground on … »: a sentence whose subject is a pronoun of X's
 * gender (or of a gender the story does not give X), right after a sentence that names X and no one
 * else who may be that pronoun, goes on about X.
 */
function continuesOn(ctx: Ctx, e: Entity, at: number): boolean {
  if (e.kind !== "person" || at < 1) return false;
  const m = PRONOUN_OPENING.exec(ctx.index.story.sentences[at]?.text ?? "");
  if (!m) return false;
  const g = /^(?:she|elle)$/i.test(m[1]!) ? "f" : "m";
  if (e.gender && g !== e.gender) return false;
  const prev = ctx.index.story.sentences[at - 1]?.text ?? "";
  const named = entitiesIn(ctx.index, prev, true).map((p) => p.entity);
  // (someone else there who may be « she » leaves the pronoun unsettled)
  return named.includes(e) && named.every((x) => x === e || (x.gender !== null && x.gender !== g));
}

const frameMemo = new WeakMap<Quote, Map<Entity, string | null>>();

/**
 * A direct quote as an answer shows it: whole in « », or, when it is a fragment of a few words,
 * with the story's words around it (« a été aussitôt condamnée comme une « provocation » ») in the
 * story's language, beside the fragment alone when the answer is in the other language.
 */
function shownQuote(ctx: Ctx, e: Entity, q: Quote, text: string): string {
  if (q.kind !== "direct" || text !== q.text || q.text.split(/\s+/).length > FRAGMENT_WORDS) return guillemets(text);
  let byEntity = frameMemo.get(q);
  if (!byEntity) frameMemo.set(q, (byEntity = new Map()));
  let frame = byEntity.get(e);
  if (frame === undefined) byEntity.set(e, (frame = fragmentFrame(ctx.index.story.lang, e, ctx.index.story.sentences[q.sentence]?.text ?? "", q.text)));
  if (!frame) return guillemets(text);
  return ctx.lang === ctx.index.story.lang ? frame : `${guillemets(text)} (${pick(ctx.lang, "dans les mots de la dépêche", "in the story's words")} : “${frame}”)`.replace(" : “", ctx.lang === "en" ? ": “" : " : “");
}

/** Drops quotes contained in a longer one already shown (an embedded « … » inside reported speech). */
function distinct(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => !quotes.some((o) => o.text.length > q.text.length && fold(o.text).includes(fold(q.text))));
}

/** Words asking what someone did or is, not the subject matter (« fait quoi », « what about »). */
const ASKING_WORDS = new Set("fait faire font quoi what about really vraiment".split(" "));

/**
 * Someone's words when they answer a factual question about them (« what does X suspect about
 * steel » where the story reports X's suspicion): only when a quote of theirs holds at least half
 * of the question's subject matter. null otherwise: the question is not answered by their words.
 */
export function saidOnTopic(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e?.quotes.length) return null;
  // words the story never uses say nothing of which quote answers (« going », « really »)
  // nor do names and offices (« the US », « the minister »): the quote must hold what is asked of them
  const terms = topicTerms(ctx).filter(
    (t) => !ASKING_WORDS.has(t.word) && ctx.index.sentences.some((s) => ctx.m.found(s.keys, [t]).length > 0) && !ctx.index.entities.some((x) => ctx.m.found(x.keys, [t]).length > 0),
  );
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  if (!total) return null;
  const best = Math.max(...e.quotes.map((q) => {
    const own = ctx.index.quoteKeys.get(q);
    return own ? ctx.m.score(own, terms) : 0;
  }));
  return best / total >= 0.5 ? said(ctx) : null;
}

// Where and to whom words were said, as news writing reports it: the outlet after « told » or
// « au micro de », the occasion after « in a statement », « lors d'une conférence de presse ».
const SETTING: Record<"en" | "fr", RegExp[]> = {
  en: [
    /\b(?:told|telling)\s+((?:the\s+)?\p{Lu}[^,.;:"“”]{1,50}|reporters|journalists)/u,
    /\b(?:[Ss]peaking|[Ss]poke|[Ss]peaks)\s+(?:to|on|at|with|in|during)\s+[^,.;:"“”]{2,70}/u,
    /\b[Ii]n an? (?:interview|statement|video|post|speech|letter|op-ed|press release|news conference|press conference|broadcast|address|message)\b(?:\s+(?:with|to|on|at|for)\s+[^,.;:"“”]{2,40})?/u,
    /\b(?:[Aa]t|[Dd]uring) an? (?:[\p{Ll}-]+\s+){0,2}(?:press conference|news conference|conference|briefing|rally|meeting|summit|hearing|ceremony|event|visit|convention|session|forum)\b[^,.;:"“”]{0,40}/u,
    /\bon (?:social media|Twitter|Facebook|Telegram|television|TV|radio|state television)\b/u,
  ],
  fr: [
    /\ba (?:[\p{Ll}]+ment\s+)?(?:déclaré|dit|confié|affirmé|expliqué|indiqué|assuré|raconté|précisé|souligné)\s+(?:à|au|aux)\s+[^,.;:«»"“”]{2,50}/u,
    /\b(?:au micro d[eu']|sur l['’]antenne d[eu']|sur les ondes d[eu']|à l['’]antenne d[eu']|sur le plateau d[eu']|dans les colonnes d[eu']|au journal)\s*[^,.;:«»"“”]{2,50}/u,
    /\bdans (?:un|une|son|sa) (?:entretien|interview|vidéo|communiqué|message|discours|lettre|tribune|déclaration|allocution)\b[^,.;:«»"“”]{0,50}/u,
    /\b(?:lors|au cours) d['’](?:une?|son|sa) (?:conférence de presse|point de presse|point presse|réunion|visite|discours|sommet|audition|cérémonie|rencontre|inspection|entretien|convention|séance|congrès)\b[^,.;:«»"“”]{0,50}/u,
    /\b(?:interrogée?s?|jointe?s?|contactée?s?|citée?s?) par\s+[^,.;:«»"“”]{2,50}/u,
    /\bdevant (?:la presse|les journalistes|[^,.;:«»"“”]{2,40})/u,
  ],
};

/**
 * Where, to whom or on what occasion someone said their words (« il a dit ça sur quelle
 * chaîne ? », « where did X say it? »): the setting the sentence of their quote gives, in the
 * story's words, on the quote that best fits the question. null when no sentence gives one.
 */
export function speechSetting(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e?.quotes.length) return null;
  const terms = topicTerms(ctx);
  const ranked = distinct(e.quotes)
    .map((q) => ({ q, s: quoteScore(ctx, q, terms) }))
    .sort((a, b) => b.s - a.s || a.q.sentence - b.q.sentence);
  const patterns = [...SETTING[ctx.index.story.lang], ...SETTING[ctx.index.story.lang === "fr" ? "en" : "fr"]];
  const name = nameIn(e, ctx.index.story.lang, ctx.lang);
  const where = whOf(ctx.query.folded) === "where";
  for (const { q } of ranked) {
    const text = ctx.index.story.sentences[q.sentence]?.text ?? "";
    // the setting lies outside the quoted words
    const outside = text.replace(/[«“"][^«»“”"]*[»”"]/gu, " ");
    for (const p of patterns) {
      const m = p.exec(outside);
      if (!m) continue;
      // the setting ends where what was said begins (« told X that … », « a déclaré à X que … »)
      const setting = m[0].trim().replace(/\s+(?:que|qu['’]|that|and|et|who|qui|when|quand|after|before|après|avant|if|si)\b.*$/u, "");
      return {
        answered: true,
        intent: "said",
        // the setting is the story's words about the telling, never the speaker's: not shown as a quote of theirs
        parts: [where ? pick(ctx.lang, `Où ${name} l'a dit, selon la dépêche : « ${setting} ».`, `Where ${name} said it, in the story's words: “${setting}”.`) : pick(ctx.lang, `Le cadre des propos ${ofName(name)}, selon la dépêche : « ${setting} ».`, `The setting of ${name}'s words, in the story's words: “${setting}”.`)],
        cites: [q.sentence],
        quotes: [speech(q)],
        focus: e.name,
      };
    }
  }
  return null;
}

/** The statements a reported clause joins (« A, et que B », « A and that B »). */
function statements(text: string): string[] {
  return text
    .split(/,?\s+(?:et|mais|ou|jugeant|estimant|affirmant|ajoutant|assurant|soulignant|expliquant|précisant|rappelant|déplorant|regrettant)\s+qu(?:e\s+|['’])|,?\s+(?:and|but|or|saying|adding|arguing|insisting|noting|warning|claiming)\s+that\s+|,\s+(?=sans préciser|sans donner|without (?:saying|giving|specifying))/u)
    .map((x) => x.trim().replace(/[.\s]+$/, ""))
    .filter((x) => x.length > 0);
}

/** How many words of reported speech are shown around the question's subject: fewer than the dozen a pasted run starts at. */
const WINDOW = 11;

/** Reported words longer than this are read for the speaker's own words inside them. */
const CLAUSE_WORDS = 11;

/**
 * Reported words that quote the speaker inside them (« a jugé « impératif » mardi que … : « Elles
 * représentent … » »): the quoted words, the speaker's own, shown in « » without the reporting
 * clause around them, which is the story's paraphrase pasted. Words already short, or whose quoted
 * words are only a few (a scare quote: « viole l'esprit » de l'Acte …), come back as they are.
 */
export function reportedShort(lang: "en" | "fr", text: string): string {
  const t = text.trim().replace(/[.\s]+$/, "");
  if (t.split(/\s+/).length <= CLAUSE_WORDS) return t;
  return quotedWithin(lang, t) ?? t;
}

// « how did X describe Y », « X a qualifié ça comment », « what did X call it »: the word X applied, not all X said
const DESCRIBE_ASK =
  /\b(?:describ\w*|characteri[sz]\w*|label+ed|termed|dubbed|qualifi\w*|decri\w*|decrit|traite\w*)\b|\b(?:what|how) (?:did|does|do|has|have|would) .{1,40} call\b|\bappel\w*\b.{0,30}\bcomment\b|\bcomment\b.{0,40}\bappel\w*|\b(?:qu'est-ce qu'|ce qu')(?:il|elle|ils|elles|on) (?:appel\w*|qualifi\w*)\b|\b(?:il|elle|ils|elles) (?:appel\w*|qualifi\w*) quoi\b/;
/** The verbs news writing describes something with, folded, per language. */
const DESCRIBE_VERB: Record<"en" | "fr", RegExp> = {
  en: /\b(?:called|calls|calling|described|describes|describing|labell?ed|termed|branded|dubbed|characteri[sz]ed|decried|hailed|slammed|denounced|condemned)\b/,
  fr: /\b(?:qualifi\w*|decri\w*|traite\w*|denonc\w*|fustig\w*|salu\w*|parle d\w*|evoqu\w*)\b/,
};
/** « called it an act of folly », « qualifié la décision de scandaleuse »: the words the verb applies. */
const DESCRIBE_COMPLEMENT: Record<"en" | "fr", RegExp> = {
  en: /\b(?:called|calls|calling|described|describes|describing|labell?ed|termed|branded|dubbed|characteri[sz]ed)\s+(?:(?:it|them|this|that|him|her|the\s+[\p{L}-]+)\s+)?(?:as\s+)?((?:an?\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})/u,
  fr: /\b(?:qualifi|trait|décri|decri)\p{L}*\s+(?:[^,.;«»"“”]{0,40}?\s)?(?:de|d['’]|comme)\s*((?:une?\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/u,
};
const COMPLEMENT_END: Record<"en" | "fr", RegExp> = {
  en: /\s+(?:and|but|that|which|who|after|because|since|as|when|while|said|says)\b.*$/u,
  fr: /\s+(?:et|mais|qui|que|qu['’]|car|lors|après|avant|pour|par|avec|dans|sur|en|estimant|jugeant)\b.*$/u,
};

/**
 * The word or short quoted phrase someone applied to something (« how did X describe the delay »
 * → « a disgrace »), from the sentences that report them: short quoted words there, or the words
 * a verb of describing applies. null when none of their sentences describes anything.
 */
function describedAs(ctx: Ctx, e: Entity, all: Quote[]): Draft | null {
  const { index, lang } = ctx;
  const storyLang = index.story.lang;
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word));
  const others = index.story.quotes.filter((q) => !all.includes(q));
  let best: { s: number; phrases: string[]; score: number } | null = null;
  for (const i of ownSentences(index, e, all.map((q) => q.sentence))) {
    const text = index.story.sentences[i]?.text ?? "";
    const f = fold(text);
    const verb = DESCRIBE_VERB[storyLang].test(f);
    // short quoted words, never someone else's
    const quoted = [...text.matchAll(/[«“"]\s*([^«»“”"]{1,80}?)\s*[»”"]/gu)]
      .map((m) => m[1]!.trim())
      .filter((p) => p.split(/\s+/).length <= 8 && !others.some((q) => fold(q.text).includes(fold(p))));
    const theirs = all.some((q) => q.sentence === i && q.kind === "direct" && q.text.split(/\s+/).length <= 8);
    let phrases = quoted;
    if (!phrases.length && verb) {
      const m = DESCRIBE_COMPLEMENT[storyLang].exec(text);
      const c = m?.[1]?.replace(COMPLEMENT_END[storyLang], "").trim();
      if (c && c.split(/\s+/).length >= 1) phrases = [c];
    }
    if (!phrases.length || (!verb && !theirs)) continue;
    const keys = index.sentences[i]?.keys;
    const score = (terms.length && keys && ctx.m.score(keys, terms) > 0 ? 2 : 0) + (verb ? 1 : 0) + (theirs ? 0.5 : 0);
    if (!best || score > best.score) best = { s: i, phrases, score };
  }
  if (!best) return null;
  const head = describedIn(e, storyLang, lang);
  return {
    answered: true,
    intent: "said",
    parts: [`${head}${pick(lang, " : ", ": ")}${best.phrases.slice(0, 3).map((p) => guillemets(p)).join(pick(lang, " ; ", "; "))}.`],
    cites: [best.s],
    focus: e.name,
  };
}

/** « how did X describe Y »: the words X applied to Y; null for any other question, or when no sentence of X describes. */
export function describing(ctx: Ctx): Draft | null {
  const e = ctx.entity;
  if (!e || !DESCRIBE_ASK.test(ctx.query.folded)) return null;
  return describedAs(ctx, e, [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)]);
}

// « qu'a-t-il dit ? », « what has he said »: an inverted verb after a question word asks for words, not yes or no
const WH_OPENING = /^(?:and |et |so |alors |mais )?(?:qu'|que |quoi|quel|quelle|what|which|who|qui|comment|how|pourquoi|why|ou |quand|when|where|combien)/;

// « did X deny … », « X a-t-il démenti … »: the question asks whether X said the opposite
const DENY_ASK: Record<"en" | "fr", RegExp> = {
  en: /\b(?:deny|denies|denied|denying|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted|rule out|ruled out|rules out)\b/,
  fr: /\b(?:nie|nient|nier|dementi|dementent|dementir|dement|rejete|rejetent|rejeter|refute|refutent|refuter|ecarte|ecartent|ecarter|conteste|contestent|contester)\b/,
};
/** Words of the question that ask about the speaking, not what was said (« did X say that … »). */
const ASKED_SPEECH = new RegExp(`^(?:${SPEECH_WORDS.en}|${SPEECH_WORDS.fr}|deny|denies|denied|nie|nier|nient|dementi|dement|rejete|reject|rejected|that|que|qu)$`);

/** The folded words of a text, an elided word split from its apostrophe (« n'a » → « n' », « a »; « didn't » → « didn' », « t »). */
function negTokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}']+/u)
    .flatMap((w) => {
      const m = /^([\p{L}]+')(.+)$/u.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    })
    .filter(Boolean);
}

/** Determiners and pronouns that negate (« no place », « aucune place »), besides the verb's negation in the speech lexicon. */
const NEGATING: Record<"en" | "fr", ReadonlySet<string>> = {
  en: new Set(["no", "none", "nothing", "nobody", "neither", "nor"]),
  fr: new Set(["aucun", "aucune", "rien", "personne", "ni", "nul", "nulle"]),
};

/** Forms of « avoir », « être », "be" a question's words may hold that say nothing of what was said. */
const AUXILIARY_FORMS: Record<"en" | "fr", ReadonlySet<string>> = {
  en: new Set(["be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "did", "does", "would", "will"]),
  fr: new Set(["ait", "aient", "avait", "avaient", "aurait", "auraient", "soit", "soient", "etait", "etaient", "serait", "seraient", "sera", "seront", "ete", "eu"]),
};

/** Prefixes that make a word its opposite (« instable », "unfair"), per language, folded. */
const NEGATING_PREFIXES: Record<"en" | "fr", readonly string[]> = {
  en: ["un", "in", "im", "il", "ir", "non", "dis"],
  fr: ["in", "im", "il", "ir", "non", "des", "de", "me"],
};

/** Whether `text` holds the asked word under a negating prefix (« instable » for « stable »). */
function negatedForm(ctx: Ctx, text: string, lang: "en" | "fr", t: ReturnType<typeof topicTerms>[number]): boolean {
  const en = lang === "en";
  return negTokens(text).some((w) =>
    NEGATING_PREFIXES[lang].some((p) => w.startsWith(p) && w.length - p.length >= 4 && !ctx.m.found(keysOf(w, false, en), [t]).length && ctx.m.found(keysOf(w.slice(p.length), false, en), [t]).length > 0),
  );
}

/** Whether a negation of the language stands within four words before one of the asked words, or anywhere when none is found. */
function negatedOn(ctx: Ctx, text: string, lang: "en" | "fr", terms: ReturnType<typeof topicTerms>): boolean {
  const verbNeg = speechLexicon(lang).negation;
  const neg = { has: (w: string) => verbNeg.has(w) || NEGATING[lang].has(w) };
  const ts = negTokens(text);
  const en = lang === "en";
  const hits = ts.map((w, i) => (ctx.m.found(keysOf(w, false, en), terms).length ? i : -1)).filter((i) => i >= 0);
  const negs = ts.map((w, i) => (neg.has(w) ? i : -1)).filter((i) => i >= 0);
  if (!hits.length) return negs.length > 0;
  return negs.some((n) => hits.some((h) => n < h && h - n <= 4));
}

// « X a nié que … ? », "X denied the meeting?": a statement with a question mark and no question word
// asks whether (« que », "that" there open what was said, not a question)
const ASKING_ANYWHERE = /\b(?:what|which|who|whom|whose|how|why|where|when|quoi|quel(?:le)?s?|lequel|laquelle|qui|comment|pourquoi|quand|combien|ou)\b/;

/** Whether a question about someone's words asks whether they said something, not what. */
function asksWhetherSaid(ctx: Ctx): boolean {
  const f = ctx.query.folded;
  if (WH_OPENING.test(f)) return false;
  if (whOf(f) === "yesno") return true;
  return /\?\s*$/.test(ctx.query.raw) && !ASKING_ANYWHERE.test(f);
}

/** The share of a yes/no question's words one of X's statements must hold to be shown, and to settle it. */
const YESNO_PARTIAL = 0.5;
const YESNO_SETTLED = 0.6;

/**
 * « Did X say the port would close? », « le ministère a-t-il démenti … ? »: the question read against
 * X's statements (quotes and positions). Yes or No when one of them holds what is asked (the negation
 * on both sides read, a denial asked of as the opposite); the story said not to say whether X said it
 * when none speaks of it; null when one only touches it (their words are given as for « what did X say »).
 */
function saidYesNo(ctx: Ctx, e: Entity, all: Quote[]): Draft | null {
  const { index, lang } = ctx;
  const slang = index.story.lang;
  const en = slang === "en";
  const qlang = ctx.query.lang === "en" ? "en" : "fr";
  // « X a réagi vite ? », "did X react at all?": a reaction is asked of, and words the story never
  // uses (« vite ») say nothing of which of X's statements it is
  const reaction = REPLY_ASK.test(ctx.query.folded);
  const terms = topicTerms(ctx).filter(
    (t) => !ASKING_WORDS.has(t.word) && !ASKED_SPEECH.test(t.word) && !AUXILIARY_FORMS[qlang].has(t.word) && (!reaction || index.sentences.some((s) => ctx.m.has(s.keys, t))),
  );
  const denyAsked = DENY_ASK[qlang].test(ctx.query.folded);
  const askedNeg = negatedOn(ctx, ctx.query.raw, qlang, []);
  type Said = { text: string; sentence: number; keys: ReturnType<typeof keysOf>; verb: string | null; quote: Quote | null };
  const statements: Said[] = [
    ...distinct(all).map((q) => ({ text: q.text, sentence: q.sentence, keys: index.quoteKeys.get(q) ?? keysOf(q.text, false, en), verb: q.verb ?? null, quote: q })),
    ...stancesOf(index, e, ownSentences(index, e, all.map((q) => q.sentence)))
      .filter((x) => !x.declined && !all.some((q) => q.sentence === x.sentence))
      .map((x) => ({ text: `${x.verb} ${x.clause}`, sentence: x.sentence, keys: stanceKeys(x, en), verb: x.verb, quote: null })),
  ];
  const name = nameIn(e, slang, lang);
  const head = describedIn(e, slang, lang);
  // reported words keep a verb that says more than « said » (« denied that … »): without it they read as the opposite
  const verbOf = (x: Said) => (x.quote && x.verb && tellingVerb(slang, x.verb) ? x.verb.replace(/-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/u, "") : null);
  const words = (x: Said) => {
    const text = x.quote ? reportedShort(slang, x.text) : excerpt(x.text, 260).replace(/[.\s]+$/, "");
    const verb = verbOf(x);
    return verb ? `${verb} ${clauseAfterVerb(slang, verb, text)}` : text;
  };
  const show = (x: Said) => (x.quote?.kind === "direct" ? shownQuote(ctx, e, x.quote, x.text.length > 260 ? excerpt(x.text, 260).replace(/[.\s]+$/, "") : x.text) : `${pick(lang, "(propos rapportés) ", "(reported) ")}${words(x)}`);
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  if (!total) {
    // « did Oslo confirm it? »: whether they said anything on what was asked before; they did
    if (denyAsked) return null;
    const x = statements[0];
    if (!x) return null;
    return { answered: true, intent: "said", parts: [fit([pick(lang, `Oui, d'après la dépêche. ${head} : ${show(x)}.`, `Yes, according to the story. ${head}: ${show(x)}.`)])], cites: [x.sentence], ...(x.quote ? { quotes: [speech(x.quote)] } : {}), focus: e.name };
  }
  let best: { x: Said; share: number; antonyms: number } | null = null;
  for (const x of statements) {
    // « instable » for « stable », "unfair" for "fair": the asked word under a negating prefix is found, negated
    const missing = terms.filter((t) => !ctx.m.found(x.keys, [t]).length);
    const antonyms = missing.filter((t) => negatedForm(ctx, x.text, slang, t));
    const share = (ctx.m.score(x.keys, terms) + antonyms.reduce((n, t) => n + ctx.m.weight(t), 0)) / total;
    if (!best || share > best.share) best = { x, share, antonyms: antonyms.length };
  }
  // nothing X said holds most of what is asked: the story does not say whether X said it, and X's
  // words on something else are no answer to it
  if (!best || best.share < YESNO_PARTIAL) {
    return standing({
      answered: false,
      intent: "said",
      parts: [pick(lang, `La dépêche ne dit pas si ${name} l'a dit.`, `The story does not say whether ${name} said that.`)],
      cites: [],
      focus: e.name,
    });
  }
  const x = best.x;
  // half of it: what X said on it, without a yes or a no the words do not settle
  if (best.share < YESNO_SETTLED) {
    return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, " : ", ": ")}${show(x)}.`])], cites: [x.sentence], ...(x.quote ? { quotes: [speech(x.quote)] } : {}), focus: e.name };
  }
  const saidNeg = negatedOn(ctx, x.text, slang, terms) !== (best.antonyms % 2 === 1);
  const deniedByVerb = x.verb !== null && DENY_ASK[slang].test(fold(x.verb));
  const yes = denyAsked ? saidNeg || deniedByVerb : saidNeg === askedNeg;
  return {
    answered: true,
    intent: "said",
    parts: [fit([pick(lang, `${yes ? "Oui" : "Non"}, d'après la dépêche. ${head} : ${show(x)}.`, `${yes ? "Yes" : "No"}, according to the story. ${head}: ${show(x)}.`)])],
    cites: [x.sentence],
    ...(x.quote ? { quotes: [speech(x.quote)] } : {}),
    focus: e.name,
  };
}

/** How many sentences before someone's words may set out the subject they speak to. */
const NEAR = 2;

/**
 * The words a question asks someone's statements about (« about the villagers »): its subject
 * matter the story speaks of, not the asking words.
 */
function askedOf(ctx: Ctx, terms: ReturnType<typeof topicTerms>): ReturnType<typeof topicTerms> {
  // the words after « about », « sur »: « what did she warn X about » asks no subject of X's words
  const y = askedSubject(ctx.query.raw);
  if (!y) return [];
  const ys = new Set(words(fold(y)));
  return terms.filter((t) => ys.has(t.word) && !ASKING_WORDS.has(t.word) && ctx.index.sentences.some((x) => ctx.m.found(x.keys, [t]).length > 0));
}

/** Of a quote of several sentences, those that hold the subject, the others left out with « … ». */
function sentencesOn(ctx: Ctx, text: string, subject: ReturnType<typeof topicTerms>): string {
  const parts = text.split(/(?<=[.!?…])\s+(?=[\p{Lu}«“"])/u);
  if (parts.length < 2) return text;
  const en = ctx.index.story.lang === "en";
  const keep = parts.map((p) => ctx.m.score(keysOf(p, false, en), subject) > 0);
  if (!keep.includes(true)) return text;
  const out: string[] = [];
  keep.forEach((k, i) => {
    if (k) out.push(parts[i]!);
    else if (out[out.length - 1] !== "…") out.push("…");
  });
  return out.join(" ");
}

/** A subject, then an apposition set off by commas, then the clause going on in lower case (« X, la première, visait … »). */
const APPOSED = /^([^,;:«»“”]{3,60}?),\s+[^,;:«»“”]{3,80}?,\s+(?=\p{Ll})/u;

/** What someone said: the quotes on the question's subject first, direct before reported. */
export function said(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const e = ctx.entity;
  if (!e) return decline(ctx, pick(lang, "Je ne trouve pas cette personne dans la dépêche.", "I cannot find that person in the story."));
  const all = [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)];
  const d = describing(ctx);
  if (d) return d;
  if (!all.length) return notQuoted(ctx, e);
  // « did X say / deny / confirm … ? »: read against X's statements, not answered with all of them
  const yn = asksWhetherSaid(ctx) ? saidYesNo(ctx, e, all) : null;
  if (yn) return yn;
  const terms = topicTerms(ctx);
  const scored = distinct(all).map((q) => ({ q, s: quoteScore(ctx, q, terms) }));
  scored.sort((a, b) => b.s - a.s || (a.q.kind === "direct" ? 0 : 1) - (b.q.kind === "direct" ? 0 : 1) || a.q.sentence - b.q.sentence);
  // what the story reports them holding outside their quotes (« X called for an inquiry into the
  // accident ») answers a question on its subject better than quotes on something else
  if (terms.length) {
    const quoted = new Set(all.map((q) => q.sentence));
    const en = index.story.lang === "en";
    let top: { x: Stance; s: number } | null = null;
    for (const x of stancesOf(index, e, ownSentences(index, e, [...quoted]))) {
      if (x.declined || quoted.has(x.sentence)) continue;
      const sc = ctx.m.score(stanceKeys(x, en), terms) + 0.3 * ctx.m.score(index.sentences[x.sentence]?.keys ?? new Set(), terms);
      if (!top || sc > top.s) top = { x, s: sc };
    }
    if (top && top.s > 0 && top.s > scored[0]!.s) return stanceDraft(ctx, e, [top.x]);
  }
  // every quote, those on the question's subject first, each whole: readers' words often miss the
  // quote or the sentence of it that answers them (measured on eval/questions: keeping only the
  // quotes on the subject, or only their sentences on it, lost more answers than it won)
  // « what did X say about Y »: when some of X's statements hold Y in their own words (its stem, a
  // synonym, a translation), those alone answer, not X's words on other things
  const ySubject = ON_SUBJECT.test(ctx.query.folded) ? askedOf(ctx, terms) : [];
  const ownOnY = (q: Quote) => {
    const own = index.quoteKeys.get(q);
    return own ? ctx.m.score(own, ySubject) : 0;
  };
  const onY = ySubject.length ? scored.filter(({ q }) => ownOnY(q) > 0) : [];
  const chosen = onY.length ? onY : scored;
  const head = describedIn(e, index.story.lang, lang);
  // « Le général a indiqué que Moscou … »: words on the subject the story gives under a description of them
  const described = terms.length && !(scored[0]!.s > 0) ? describedClause(ctx, e, terms) : null;
  if (described) {
    // reported, so never in « » as if these were the speaker's words
    const line = reportedShort(index.story.lang, described.clause);
    return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, ", selon la dépêche (propos rapportés) : ", ", as the story reports it (not a direct quote): ")}${line}`])], cites: [described.sentence], focus: e.name };
  }
  // « what did X say about Y » where none of X's words, nor the sentences around them, speak of Y
  // (the story's words for Y, not a paraphrase it never uses): what the story reports X holding
  // on Y, or said plainly that X is quoted but not on Y, never their words on something else
  const subject = ON_SUBJECT.test(ctx.query.folded) && !(scored[0]!.s > 0) ? terms.filter((t) => !ASKING_WORDS.has(t.word) && index.sentences.some((x) => ctx.m.found(x.keys, [t]).length > 0)) : [];
  // a quote often speaks to a subject the story set out paragraphs before it, without its word
  const setOutBefore = (q: Quote) => index.sentences.slice(Math.max(0, q.sentence - NEAR), q.sentence).some((x) => ctx.m.score(x.keys, subject) > 0);
  if (subject.length && offTopicSpeech(ctx) && !all.some(setOutBefore)) {
    const onY = stancesOf(index, e, ownSentences(index, e, all.map((q) => q.sentence))).filter((x) => !x.declined && ctx.m.score(index.sentences[x.sentence]?.keys ?? new Set(), subject) > 0);
    if (onY.length) return stanceDraft(ctx, e, onY);
    const y = askedSubject(ctx.query.raw);
    const name = nameIn(e, index.story.lang, lang);
    return {
      answered: false,
      intent: "said",
      parts: [
        y
          ? pick(lang, `${name} est cité${e.gender === "f" ? "e" : ""} dans la dépêche, mais pas sur ${y}.`, `${name} is quoted in the story, but not on ${y}.`)
          : pick(lang, `${name} est cité${e.gender === "f" ? "e" : ""} dans la dépêche, mais pas sur ce sujet.`, `${name} is quoted in the story, but not on that subject.`),
      ],
      cites: [all[0]!.sentence],
      focus: e.name,
    };
  }
  const lines: string[] = [];
  const used: Quote[] = [];
  let budget = 600 - head.length;
  // reported speech is never put in « » as if these were the speaker's words: it is said to be reported
  const allReported = chosen.every(({ q }) => q.kind === "indirect");
  const mark = pick(lang, "(propos rapportés) ", "(reported) ");
  // reported speech that joins two statements (« que A, et que B ») shows them as two
  const show = (q: Quote, t: string, cut = false) => (q.kind === "direct" ? shownQuote(ctx, e, q, cut && onY.length ? sentencesOn(ctx, t, ySubject) : t) : `${allReported ? "" : mark}${reported(q, t, cut)}`);
  // reported words: without the attribution their span may hold, with a verb that says more than
  // « said » (« urged the council to … »), the statements they join shown as two
  const reported = (q: Quote, t: string, cut: boolean) => {
    const own = withoutFrame(index.story.lang, e, t) ?? t;
    const text = statements(own).map((x) => reportedShort(index.story.lang, cut ? around(x.trim()) : x.trim())).join(pick(lang, " ; ", "; "));
    if (!tellingVerb(index.story.lang, q.verb)) return text;
    // the verb leads, as the story writes it, within a pasted sentence's length only: longer
    // reported words stand alone (the cited sentence beneath the answer holds the verb)
    const verb = q.verb!.replace(/-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/u, "");
    const joined = `${verb} ${clauseAfterVerb(index.story.lang, verb, text)}`;
    return joined.split(/\s+/).length <= 11 && !text.startsWith("…") ? joined : text;
  };
  // « what did X say about Y »: reported words are shown where they speak of Y, a few words around
  // it, not the whole clause (the cited sentence beneath the answer holds it whole)
  function around(text: string): string {
    // a when or where is said after the subject, past any window: the whole statement
    if (!terms.length || ctx.reading.also.includes("when") || ctx.reading.also.includes("where")) return text;
    const en = ctx.index.story.lang === "en";
    // « Cette visite, la deuxième en un an, visait à … »: an apposition between the subject asked
    // about and its verb is set aside, so the window holds what is said of the subject
    const app = APPOSED.exec(text);
    if (app && ctx.m.found(keysOf(app[1]!, false, en), terms).length > 0) text = `${app[1]} … ${text.slice(app[0].length)}`;
    const ws = text.split(/\s+/);
    if (ws.length <= WINDOW + 2) return text;
    const hit = ws.map((w) => ctx.m.found(keysOf(w, false, en), terms).length > 0);
    if (!hit.includes(true)) return text;
    // the window holding most of the subject's words, opening just before the first of them:
    // what is said of a subject mostly follows it
    let start = 0;
    let most = -1;
    for (let i = 0; i < ws.length; i++) {
      if (!hit[i]) continue;
      const from = Math.max(0, i - 1);
      const n = hit.slice(from, from + WINDOW).filter(Boolean).length;
      if (n > most) {
        most = n;
        start = from;
      }
    }
    start = Math.min(start, Math.max(0, ws.length - WINDOW));
    let end = Math.min(ws.length, start + WINDOW);
    // words the story quotes inside the clause are kept whole: they are the speaker's own
    const opened = ws.slice(start, end).join(" ");
    if ((opened.match(/[«“]/g) ?? []).length > (opened.match(/[»”]/g) ?? []).length) {
      const close = ws.findIndex((w, i) => i >= end && /[»”]/.test(w));
      if (close >= 0) end = close + 1;
    }
    // the closing ellipsis glued to the last word, which a mark standing alone would lengthen into a pasted run
    return `${start > 0 ? "… " : ""}${ws.slice(start, end).join(" ").replace(/[,;:]$/, "")}${end < ws.length ? "…" : ""}`;
  }
  // words said for them (« Brenner's office said … ») say through whom
  const via = (q: Quote) => (q.speaker !== e.name && speaksFor(index.story.lang, entityByName(index, q.speaker) ?? e, e) ? ` (${q.speaker})` : "");
  for (const { q } of chosen) {
    const line = `${show(q, q.text, true)}${via(q)}`;
    // two fragments of one sentence frame alike: the frame is shown once
    if (lines.includes(line)) continue;
    if (line.length > budget && used.length) continue;
    const cut = line.length > budget ? show(q, excerpt(q.text, budget - 30)) : line;
    lines.push(cut);
    used.push(q);
    budget -= cut.length + 3;
    if (budget < 40) break;
  }
  const text = fit([`${head}${allReported ? pick(lang, ", selon la dépêche (propos rapportés) : ", ", as the story reports it (not a direct quote): ") : pick(lang, " : ", ": ")}${lines.join(pick(lang, " ; ", "; "))}`]);
  return { answered: true, intent: "said", parts: [text], cites: used.map((q) => q.sentence), quotes: used.map(speech), focus: e.name };
}

// « X said … », « X, the minister, told reporters … », « X a estimé que … »: the verb after the name
const REPORTED_AFTER =
  /^(?:\s*,[^,.;«»"“”]{1,90},)?\s+(?:has |had |also |then |later |on \w+ )?(?:said|says|told|warned|added|argued|explained|wrote|stated|announced|insisted|noted|claimed|acknowledged|admitted|urged|asked|a (?:déclaré|affirmé|dit|indiqué|estimé|expliqué|ajouté|annoncé|assuré|prévenu|souligné|jugé|reconnu|demandé|averti|mis en garde|dénoncé|rappelé|précisé|promis|plaidé)|affirme|estime|déclare|explique|assure|souligne|juge|rappelle|dénonce|demande|prévient|avertit|plaide)\b[\s,]*(?:that |que |qu['’])?(.+)$/iu;
// « selon X, … », « according to X, … »
const ACCORDING = /\b(?:selon|d['’]après|according to)\s*$/iu;

/** What a sentence reports someone as saying without quotation marks, when it does. */
export function reportedClause(text: string, names: string[]): string | null {
  for (const n of names) {
    const at = text.indexOf(n);
    if (at < 0) continue;
    const m = REPORTED_AFTER.exec(text.slice(at + n.length));
    if (m?.[1] && m[1].split(/\s+/).length >= 3) return m[1].replace(/[.\s]+$/, "");
    if (ACCORDING.test(text.slice(0, at))) {
      const rest = text.slice(at + n.length).replace(/^[^,]*,\s*/, "");
      if (rest.split(/\s+/).length >= 3) return rest.replace(/[.\s]+$/, "");
    }
  }
  return null;
}

/** Words that ask for a reply or a reaction to something, per language (folded). */
const REPLY_WORDS: Record<"en" | "fr", string> = {
  en: "reply|replied|replies|respond|responded|responds|response|react|reacted|reacts|reaction|retort|retorted",
  fr: "repondu|repond|repondent|reponse|reagi|reagit|reagissent|reaction|retorque|replique",
};
const REPLY_ASK = new RegExp(`\\b(?:${REPLY_WORDS.en}|${REPLY_WORDS.fr})\\b`);

const ON_SUBJECT = /\b(?:about|on|regarding|concerning|sur|au sujet|a propos|concernant|de (?:ca|cela)|en pense|(?:say|said|says) of|dit (?:de|du|des|d'))\b/;

/** The description heads someone answers to besides their name (« général », « ministre »). */
function descriptionHeads(e: Entity): string[] {
  const names = new Set(e.nameWords.map(fold));
  const heads = new Set<string>();
  for (const a of [...e.aliases, ...(e.role ? [e.role] : [])]) {
    const head = a.split(/\s+/).find((w) => !names.has(fold(w)) && /^\p{Ll}/u.test(w) && w.length > 3);
    if (head) heads.add(fold(head));
  }
  return [...heads];
}

/** An acronym the attribution took for a person (« le député LFI a estimé … » → a speaker « LFI »). */
function acronymPerson(x: Entity): boolean {
  return x.kind === "person" && /^[\p{Lu}\d&-]{2,8}$/u.test(x.name);
}

/**
 * The named person an acronym taken for a person stands for: the one person of the same office
 * (« député ») the sentences of its words name. null when none or several do.
 */
function heldBy(index: Ctx["index"], x: Entity): Entity | null {
  if (!acronymPerson(x)) return null;
  const where = new Set([...x.quotes.map((q) => q.sentence), ...x.mentions]);
  const heads = descriptionHeads(x);
  const fits = index.entities.filter(
    (p) => p !== x && p.kind === "person" && !acronymPerson(p) && p.mentions.some((i) => where.has(i)) && (!heads.length || descriptionHeads(p).some((h) => heads.includes(h))),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The question's context with the person it asks about: a party's acronym the story's attribution
 * took for a person, or a description only that person answers to, is that person (« qu'a dit le
 * député ? » → the député the story names, not « LFI »).
 */
export function withSpeaker(ctx: Ctx): Ctx {
  const e = ctx.entity;
  const p = e ? heldBy(ctx.index, e) : null;
  return p ? { ...ctx, entity: p } : ctx;
}

/** « de la FNTA » of « dirigeante de la FNTA »: what a description says the office is of, folded. */
function officeOf(description: string): string | null {
  const m = /\s(?:de la|de l'|du|des|de|d'|of the|of|at the|at)\s*(.{3,})$/.exec(fold(description).replace(/’/g, "'"));
  return m?.[1]?.trim() ?? null;
}

/**
 * A description the story speaks under (« la dirigeante de la FNTA a jugé … ») of the office
 * only `e` holds (« secrétaire générale de la FNTA »), named after `e`: the same person.
 */
function sameOffice(ctx: Ctx, x: Entity, e: Entity): boolean {
  if (x === e || x.kind !== "person" || e.kind !== "person" || /^\p{Lu}/u.test(x.name) || !x.quotes.length) return false;
  const office = officeOf(x.name);
  if (!office || (office.split(/\s+/).length < 2 && !/\p{Lu}/u.test(x.name))) return false;
  const holds = (y: Entity) => [y.role ?? "", ...y.aliases].some((a) => officeOf(a) === office);
  if (!holds(e)) return false;
  // named before the description stands for them, and the only named one of that office
  if (!((e.mentions[0] ?? Infinity) <= Math.min(...x.quotes.map((q) => q.sentence)))) return false;
  return !ctx.index.entities.some((y) => y !== e && y !== x && y.kind === "person" && /^\p{Lu}/u.test(y.name) && holds(y));
}

/**
 * Entities the story made of a bare description only `e` answers to (« Le général a indiqué
 * que … » read as a speaker « général » of its own), or of an acronym next to their name: their
 * words are `e`'s.
 */
function shadowsOf(ctx: Ctx, e: Entity): Entity[] {
  const heads = descriptionHeads(e);
  const lang = ctx.index.story.lang;
  if (!heads.length) return ctx.index.entities.filter((x) => speaksFor(lang, x, e));
  return ctx.index.entities.filter((x) => {
    if (x !== e && (heldBy(ctx.index, x) === e || sameOffice(ctx, x, e) || speaksFor(lang, x, e))) return true;
    if (x === e || x.kind !== e.kind || x.nameWords.some((w) => /^\p{Lu}/u.test(w))) return false;
    const bare = fold(x.name).replace(/^(?:le|la|les|l'|the)\s+/, "");
    if (!heads.includes(bare)) return false;
    // no other named one answers to it
    return !ctx.index.entities.some((y) => y !== e && y !== x && y.kind === e.kind && descriptionHeads(y).includes(bare));
  });
}

/**
 * What a sentence reports someone as saying under a description only they answer to (« le
 * général », « the minister »), on the question's subject: ingest attributes only what names or
 * pronouns carry. null when no such sentence speaks of the subject.
 */
function describedClause(ctx: Ctx, e: Entity, terms: ReturnType<typeof topicTerms>): { clause: string; sentence: number } | null {
  const names = new Set(e.nameWords.map(fold));
  const heads = new Set<string>();
  for (const a of [...e.aliases, ...(e.role ? [e.role] : [])]) {
    const ws = a.split(/\s+/).filter((w) => !names.has(fold(w)));
    const head = ws.find((w) => /^\p{Ll}/u.test(w) && w.length > 3);
    if (head) heads.add(head);
  }
  // a description someone else also answers to names no one in particular
  const own = [...heads].filter((h) => !ctx.index.entities.some((x) => x !== e && x.kind === e.kind && [x.role ?? "", ...x.aliases].some((a) => fold(a).split(/\s+/).includes(fold(h)))));
  if (!own.length) return null;
  const forms = own.flatMap((h) => ["le", "la", "the", "Le", "La", "The", "l'", "L'"].map((d) => `${d}${d.endsWith("'") ? "" : " "}${h}`));
  let best: { clause: string; sentence: number; s: number } | null = null;
  for (const s of ctx.index.sentences) {
    const score = ctx.m.score(s.keys, terms);
    if (score <= 0 || (best && score <= best.s)) continue;
    const clause = reportedClause(ctx.index.story.sentences[s.index]!.text, forms);
    if (clause) best = { clause, sentence: s.index, s: score };
  }
  return best;
}

/** A « clause » that is only where or how words were said (« in a statement », « on Tuesday »): no words. */
const SETTING_ONLY = /^(?:in|on|at|during|to|dans|lors|à|au|devant)\b[^,;]{0,40}$/iu;

const SAID_VERB = "said|says|told|added|wrote|stated|explained|insisted|noted|warned|a (?:déclaré|dit|ajouté|affirmé|expliqué|estimé|assuré|souligné|précisé)|déclare|affirme|ajoute|explique|estime";

/** Whether the quote closes right before one of the names and a verb of saying (« “…,” President X said »). */
export function saidRightAfter(text: string, quote: string, names: string[]): boolean {
  const at = text.indexOf(quote);
  if (at < 0) return false;
  const after = text.slice(at + quote.length, at + quote.length + 120);
  return names.some((n) => {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^[,.!?]?\\s*[”"»]\\s*,?\\s*(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}${esc}\\s+(?:${SAID_VERB})\\b`, "u").test(after);
  });
}

/**
 * « “…”, a insisté jeudi le porte-parole, X. », "“…,” said a spokesman for the city, X": what lies between a quote's
 * closing mark and a name written after it, when the quote is that person's: a verb of saying
 * (after an auxiliary in French, or an English verb that inverts), then no other quote and no end of
 * sentence. Per language; one test of both is cheap and readers' stories mix none.
 */
const INVERTED_ATTRIBUTION: Record<"en" | "fr", RegExp> = {
  fr: /^[,.!?]?\s*,\s*(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:aussi|encore|également|alors|ensuite|de son côté|pour sa part|tenu à|tenu a)\s+)*\p{Ll}[\p{L}-]*(?:é|ée|i|ie|u|ue|it|is|ert|erte)(?!\p{L})[^«»“”"\.;:!?]{0,110}$/u,
  en: /^[,.!?]?\s*,?\s*(?:said|says|told|added|wrote|insisted|noted|warned|argued|explained|stressed|replied|answered|tweeted)\b[^«»“”"\.;:!?]{0,110}$/u,
};

/** Where a name may end its clause: the end of the sentence, or a comma, period or semicolon. */
const NAME_ENDS = /^\s*(?:[.,;]|$)/u;

/**
 * « X « n'a pas le pouvoir » de … et « ne compte pas … », a répondu son entourage »: a name followed
 * at once, or after a few lower-case words, by quoted words: words the story reports as that
 * person's, whoever relays them. The clause runs to the first comma outside quotes.
 */
const NAME_THEN_QUOTE = /^\s*(?:(?!(?:de|du|des|d|à|au|aux|le|la|les|l|et|ou|pour|avec|sur|par|of|to|the|and|or|for|with|on|by|from)\b)\p{Ll}[\p{L}'’-]*\s+){0,3}[«“]/u;

/** How many words a title in quotation marks holds at most (« Le Courrier », "Today"): more is someone's words. */
const TITLE_WORDS = 4;

/** Where the opening mark of a short quoted title closing at `close` stands, when one does and words were quoted before it; else -1. */
function shortQuotedBefore(before: string, close: number): number {
  const open = Math.max(before.lastIndexOf("«", close), before.lastIndexOf("“", close), before.lastIndexOf('"', close - 1));
  if (open <= 0 || before.slice(open + 1, close).trim().split(/\s+/).length > TITLE_WORDS) return -1;
  return /[»”"]/u.test(before.slice(0, open)) ? open : -1;
}

/**
 * The words a sentence gives as someone's own that ingest gave no one: quoted words whose inverted
 * attribution ends on one of `names`, or a clause that opens on a name and quotes them. null when none.
 */
export function ownWordsIn(text: string, names: string[]): { kind: "direct" | "indirect"; text: string } | null {
  for (const n of names) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) {
      const after = text.slice(at + n.length);
      // the name closes its clause, and a quote closed before it with only the attribution between
      if (NAME_ENDS.test(after)) {
        const before = text.slice(0, at);
        let close = Math.max(before.lastIndexOf("»"), before.lastIndexOf("”"), before.lastIndexOf('"'));
        // « », a confié au « Courrier » X »: a title in quotation marks (a medium, a programme) inside the attribution
        // is no quote of theirs: the words they said close before it
        const title = close > 0 ? shortQuotedBefore(before, close) : -1;
        if (title > 0) close = Math.max(before.lastIndexOf("»", title - 1), before.lastIndexOf("”", title - 1), before.lastIndexOf('"', title - 1));
        if (close > 0) {
          const between = before.slice(close + 1).replace(/[«“"]\s*([^«»“”"]{1,40}?)\s*[»”"]/gu, "$1");
          if (INVERTED_ATTRIBUTION.fr.test(between) || INVERTED_ATTRIBUTION.en.test(between)) {
            const open = Math.max(before.lastIndexOf("«", close), before.lastIndexOf("“", close), before.lastIndexOf('"', close - 1));
            const words = open >= 0 ? before.slice(open + 1, close).trim() : "";
            if (words.split(/\s+/).length >= 3) return { kind: "direct", text: words.replace(/[,\s]+$/, "") };
          }
        }
      }
      if (NAME_THEN_QUOTE.test(after)) {
        let depth = 0;
        let end = after.length;
        for (let i = 0; i < after.length; i++) {
          const c = after[i]!;
          if (c === "«" || c === "“") depth++;
          else if (c === "»" || c === "”") depth = Math.max(0, depth - 1);
          else if (depth === 0 && (c === "," || c === ";" || c === ".")) {
            end = i;
            break;
          }
        }
        const clause = after.slice(0, end).trim();
        if (clause.split(/\s+/).length >= 3 && /[»”]/.test(clause)) return { kind: "indirect", text: clause };
      }
    }
  }
  return null;
}

/** Someone's positions as the story reports them, its verb kept (« s'est engagée à … »). */
function stanceDraft(ctx: Ctx, e: Entity, stances: Stance[], intent = "said"): Draft {
  const { index, lang } = ctx;
  const lines = stances.slice(0, 2).map((x) => `${x.verb ? `${x.verb} ` : ""}${x.content}${x.via ? ` (${x.via})` : ""}`);
  const head = describedIn(e, index.story.lang, lang);
  return {
    answered: true,
    parts: [pick(lang, `${head}, selon la dépêche (propos rapportés) : ${lines.join(" ; ")}.`, `${head}, as the story reports it (not a direct quote): ${lines.join("; ")}.`)],
    intent,
    cites: stances.slice(0, 2).map((x) => x.sentence),
    focus: e.name,
  };
}

/**
 * Reported words put back after their verb: a language whose verbs of saying take no bare clause
 * gets its complementizer back (« a répondu que l'État … », not « a répondu l'État … »), unless the
 * verb asks or judges or the words open on what such a verb takes (« à la direction de … », « de verser … »).
 */
function clauseAfterVerb(lang: "en" | "fr", verb: string, text: string): string {
  const lex = speechLexicon(lang);
  if (lex.bareClause) return text;
  // a verb of asking or judging takes its object, not a clause (« accuse la direction d'avoir … »)
  const v = fold(verb.split(/\s+/).pop() ?? "");
  if (lex.directiveWords.has(v) || lex.evalWords.has(v) || [...lex.directiveStems, ...lex.evalStems].some((x) => v.startsWith(x))) return text;
  const first = fold(text.split(/\s+/)[0] ?? "").replace(/’/g, "'");
  const elided = /^([a-z]+')/.exec(first)?.[1] ?? "";
  if ([first, elided].some((w) => lex.infinitiveMarkers.has(w) || lex.datives.has(w) || lex.complementizers.has(w))) return text;
  const que = [...lex.complementizers].sort((a, b) => b.length - a.length);
  const full = que.find((c) => !c.endsWith("'")) ?? "";
  const short = que.find((c) => c.endsWith("'"));
  return short && /^[aeiouyhàâéèêîôû]/i.test(text) ? `${short}${text}` : `${full} ${text}`;
}

/** What a question asks someone's words about, in its own words (« about the strike » → « the strike »). */
function askedSubject(raw: string): string | null {
  const m = /\b(?:about|on|regarding|concerning|sur|au sujet d(?:e|u|es|['’])|à propos d(?:e|u|es|['’])|a propos d(?:e|u|es|['’])|concernant)\s*(.{2,60}?)\s*[?!.]*$/iu.exec(raw.trim());
  // « what did X say of the call », « qu'a-t-il dit de l'appel »: « of », « de » right after the verb of saying
  const of = /\b(?:say|said|says)\s+of\s+(.{2,60}?)\s*[?!.]*$|\b(?:dit)\s+(?:de\s+|du\s+|des\s+|d['’])(.{2,60}?)\s*[?!.]*$/iu.exec(raw.trim());
  return m?.[1] ?? of?.[1] ?? of?.[2] ?? null;
}

/** « de X », « d'Emmanuel X »: French elides before a vowel. */
function ofName(name: string): string {
  return /^[aeiouyhàâéèêîôû]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/**
 * « what did X say after the defeat », « qu'a dit X lors du sommet »: words asked of one moment (folded).
 * Of someone the story never quotes, the story does not say them: a decline, not « X is not quoted ».
 */
const AT_EVENT = /\b(?:after|before|since|following|during|when|apres|avant|depuis|suite a|lors d|pendant|quand)\b/;

/** Someone named but never quoted: what the story reports them saying, or said plainly that it reports nothing. */
function notQuoted(ctx: Ctx, e: Entity): Draft {
  const { lang, index } = ctx;
  const terms = topicTerms(ctx);
  const sentences = [...new Set([...e.mentions, ...namedIn(index, e)])].map((i) => index.sentences[i]).filter((s) => s !== undefined);
  sentences.sort((a, b) => ctx.m.score(b.keys, terms) - ctx.m.score(a.keys, terms) || a.index - b.index);
  const names = [e.name, ...e.aliases, ...e.nameWords].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
  // « “…,” President X said »: the words closing right before the name and its verb are X's,
  // whoever the story's attribution gave them to
  for (const s of sentences) {
    const text = index.story.sentences[s.index]!.text;
    const own = index.story.quotes.filter((q) => q.sentence === s.index && q.kind === "direct" && saidRightAfter(text, q.text, names));
    if (own.length) {
      return {
        answered: true,
        intent: "said",
        parts: [fit([`${describedIn(e, index.story.lang, lang)}${pick(lang, " : ", ": ")}${own.map((q) => guillemets(excerpt(q.text, 400))).join(pick(lang, " ; ", "; "))}`])],
        cites: [s.index],
        quotes: own.map((q) => ({ ...speech(q), speaker: e.name })),
        focus: e.name,
      };
    }
    // « “…”, a insisté le porte-parole, X. », « X « n'a pas le pouvoir » de …, a répondu son entourage »: words
    // the sentence gives as theirs that ingest gave no one, or gave to whoever relays them
    const words = ownWordsIn(text, names);
    if (words) {
      const head = describedIn(e, index.story.lang, lang);
      if (words.kind === "direct") return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, " : ", ": ")}${guillemets(excerpt(words.text, 400))}`])], cites: [s.index], focus: e.name };
      const short = reportedShort(index.story.lang, words.text);
      // quoted words are the speaker's own and stay whole; the story's paraphrase around them is cut short
      const line = short.split(/\s+/).length <= CLAUSE_WORDS || short !== words.text ? short : `${short.split(/\s+/).slice(0, CLAUSE_WORDS).join(" ")}…`;
      return { answered: true, intent: "said", parts: [fit([`${head}${pick(lang, ", selon la dépêche (propos rapportés) : ", ", as the story reports it (not a direct quote): ")}${line}`])], cites: [s.index], focus: e.name };
    }
  }
  // « « … », a-t-il ajouté » in the sentence after one about them, which names no one else: words
  // ingest attributed to no one are theirs
  const quotedTexts = index.story.quotes.map((q) => fold(q.text));
  for (const i of ownSentences(index, e, [])) {
    if (e.mentions.includes(i)) continue;
    const text = index.story.sentences[i]?.text ?? "";
    const words = [...text.matchAll(/[«“]\s*([^«»“”]{3,400}?)\s*[»”]/gu)].map((m) => m[1]!.trim()).filter((w) => !quotedTexts.some((t) => t.includes(fold(w)) || fold(w).includes(t)));
    if (!words.length) continue;
    return {
      answered: true,
      intent: "said",
      parts: [fit([`${describedIn(e, index.story.lang, lang)}${pick(lang, " : ", ": ")}${words.map((w) => guillemets(w)).join(pick(lang, " ; ", "; "))}`])],
      cites: [i],
      focus: e.name,
    };
  }
  // « X a promis de … », « X's office said … », « according to X, … », « She said … »: what the
  // story reports them saying or holding that ingest gave no one; a refusal to comment is said as one
  const onSubject = ON_SUBJECT.test(ctx.query.folded);
  const stances = stancesOf(index, e, sentences.flatMap((s) => [s.index, s.index + 1]));
  const declined = stances.find((x) => x.declined);
  if (declined && !stances.some((x) => !x.declined)) {
    const name = nameIn(e, index.story.lang, lang);
    return {
      answered: true,
      intent: "said",
      parts: [pick(lang, `${name} n'a pas souhaité commenter, selon la dépêche : « ${declined.content} ».`, `${name} declined to comment, the story says (“${declined.content}”).`)],
      cites: [declined.sentence],
      focus: e.name,
    };
  }
  const spoken = stances.filter((x) => !x.declined);
  const subjectTerms = terms.filter((t) => !ASKING_WORDS.has(t.word) && index.sentences.some((x) => ctx.m.found(x.keys, [t]).length > 0));
  const onTopic = onSubject && subjectTerms.length ? spoken.filter((x) => ctx.m.score(index.sentences[x.sentence]?.keys ?? new Set(), subjectTerms) > 0) : spoken;
  if (onTopic.length) return stanceDraft(ctx, e, onTopic);
  if (spoken.length) {
    // their words are reported, on something else: said so, not answered with them
    return {
      answered: false,
      intent: "said",
      parts: [pick(lang, `La dépêche rapporte des propos ${ofName(nameIn(e, index.story.lang, lang))}, mais pas sur ce sujet.`, `The story reports what ${nameIn(e, index.story.lang, lang)} said, but not on that subject.`)],
      cites: spoken.slice(0, 1).map((x) => x.sentence),
      focus: e.name,
    };
  }
  // « what did the general say », « did X speak to reporters himself? »: someone the story names
  // only inside another speaker's words (a ministry's statement that names the general) is not
  // quoted; what the story has of them is that speaker's words, said to be that speaker's
  if (!onSubject && !REPLY_ASK.test(ctx.query.folded)) {
    const through = namedInWordsOf(ctx, e);
    if (through) return through;
  }
  const chosen = sentences.slice(0, 2);
  const parts = [pick(lang, `${e.name} n'est pas cité${e.gender === "f" ? "e" : ""} dans la dépêche (aucune citation directe ni propos rapportés).`, `${e.name} is not quoted in the story (no direct or reported speech).`)];
  if (chosen.length) parts.push(pick(lang, `La dépêche ${e.gender === "f" ? "la" : "le"} mentionne en ${chosen.map((s) => s.index + 1).join(", ")}.`, `The story mentions ${e.gender === "f" ? "her" : e.gender === "m" ? "him" : e.kind === "person" ? "them" : "it"} in sentence ${chosen.map((s) => s.index + 1).join(", ")}.`));
  // « what did X say » is answered by saying X is not quoted; « what did X say about Y », « what
  // did X reply » ask for words on Y, or in answer to something, that the story does not give: a
  // decline that says why and stands (no sentence that merely names X is pasted after it)
  if (onSubject || REPLY_ASK.test(ctx.query.folded) || AT_EVENT.test(ctx.query.folded)) return standing({ answered: false, intent: "said", parts, cites: chosen.map((s) => s.index), focus: e.name });
  return { answered: true, intent: "said", parts, cites: chosen.map((s) => s.index), focus: e.name };
}

/**
 * Someone the story names only inside another speaker's quoted words: said plainly that they are not
 * quoted themselves, with that speaker's words in the sentence that names them and the next (a
 * statement goes on). null when no one else's words name them.
 */
function namedInWordsOf(ctx: Ctx, e: Entity): Draft | null {
  const { index, lang } = ctx;
  const surname = fold(e.nameWords[e.nameWords.length - 1] ?? "");
  if (surname.length < 3) return null;
  // words quoted as the speaker's own (a reported span is often the story's narration of the event)
  const first = index.story.quotes.find((q) => q.kind === "direct" && q.speaker !== e.name && fold(q.text).includes(surname));
  const speaker = first ? entityByName(index, first.speaker) : null;
  if (!first || !speaker || speaker === e) return null;
  // the next sentence's words go on with the statement, under its name or a description of it (« précise ce communiqué »)
  const theirs = distinct(
    index.story.quotes.filter((q) => (q.sentence === first.sentence && q.speaker === first.speaker) || (q.sentence === first.sentence + 1 && (q.speaker === first.speaker || !/\p{Lu}/u.test(q.speaker)))),
  ).slice(0, 2);
  const words = theirs.map((q) => (q.kind === "direct" ? shownQuote(ctx, speaker, q, q.text.length > 260 ? excerpt(q.text, 260) : q.text) : `${pick(lang, "(propos rapportés) ", "(reported) ")}${excerpt(q.text, 200)}`));
  const name = nameIn(e, index.story.lang, lang);
  const who = describedIn(speaker, index.story.lang, lang);
  const self = e.kind !== "person" ? pick(lang, "", " itself") : e.gender === "f" ? pick(lang, " elle-même", " herself") : e.gender === "m" ? pick(lang, " lui-même", " himself") : pick(lang, "", " themselves");
  const cited = e.gender === "f" ? "citée" : "cité";
  return {
    answered: true,
    intent: "said",
    parts: [
      fit([
        pick(
          lang,
          `${name} n'est pas ${cited}${self} dans la dépêche ; elle ${e.gender === "f" ? "la" : "le"} nomme dans ces propos (${who}) : ${words.join(" ; ")}`,
          `${name} is not quoted${self} in the story; it names ${e.gender === "f" ? "her" : e.gender === "m" ? "him" : "them"} in these words (${who}): ${words.join("; ")}`,
        ),
      ]),
    ],
    cites: [...new Set(theirs.map((q) => q.sentence))],
    quotes: theirs.map(speech),
    focus: e.name,
  };
}

/** Declines about someone's words that stand: the general reader is not tried after them. */
const stands = new WeakSet<Draft>();
function standing(d: Draft): Draft {
  stands.add(d);
  return d;
}
/** Whether a reply about someone's words is a decline the general reader must not second-guess. */
export function isStandingDecline(d: Draft): boolean {
  return stands.has(d);
}

function answerWho(ctx: Ctx, q: Quote, intent: string): Draft {
  const { lang, index } = ctx;
  const named = entityByName(index, q.speaker);
  const e = (named && heldBy(index, named)) ?? named;
  // the name, then what the answer says, then the role: « X, senior fellow at Y » is how the story
  // writes it, and the answer says who spoke in its own words, not by copying the apposition
  const role = e ? roleOf(index, e) : null;
  // a title written into the name (« Mayor X ») is said once, in the role
  const roleWords = new Set(fold(role ?? "").split(/\s+/));
  const shown = e ? nameIn({ ...e, nameWords: e.nameWords.filter((w) => !roleWords.has(fold(w))) }, index.story.lang, lang) : q.speaker;
  const tail = role && !fold(shown).includes(fold(role)) ? ` (${roleIn(role, index.story.lang, lang)})` : "";
  const words = excerpt(q.text, 260).replace(/[.\s]+$/, "");
  return {
    answered: true,
    intent,
    parts: [
      q.kind === "indirect"
        ? pick(lang, `${shown}, selon la dépêche${tail} (propos rapportés) : ${words}.`, `${shown}, as the story reports it${tail} (not a direct quote): ${words}.`)
        : pick(lang, `${shown} l'a dit${tail} : ${guillemets(words)}.`, `${shown} said it${tail}: ${guillemets(words)}.`),
    ],
    cites: [q.sentence],
    quotes: [speech(q)],
    focus: e?.name ?? q.speaker,
  };
}

const stanceKeyMemo = new WeakMap<Stance, ReturnType<typeof keysOf>>();

/** The keys of a position's verb and words, made once per position (positions are kept per story). */
function stanceKeys(st: Stance, en: boolean): ReturnType<typeof keysOf> {
  let k = stanceKeyMemo.get(st);
  if (!k) stanceKeyMemo.set(st, (k = keysOf(`${st.verb} ${st.clause}`, false, en)));
  return k;
}

/** The keys of a position's verb alone (« a dénoncé »), kept with the stance. */
const stanceVerbMemo = new WeakMap<Stance, ReturnType<typeof keysOf>>();
function stanceVerbKeys(st: Stance, en: boolean): ReturnType<typeof keysOf> {
  let k = stanceVerbMemo.get(st);
  if (!k) stanceVerbMemo.set(st, (k = keysOf(st.verb, false, en)));
  return k;
}

/** The share of the fragment's words found, in order-free fashion, in `text`. */
function coverage(fragment: string, text: string): number {
  const want = contentTokens(fragment);
  if (!want.length) return 0;
  const have = new Set(contentTokens(text));
  return want.filter((w) => have.has(w)).length / want.length;
}

/** Who said a quoted fragment, or who said what the question paraphrases. */
export function whoSaid(ctx: Ctx): Draft {
  const { index, lang, query } = ctx;
  const quotes = index.story.quotes;
  if (query.fragment) {
    const frag = query.fragment;
    const f = fold(frag);
    let best: { q: Quote; s: number } | null = null;
    for (const q of quotes) {
      const s = fold(q.text).includes(f) ? 1.5 : coverage(frag, q.text);
      if (!best || s > best.s || (s === best.s && q.kind === "direct" && best.q.kind !== "direct")) best = { q, s };
    }
    if (best && best.s >= 0.6) return answerWho(ctx, best.q, "who_said");
    // the words are in the story but not attributed to anyone the story names
    const s = index.story.sentences.find((x) => fold(x.text).includes(f)) ?? index.story.sentences.find((x) => coverage(frag, x.text) >= 0.8);
    if (s) {
      const inSentence = quotes.find((q) => q.sentence === s.index);
      if (inSentence) return answerWho(ctx, inSentence, "who_said");
      return {
        answered: true,
        intent: "who_said",
        parts: [pick(lang, `La dépêche ne nomme pas d'auteur pour ces mots : ${snippet(s.text, frag, 10, index.story.lang)}`, `The story gives these words without naming who said them: ${snippet(s.text, frag, 10, index.story.lang)}`)],
        cites: [s.index],
      };
    }
  }
  const terms = topicTerms(ctx, null);
  const total = terms.reduce((n, t) => n + ctx.m.weight(t), 0);
  // a quote and a reported position are weighed alike: their words, their reporting verb
  // (« a dénoncé » answers « who denounced … » as much as the words do) and half their sentence;
  // a match on the verb alone (« a demandé » for « who demanded a mediation ») is no match when
  // the question asks more than the verb
  const weigh = (own: ReturnType<typeof keysOf> | undefined, verb: ReturnType<typeof keysOf> | null, sentence: ReturnType<typeof keysOf> | undefined): number => {
    const rest = verb ? terms.filter((t) => ctx.m.found(verb, [t]).length === 0) : terms;
    const content = (own ? ctx.m.score(own, rest) : 0) + (sentence ? 0.5 * ctx.m.score(sentence, rest) : 0);
    if (rest.length && content <= 0) return 0;
    // the question's own verb of speech (« who denounced », « qui a mis en garde »: never plain « say », a generic word
    // topicTerms drops) names the act asked: the words reported with that verb weigh it twice
    return (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.5 * ctx.m.score(sentence, terms) : 0) + (verb ? 2 * ctx.m.score(verb, terms) : 0);
  };
  type Keys = ReturnType<typeof keysOf>;
  let best: { q: Quote; s: number; keys: (Keys | null | undefined)[] } | null = null;
  // « who denounced the deployment? »: the act asked is the verb; one whose words were reported by that
  // verb answers before one who said other things about the deployment and never that verb
  let byVerb: { q: Quote; s: number; verb: Keys } | null = null;
  for (const q of quotes) {
    const verb = q.verb ? keysOf(q.verb) : null;
    const sentence = index.sentences[q.sentence]?.keys;
    const s = weigh(index.quoteKeys.get(q), verb, sentence);
    if (!best || s > best.s || (s === best.s && q.kind === "direct" && best.q.kind !== "direct")) best = { q, s, keys: [index.quoteKeys.get(q), verb, sentence] };
    if (verb && s > 0 && ctx.m.found(verb, terms).length > 0 && (!byVerb || s > byVerb.s)) byVerb = { q, s, verb };
  }
  // « who promised to find a buyer? »: a position the story reports as someone's without quoting it
  const en = index.story.lang === "en";
  let position: { entity: Entity; stance: Stance; s: number } | null = null;
  let positionByVerb: { entity: Entity; stance: Stance; s: number; verb: Keys } | null = null;
  for (const { entity, stance } of allStances(index)) {
    const s = weigh(stanceKeys(stance, en), null, index.sentences[stance.sentence]?.keys);
    if (!position || s > position.s) position = { entity, stance, s };
    if (s > 0 && (!positionByVerb || s > positionByVerb.s)) {
      // the verb asked, and more of the question than the verb alone (« a demandé » is no answer to « qui réclame une médiation »)
      const verb = stanceVerbKeys(stance, en);
      if (ctx.m.found(verb, terms).length > 0 && weigh(stanceKeys(stance, en), verb, index.sentences[stance.sentence]?.keys) > 0) positionByVerb = { entity, stance, s, verb };
    }
  }
  const holds = (x: { s: number } | null): boolean => x !== null && total > 0 && x.s / total >= 0.45;
  if (holds(byVerb) || holds(positionByVerb)) {
    // the statement that would answer holds the asked verb's words already (« à la demande de X »): it stands
    const asked = terms.filter((t) => [byVerb?.verb, positionByVerb?.verb].some((v) => v && ctx.m.found(v, [t]).length > 0));
    const winner: (Keys | null | undefined)[] | null = position && holds(position) && (!best || position.s > best.s) ? [stanceKeys(position.stance, en), index.sentences[position.stance.sentence]?.keys] : best && holds(best) ? best.keys : null;
    const winnerHolds = winner !== null && asked.every((t) => winner.some((k) => k && ctx.m.found(k, [t]).length > 0));
    if (!winnerHolds) {
      best = byVerb && holds(byVerb) ? { q: byVerb.q, s: byVerb.s, keys: [] } : null;
      position = holds(positionByVerb) ? positionByVerb : null;
    }
  }
  // the one that holds more of the question answers it; a quote on a tie (its words are the speaker's own)
  if (position && total > 0 && position.s / total >= 0.45 && (!best || position.s > best.s)) return stanceDraft(ctx, position.entity, [position.stance], "who_said");
  if (best && total > 0 && best.s / total >= 0.45) return answerWho(ctx, best.q, "who_said");
  return decline(ctx, pick(lang, "Je ne trouve pas ces propos dans la dépêche.", "I cannot find those words in the story."));
}

/**
 * « who says that? », « selon qui ? », "according to whom?": a question with no words of its own that
 * asks the source of the last answer, per language (folded, its closing punctuation dropped).
 */
const SOURCE_OF_LAST: Record<"en" | "fr", RegExp> = {
  en: /^(?:and |but |so |ok |okay |wait )?(?:who (?:says|said|claims|claimed|reports|reported|states|stated|gives|gave|told us) (?:that|this|it|so|those|these)(?: figures?| numbers?)?|says who|according to whom?|who(?:'s| is) saying (?:that|this|it|so)|(?:what|which) (?:is|was|'s) (?:the|their|its) source|(?:the )?source)$/,
  fr: /^(?:et |mais |alors |ok )?(?:(?:c'est )?qui (?:est-ce )?(?:qui )?(?:dit|a dit|affirme|a affirme|avance|le dit|l'a dit|l'affirme|donne (?:ce|ces) chiffres?)(?: (?:ca|cela|ceci|ca au juste))?|selon qui|d'apres qui|de quelle source|quelle (?:est (?:la|sa) )?source|(?:la )?source)$/,
};

/** Whether the question only asks who the source of the last answer is. */
/** A sentence that opens on words in quotation marks, then a frame: a verb in lower case and a person's name within a few words. */
const OPENING_QUOTE_FRAME = /^\s*[«“"][^«»“”"]{8,}[»”"]\s*,?\s*((?:\p{Ll}[\p{L}'’-]*\s+){1,4})/u;

/** The person a sentence's frame gives its opening quoted words to (« «…», rappelle X »), when the story's own reading left them to no one. */
function framedSpeaker(ctx: Ctx, sentence: number): Entity | null {
  const text = ctx.index.story.sentences[sentence]?.text ?? "";
  const m = OPENING_QUOTE_FRAME.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const first = entitiesIn(ctx.index, rest, true)[0];
  return first && first.at <= 2 ? first.entity : null;
}

export function asksSourceOfLast(folded: string): boolean {
  const q = folded.trim().replace(/[?!.\s]+$/u, "").replace(/\s+/g, " ");
  return SOURCE_OF_LAST.en.test(q) || SOURCE_OF_LAST.fr.test(q);
}

/**
 * The source of the last answer (« who says that? » after a figure or a statement): who gives the
 * figures it gave, else who speaks in the first sentence it cited, else that the story states it
 * itself. null when the question asks something else or no answer came before.
 */
export function sourceOfLast(ctx: Ctx, given: readonly { text: string; sentence: number }[]): Draft | null {
  const previous = ctx.previous ?? [];
  if (!previous.length || !asksSourceOfLast(ctx.query.folded)) return null;
  const { index, lang } = ctx;
  const story = index.story;
  const figures = given.flatMap((g) => story.figures.filter((f) => f.sentence === g.sentence && f.text === g.text));
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (!f.claimedBy || seen.has(f.claimedBy)) continue;
    seen.add(f.claimedBy);
    const who = claimantIn(f.claimedBy, story.sentences[f.sentence]?.text ?? "", story.lang, lang);
    lines.push(`${who.charAt(0).toUpperCase()}${who.slice(1)} (${guillemets(f.text)})`);
  }
  if (lines.length) {
    const cites = [...new Set(figures.filter((f) => f.claimedBy).map((f) => f.sentence))];
    return { answered: true, intent: "who_said", parts: [`${lines.join(pick(lang, " ; ", "; "))}.`], cites, focus: figures.find((f) => f.claimedBy)?.claimedBy ?? null };
  }
  // the words of the first sentence the last answer cited: their speaker, quoted or reported
  for (const s of previous) {
    const q = story.quotes.find((x) => x.sentence === s && x.kind === "direct") ?? story.quotes.find((x) => x.sentence === s);
    if (q) return answerWho(ctx, q, "who_said");
    const position = allStances(index).find((x) => x.stance.sentence === s);
    if (position) return stanceDraft(ctx, position.entity, [position.stance], "who_said");
    // « «65 % des …», souligne ainsi X, pharmacienne. »: words in quotation marks the frame after them gives to someone named
    const framed = framedSpeaker(ctx, s);
    if (framed) {
      return {
        answered: true,
        intent: "who_said",
        parts: [`${describedIn(framed, story.lang, lang)}.`],
        cites: [s],
        focus: framed.name,
      };
    }
  }
  return {
    answered: true,
    intent: "who_said",
    parts: [pick(lang, "La dépêche l'écrit elle-même, sans l'attribuer à une source.", "The story states it itself, without giving a source for it.")],
    cites: previous.slice(0, 1),
  };
}

/** « what did they talk about », « de quoi ont-ils parlé », « qu'est-ce qu'ils se sont dit »: the subject of a conversation is asked (folded question). */
const TALK_TOPIC_ASK =
  /^(?:and |et |so |alors |mais )?(?:(?:on sait )?(?:ce qu'|qu'est-ce qu')(?:ils|elles) se sont dit(?: exactement)?|de quoi (?:[\w' -]{1,60}? )?(?:ont|avaient)(?:[- ](?:t-)?(?:ils|elles))? (?:parle|discute)(?: exactement)?|(?:ils|elles) (?:ont|avaient) (?:parle|discute) de quoi(?: exactement)?|what (?:did|do|have|had) [\w' -]{1,60}? (?:talk|speak|discuss|talked|spoken|discussed)(?: about)?(?: exactly)?|what (?:was|were|is|are) (?:discussed|talked about)|what (?:was|were) the (?:talks?|call|conversation|meeting) about)$/;

/** A verb of discussion with its subject matter after it, per story language (folded sentence, offsets kept). */
const DISCUSSED: Record<"en" | "fr", RegExp> = {
  fr: /\b(?:ont|a|avaient|avait|auraient|aurait) (?:notamment |longuement |aussi |egalement )?(?:discute|parle|debattu|echange)\s+(?:de |d'|des |du |sur |a propos )/,
  en: /\b(?:discussed|talked about|spoke about|exchanged views on|focused on)\s/,
};

/**
 * « what did they talk about? »: what a sentence of the story says was discussed (« les deux maires ont
 * parlé de transports », "they discussed trade"), its subject matter shown short with who
 * reports it; null when the question asks no such thing or no sentence tells it.
 */
export function discussed(ctx: Ctx): Draft | null {
  if (!TALK_TOPIC_ASK.test(ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim())) return null;
  const { index, lang } = ctx;
  const slang = index.story.lang === "en" ? "en" : "fr";
  const recent = new Set(ctx.previous ?? []);
  let best: { sentence: number; at: number; score: number } | null = null;
  for (const s of index.story.sentences) {
    const f = fold(s.text);
    const m = DISCUSSED[slang].exec(f);
    if (!m || m.index === undefined) continue;
    // the sentence the conversation is at, else the first that tells it
    const score = recent.has(s.index) ? 2 : 1;
    if (!best || score > best.score) best = { sentence: s.index, at: m.index, score };
  }
  // « les deux maires ont convenu de garder secret le contenu de leur entretien »: what was not said is part of the answer
  const kept = index.story.sentences.find((s) => KEPT_PRIVATE[slang].test(fold(s.text)));
  if (!best && !kept) return null;
  const parts: string[] = [];
  const cites: number[] = [];
  if (best) {
    const text = index.story.sentences[best.sentence]!.text;
    const clause = text.slice(best.at).split(/[»”";.!?]|,\s/u)[0]!.trim();
    const shown = clause.split(/\s+/).slice(0, 10).join(" ");
    const q = index.story.quotes.find((x) => x.sentence === best!.sentence);
    const who = q ? entityByName(index, q.speaker) : null;
    const by = who ? pick(lang, ` (selon ${nameIn(who, slang, lang)})`, ` (according to ${nameIn(who, slang, lang)})`) : "";
    parts.push(`${pick(lang, "D'après la dépêche, ils ", "According to the story, they ")}${guillemets(`…${shown}`)}${by}.`);
    cites.push(best.sentence);
  }
  if (kept) {
    // from the words that say what was kept (« le contenu de leur entretien »), a clause's length at most
    const at = KEPT_PRIVATE[slang].exec(fold(kept.text))?.index ?? 0;
    const shown = kept.text.slice(at).split(/[»”";.!?,]/u)[0]!.trim().split(/\s+/).slice(0, 10).join(" ");
    parts.push(pick(lang, `Les détails sont restés confidentiels : ${guillemets(`…${shown}`)}.`, `The details were kept private: ${guillemets(`…${shown}`)}.`));
    cites.push(kept.index);
  }
  return { answered: true, intent: "said", parts, cites };
}

/** A sentence saying what was said is kept private (« garder les détails … privés », "declined to give details"), per story language (folded). */
const KEPT_PRIVATE: Record<"en" | "fr", RegExp> = {
  fr: /\b(?:details?|contenu|teneur)\b[^.;!?]{0,60}\b(?:prives?|privees?|confidentiel(?:le)?s?|secrets?)\b/,
  en: /\b(?:details?|content|substance)\b[^.;!?]{0,60}\b(?:private|confidential|secret)\b|\b(?:did not|didn't|declined to|would not|wouldn't|refused to) (?:disclose|give|reveal|share|provide) (?:any )?details\b/,
};
