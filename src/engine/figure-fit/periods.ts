/*
 * Periods written on a figure or asked by a question: a year, a period before the one the story is about, the
 * event at hand. Shared by the facts read on a figure (facts.ts), the time a question asks (time.ts) and what a
 * figure holds for (for-what.ts); a leaf, so that these three do not import each other in a circle.
 */

export const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

// Periods before the one the story is about. Folded text (no accents, ASCII apostrophes).
export const PAST =
  /\b(?:l'an (?:dernier|passe|precedent)|l'annee (?:derniere|passee|precedente)|le mois dernier|la semaine derniere|(?:l'|la )?(?:edition|session|campagne|saison) precedente|(?:lors de )?la precedente (?:edition|session)|last (?:year|month|week|season|time|summer|winter|spring|autumn)|(?:the |a )?(?:previous|prior|preceding) (?:year|edition|exercise|drill|session|season|round)|a year (?:ago|earlier|before)|(?:en|l'an|l'annee) precedent\w*|il y a (?:un|deux|trois|\d+) ans?)\b/;
// A question about the event at hand, not an earlier one.
export const CURRENT = /\b(?:new|this (?:year|time|week|month|exercise|edition|drill|season|round)|current|currently|now|nowadays|cette (?:annee|fois|semaine|edition|saison)|ce mois|cet exercice|actuel\w*|nouvel\w*|nouveaux?|en cours|maintenant|aujourd'hui|today)\b/;
