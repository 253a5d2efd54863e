import type { Draft } from "../../compose.js";
import { pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure, IndexedUnstated } from "../../index.js";
import { fold, words } from "../../text.js";
import { settle } from "../settled.js";
import { agrees, askedNationalities, borderTerms, nationalitiesAgree, otherWords, predicatesOf } from "../../agreement.js";
import { nationalityIn, nationalityTerms } from "../../qualifiers.js";
import { FATES, PRESENCE, STILL_WORDS } from "../../figure-words/index.js";
import type { TimeFit } from "../../figure-fit.js";
import { askedRate, wholeOf, askedCasualty, askedFate, askedPlace, askedTime, asksPerUnit, casualtyOf, countedNationalityFits, factsOf, parentOf, placeFits, segmentFits, timeFit } from "../../figure-fit.js";
import { figureDraft, notGiven, saidOfPart, withheld } from "./draft.js";
import { figureKeys, sentenceKeys, unstatedKeys } from "./figure-keys.js";
import { aboutFits, namedPlaces, namesFit, ownerFits, ownerOf, partyPart, requiredNames, sourceTerms } from "./owners.js";
import { holdsQuestion, noCount, unknownWord } from "./question-held.js";
import { distinct, rank } from "./ranking.js";
import { ownCountryKeys, placedThere, rangePartners, tollSentence } from "./sentence-fits.js";

interface ChooseOptions {
  noun?: string | null;
  /** A share, a distance, a span: the question's other words are often the measure's own, so only nationality and time must agree. */
  loose?: boolean;
  /** A sum, a share, a distance, a span: one figure (or the two ends of a range) is given, never a list. */
  single?: boolean;
  /** Candidates whose own stretch of their sentence must hold every word the question says of them. */
  wholly?: Set<IndexedFigure>;
  /** The per-unit question was already applied to the candidates. */
  perUnitChecked?: boolean;
  /** Loose, but the figure's sentence must still hold most of what the question is about. */
  topical?: boolean;
  /** The question names nothing counted: its sentence must hold some word of the question that is not a name. */
  evidence?: boolean;
  /** What is counted is one of the lexicon's classes (troops, tanks…), read from the question's own noun. */
  classed?: boolean;
  /** Spans counted in the unit of time the question counts in (« combien de jours » of « a 5-day hearing »): the unit agrees where words cannot tell. */
  unitAgrees?: Set<IndexedFigure>;
  /** A body's own strength is asked (« does the army have »): the candidates' clauses name it, whose it is is read in the whole sentence. */
  strength?: boolean;
}

/**
 * The figures that answer, among candidates of the right kind: they agree with the question
 * (nationality, what happened, time, each vs in all, the part of the sentence they belong to);
 * the best are given with their qualifier and source, and who withheld a number is said beside
 * them; a « not given » that fits better is the answer; when nothing fits, what the story does
 * give, and for what, is said as a decline.
 */
export function choose(ctx: Ctx, candidates: IndexedFigure[], unstatedIn: IndexedUnstated[], counted: Term[], declined: string | null, opts: ChooseOptions = {}): Draft {
  const { lang, index } = ctx;
  const time = askedTime(ctx);
  const perUnit = !opts.perUnitChecked && asksPerUnit(ctx);
  // « how many in all » is no rate (« 24 a day »); « how many a day » is answered by one
  const rate = askedRate(ctx);
  const predicates = predicatesOf(ctx, counted);
  // where the count holds is checked on the sentence and the one before it, not on the figure's own stretch
  const places = askedPlace(ctx).places;
  const ownPredicates = predicates.filter((t) => !places.includes(t));
  const fits = new Map<IndexedFigure, TimeFit>();
  const rejected: IndexedFigure[] = [];
  const names = requiredNames(ctx);
  const casualty = askedCasualty(ctx) ?? FATES.find((c) => c.asked.test(ctx.query.folded))?.kind ?? null;
  const otherParty: IndexedFigure[] = [];
  // « combien ont été arrêtés », "how many were evacuated": a fate beyond death and wounds, said in the count's own clause
  const fate = casualty === null ? askedFate(ctx.query.folded) : null;
  const fateFits = (f: IndexedFigure): boolean => fate === null || (f.figure.category !== "money" && f.figure.category !== "percent" && f.figure.category !== "date" ? factsOf(index, f).fates.includes(fate) && !factsOf(index, f).fate : true);
  // the words of the figure's own counted phrase (« Casques bleus ») count the thing, they do not qualify it
  // figures that fit in all but the words of the question their sentence lacks
  const wordsOnly: IndexedFigure[] = [];
  const presence = predicates.filter((t) => PRESENCE.has(t.word));
  // « how many were killed »: a count whose sentence says no one died (« plusieurs centaines de soldats déployés ») counts someone else
  const spared: IndexedFigure[] = [];
  const fated: IndexedFigure[] = [];
  const unharmed = (f: IndexedFigure): boolean => {
    const facts = factsOf(index, f);
    const no = casualty !== null && facts.fate !== casualty && casualtyOf(index, f) !== casualty && !tollSentence(ctx, f.figure.sentence, casualty);
    if (no) spared.push(f);
    return no;
  };
  let figures = candidates.filter((f) => {
    const facts = factsOf(index, f);
    const t = timeFit(facts, time);
    fits.set(f, t);
    // « stationed in Y », « déployés en Y »: a count its sentence puts in the place asked (« X has 28,000 troops in Y ») says the presence
    const own = placedThere(ctx, f.figure.sentence, places) ? [...counted, ...presence] : counted;
    const agreement = () => (opts.loose ? nationalitiesAgree(ctx, sentenceKeys(ctx, f.figure.sentence)) : agrees(ctx, sentenceKeys(ctx, f.figure.sentence), [...own, ...ctx.m.found(f.countedKeys)]));
    const fitsRest = (anyFate = false) =>
      nationalitiesAgree(ctx, opts.strength ? sentenceKeys(ctx, f.figure.sentence) : figureKeys(ctx, f)) &&
      countedNationalityFits(ctx, facts) &&
      placeFits(ctx, f.figure.sentence) &&
      (!opts.loose || aboutFits(ctx, f)) &&
      ownerFits(ctx, f, candidates) &&
      // « two protesters were injured » counts the injured, not the protesters; « two officials said » counts sources
      (!facts.fate || facts.fate === casualty || anyFate) &&
      fateFits(f) &&
      // « how many were killed »: a count whose sentence says no one died (« plusieurs centaines de soldats déployés ») counts someone else
      !unharmed(f) &&
      !facts.source &&
      t !== "disagrees" &&
      (!perUnit || facts.perUnit) &&
      (rate !== "total" || !facts.rate) &&
      segmentFits(ctx, f, candidates, ownPredicates) &&
      // (of three words or more, one may lie outside the stretch: a date cut off by a sentence split, « Oct. 7 »)
      (!opts.wholly?.has(f) || (ownPredicates.length > 0 && ctx.m.found(facts.segment, ownPredicates).length >= ownPredicates.length - (ownPredicates.length >= 3 ? 1 : 0)));
    // most of what the question says of the count is in the figure's sentence
    const holds = () => (opts.loose === true && !opts.topical) || holdsQuestion(ctx, f.figure.sentence, own, opts);
    const fitting = fitsRest();
    const named = namesFit(ctx, f, names);
    const rest = fitting && named;
    const ok = rest && agreement() && holds();
    if (rest && !ok) wordsOnly.push(f);
    // a figure that fits in all but the party the question names is another party's figure
    if (fitting && !named && agreement() && holds()) otherParty.push(f);
    // (« how many soldiers? » of « 1,200 service members were wounded »: a count of what is asked that fits in all but its fate)
    if (!fitting && facts.fate && casualty === null && fate === null && named && fitsRest(true) && agreement() && holds()) fated.push(f);
    if (!ok) rejected.push(f);
    return ok;
  });
  // « how many soldiers? » asks no fate: when the only counts of soldiers the story gives are of the wounded or the dead,
  // those answer, their fate said with them (« 1,200 service members were wounded »), never another thing's count
  const fatedOnly = !figures.length && fated.length > 0 && counted.length > 0;
  if (fatedOnly) figures = fated;
  // « how many took part in 2019? »: the year asked, written on a figure that fits in all but a word of the question its
  // sentence says otherwise (« s'étaient relayés » for « took part »), answers before figures that share the word but give
  // no year (the count as it stands now, not the year's)
  if (time.years.length && figures.length && !figures.some((f) => fits.get(f) === "agrees")) {
    const dated = wordsOnly.filter((f) => fits.get(f) === "agrees");
    if (dated.length) {
      rejected.splice(0, rejected.length, ...rejected.filter((f) => !dated.includes(f)), ...figures);
      figures = dated;
    }
  }
  // « how many seats are there in the assembly »: the whole, not one party's part of a list (« the Union won 41 seats, the
  // Greens 37 »), when the question names none of the list's parties and the story gives a figure outside the list
  // (nothing outside the list fits, and the question says more than what it counts: no part answers for the whole)
  const parts = figures.filter((f) => partyPart(index, f));
  const whole = parts.length < figures.length || (counted.length > 0 && otherWords(ctx, counted).length > 0 && new Set(parts.map((f) => ownerOf(index, f)!.party)).size > 1);
  let partsOnly = false;
  // (only a count of a thing named, « seats »: a sum or a share of a sentence that names a war or an institute before it is no party's part)
  if (counted.length > 0 && parts.length && whole && !parts.some((f) => ctx.m.found(ownerOf(index, f)!.keys, topicTerms(ctx, null)).length)) {
    rejected.push(...parts);
    figures = figures.filter((f) => !parts.includes(f));
    partsOnly = figures.length === 0;
  }
  // nothing fits, but the question's words the story never uses are all that set some figures apart: when reading
  // past them singles out one sentence, that sentence is the answer (a reader's own verb, another language's word)
  if (!figures.length && wordsOnly.length) {
    const known = predicates.filter((t) => !unknownWord(ctx, t));
    // « encore détenus », « still open »: a count as it stands now is not the count of the event told (« 250 hostages were taken »)
    const now = ctx.query.words.some((w) => STILL_WORDS.has(w));
    // « how many soldiers does Germany have stationed in Ukraine »: every place, side or name the question puts on the count
    // must be in the figure's sentence (the Ukrainian soldiers Germany trains are not German soldiers in Ukraine)
    // (a nationality in any of its forms: « US troops » are those of « The United States »)
    const nats = new Set([...askedNationalities(ctx), ...nationalityTerms(ctx.query)].filter((t) => !borderTerms(ctx).includes(t)));
    const placed = [...new Set([...places, ...namedPlaces(ctx)])].filter((t) => !nats.has(t));
    const loose = wordsOnly.filter(
      (f) =>
        !now &&
        ctx.m.found(ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), placed).length === placed.length &&
        [...nats].every((t) => nationalityIn(ownCountryKeys(ctx, f.figure.sentence), t, ctx.m)) &&
        // only what the question counts, read in the figure's own counted words, lets its verb be passed over
        // (a span asked, « combien de temps ont-ils pour … », counts no noun: the one span whose sentence says some known word of the question)
        // (a sum asked, « combien doit-il payer », counts no noun either: its kind agrees, as a span's does; so does a bare
        // « à combien a été ramené X », whose sentence must still say some known word of the question)
        // (a part, « Three of the five judges », counts what its whole counts)
        (counted.length > 0 ? ctx.m.found(f.countedKeys, counted).length > 0 || ctx.m.found(wholeOf(index, f)?.countedKeys ?? new Set<string>(), counted).length > 0 : (opts.topical === true || opts.evidence === true || ctx.reading.measure === "money") && (known.length > 0 || opts.unitAgrees?.has(f) === true)) &&
        (opts.loose || !known.length || ctx.m.found(sentenceKeys(ctx, f.figure.sentence), known).length > 0) &&
        // (a span is of what its own sentence says: one known word of the question there)
        (!opts.topical || ctx.reading.measure !== "duration" || counted.length > 0 || (opts.unitAgrees?.has(f) === true && !known.length) || ctx.m.found(ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), known).length > 0) &&
        nationalitiesAgree(ctx, sentenceKeys(ctx, f.figure.sentence)) &&
        holdsQuestion(ctx, f.figure.sentence, counted, { ...opts, relaxed: true }),
    );
    // (one sentence, or one figure the story repeats: « six months » in the lead and again in the body)
    if (loose.length && (new Set(loose.map((f) => f.figure.sentence)).size === 1 || distinct(loose).length === 1)) {
      figures = loose;
      rejected.splice(0, rejected.length, ...rejected.filter((f) => !loose.includes(f)));
    }
  }
  // « Three of the five judges sided with the city »: what the sentence says after a part is said of the part, not of
  // its whole; when both fit, the part answers (said with its whole)
  // (« how many stations are there in all? »: the whole is asked, not the part its verb is said of)
  const partsFitting = new Set(figures.map((f) => wholeOf(index, f)).filter((w): w is IndexedFigure => w !== null && figures.includes(w)));
  // (« how many ferries does the county have? » of « Of the county's 90 ferries, 25 were sailing »: asked in the whole's
  // words alone, with nothing the sentence says of the part, the whole answers too)
  const others = partsFitting.size ? ctx.query.terms.filter((t) => !counted.includes(t)) : [];
  const partAsked = (whole: IndexedFigure): boolean => figures.some((f) => wholeOf(index, f) === whole && saidOfPart(index, f, whole, others));
  if (partsFitting.size && askedRate(ctx) === "total") figures = figures.filter((f) => !partsFitting.has(wholeOf(index, f)!));
  else if (partsFitting.size) {
    const asked = [...partsFitting].filter(partAsked);
    rejected.push(...asked);
    figures = figures.filter((f) => !asked.includes(f) && !(partsFitting.has(wholeOf(index, f)!) && !asked.includes(wholeOf(index, f)!)));
  }
  // « 540 amendes, dont 87 pour … »: the part told by « dont », « including » shares its whole's words, so when both fit,
  // the question asked nothing of the part alone and the whole answers
  const ofParent = figures.filter((f) => { const p = parentOf(index, f); return p !== null && figures.includes(p); });
  if (ofParent.length) {
    rejected.push(...ofParent);
    figures = figures.filter((f) => !ofParent.includes(f));
  }
  const unstated = unstatedIn.filter((u) => agrees(ctx, unstatedKeys(ctx, u), [...counted, ...ctx.m.found(u.headKeys)]) && placeFits(ctx, u.unstated.sentence));
  // an earlier edition's count answers only when nothing about the event at hand does
  const current = figures.filter((f) => fits.get(f) !== "earlier");
  const earlier = figures.filter((f) => fits.get(f) === "earlier");
  if (current.length || unstated.length) {
    rejected.push(...earlier);
    figures = current;
  }
  // « last November », « l'an dernier »: asked of a past period, a figure written for it answers before an undated one
  if ((time.past || time.months.length) && figures.some((f) => fits.get(f) === "agrees")) {
    rejected.push(...figures.filter((f) => fits.get(f) !== "agrees"));
    figures = figures.filter((f) => fits.get(f) === "agrees");
  }
  // « combien par jour »: the rates, when the story gives one, before the totals
  if (rate === "rate" && figures.some((f) => factsOf(index, f).rate)) {
    rejected.push(...figures.filter((f) => !factsOf(index, f).rate));
    figures = figures.filter((f) => factsOf(index, f).rate);
  }
  const ranked = rank(ctx, figures, unstated)
    .map((c) => (c.figure && fits.get(c.figure) === "agrees" ? { ...c, score: c.score + 2 } : c))
    .sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
  const first = ranked.find((c) => c.figure);
  // « 80 % » in a headline, « up to 80 % » in the text: the same figure, given with the qualifier the story puts on it
  const qualified = first?.figure?.figure.approx === "exact" ? ranked.find((c) => c.figure && c.figure.figure.approx !== "exact" && c.figure.figure.value === first.figure!.figure.value && c.figure.figure.category === first.figure!.figure.category && c.score >= first.score - 1) : undefined;
  if (qualified && first) {
    qualified.score = first.score + 1e-6;
    ranked.sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
  }
  const bestFigure = qualified ?? first;
  const bestUnstated = ranked.find((c) => c.unstated);
  if (!bestFigure && !bestUnstated) {
    // « US troops », « soldats lettons »: the noun with the nationality the question puts on it
    const nat = askedNationalities(ctx).map((t) => words(ctx.query.raw).find((w) => fold(w) === t.word) ?? (/\bUS\b/.test(ctx.query.raw) ? "US" : t.word));
    const label = opts.noun ? (lang === "fr" ? [opts.noun, ...nat] : [...nat, opts.noun]).join(" ") : null;
    const out = noCount(ctx, label, rejected, declined);
    // the story gives this figure for another party only: that is the answer, not a sentence the reader might pick
    // (so is a count of what is asked that tells of no one killed or hurt: no other sentence of it says a toll)
    // (and so is a count of what is asked when no such count in the story is of the nationality asked: « how many
    // Ruritanian troops » of a story that counts only others' troops; another sentence would give theirs)
    // (so is a list of parties' parts when the whole is asked: another sentence's part is no better)
    // (and so is a count of what is asked that only counts the sources of a report, « two officials said »: no sentence gives the number asked)
    const sourcesOnly = counted.length > 0 && rejected.some((f) => factsOf(index, f).source && ctx.m.found(f.countedKeys, counted).length > 0);
    if (otherParty.length || (spared.length && counted.length) || partsOnly || (opts.classed && foreignOnly(ctx, candidates, counted)) || opts.strength || sourcesOnly) settle(out);
    // « Minsk and Moscow did not give the number of troops taking part »: a count of the same thing
    // withheld for another party is what the story says on it, before what it gives instead
    const near = rank(ctx, [], unstatedIn)[0]?.unstated;
    if (near && counted.length) {
      out.parts.splice(1, 0, withheld(ctx, near));
      out.cites = [...out.cites, near.unstated.sentence];
    }
    return out;
  }
  // « How many troops? » says nothing but what it counts: every figure of that count is given, with who gave none
  // (« according to X, how many »: X's figure, not every one)
  const headline = counted.length > 0 && !opts.single && !sourceTerms(ctx).length && !otherWords(ctx, counted).length && !askedNationalities(ctx).length && !time.years.length && !time.past;
  if (headline) {
    // the largest count leads: the headline figure before the parts of it
    const all = ranked.filter((c) => c.figure && !c.figure.zero).map((c) => c.figure!).sort((a, b) => b.figure.value - a.figure.value);
    if (all.length) {
      const draft = figureDraft(ctx, distinct(all).slice(0, 3), "count", fatedOnly);
      const u = bestUnstated?.unstated;
      if (u) {
        draft.parts.push(withheld(ctx, u));
        draft.cites.push(u.unstated.sentence);
      }
      return draft;
    }
  }
  // a « not given » that fits the question better than any figure is the answer, unless a figure fits nearly as well
  if (!bestFigure || (bestUnstated && bestUnstated.score > bestFigure.score && bestFigure.score < bestUnstated.score * 0.75)) return notGiven(ctx, bestUnstated!.unstated!);
  // « quel score pour les Verts ? » of a story whose parties the question's words do not single out: of shares that
  // fit equally well, one given alone is a guess between parties; the story's shares are listed, none is the answer
  if (opts.single && ctx.reading.measure === "percent" && bestFigure.figure) {
    const best = bestFigure.figure;
    const rivals = ranked.filter((c) => c.figure && c !== bestFigure && c.score >= bestFigure.score - 1e-9 && c.figure.figure.value !== best.figure.value && !rangePartners(ctx, best, c.figure)).map((c) => c.figure!);
    if (rivals.length) return noCount(ctx, null, [best, ...rivals], declined);
  }
  // equally good figures are all given, so the user sees the alternatives rather than a guess
  // (a sum or a share: one figure, or the two ends of a range written « R20bn to R50bn »)
  const tiedAll = ranked.filter((c) => c.figure && c.score >= bestFigure.score - 1e-9 && (!opts.single || c === bestFigure || rangePartners(ctx, bestFigure.figure!, c.figure))).map((c) => c.figure!);
  // a count the story gives outranks a « none » read from « aucun soldat » when both fit as well
  const tied = tiedAll.some((f) => !f.zero) && tiedAll.some((f) => f.zero) ? tiedAll.filter((f) => !f.zero) : tiedAll;
  const draft = figureDraft(ctx, distinct(tied).slice(0, 3), "count", fatedOnly);
  if (earlier.length && figures === earlier) draft.parts.unshift(pick(lang, "La dépêche ne donne ce chiffre que pour une période antérieure :", "The story gives this figure only for an earlier period:"));
  // « Minsk and Moscow gave no number »: who withheld the count is part of the answer, beside who gave one
  const u = bestUnstated?.unstated;
  // (a party that gives the figure withheld no number of it, unless what it withheld is something else the question asks:
  // « X will send 3,200 more soldiers, X gave no number of those already trained » — « how many already trained »)
  const terms = topicTerms(ctx, null);
  const other = u ? ctx.m.found(u.whatKeys, terms).filter((t) => !tied.some((f) => ctx.m.found(f.countedKeys, [t]).length)) : [];
  if (u && bestUnstated.score >= bestFigure.score * 0.6 && (other.length > 0 || tied.every((f) => f.figure.claimedBy !== u.unstated.by))) {
    draft.parts.push(withheld(ctx, u));
    draft.cites.push(u.unstated.sentence);
  }
  return draft;
}

/**
 * Whether the question asks the count of a nationality no candidate's sentence carries: the
 * story counts that thing only for others, so no sentence of it answers.
 */
function foreignOnly(ctx: Ctx, candidates: IndexedFigure[], counted: Term[]): boolean {
  const nats = askedNationalities(ctx).filter((t) => !borderTerms(ctx).includes(t));
  if (!nats.length || !counted.length || !candidates.length) return false;
  return !candidates.some((f) => nats.every((t) => nationalityIn(sentenceKeys(ctx, f.figure.sentence), t, ctx.m)));
}
