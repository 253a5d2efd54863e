// What a question about someone's speech asks: their words, a position they hold, or where and when they spoke.
import type { Lang } from "../../reply.js";
import { positionWords } from "../../lexicon-position.js";
import { words } from "../../text.js";
import { whOf } from "../reader.js";

// Words that ask for someone's words (folded: no accents, lower case), per language. English
// « comment » only where it cannot be French « comment » (how): « comment on », « any comment ».
export const SPEECH_WORDS: Record<"en" | "fr", string> = {
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

// The position words of each language as one expression (see lexicon-position.ts), built once.
const POSITION: Record<Lang, { cue: RegExp; all: RegExp; word: RegExp }> = {
  en: positionExpressions("en"),
  fr: positionExpressions("fr"),
};

function positionExpressions(lang: Lang): { cue: RegExp; all: RegExp; word: RegExp } {
  const alternatives = positionWords(lang).join("|");
  return { cue: new RegExp(`\\b(?:${alternatives})\\b`), all: new RegExp(`\\b(?:${alternatives})\\b`, "g"), word: new RegExp(`^(?:${alternatives})$`) };
}

/** Whether a folded word of a question in `lang` asks for a position held (« want », « réclame »). */
export const isPositionWord = (lang: Lang, w: string): boolean => POSITION[lang].word.test(w);

/** Whether a question about someone's words asks only for a position they hold (no verb of saying besides). */
export function asksPosition(folded: string, lang: Lang): boolean {
  const f = folded.replace(/\s+/g, " ").trim();
  return POSITION[lang].cue.test(f) && !SPEECH_CUE.test(f.replace(POSITION[lang].all, " "));
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

/** Words asking what someone did or is, not the subject matter (« fait quoi », « what about »). */
export const ASKING_WORDS = new Set("fait faire font quoi what about really vraiment".split(" "));

/** Words that ask for a reply or a reaction to something, per language (folded). */
const REPLY_WORDS: Record<"en" | "fr", string> = {
  en: "reply|replied|replies|respond|responded|responds|response|react|reacted|reacts|reaction|retort|retorted",
  fr: "repondu|repond|repondent|reponse|reagi|reagit|reagissent|reaction|retorque|replique",
};
export const REPLY_ASK = new RegExp(`\\b(?:${REPLY_WORDS.en}|${REPLY_WORDS.fr})\\b`);

export const ON_SUBJECT = /\b(?:about|on|regarding|concerning|sur|au sujet|a propos|concernant|de (?:ca|cela)|en pense|(?:say|said|says) of|dit (?:de|du|des|d'))\b/;

/** What a question asks someone's words about, in its own words (« about the strike » → « the strike »). */
export function askedSubject(raw: string): string | null {
  const m = /\b(?:about|on|regarding|concerning|sur|au sujet d(?:e|u|es|['’])|à propos d(?:e|u|es|['’])|a propos d(?:e|u|es|['’])|concernant)\s*(.{2,60}?)\s*[?!.]*$/iu.exec(raw.trim());
  // « what did X say of the call », « qu'a-t-il dit de l'appel »: « of », « de » right after the verb of saying
  const of = /\b(?:say|said|says)\s+of\s+(.{2,60}?)\s*[?!.]*$|\b(?:dit)\s+(?:de\s+|du\s+|des\s+|d['’])(.{2,60}?)\s*[?!.]*$/iu.exec(raw.trim());
  return m?.[1] ?? of?.[1] ?? of?.[2] ?? null;
}
