/**
 * The words a language's news writing reports speech with. One object per language (fr.ts, en.ts)
 * feeds the language-neutral frame and attribution code (frames.ts, speech.ts): adding a language is
 * adding one of these. Every word is compared folded (lower case, no accents, ASCII apostrophe).
 */
export interface PronounInfo {
  gender: "m" | "f" | null;
  plural: boolean;
  /** « it »: an institution or a document, never a person. */
  thing?: boolean;
}

export interface SpeechLexicon {
  lang: "fr" | "en";
  /** Reporting verbs that take a clause, as stems matched at the start of a folded word (French agreement and tenses). */
  sayStems: readonly string[];
  /** Reporting verbs that take a clause, as whole words (every form listed). */
  sayWords: ReadonlySet<string>;
  /**
   * Verbs whose object is a noun phrase, used with quoted words (« a dénoncé une « provocation » »,
   * « described it as "… " »): they attribute the quoted words but report no clause.
   */
  evalStems: readonly string[];
  evalWords: ReadonlySet<string>;
  /**
   * Of those, the verbs whose noun-phrase object is itself the content judged (« rejected the claim
   * that … », « a rejeté les propositions »), reported even with no quotation; not the ones whose
   * object is only what or whom they judge (« defended the law », « questioned the cost », « accused
   * the operator »). Folded words and stems.
   */
  objectJudged: ReadonlySet<string>;
  objectJudgedStems: readonly string[];
  /**
   * Verbs that report only with a clause (« les chiffres montrent que … », « a study found that … »)
   * or after the words they report (« "…," she replied »): before no clause they are no frame at all,
   * so « the video shows soldiers » and « the army responded to the strikes » name no speaker.
   * They must also be listed as reporting verbs.
   */
  clauseOnlyStems: readonly string[];
  /**
   * Reporting verbs whose noun-phrase object is not what was said (« maintenir des liens », « juger
   * un dossier », "maintain engines", "refuse …"): stems, folded; objectSaid reads no words after them.
   */
  noContentObject: readonly string[];
  /** Reporting verbs that say nothing in their reflexive form (« s'annonce », « se confirme »): stems, folded. */
  reflexiveNotSpeech: readonly string[];
  /** Words that open a sentence on its topic (« Quant à X, », "As for X,"), folded tokens: X is who the sentence is about. */
  topicMarkers: readonly (readonly string[])[];
  clauseOnlyWords: ReadonlySet<string>;
  /** Participles after a document's noun that only date or place it (« une étude publiée lundi », « a report released on Monday »), folded. */
  documentParticiple: RegExp;
  /**
   * « avoir entendu le suspect crier « … » », « heard the man shout "…" »: a verb of hearing, then who
   * spoke, then a verb of speech: the quoted words are the one heard (folded forms).
   */
  perception: RegExp;
  speechInfinitive: RegExp;
  /** Reporting verbs only after the quote (« …, a poursuivi le ministre »), never before a clause. */
  invertedOnlyStems: readonly string[];
  /**
   * Verbs that ask someone to do something: what follows the verb is what was asked
   * (« a appelé les parties à … », « urged the minister to … »).
   */
  directiveWords: ReadonlySet<string>;
  directiveStems: readonly string[];
  /** A directive verb asks someone: an object stands before the infinitive (« wants the board to wait », not « wants to leave »). */
  directiveObject: boolean;
  /**
   * Verbs of asking for something whose noun-phrase object is the request itself (« a exigé une
   * enquête », « demanded a recount », « pressed for talks »): folded forms or stems, and, for the
   * verbs that ask only with a particle (« asked for »), the particles. (« called for » is left to
   * the engine's reading of positions: read as a quote it crowds the answer to « what did X say about Y ».)
   */
  requestWords: ReadonlySet<string>;
  /** Words of time that never stand inside a speaker's noun phrase (« …, one month after the first report »), folded. */
  timeLinks: ReadonlySet<string>;
  requestStems: readonly string[];
  requestParticles: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * What a verb of charging holds against someone, opened by a marker and a gerund (« accused the
   * operator of inflating … »): the verb's forms and their markers (French says it with « de » and
   * an infinitive, as the directives do).
   */
  deedMarkers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Look like reporting verbs, report nothing (« appeler son homologue » is a call). */
  notSpeech: ReadonlySet<string>;
  /** « appeler à »: the forms that report speech when followed by one of `callForNext`. */
  callFor: ReadonlySet<string>;
  callForNext: ReadonlySet<string>;
  /** Two-word verbs: the first word and the words that may follow it (« fait savoir », « pointed out »). */
  phrasal: ReadonlyMap<string, ReadonlySet<string>>;
  /** Two-word verbs that quote words as their object (« rend hommage au « courage » », « paid tribute to the "…" »). */
  evalPhrasal: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that open reported speech after the verb: « que », « that ». */
  complementizers: ReadonlySet<string>;
  /** A reporting verb may take its clause with no complementizer (« X said the talks had failed »). */
  bareClause: boolean;
  /** Words that open such a bare clause (« no », « some », « at least », « another »), besides determiners and capitals. */
  clauseOpeners: ReadonlySet<string>;
  /** Subject pronouns: one of them and a word after it open a bare clause (« say it takes days »). */
  subjectPronouns: ReadonlySet<string>;
  /** Who is told: « reporters », « him », « the BBC », « a news conference ». */
  hearers: ReadonlySet<string>;
  /** Prepositions that join two nouns inside a noun phrase (« members of the board »). */
  nounLinks: ReadonlySet<string>;
  /**
   * Prepositions whose object is no subject (« under questioning by X, she said », « après sa
   * rencontre avec X, il a déclaré »): a name right after one, in the pronoun's own sentence, is not
   * what the pronoun stands for (salience.ts).
   */
  objectPrepositions?: ReadonlySet<string>;
  /** Verbs whose object is the hearer (« told reporters »): never inverted, the hearer is skipped before a clause. */
  hearerVerbs: ReadonlySet<string>;
  /** « X, chef de …, a salué » may still be an inversion in French; English never inverts after an apposition. */
  invertAfterApposition: boolean;
  /** A subject and verb may follow the words they report (« "…," the minister said »). */
  postposedSubject: boolean;
  /** Words before an infinitive (« à », « de », « to ») and the infinitive's shape: what a directive verb asks. */
  infinitiveMarkers: ReadonlySet<string>;
  infinitiveAfter: RegExp;
  /**
   * « Les pêcheurs de la baie ont … »: the article a sentence's opening noun phrase starts with and
   * the verbs that end it (folded), which give the phrase a later pronoun or document may point back
   * to; null and empty where the reader takes none.
   */
  leadArticle: RegExp | null;
  leadVerbs: ReadonlySet<string>;
  /** Auxiliaries and modals of the verb group. */
  auxiliaries: ReadonlySet<string>;
  /** Adverbs (and time words) that may stand inside the verb group. */
  adverbs: ReadonlySet<string>;
  /** An adverb by its ending (« récemment », « recently »), folded: it may stand inside the verb group. */
  adverbEnding: RegExp;
  /** A time phrase of several words right after a verb (« l'an dernier », « last year »), folded, anchored at the start. */
  timePhrase: RegExp;
  negation: ReadonlySet<string>;
  /** The auxiliary of a passive (« a été dénoncé par », « was denied by ») and the agent's preposition. */
  passiveAux: ReadonlySet<string>;
  /**
   * Forms of « être » that make a passive of a reporting verb unless a reflexive pronoun comes
   * before them (« le service est assuré », but « elle s'est dite inquiète »): empty where
   * `passiveAux` already says it.
   */
  passiveBe: ReadonlySet<string>;
  /** A noun's complement inside a description (« le garant de l'ordre », "the keeper of the peace"). */
  complementOf: RegExp;
  /** The reflexive pronouns before such an auxiliary (« se », « s' »). */
  reflexivePronouns: ReadonlySet<string>;
  agentPrep: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** A determiner that is also an auxiliary (« a » in French) does not block a verb after it. */
  determinerAlsoAux: ReadonlySet<string>;
  pronouns: Readonly<Record<string, PronounInfo>>;
  /** Pronouns of the list above that are only ever objects (« lui », "them"): one right before a verb is no subject. */
  objectOnlyPronouns: ReadonlySet<string>;
  /** A definite description (« le ministère », « the company ») and a plural one (« les experts », « the officials »). */
  definite: RegExp;
  pluralDefinite: RegExp;
  /** A bare plural that speaks for a group (« officials said », « Canadian regulators argued »), or null. */
  barePlural: RegExp | null;
  /** « X, a lawyer for the family, said »: an indefinite noun phrase after a name is an apposition to it. */
  appositionArticle: RegExp;
  /** The articles a noun phrase opens with (« le », « l' », « une »; "the", "a"): a capitalised word after one is no name standing alone. */
  articles: ReadonlySet<string>;
  /**
   * The articles a role set before a name in apposition opens with (« la directrice du port, X,
   * a précisé »): the role and the name are one subject. Empty where the copy does not write it so.
   */
  roleArticles: ReadonlySet<string>;
  /**
   * The article a name in apposition may open with (« …, le colonel Jean Mas, … »), its spaces
   * after it, anchored at the start, case kept; null where names take none.
   */
  nameArticle: RegExp | null;
  /**
   * How a noun phrase naming someone opens (« le maire », « Mme X », « l'adjointe »), on the words as
   * written, anchored: such a phrase before a role in apposition is the subject with it; null where
   * only a capitalised name says so.
   */
  namedOpening: RegExp | null;
  /** Pronouns glued to an inverted verb: « a-t-il », « précise-t-elle ». */
  invertedPronoun: RegExp | null;
  /** An auxiliary with such a pronoun glued to it (« a-t-il », « ont-elles »), folded; null where none is. */
  invertedAuxiliary: RegExp | null;
  /**
   * Prepositions that, right after an inverted verb of saying, open its complement and not its subject
   * (« », a parlé de … »), folded; unless they open one of `forOnesPart` (« de son côté »).
   */
  complementMarkers: ReadonlySet<string>;
  /** Words a subject noun phrase never opens with (prepositions, subordinators, participles of framing). */
  notNpStart: ReadonlySet<string>;
  /** Coordinating words stripped from the start of a subject segment. */
  conjunctions: RegExp;
  /** A coordination right before a verb: the verb shares the previous subject (« … et a ajouté »). */
  sharedSubject: RegExp;
  /** Relative pronouns: a segment opening with one is not the subject. */
  relatives: RegExp;
  /**
   * Relative pronouns as folded text writes them (« qui », « dont », « ou »), a space after: a segment
   * opening with one, after a name and its comma, is a relative clause inside that noun phrase.
   */
  foldedRelatives: RegExp;
  /** Subject pronouns, personal and demonstrative (« il », « cela », "they"), folded: a noun phrase never opens with one. */
  pronounSubjects: ReadonlySet<string>;
  /**
   * Words that open a clause whose own subject stands right after them (« ce que les syndicats
   * appellent », « what Penn called », « which the rival denies », « a claim that officials deny »),
   * folded: before a verb, the subject is the words after the last of them, not the antecedent.
   */
  objectRelatives: ReadonlySet<string>;
  /** Relatives with no antecedent (« what », « ce que »), folded, words joined by one space: « what he calls "X" » quotes him, never names a thing. */
  freeRelatives: ReadonlySet<string>;
  /** Markers that end an inverted subject (« …, a précisé X dans un communiqué »), with spaces around. */
  subjectStops: readonly string[];
  /** Words between a verb and its complementizer that are not its object (« told reporters that »). */
  beforeComplementizer: ReadonlySet<string>;
  /** Time words before an inverted subject (« a annoncé jeudi la ministre »). */
  timeWords: ReadonlySet<string>;
  /** Prepositions of a dative or a medium between the verb and an inverted subject (« a déclaré à l'AFP le maire »). */
  datives: ReadonlySet<string>;
  /**
   * The words that may open the noun of such a phrase (« à sa sortie », « lors d'une conférence de
   * presse », « to his aides »): articles and possessives, then articles that may follow the first
   * (« d' » + « une »), then the prepositions of the noun's complement (« à l'ambassade de France »).
   */
  dativeArticles: ReadonlySet<string>;
  dativeInnerArticles: ReadonlySet<string>;
  dativeComplement: ReadonlySet<string>;
  /** Finite verbs: a segment with one is a clause, not an apposition. */
  finite: ReadonlySet<string>;
  /** Where a reported clause ends (« ; », « et a … », « mais »), with spaces as written in folded text. */
  clauseStops: readonly string[];
  /** « selon X », « d'après X », « according to X »: the word sequences. */
  according: readonly (readonly string[])[];
  /** « à l'en croire », « à les en croire »: an object pronoun inside an `according` sequence stands for the source, with its number. */
  accordingPronouns: ReadonlyMap<string, { gender: "m" | "f" | null; plural: boolean }>;
  /**
   * « X was quoted as saying … », "was heard telling …": the words between a passive auxiliary and a
   * participle of saying that make the passive's subject the speaker (folded word sequences).
   */
  reportedAs: readonly (readonly string[])[];
  /**
   * Words that open a subordinate clause (« bien que », « lorsqu' », "although", "if"), folded
   * sequences: the comma that closes such a clause leads to its main clause, not to a new frame.
   */
  subordinators: readonly (readonly string[])[];
  /**
   * "said when the storm came, the lamp …", "said during the drought, her well …": words that open a phrase of
   * time or circumstance at the head of a clause reported with no complementizer (folded). Only where
   * the language reports such clauses (bareClause).
   */
  frontedOpeners?: ReadonlySet<string>;
  /** Verbs of saying whose complement can be a gerund phrase (« suggests playing games »); empty where the language has none. */
  gerundVerbs: ReadonlySet<string>;
  /** « admitted to taking the keys »: the prepositions that may stand between such a verb and its gerund (folded). */
  gerundParticles?: ReadonlySet<string>;
  /** « "…," she said of the delay », « a-t-il dit au sujet de … »: prepositions that give what the words were about (folded). */
  topicPreps: ReadonlySet<string>;
  /** « Tout indique que … », "Everything suggests …": pronouns that, alone as a subject, are no speaker (folded). */
  indefiniteSubjects: ReadonlySet<string>;
  /** The endings of plural nouns of agents (« détracteurs », « opposants », "protesters", "activists"), folded: a plural after an article that may stand for people who speak. */
  agentPlural: RegExp;
  /** A possessive before an institution (« son ministère », « her government »): the institution is named without it. */
  possessive: RegExp;
  /** « à ses yeux », « à son avis », « in her view »: a point of view whose possessive points back to a speaker. */
  viewOf: readonly (readonly string[])[];
  /** « comme l'a indiqué X », « comme le précise X »: an incise that attributes the whole sentence to X (the words before the verb group). */
  asIncise: readonly (readonly string[])[];
  /**
   * "As he put it, …", "…, as the minister said.": an incise opened by these words, then the
   * speaker, then a verb of saying (or one of `asPhrases`), that gives the rest of the sentence, or
   * the words before it, to that speaker. Empty where the language inverts (see asIncise).
   */
  asSubjectIncise: readonly (readonly string[])[];
  /** Verb phrases of such an incise that are no verb of saying by themselves ("put it"). */
  asPhrases: readonly (readonly string[])[];
  /** « a déclaré de son côté X », "said, for her part, X": a phrase of contrast set between an inverted verb and its subject (folded words). */
  forOnesPart: readonly (readonly string[])[];
  /** « Et d'ajouter que … », « Et de préciser : »: a narrative infinitive that goes on with the last speaker (the words before the infinitive). */
  narrativeInfinitive: readonly (readonly string[])[];
  /** « Pour X, … » at the start of a sentence: X's point of view. */
  pointOfView: ReadonlySet<string>;
  /** A present participle: « jugeant que … », « saying that … ». */
  participle: RegExp;
  /** Endings of a past verb form (« a crié », "shouted"): a capitalised quote after one is what was said, not a name. Source text, no anchor. */
  pastEndings: string;
  /** French morphology: a word with these endings is not a verb (« déclaration »); null when verbs are listed whole. */
  nonVerbEndings: RegExp | null;
  verbEndings: RegExp | null;
  /** A verb in the imperfect by its ending (« affirmait »), on a folded word; null where the language has no such ending. */
  imperfect: RegExp | null;
  /** Infinitives report nothing without an auxiliary (« sans préciser »). */
  infinitive: RegExp | null;
  /** Bare past participles report only after an auxiliary. */
  pastParticiple: RegExp | null;
  /**
   * Reporting verbs that take an infinitive as what is said (« a affirmé avoir vu », « promised to
   * pay »): "any" reporting verb, or the listed forms.
   */
  infinitiveSay: "any" | ReadonlySet<string> | null;
  /** Stems of verbs of judgement that take an adjective before their clause (« juge inacceptable que »), folded. */
  judgementStems: readonly string[];
  /** Stems of verbs whose infinitive is a deed, not words (« a refusé de donner un chiffre »), folded. */
  infinitiveDeeds: readonly string[];
  /** Words that open such an infinitive with no marker (« avoir », « être », « ne pas »); a pattern that never matches when there are none. */
  infinitiveStart: RegExp;
  /** « le récit qu'elle livre », « the account he gave »: a document told by a pronoun (group 1, folded). */
  accountBy: RegExp;
  /**
   * A sentence that opens by pointing back at the words before it (« C'est ce qu'a affirmé X »,
   * « That was how X put it »), folded: its speaker owns a quotation that stood alone just before.
   */
  backReference: RegExp;
  /**
   * The reporter's comment closing a reported clause, folded (« …, une information qui n'a pas pu
   * être vérifiée », « …, a claim that could not be verified »): where the speaker's words end.
   */
  resumptive: RegExp;
  /** « le communiqué de la marine », « a statement from the mayor's office »: a document and its author (group 1). */
  documentAuthor: RegExp;
  /** What dates or places the document after its author's name (« publié lundi », « released on »), cut from the author. */
  documentAuthorEnd: RegExp;
  /** Words that open what qualifies a noun after it (« familiar with », « close to », « proches de »), folded. */
  postModifiers: ReadonlySet<string>;
  /** Numbers and quantifiers that count a group of speakers (« two officials », « plusieurs diplomates »), folded. */
  quantifiers: ReadonlySet<string>;
  /** Nouns of the medium a statement is made in (« statement », « interview »), folded: « said in a statement it … ». */
  /**
   * A share of a group as a subject (« plusieurs d'entre eux », "several of them"), folded: the
   * group named just before speaks, not the last person.
   */
  partitive: RegExp;
  /** « ce dernier », "the latter" (folded, whole phrase): the person named last, not a new speaker. */
  latter: RegExp;
  /** « including X », « notamment X » (folded, at a segment's start): the members of the group named before, set off by commas; not the subject. */
  memberList: RegExp;
  /**
   * « se dire » + what one declares oneself to be (« s'est dit inquiet de … »), on the folded verb
   * group: the words after it are reported; null where the language has no such frame.
   */
  selfDescribed: RegExp | null;
  /**
   * A verb that carries on someone's words (« a-t-il ajouté », « poursuit-elle », "she added", "he went
   * on"), folded: its pronoun stands for the last one who spoke, not for someone named since in passing.
   */
  continuation: RegExp;
  /**
   * Person nouns general enough to describe someone the story named with a more precise role or title
   * (« the official », « l'officier », « le responsable »), folded, each with the folded role and title
   * words it covers (« officier » covers « colonel », « général »…; an empty list covers anyone). As a
   * bare definite description they point back like a pronoun of their gender (salience.ts), to a person
   * whose role or title they cover, rather than to someone new.
   */
  genericPersonNouns: ReadonlyMap<string, readonly string[]>;
  /**
   * The speaker issued a document in this sentence (« a indiqué dans un communiqué », "said in a
   * statement"), folded: a later bare « le communiqué », "the statement" is theirs.
   */
  documentMedium: RegExp;
  media: ReadonlySet<string>;
  /** A request for anonymity reads like a reported clause and says nothing (« asked not to be named »), folded. */
  anonymity: RegExp;
  /** « a-t-on appris de X »: verbs of learning whose source, after one of `sourcePreps`, is the speaker. */
  learnVerbs: ReadonlySet<string>;
  sourcePreps: readonly (readonly string[])[];
  /**
   * The impersonal pronoun glued to an inverted verb of saying (« a-t-on indiqué », « précise-t-on »),
   * or null: its source follows the verb, after one of `sourcePreps` or `circlePreps`.
   */
  impersonalPronoun: string | null;
  /** « dans l'entourage de X »: prepositions that open a circle a newsroom heard something in (folded word sequences). */
  circlePreps: readonly (readonly string[])[];
  /** What such a circle or an impersonal source is, folded (« l'entourage du ministre », « source policière »). */
  sourceCircle: RegExp;
  /** « a-t-on ajouté de même source »: the source named last speaks again (folded word sequences). */
  sameSource: readonly (readonly string[])[];
  /** A reflexive verb group (« s'est dit », « se sont dits »), folded. */
  reflexive: RegExp;
  /** An indefinite noun phrase (« une source », « a press kit »): someone new; the plural one is a group. */
  indefinite: RegExp;
  indefinitePlural: RegExp;
  /** The word that joins two speakers (« X et Y ont demandé »), with its spaces. */
  coordination: RegExp;
  /**
   * Words that join a second verb to the first (« a dénoncé … et prévenu »), in lower case: one right
   * before the next frame (as written) ends the clause reported before it, and a bare past participle
   * right after one shares the first verb's auxiliary. Empty where none is cut.
   */
  closingCoordinators: ReadonlySet<string>;
  /** A simple past with no auxiliary (« closed », « sought »): where a sentence's opening subject ends; null when the language marks it with an auxiliary. */
  simplePast: RegExp | null;
  /**
   * Verbs that report a position rather than words (« s'est engagée à », « exige », "vowed to",
   * "wants"), besides the reporting verbs above: with those, what the answers about someone's
   * stance read as a position they hold when ingest gave them no words (src/engine/answers/stance.ts).
   */
  stanceWords: ReadonlySet<string>;
  stanceStems: readonly string[];
  /**
   * Reporting verbs of the lists above that say no position as the main verb after a name: they
   * attribute quoted words only (« a lancé », "posted a video", "referred the case"), folded stems
   * or whole words.
   */
  notStance: readonly string[];
  /** A stance verb that reports only before one of these words (« called for », « appelé à »): otherwise a call or a name. */
  stanceOnlyBefore: ReadonlyMap<string, ReadonlySet<string>>;
}
