import { verbs } from "./english-verb-forms.js";

/**
 * English reporting verbs beyond the everyday ones of en.ts, drawn from WordNet 3.0 (Debian's
 * wordnet-base, data.verb): the verbs of communication and cognition (lexicographer files 32 and 31)
 * with the sentence frame "Somebody ----s that CLAUSE" (26), "Somebody ----s somebody to
 * INFINITIVE" (24) or "Somebody ----s to INFINITIVE" (28), less the senses news copy seldom uses for
 * words (« make », « hold », « move », « see », « know »…) and the ones en.ts already lists.
 *
 * Each list is one complement frame: a verb reports only through it, so « the court ruled that … »
 * reports and « the party ruled the country » does not.
 */

/** Frame 26: they report a that-clause or a bare clause, never a noun phrase (en.ts lists them as clause-only). */
export const EN_CLAUSE_VERBS: ReadonlySet<string> = verbs(`
  rule determine establish decide agree answer anticipate calculate charge concur confess demonstrate
  discover exclaim guarantee guess imply opine proclaim profess prove reason reassure recognise recognize
  reaffirm reassert reconfirm restate specify speculate stipulate suspect swear:swore verify underline whisper
  shout boast brag grumble mutter attest aver avow posit postulate theorise theorize surmise hypothesise
  hypothesize foresee:foresaw conjecture recommend advise`);

/**
 * Frame 24: they ask someone to do something (« reminded voters to … »). Not the ones that are
 * nouns as often as verbs (« request », « command », « counsel », « petition »): « at the request
 * of the court to … », « counsel to the family » read as a request.
 */
export const EN_DIRECTIVE_VERBS: ReadonlySet<string> = verbs(`beseech:besought entreat remind`);

/**
 * Frame 28, and « claim » (« claimed to have shot down a drone »): the infinitive is what they say
 * they did or will do.
 */
export const EN_INFINITIVE_VERBS: ReadonlySet<string> = verbs(`claim swear:swore demand purport guarantee`);

