import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which news writing joins clauses, per language, for cutting the answer span out of
 * a sentence (answers/reader.ts): where a clause opens (a conjunction, a relative pronoun, a
 * subordinator), which openers give a reason or a means, and the small words a span must not end
 * on (« the north coast of », « la lutte contre »). Each table holds its own language's words only,
 * folded (lower case, no accents, ASCII apostrophe; elided forms without their apostrophe).
 */
export interface ClauseWords {
  /** Words that open a clause: a span read from one of them reads as a whole. */
  opens: ReadonlySet<string>;
  /** Openers that may give a reason only after the words the question repeats (« after », « pour »): weaker than the cue words of lexicon-cues. */
  weakCause: ReadonlySet<string>;
  /** Openers of a means or a manner, what « how » asks (« by », « grâce à », « en » + participle is read apart). */
  means: ReadonlySet<string>;
  /** Small words a span ending on is cut short (an article, a preposition, a conjunction). */
  dangling: ReadonlySet<string>;
  /** Words that tie a noun to its complement (« island of X », « la lutte contre »): a span cut right before one leaves its phrase half said. */
  genitive: ReadonlySet<string>;
  /** Nouns of a measure (« taux », « rate », « loss »): « what was the rate » is answered by the number the sentence gives for it. */
  measures: ReadonlySet<string>;
  /** Words after which a present participle gives a means (« en bloquant »). */
  gerund: ReadonlySet<string>;
  /** Ordinals and their like (« premier », "first", "last"): « la première fois » asks what the ordinal alone says. */
  ordinals: ReadonlySet<string>;
  /** Nouns of an occasion (« fois », "time"): after an ordinal, no word a sentence must repeat (« la deuxième depuis l'été » answers it). */
  occasions: ReadonlySet<string>;
  /**
   * Words by which news writing says why a place or a thing matters, right beside its name: what it
   * borders or neighbours (« frontalière de », "bordering"), what it is key to (« clé », "strategic"),
   * what it threatens or is at the centre of (« au centre des tensions »), or what follows from it
   * (« ce qui », "which means"). « why does X matter » is answered from the words after one of them.
   */
  stakes: ReadonlySet<string>;
  /** Participles of a verb of causing (« causés », "triggered"): the agent after them (« par les pluies », "by the rains") is the cause. */
  causedBy: ReadonlySet<string>;
  /** The preposition that introduces that agent (« par », "by"). */
  agentBy: ReadonlySet<string>;
  /**
   * Whether the noun a number counts comes first among the words after it, its adjectives after it
   * (« trois conseillers municipaux » counts « conseillers »); else its modifiers come before it.
   */
  countedNounFirst: boolean;
  /**
   * A verb of causing in the active voice (« a provoqué », « alimente », "stoked", "caused"), folded: with the
   * effect asked about after it, its subject — the words before it — is the cause (« X, which then fuelled Y »).
   */
  causing: ReadonlySet<string>;
  /** What may stand between the cause and that verb (« which has in turn », « qui a ainsi »): set aside from the cause. */
  causingLead: ReadonlySet<string>;
}


const FR: ClauseWords = {
  opens: set(`que qu qui dont ou mais car parce puisque afin lorsque lorsqu quand alors tandis apres avant selon sans
    pour grace malgre depuis jusqu bien quoique si sinon et ainsi`),
  weakCause: set("pour apres suite vu afin"),
  means: set("par grace avec via moyennant"),
  dangling: set(`le la les l un une des de d du au aux a en et ou ni mais que qu qui dont sur sous dans par pour avec sans
    contre vers chez entre son sa ses leur leurs ce cet cette ces ne n se s y`),
  genitive: set("de d du des contre"),
  measures: set(`taux niveau niveaux perte pertes hausse baisse bilan total montant chiffre chiffres prix cout part age score
    croissance deficit dette valeur record moyenne population superficie distance duree`),
  gerund: set("en"),
  ordinals: set("premier premiere premiers premieres dernier derniere deuxieme seconde troisieme"),
  occasions: set("fois"),
  stakes: set(`frontalier frontaliere frontaliers frontalieres limitrophe limitrophes voisin voisine voisins voisines portes
    cle strategique strategiques crucial cruciale cruciaux vital vitale vitaux essentiel essentielle enjeu enjeux
    menace menacent menacer risque risquent tension tensions coeur carrefour allie alliee allies donc ainsi consequence
    consequences car parce raison`),
  causedBy: set(`cause causee causes causees provoque provoquee provoques provoquees entraine entrainee entraines entrainees
    declenche declenchee declenches declenchees occasionne occasionnee occasionnes occasionnees`),
  agentBy: set("par"),
  countedNounFirst: true,
  causing: set(`provoque provoquent provoquait provoquaient provoquera entraine entrainent entrainait entrainaient entrainera
    declenche declenchent declenchait alimente alimentent alimentait alimentaient suscite suscitent suscitait nourrit nourrissent
    nourrissait attise attisent attisait aggrave aggravent aggravait causent causait`),
  causingLead: set("qui a ont avait avaient aurait ainsi alors aussi donc en retour lui meme deja encore"),
};

const EN: ClauseWords = {
  opens: set(`that which who whom whose where when while whereas because but after before since as so although though
    unless until amid despite according saying and`),
  weakCause: set("as after since so following given"),
  means: set("by through using via with thanks"),
  dangling: set(`the a an of to in on at by for from with and or but nor that which who whose as its their his her our
    into onto over under than about between`),
  genitive: set("of"),
  measures: set(`rate rates level levels loss losses rise increase drop fall toll total amount figure figures price cost share age
    score growth deficit debt value record average population area distance`),
  gerund: set(""),
  ordinals: set("first last second third"),
  occasions: set("time times"),
  stakes: set(`border borders bordering neighbour neighbours neighbouring neighbor neighbors neighboring adjacent gateway doorstep key
    strategic crucial vital essential stake stakes threat threatens threaten threatening risk risks tension tensions
    heart hub crossroads ally allies therefore thus consequence consequences means because reason`),
  causedBy: set("caused triggered sparked prompted provoked driven fuelled fueled brought"),
  agentBy: set("by"),
  causing: set(`caused causes triggered triggers sparked sparks prompted prompts provoked provokes fuelled fueled fuels stoked stokes
    fed feeds drove drives exacerbated exacerbates worsened worsens`),
  causingLead: set("which that who has have had in turn also then thus itself already"),
  countedNounFirst: false,
};

export function clauseWords(lang: Lang): ClauseWords {
  return lang === "fr" ? FR : EN;
}
