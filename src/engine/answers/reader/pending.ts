import type { Term } from "../../query.js";
import type { Tok } from "../tokens.js";

// Acts still to come: a question about what is planned, and a sentence whose act is pending, not done.

/** A question about what is still to come (« the next summit », « when will … », « prévu »). */
export const FUTURE_Q = /\b(?:next|upcoming|will|going to|scheduled|planned|due|prochaine?s?|a venir|prevue?s?|va|vont|aura|auront|sera|seront|doit|doivent|devrait|devraient)\b|\b\w{3,}(?:era|eront|ira|iront)\b/;
/** A sentence that dates something still to come: a future, a schedule, « next ». */
export const FUTURE_S = /\b(?:next|upcoming|will|would|shall|going to|scheduled|planned|due|expected|prochaine?s?|a venir|prevue?s?|va|vont|doit|doivent|devrait|devraient|devra|devront|aura|auront|sera|seront|pourra|pourront|faudra|viendra|tiendra|prendra)\b|\b\w{2,}(?:era|eront|ira|iront)\b|'ll\b/;

/** A question that asks what is expected or planned (« what is expected », « que prévoit »): a pending act answers it. */
// (a conditional asks what would be, « à qui succéderait-elle », "who would replace her")
export const AHEAD_Q = /\b(?:expect\w*|plan|plans|planned|attend\w*|prevoi\w*|prevu\w*|envisag\w*|intend\w*|compte|would|could|might|\w{3,}(?:rait|raient))\b/;
/**
 * The words that put an act still to come (« doit annoncer », "will rule", "is expected to"): modal and
 * future auxiliaries only, not « would » of reported speech (« said it would … » tells what was said).
 */
// (and the words of a decision awaited: « suspendu aux décisions », « attend le verdict », "awaiting the ruling", "pending")
const PENDING = /^(?:will|shall|ll|expected|scheduled|due|awaiting|awaits|awaited|pending|doit|doivent|devra|devront|va|vont|sera|seront|aura|auront|prevu|prevue|prevus|prevues|attend|attendent|attendue|attendues|suspendu|suspendus|suspendue|suspendues)$/;

/**
 * Whether the act the question asks of is still to come: an auxiliary of a pending act stands a few words
 * before the question's words, in their clause, for half of them at least ("Holcomb has already signed into
 * law a measure that will prohibit …": the signing is done, only what the measure does is to come).
 */
export function pendingAt(ts: Tok[], hits: Map<number, Term>): boolean {
  const pending = new Set<Term>();
  for (const [h, t] of hits) {
    for (let k = Math.max(0, h - 4); k < h; k++) {
      if (ts[k]!.clause !== ts[h]!.clause || !PENDING.test(ts[k]!.bare)) continue;
      // « due to » gives a cause, not a date
      if (ts[k]!.bare === "due" && ts[k + 1]?.bare === "to") continue;
      pending.add(t);
      break;
    }
  }
  return pending.size > 0 && pending.size * 2 >= new Set(hits.values()).size;
}
