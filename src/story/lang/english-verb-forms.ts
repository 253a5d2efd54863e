/**
 * The forms of an English verb: base, third person, past, gerund. Regular forms are derived
 * (« stress » → stresses, stressed, stressing); irregular ones are given as « base:past ». `more` adds forms already made.
 *
 * Spelling rules the derivation follows: a stressed final syllable of one short vowel and one
 * consonant doubles the consonant (« admit » → admitted, « slam » → slammed), a final « ee » keeps
 * its « e » before « -ing » (« agree » → agreeing), a final « ie » turns to « y » (« lie » → lying), and a final unstressed « -l » is doubled in
 * British spelling and not in American (« signal » → signalled and signaled).
 */
export function verbs(list: string, more: Iterable<string> = []): Set<string> {
  const out = new Set<string>(more);
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    const [base, irregular] = entry.split(":") as [string, string | undefined];
    const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
    for (const f of [base, third]) out.add(f);
    for (const stem of stems(base)) {
      out.add(irregular ?? (/[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : stem.endsWith("e") ? `${stem}d` : `${stem}ed`));
      out.add(stem.endsWith("ie") ? `${stem.slice(0, -2)}ying` : /[^e]e$/.test(stem) ? `${stem.slice(0, -1)}ing` : `${stem}ing`);
    }
  }
  return out;
}

/** A short vowel closed by one consonant that doubles (not w, x, y), after a consonant or « qu ». */
const CLOSED = /(?:^|[^aeiou]|qu)[aeiou][bdfgklmnprstvz]$/;
/**
 * Latin roots that carry the stress at the end of a longer verb (« ad-mit », « re-fer », « con-trol »,
 * « re-gret »), after the prefixes they take; « offer », « differ », « visit » stress their first syllable.
 */
const STRESSED_ROOT = /^(?:ad|com|con|de|dis|e|ex|in|inter|o|oc|per|pre|re|sub|trans|pa)(?:mit|fer|cur|pel|gret|but|trol|quip|bel)$/;

/** The base the suffixes « -ed » and « -ing » attach to: with the final consonant doubled where spelling doubles it. */
function stems(base: string): string[] {
  if (!CLOSED.test(base)) return [base];
  const doubled = base + base.slice(-1);
  const syllables = base.replace(/qu/g, "q").match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 1 || STRESSED_ROOT.test(base)) return [doubled];
  return base.endsWith("l") ? [base, doubled] : [base];
}
