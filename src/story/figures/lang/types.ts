import type { Approx } from "../../schema.js";

/**
 * The words a language writes figures with: number words, units, the nouns that count troops,
 * equipment and money, the words around a toll or a unit's strength, the verbs of a pledge. One
 * object per language (fr.ts, en.ts) feeds the language-neutral scanner in figures/ (numbers.ts,
 * units.ts, words.ts, people.ts, pledges.ts). Unit forms are written with their accents (folded
 * for look-up); every other word is folded (lower case, no accents, ASCII apostrophe).
 */
export interface FigureWords {
  /** Number words: units (« deux », "two"), tens, « cent », scale words, with their values. */
  numbers: {
    units: ReadonlyArray<readonly [string, number]>;
    tens: ReadonlyArray<readonly [string, number]>;
    hundred: readonly string[];
    /** Forms of « cent » that only follow a multiplier (« deux cents »): alone they open no number ("50 cents"). */
    hundredAfterOnly: readonly string[];
    big: ReadonlyArray<readonly [string, number]>;
    /** Scale words after digits (« 4 milliards », "3.5 billion"), abbreviations included (« Md », "bn"). */
    scales: ReadonlyArray<readonly [string, number]>;
    /** « un », "one" alone: an article or a pronoun far more often than a count. */
    loneOne: readonly string[];
    /** Units of time after which « un », "one" count one of them (« un an de prison », "one week"): a span, not an article. Lower case. */
    oneOfUnit: readonly string[];
  };
  /** Counted nouns, singular and plural as written, by what they count. */
  units: {
    troops: ReadonlyArray<readonly [string, string]>;
    /** Troops only in a military setting (« 3 000 hommes » in a deployment story). */
    troopsInContext: ReadonlyArray<readonly [string, string]>;
    equipment: ReadonlyArray<readonly [string, string]>;
    /** Currencies: the unit as the story names it, and its written forms. */
    money: ReadonlyArray<readonly [string, readonly string[]]>;
    distance: ReadonlyArray<readonly [string, readonly string[]]>;
    /** Words that make a length an area (« kilomètres carrés », "square miles"): a surface, not a distance. Folded. */
    area: readonly string[];
    percent: readonly string[];
    /** Durations and other measures: never troops. */
    other: ReadonlyArray<readonly [string, readonly string[]]>;
  };
  /** Stems and words of a military setting: they make « hommes » a troop count. */
  militaryStems: readonly string[];
  militaryWords: readonly string[];
  /** What turns a troop noun into something else right after it: « soldats du feu » are firefighters. */
  civilAfter: ReadonlyArray<readonly [string, string]>;
  /** After a context-bound troop noun, a complement that makes it civil (« hommes d'État », « hommes politiques »). */
  civilComplements: readonly string[];
  /** The preposition of such a complement, and the words after it that keep it military (« hommes de troupe »). */
  complementPrep: readonly string[];
  militaryComplements: readonly string[];
  /** « membres des forces spéciales »: nouns for members, the prepositions after them, and the forces. */
  memberNouns: readonly string[];
  memberPreps: readonly string[];
  memberArticles: readonly string[];
  forceNouns: readonly string[];
  /** Function words, auxiliaries and adverbs: never a counted noun nor an adjective after one. */
  stopwords: readonly string[];
  /** Month names and their number. */
  months: ReadonlyArray<readonly [string, number]>;
  /** Month names that are also ordinary words (« may »): months only when capitalised. */
  ambiguousMonths: readonly string[];
  /** Weekday names: a number after one is the day's date (« lundi 12 »). */
  weekdays: readonly string[];
  /** Nouns that name a numbered thing (« l'article 5 »): the number is a label. */
  designators: readonly string[];
  /** Determiners that make a small number a reference back (« les trois juges »). */
  definiteDets: readonly string[];
  /** Possessives and demonstratives in « 2 400 de leurs soldats ». */
  partitiveDets: readonly string[];
  /** Nouns for people whose age follows (« un homme de 47 ans »). */
  personNouns: readonly string[];
  /** Endings of adjectives and participles that may follow a counted noun, and such adjectives. */
  adjectiveEndings: readonly string[];
  /** Endings only a finite verb has (« resteront », « pourraient »): such a word after a number is no counted noun. */
  verbEndings: readonly string[];
  adjectives: readonly string[];
  /** Tolls, civil forces, units' strengths, exercises: see people.ts. */
  people: {
    tollNouns: readonly string[];
    /** Verbs whose object is a toll: « a tué 71 soldats », "killed 71 soldiers". */
    tollVerbs: readonly string[];
    /** Prepositions that open a short phrase between the counted noun and its verb ("89 soldiers from X died"). */
    phraseLinks: readonly string[];
    auxiliaries: readonly string[];
    tollWords: readonly string[];
    /** A toll named before its number (« le bilan comprend 14 soldats », "among the dead were 14 soldiers"). */
    tollSubjects: readonly string[];
    /** Verbs of sending a force: a bare number as their object is a troop count in a military sentence (« déployer jusqu'à 9 000 »). */
    deployVerbs: readonly string[];
    /** Verbs of speech after a counted phrase: « deux soldats ont raconté », "two soldiers said" count speakers, not a force. */
    speakVerbs: readonly string[];
    civilForces: readonly string[];
    units: readonly string[];
    people: readonly string[];
    exercises: readonly string[];
    strength: readonly string[];
    forces: readonly string[];
    /**
     * A force named by its strength with no counted noun (« une force conjointe de 4 000 », "a
     * force numbering 2,000"): the words between the force and the number, the adjectives of
     * strength that may stand before them (« un contingent fort de »), and the modifiers that make
     * a force civil ("a labour force of", « force de police »).
     */
    strengthLinks: readonly string[];
    strengthAdjectives: readonly string[];
    civilForceModifiers: readonly string[];
    /** Nouns that count no one in particular after a force's strength (« 4 000 personnes »): still the force's strength. */
    strengthNouns: readonly string[];
    /** Nouns that measure a force only beside a military word ("a troop presence of", « une présence militaire de », "troop levels of"). */
    measureForces: readonly string[];
    /** Forces named as such beside the participants of an exercise. */
    forcesTakingPart: readonly string[];
    participants: readonly string[];
    /** People who join a force (« 5 000 volontaires ont rejoint la légion »): nouns for them, the verbs of joining, what may stand between. */
    recruits: readonly string[];
    joinVerbs: readonly string[];
    joinSkip: readonly string[];
    /**
     * A verb chain before the verb of joining ("have rushed to join", « ont choisi de s'engager »):
     * the words that introduce the joining verb after the first verb, and the verbs that deny it
     * ("refused to join", « ont renoncé à rejoindre »).
     */
    chainMarkers: readonly string[];
    joinRefusals: readonly string[];
    /** The forces joined (« les forces de défense territoriale », "the army"), and the verbs of fighting after « pour », "to". */
    joinedForces: readonly string[];
    fightVerbs: readonly string[];
    fightMarkers: readonly string[];
    /** Bodies that are no army (« la sécurité civile », "the police force"): joining them makes no troops. */
    civilBodies: readonly string[];
  };
  /**
   * Words that say how exact a number is, folded, elisions expanded (« jusqu'à » is « jusque a »):
   * before the number (« près de », "up to") and after the counted phrase (« au maximum », "or more").
   */
  qualifiers: {
    before: ReadonlyArray<readonly [string, Approx]>;
    after: ReadonlyArray<readonly [string, Approx]>;
    /** After the counted phrase, closing the clause: the figure holds for each party (« 1 000 participants chacun », "each"). Folded. */
    each: readonly string[];
  };
  /**
   * Shares written in words (shares.ts): « la moitié des », "a third slower", « deux tiers »,
   * "one in five". Folded words.
   */
  shares: {
    /** Fraction nouns, singular and plural, with their denominator (« tiers » 3, "quarters" 4). */
    fractions: ReadonlyArray<readonly [string, number]>;
    /** Numerators before a fraction noun (« un », "two"); « moitié »/"half" need none. */
    numerators: ReadonlyArray<readonly [string, number]>;
    /** Words after which a fraction is a period or an order, not a share ("the first half of"). */
    blockers: readonly string[];
    /** What a share is of (« de », "of") and the determiners a share may start with (« la moitié »). */
    ofLinks: readonly string[];
    /** Words between « of » and what the share is of (« of all the », « d'entre eux »). */
    ofDeterminers: readonly string[];
    articles: readonly string[];
    /** Comparatives a share measures ("a third slower", « un tiers plus cher »). */
    comparatives: readonly string[];
    /** Comparatives followed by the adjective they grade (« plus lent », "more expensive"). */
    degreeWords: readonly string[];
    /** "one in five", "one out of five", « un sur cinq »: the words between the two numbers. */
    ratioLinks: readonly string[];
  };
  /**
   * A count named before its number (« le nombre total de soldats … atteindra 4 000 », "the number
   * of troops will rise to 4,000", "troop numbers will reach 4,000"): the head nouns, the
   * determiners before them, the adjectives around them and the link to what is counted.
   */
  reference: {
    heads: readonly string[];
    dets: readonly string[];
    adjectives: readonly string[];
    links: readonly string[];
    /**
     * A running total after a count (« bringing the total to 4,000 », « taking the force to 3,200 »,
     * « portant le total à 4 000 »): the heads that may stand for what the count before counts, and
     * the link to the new total.
     */
    totalHeads: readonly string[];
    totalLinks: readonly string[];
  };
  /**
   * Counts that take their noun from a troop count earlier in the sentence: a gapped clause
   * (« la France déploie 350 militaires, et l'Allemagne 200 », "1,000 to the north and 500 to the
   * south"), a part named after its total (« dont 40 femmes », "includes 60 women"), a strength in
   * parentheses after the force (« les soldats en mission (environ 6 000) », « la deuxième (140) »).
   */
  parts: {
    /** Words joining a gapped clause to the clause of the count (the comma and semicolon are every language's). */
    coordinators: readonly string[];
    /** Words that name a part of the count before them: « comprend », "includes", "among them". */
    anaphors: readonly string[];
    /** People a force is made of, counted as a part of it (« dont 40 femmes », "including 30 officers"). */
    members: readonly string[];
    /** Ordinals standing for a unit named before them (« la deuxième (140) », "the second (140)"). */
    ordinals: readonly string[];
    /** Sub-units of a force, named before an ordinal that stands for them (« deux compagnies, la première (120) »). */
    subUnits: readonly string[];
    /** A count's change, its noun said once ("cut troops from 3,000 to 2,200", « de 3 000 à 2 500 »): the word before the old count and the link to the new. */
    changeFrom: readonly string[];
    changeTo: readonly string[];
    /** Verbs changing a force to a new strength (« porter ses effectifs à », "double its troops to"). */
    changeVerbs: readonly string[];
    /** Words after a bare number that leave its noun to the count before (« 300 more », « 300 autres »). */
    ellipsis: readonly string[];
  };
  /**
   * A reporting clause closing the sentence, its verb first (« …, a précisé jeudi la préfète X »,
   * « …, indique-t-on dans l'entourage de la préfète », "…, said the ministry"): who gives a figure of
   * the sentence when no quote frame carries it. Folded forms.
   */
  reporting: {
    /** Auxiliaries before the verb (« a », « ont »). */
    auxiliaries: readonly string[];
    /** Reporting verbs, as participles or inverted forms (« declare », « indique », "said"). */
    verbs: readonly string[];
    /** The impersonal subject glued to an inverted verb (« a-t-on », « indique-t-on »): its last word. */
    impersonal: readonly string[];
    /** Words between an impersonal verb and its source (« dans », « auprès de », « de source »). */
    sourceLinks: readonly string[];
    /** Words that may stand between the verb and its subject: days, times, the medium (« dimanche », « soir », "on"). */
    skip: readonly string[];
    /** Articles a source phrase is given without (« l'entourage du ministre » → « entourage du ministre »). */
    articles: readonly string[];
  };
  /** Verbs of commitment and announcement, every written form, with their auxiliary where one is needed. */
  pledgeVerbs: readonly string[];
  /** Words that open a new clause or mark its subject's edge: a pledge's subject never reaches past them. */
  subjectEdge: readonly string[];
}
