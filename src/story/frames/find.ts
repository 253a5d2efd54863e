/** The reporting frames of one sentence, in order. */
import { type SpeechLexicon } from "../lang/index.js";
import { fold } from "../text.js";
import { type Token } from "../tokens.js";
import { agentNpAt, bareClauseStart, complementizerAfterPhrase, directiveClauseStart, gapClauseStart, gerundClauseStart, infinitiveClauseStart, isDirective, isRequest, judgedClauseStart, requestObject, selfDescribedStart } from "./clause.js";
import { closeClauses } from "./close.js";
import { asInciseFrame, asSubjectFrame, isPourFrame, learntFrom, narrativeFrame, participleFrame, selonFrame, viewFrame } from "./fixed-frames.js";
import { type Ctx, firstTokenAt, type Frame, seqAt, UPPER_FIRST } from "./frame.js";
import { afterSubordinate, closesSentence, holdsVerb, looksLikeSpeaker, namesDocument, nothingReportedAfter, phraseOnly, prefixIsNounPhrase, reportedAsAt, skipDative, titleAt, titleBeforeName } from "./speaker-checks.js";
import { auxBeforeIncise, inQuote, prevNonSpace, skipTimePhrase, subjectAfter, subjectBefore, subjectRightBefore, zeroRelativeSubject } from "./subject.js";
import { adverbAt, reportingVerb, startsWithAny } from "./verbs.js";

function pronounOf(tok: Token, lex: SpeechLexicon): Frame["pronoun"] {
  const m = lex.invertedPronoun?.exec(tok.low);
  return m?.[1] ? lex.pronouns[m[1]] ?? null : null;
}

const isAccording = (tokens: Token[], i: number, lex: SpeechLexicon): number => {
  for (const seq of lex.according) if (seq.every((w, k) => tokens[i + k]?.low === w)) return seq.length;
  return 0;
};

/**
 * The words the frames read as fixed sequences open with (« selon », « pour », « à ses yeux »,
 * « comme l'a dit », "as", « et de »), per lexicon: any other token opens none of them, and is
 * spared their tests (every token of every sentence and quotation is tried).
 */
const sequenceOpeners = new WeakMap<SpeechLexicon, ReadonlySet<string>>();
function opensSequence(lex: SpeechLexicon, low: string): boolean {
  let words = sequenceOpeners.get(lex);
  if (!words) {
    const seqs = [...lex.according, ...lex.viewOf, ...lex.asIncise, ...lex.asSubjectIncise, ...lex.narrativeInfinitive];
    words = new Set([...seqs.map((seq) => seq[0] ?? ""), ...lex.pointOfView]);
    sequenceOpeners.set(lex, words);
  }
  return words.has(low);
}

/** The reporting frames of one sentence, in order. */
export function findFrames(text: string, low: string, tokens: Token[], quotes: { start: number; end: number }[], lex: SpeechLexicon): Frame[] {
  const ctx: Ctx = { text, low, tokens, quotes, lex };
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(ctx, t.start)) continue;
    if (opensSequence(lex, t.low)) {
      const according = isAccording(tokens, i, lex) || (isPourFrame(ctx, i) ? 1 : 0);
      if (according) {
        frames.push(selonFrame(ctx, i, according));
        continue;
      }
      const view = viewFrame(ctx, i);
      if (view) {
        frames.push(view);
        i = tokens.findIndex((x) => x.start >= view.groupEnd) - 1;
        if (i < 0) break;
        continue;
      }
      const special = asInciseFrame(ctx, i) ?? asSubjectFrame(ctx, i) ?? narrativeFrame(ctx, i);
      if (special) {
        frames.push(special);
        i = tokens.findIndex((x) => x.start >= special.groupEnd) - 1;
        if (i < 0) break;
        continue;
      }
    }
    // « …, a-t-on appris samedi de sources gouvernementales »: the source a newsroom learnt it from speaks.
    const learnt = learntFrom(ctx, i);
    if (learnt) {
      frames.push(learnt);
      continue;
    }
    const kind = reportingVerb(tokens, i, lex, text);
    if (!kind) continue;
    // The verb group: auxiliaries, adverbs and negation before the verb.
    let g = i;
    let negated = false;
    let hasAux = false;
    let pronoun = pronounOf(t, lex);
    while (g > 0) {
      const p = tokens[g - 1]!;
      // The group never reaches over punctuation or into a quotation.
      if (inQuote(ctx, p.start)) break;
      if (/\S/.test(text.slice(p.end, tokens[g]!.start))) {
        // « a, elle, demandé », « a, de son côté, estimé », « has, however, said »: an incise between
        // the auxiliary and the verb belongs to the group.
        const aux = g === i ? auxBeforeIncise(ctx, g) : -1;
        if (aux < 0) break;
        hasAux = true;
        g = aux;
        continue;
      }
      if (lex.auxiliaries.has(p.low) || Boolean(lex.invertedAuxiliary?.test(p.low))) {
        hasAux = true;
        pronoun = pronoun ?? pronounOf(p, lex);
        g--;
      } else if (lex.adverbs.has(p.low)) {
        if (lex.negation.has(p.low)) negated = true;
        g--;
      } else if (adverbAt(lex, p) && lex.auxiliaries.has(tokens[g - 2]?.low ?? "")) {
        // « a récemment déclaré », « has repeatedly said »: an adverb in -ment / -ly right after the auxiliary.
        g--;
      } else if (g === i && adverbAt(lex, p) && !lex.determiners.has(tokens[g - 2]?.low ?? "") && !(lex.objectPrepositions?.has(tokens[g - 2]?.low ?? "") ?? false) && !/['’]s?\s*$/u.test(text.slice(Math.max(0, (tokens[g - 1]?.start ?? 0) - 3), tokens[g - 1]?.start ?? 0))) {
        // « X, the minister, recently said »: an adverb in -ly / -ment right before a verb with no auxiliary.
        // (Not after an article, a preposition or a possessor: « le chef du gouvernement rappelle », "Tazi's family said" end their subject on a noun.)
        g--;
      } else break;
    }
    // Trailing adverbs of the group belong to it only when an auxiliary is there.
    // (« X, the minister, recently said »: an adverb in -ly right after the apposition's comma stays, the subject being before it.)
    while (g < i && lex.adverbs.has(tokens[g]!.low) && !lex.negation.has(tokens[g]!.low) && !lex.auxiliaries.has(tokens[g]!.low) && !(adverbAt(lex, tokens[g]!) && prevNonSpace(text, tokens[g]!.start).ch === ",")) g++;
    // « explique », « confie X » right after the quote are finite verbs, not participles.
    const finiteAfterQuote = /(?:que|ie)$/.test(t.low) && /[,»”"]/.test(prevNonSpace(text, t.start).ch) && (lex.determiners.has(tokens[i + 1]?.low ?? "") || UPPER_FIRST.test(tokens[i + 1]?.text ?? ""));
    // « il nie », « la ministre publie », « X confie » : a present tense in -ie (verbs in -ier) right
    // after its subject is finite, though it looks like a feminine participle (« finie »).
    // « Moscou salue », « elle évalue »: a present in -ue too, after a name or a pronoun only (« une
    // autorité reconnue » is a participle).
    const finiteAfterSubject = g === i && i > 0 && ((/ie$/.test(t.low) && subjectRightBefore(ctx, i)) || (/ue$/.test(t.low) && subjectRightBefore(ctx, i, true)));
    if (!hasAux && !pronoun && !finiteAfterQuote && !finiteAfterSubject && !/que$/.test(t.low) && lex.pastParticiple?.test(t.text.toLowerCase())) {
      // A bare past participle reports only when it shares an earlier auxiliary (« a dénoncé … et prévenu »).
      if (!(lex.closingCoordinators.has(tokens[g - 1]?.low ?? "") && frames.length > 0)) continue;
    }
    const invertedOnly = startsWithAny(t.low, lex.invertedOnlyStems);
    if (lex.participle.test(t.low)) {
      if (invertedOnly) continue;
      const pf = participleFrame(ctx, i, kind);
      // « X was quoted as saying … »: the passive's subject said it.
      const passiveAt = pf.subject ? -1 : reportedAsAt(ctx, i);
      if (passiveAt >= 0) {
        const floor = frames.length ? frames[frames.length - 1]!.groupEnd : 0;
        const groupStart = tokens[passiveAt]!.start;
        const subj = subjectBefore(ctx, groupStart, floor);
        if (subj) {
          frames.push({ ...pf, kind: "preverbal", groupStart, verb: text.slice(groupStart, pf.groupEnd), subject: subj, pronoun: lex.pronouns[subj.text.toLowerCase()] ?? null });
          continue;
        }
      }
      // « rendant hommage au « … » »: the noun belongs to the verb; its object follows.
      if (lex.evalPhrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "")) {
        pf.groupEnd = tokens[i + 1]!.end;
        pf.verb = text.slice(pf.groupStart, pf.groupEnd);
        pf.scope = { start: pf.groupEnd, end: pf.scope.end };
      }
      frames.push(pf);
      continue;
    }
    const groupStart = tokens[g]!.start;
    let groupEnd = t.end;
    let verbIdx = i;
    if ((lex.phrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "") && tokens[i + 1]!.start - t.end === 1) || lex.evalPhrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "")) {
      groupEnd = tokens[i + 1]!.end;
      verbIdx = i + 1;
    }
    let verb = text.slice(groupStart, groupEnd);
    // « le semestre s'annonce difficile »: a reflexive that tells how things turn out reports no one.
    if (lex.reflexive.test(fold(verb)) && startsWithAny(t.low, lex.reflexiveNotSpeech)) continue;
    const after = tokens[verbIdx + 1];
    // Passive: « a été salué par le syndicat ».
    // « the tariffs announced by the president »: an English past form right after a noun and before
    // its agent (a determiner or a name) is a participle of a passive, not a verb with a subject.
    const reduced = !lex.verbEndings && !hasAux && !pronoun && g === i && /ed$/.test(t.low) && after !== undefined && lex.agentPrep.has(after.low) && agentNpAt(lex, tokens[verbIdx + 2]) && !/\S/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? "");
    // (« le service est assuré », « ce qui sera annoncé »: « être » with no reflexive before it; not
    // the impersonal « il est précisé que … », which reports a clause.)
    const beforeClause = lex.complementizers.has(tokens[i + 1]?.low ?? "");
    const passive = reduced || tokens.slice(g, i).some((x, n) => lex.passiveAux.has(x.low) || (!beforeClause && lex.passiveBe.has(x.low) && !lex.reflexivePronouns.has(tokens[g + n - 1]?.low ?? "")));
    // (« a charity established by the guild », « un rapport publié par le ministère »: a verb that reports only a clause
    // reports nothing in the passive, and its agent is no speaker.)
    if (passive && after && lex.agentPrep.has(after.low) && !(lex.clauseOnlyWords.has(t.low) || startsWithAny(t.low, lex.clauseOnlyStems))) {
      const subj = subjectAfter(ctx, after.end);
      frames.push({ kind: "passive", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: false, clause: null, scope: { start: 0, end: text.length }, colon: false });
      continue;
    }
    // A passive with no agent names no speaker (« a été annoncé », « avait été prévenue »).
    if (passive) continue;
    const before = prevNonSpace(text, groupStart);
    if (pronoun && (before.ch === "," || before.ch === "»" || before.ch === "" || before.ch === "”" || before.ch === '"')) {
      frames.push({ kind: "pronoun", verb, groupStart, groupEnd, subject: null, pronoun, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at >= 0 ? before.at : 0 }, colon: false });
      continue;
    }
    // « », rappelle ainsi X », "…," said also X: an adverb of a few letters between the verb and its subject.
    let past = verbIdx + 1;
    while (tokens[past] && past < verbIdx + 3 && lex.adverbs.has(tokens[past]!.low) && tokens[past]!.low.length >= 4 && !lex.determiners.has(tokens[past]!.low) && text.slice(tokens[past - 1]!.end, tokens[past]!.start) === " ") past++;
    if (past > verbIdx + 1 && !(tokens[past] && (lex.determiners.has(tokens[past]!.low) || UPPER_FIRST.test(tokens[past]!.text)))) past = verbIdx + 1;
    const inverted = tokens[past];
    if ((before.ch === "," || before.ch === "»" || before.ch === "”" || before.ch === '"') && inverted && !lex.complementizers.has(inverted.low) && (!lex.complementMarkers.has(inverted.low) || seqAt(tokens, past, lex.forOnesPart) > 0)) {
      const after = inverted;
      const dative = skipDative(ctx, past);
      const subj = subjectAfter(ctx, dative ?? (past > verbIdx + 1 ? tokens[past - 1]!.end : groupEnd));
      // An inverted subject opens like a noun phrase and is not the object of the quoted words
      // (« a dénoncé une « provocation » »). After a comma that merely closes an apposition to the
      // subject (« X, chef de …, a salué la décision »), it must also look like a speaker.
      // (« said one worker », « said two officials familiar with the talks »: a number or a quantifier opens it too.)
      const quantity = lex.clauseOpeners.has(after.low) && !lex.subjectPronouns.has(after.low) && !lex.notNpStart.has(after.low);
      // (« ont affirmé plusieurs d'entre eux »: a share of a group opens it too.)
      const npStart = dative !== null || lex.determiners.has(after.low) || UPPER_FIRST.test(after.text) || quantity || (subj !== null && lex.partitive.test(fold(subj.text))) || titleBeforeName(ctx, past)
        // (« …, say residents. », "…, said local farmers.": a bare plural that closes the sentence, in a language with them.)
        || (kind === "say" && subj !== null && Boolean(lex.barePlural?.test(subj.text)) && closesSentence(ctx, subj.end));
      const objectOfQuote = subj !== null && /^\s*[«“]/.test(text.slice(subj.end));
      const apposition = before.ch === "," && prefixIsNounPhrase(ctx, before.at);
      // « X, 58, told CBC … »: after an apposition, or with a verb whose object is the hearer, English
      // never inverts; the name after the verb is who was told.
      const hearer = lex.hearerVerbs.has(t.low);
      // « La présidente, Anne Roy, a accusé l'État d'avoir menti », « X, Y, a appelé les parties à … »:
      // after an apposition, what a directive verb asks of someone is its object, not its subject.
      const asks = apposition && isDirective(lex, t.low) && directiveClauseStart(ctx, verbIdx) !== null;
      // « The army, says Paul Roe, author of …, has been … »: a verb of saying and a person's full
      // name set off by commas inside the clause is an incise, in English too.
      const incise = apposition && kind === "say" && dative === null && /^\s*,/.test(text.slice(subj?.end ?? 0)) && /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’-]+){1,3}$/u.test(subj?.text ?? "");
      // « …, Roof stood still, reported Ana Ruiz of City Radio. », « …, said the mayor, who … »: a speaker after
      // the verb that closes the sentence (or opens a relative) is no clause's subject, whatever came before.
      const closing = kind === "say" && subj !== null && looksLikeSpeaker(subj.text) && !holdsVerb(ctx, subj) && closesSentence(ctx, subj.end);
      if (subj && npStart && !objectOfQuote && !hearer && !asks && (!apposition || incise || closing || (lex.invertAfterApposition && looksLikeSpeaker(subj.text)))) {
        frames.push({ kind: "inverted", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at }, colon: false });
        continue;
      }
    }
    if (invertedOnly) continue;
    const floor = frames.length ? frames[frames.length - 1]!.groupEnd : 0;
    // A subject never reaches back into the clause of the frame before (« X said that her party would reply »).
    const open = frames.length ? frames[frames.length - 1]!.clause : null;
    let subj = subjectBefore(ctx, groupStart, open && open.start < groupStart ? open.start : 0);
    // « raids that they said killed 14 villagers », « a move critics say will isolate families »: the
    // reported clause has lost its subject to the relative; it opens on its verb.
    const gap = lex.bareClause && kind === "say" && !pronoun ? gapClauseStart(ctx, verbIdx) : null;
    if (gap !== null && subj) subj = zeroRelativeSubject(ctx, subj) ?? subj;
    // « Tout indique que … », "Everything suggests …": an indefinite pronoun is no one's voice.
    if (subj && lex.indefiniteSubjects.has(fold(subj.text))) continue;
    const subjPron = subj ? lex.pronouns[subj.text.toLowerCase()] ?? null : null;
    // What follows: « que », « : », or a noun phrase.
    let k = verbIdx + 1;
    while (k < tokens.length && k < verbIdx + 7 && !lex.complementizers.has(tokens[k]!.low)) {
      // (« a déclaré à « L'Écho » que … »: a medium's title in quotation marks after its preposition too.)
      const title = lex.datives.has(tokens[k - 1]!.low) ? titleAt(ctx, tokens[k - 1]!.end) : null;
      if (title !== null) {
        k = firstTokenAt(tokens, title + 1);
        continue;
      }
      // (« a estimé plus tôt que … », "said late last week that …": a phrase of time too.)
      const past = skipTimePhrase(ctx, k);
      if (past > k && past < tokens.length && !/[,.;:!?«»“”"]/.test(text.slice(tokens[k]!.start, tokens[past]!.start))) {
        k = past;
        continue;
      }
      const w = tokens[k]!.low;
      // (« juge, lui, que … »: a stressed pronoun set off by commas stands there too.)
      const stressed = Object.hasOwn(lex.pronouns, w) && !lex.subjectPronouns.has(w) && /,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
      if (!(lex.adverbs.has(w) || lex.beforeComplementizer.has(w) || stressed)) break;
      k++;
    }
    const que = tokens[k] && lex.complementizers.has(tokens[k]!.low) ? tokens[k]! : null;
    // « juge inacceptable que … », « estime nécessaire de … »: a verb of judgement, its adjective, then the clause.
    const judged = !que && kind === "say" && startsWithAny(t.low, lex.judgementStems) ? judgedClauseStart(ctx, verbIdx) : null;
    const colonAt = /^\s*:/.exec(text.slice(groupEnd));
    let clauseStart = que && kind === "say" ? que.end : judged;
    let says = kind === "say";
    if (clauseStart === null && kind === "say" && !colonAt) clauseStart = complementizerAfterPhrase(ctx, verbIdx + 1) ?? (lex.bareClause ? bareClauseStart(ctx, verbIdx) : null);
    if (clauseStart === null && kind === "say" && !colonAt) clauseStart = infinitiveClauseStart(ctx, verbIdx);
    if (clauseStart === null && kind === "say" && !colonAt && lex.gerundVerbs.has(t.low)) clauseStart = gerundClauseStart(ctx, verbIdx);
    if (clauseStart === null && !colonAt) clauseStart = gap;
    if (clauseStart === null && !colonAt && kind === "say" && lex.selfDescribed?.test(fold(verb))) clauseStart = selfDescribedStart(ctx, verbIdx);
    if (clauseStart === null && !colonAt && isDirective(lex, t.low, tokens[verbIdx + 1]?.low)) {
      clauseStart = directiveClauseStart(ctx, verbIdx);
      if (clauseStart !== null) says = true;
    }
    let clauseEnd = text.length;
    // (« growing calls for a vote », « renewed demands for … »: after a participle used as an adjective, an English form in -s is a noun.)
    const nounUse = !lex.verbEndings && /s$/.test(t.low) && g === i && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[i - 1]?.low ?? "");
    let request = false;
    if (clauseStart === null && !colonAt && !nounUse && isRequest(lex, t.low)) {
      const asked = requestObject(ctx, verbIdx);
      if (asked) {
        clauseStart = asked.start;
        clauseEnd = asked.end;
        says = true;
        request = true;
        // (« asked for a recount »: the particle belongs to the verb as written, not to what was asked.)
        const particle = lex.requestParticles.has(t.low) ? tokens[firstTokenAt(tokens, asked.start) - 1] : undefined;
        if (particle && particle.start >= groupEnd) verb = text.slice(groupStart, particle.end);
      }
    }
    const clause = clauseStart !== null && !negated ? { start: clauseStart, end: clauseEnd } : null;
    // « "We will stay," the minister said. », « The talks failed, officials said. »: a subject and its
    // verb after the words they report, with nothing but a circumstance after the verb.
    const lead = subj ? prevNonSpace(text, subj.start) : null;
    // « Speaking on TV, X said, "…" »: the verb announces the quotation after it.
    // (« X said calmly, "…" »: past an adverb of manner too.)
    const manner = tokens[verbIdx + 1] && adverbAt(lex, tokens[verbIdx + 1]!) && !/\S/.test(text.slice(groupEnd, tokens[verbIdx + 1]!.start)) ? tokens[verbIdx + 1]!.end : groupEnd;
    const announces = /^\s*[,:]\s*[«“"]/.test(text.slice(manner));
    // (« …, one month after the first report »: a phrase of time is no speaker, and its last noun no verb.)
    // (Only the subject's own tokens: a run-on sentence can hold thousands of frames.)
    let timed = false;
    if (subj !== null && lex.postposedSubject) for (let x = firstTokenAt(tokens, subj.start); x < tokens.length && tokens[x]!.end <= subj.end && !timed; x++) timed = lex.timeLinks.has(tokens[x]!.low);
    if (timed && clauseStart === null && !colonAt && nothingReportedAfter(ctx, verbIdx)) continue;
    // (« The ferry's cook, Ada Kellerman, said on Monday »: a subject set off by commas on both sides, after the
    // sentence's first words and nothing else, is a name in apposition to them; they are no clause it reports.)
    const appositive = subj !== null && lead?.ch === "," && /,\s*$/.test(text.slice(subj.end, groupStart)) && !/[,;:«»“”"]/.test(text.slice(0, lead.at));
    if (lex.postposedSubject && subj && lead && clauseStart === null && !appositive && !(lead.ch === "," && !/^\s*,/.test(text.slice(groupEnd)) && (afterSubordinate(ctx, lead.at) || phraseOnly(ctx, lead.at))) && !colonAt && !(announces && !/["”»]/.test(lead.ch)) && /[,"”»]/.test(lead.ch) && lead.at > 0 && nothingReportedAfter(ctx, verbIdx)) {
      frames.push({ kind: "inverted", verb, groupStart, groupEnd, subject: subj, pronoun: subjPron, negated, says, clause: null, scope: { start: 0, end: lead.ch === "," ? lead.at : lead.at + 1 }, colon: false });
      continue;
    }
    // « the video shows soldiers », « s'est montré prudent »: no clause, no frame.
    // « le réexamen du produit a montré que … »: only a document, a body or a person shows as a source.
    if ((lex.clauseOnlyWords.has(t.low) || startsWithAny(t.low, lex.clauseOnlyStems)) && (clauseStart === null && !colonAt || (subj && !looksLikeSpeaker(subj.text) && !namesDocument(subj.text)))) continue;
    frames.push({
      kind: "preverbal",
      verb,
      groupStart,
      groupEnd,
      subject: subj && floor <= subj.start + 1000 ? subj : null,
      pronoun: subjPron,
      negated,
      says,
      clause,
      scope: { start: groupEnd, end: text.length },
      colon: Boolean(colonAt),
      ...(request && clause ? { asked: true } : {}),
    });
  }
  closeClauses(ctx, frames);
  return frames;
}
