// Words a sentence gives as someone's that ingest left to no one: an inverted attribution, a reported clause after a name.
import { words } from "../../text.js";

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
