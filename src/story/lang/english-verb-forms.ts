/**
 * The forms of an English verb: base, third person, past, gerund. Regular forms are derived
 * (« stress » → stresses, stressed, stressing); irregular ones are given as « base:past ». `more` adds forms already made.
 */
export function verbs(list: string, more: Iterable<string> = []): Set<string> {
  const out = new Set<string>(more);
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    const [base, irregular] = entry.split(":") as [string, string | undefined];
    const stem = base.endsWith("e") ? base.slice(0, -1) : base;
    const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
    const past = irregular ?? (/[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : base.endsWith("e") ? `${base}d` : `${base}ed`);
    for (const f of [base, third, past, `${stem}ing`]) out.add(f);
  }
  return out;
}

