// Someone named but never quoted: what the story reports them saying, or said plainly that it reports nothing.
import type { Draft } from "../../compose.js";
import { excerpt, fit, guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { entityByName } from "../../entities.js";
import { describedIn, nameIn } from "../../labels.js";
import { fold, words } from "../../text.js";
import { namedIn, ownSentences, stancesOf } from "../stance.js";
import { ASKING_WORDS, ON_SUBJECT, REPLY_ASK } from "./ask.js";
import { ownWordsIn, saidRightAfter } from "./own-words.js";
import { CLAUSE_WORDS, distinct, ofName, reportedShort, shownQuote, speech, stanceDraft } from "./shown.js";
import { standing } from "./standing.js";

/**
 * « what did X say after the defeat », « qu'a dit X lors du sommet »: words asked of one moment (folded).
 * Of someone the story never quotes, the story does not say them: a decline, not « X is not quoted ».
 */
const AT_EVENT = /\b(?:after|before|since|following|during|when|apres|avant|depuis|suite a|lors d|pendant|quand)\b/;

/** Someone named but never quoted: what the story reports them saying, or said plainly that it reports nothing. */
export function notQuoted(ctx: Ctx, e: Entity): Draft {
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
