/**
 * The words a language's news writing names people and bodies with: what never starts a name,
 * titles and ranks, role nouns, the words that close a capitalised title before a name. One
 * object per language (names-fr.ts, names-en.ts) feeds the language-neutral name and entity code
 * (names.ts, entities.ts, roles.ts). Every word is folded (lower case, no accents, ASCII apostrophe).
 */
export interface NameWords {
  /** Capitalised at the start of a sentence, never the start of a name: function words, sentence adverbs. */
  notNameStart: readonly string[];
  /** Civil titles and ranks written before a name (« Mme », « Gen. »), with the gender they give. */
  titles: ReadonlyArray<readonly [string, "m" | "f" | null]>;
  /**
   * Words that close a capitalised title before a name (« Defence Minister Jane Doe », « District
   * Judge X », « Acme CEO X »): everything up to the last of them is the role, the rest the name.
   */
  titleHeads: readonly string[];
  /** Nouns that head a person's role (« porte-parole », « spokesperson »). */
  roleNouns: readonly string[];
  /**
   * Where a compound noun phrase puts its head: last in English (« the health minister », "a
   * foreign ministry spokesman"), first in French (« le ministre israélien »).
   */
  headLast: boolean;
  /**
   * Verbs that end an apposition the writer left unclosed (« X, a rocket expert at Y said … »):
   * finite reporting verbs that no role phrase holds.
   */
  appositionEnds: readonly string[];
  /** Pronouns that only stand for a person (« he », "her"): one soon after a lone name makes it a person's. */
  personPronouns: readonly string[];
  /** Modifiers written after the head all the same: "Secretary General", "Attorney General". */
  postposedModifiers: readonly string[];
  /** Feminine role nouns: they give a person's gender. */
  feminineRoles: readonly string[];
  /** Written after a surname and not a surname: « Jr. », « III ». */
  nameSuffixes: readonly string[];
  /** Quantity words: a noun phrase they open counts people, it is no speaker (« Environ 400 Français »). */
  quantities: readonly string[];
  /** Auxiliaries and adverbs that end a subject noun phrase captured up to its verb (« officials did »). */
  verbGroup: readonly string[];
  /**
   * Finite auxiliaries: a subject noun phrase ends where one starts, even mid-phrase (« the event
   * will offer up … » is « the event »). Only words that are no preposition or noun in the language.
   */
  auxiliaries: readonly string[];
  /** Auxiliaries of the passive: « X is often called … » makes X no speaker. */
  passive: readonly string[];
  /** Irregular past tenses (« fell », "took"): a verb inside a subject phrase, like a regular past. */
  irregularPast: readonly string[];
  /** Past tenses that read as adjectives inside a noun phrase (« armed forces »): never the verb a phrase ends at. */
  adjectivalPast: readonly string[];
  /**
   * Prepositions, conjunctions and adverbs that open a clause, never a subject noun phrase
   * (« Shortly after X », « Among X », « Selon X »): a phrase they open names no speaker.
   */
  clauseOpeners: readonly string[];
  /** Relative pronouns only a thing takes (« Acme, which … »): the name before it is no person's. */
  thingRelatives: readonly string[];
  /** Nouns a company's possessive takes (« Acme's app », « Acme's shares »): the possessor is no person. */
  thingPossessions: readonly string[];
  /** Bodies named by one proper noun, not a person's surname when they speak alone (« Nato », « Hamas »). */
  namedBodies: readonly string[];
  /** Pronouns and demonstratives: a noun phrase they open is no name (« It », « He also », « C'est »). */
  pronounStarts: readonly string[];
  /** Abstract nouns that never speak, whatever their determiner (« leur concept »). */
  abstractNouns: readonly string[];
  /** Articles and possessives a role noun phrase may open with (« an expert », « la ministre »). */
  roleDeterminers: readonly string[];
  /** Military and police ranks: a title that says no function (« Rear Admiral »). */
  ranks: readonly string[];
  /** Function words an acronym skips: « Organisation mondiale de la santé » is « OMS ». */
  linkers: readonly string[];
  /** Words that give a person's nickname: « X, dit « Y » », « X, known as Y ». */
  nicknameMarkers: readonly string[];
  /** Head nouns of institutions, with the grammatical gender pronouns agree with (null in English). */
  institutions: ReadonlyArray<readonly [string, "m" | "f" | null]>;
  /** Documents that speak for their author: « précise le communiqué », « the statement said ». */
  documents: ReadonlyArray<readonly [string, "m" | "f" | null]>;
  /** Plural nouns naming a group that can speak: « affirment les experts », « officials said ». */
  groups: readonly string[];
  /** Verbs a title-case headline capitalises right after a name (« Minister Jane Doe Says … »): the name ends there. */
  verbStops: readonly string[];
  /** Courtesy titles (« Mme », « Mr. »): only the first of stacked titles, so a word before one is no title (« juge Mme X »). */
  courtesyTitles: readonly string[];
  /** Two-letter capitals that abbreviate a country or a union, never given names (« US », « UE »). */
  notInitials: readonly string[];
  /** Words of time that end a subject noun phrase (« the campaign on Tuesday said »), with the prepositions before them. */
  timeWords: readonly string[];
  timePrepositions: readonly string[];
  /** « this week », « cette semaine »: a deictic before a unit of time ends a subject as a day's name does. */
  timeDeictics: readonly string[];
  timeUnits: readonly string[];
  /**
   * Conjunctions that open a subordinate clause (« after », « lorsque »): a subject handed over
   * with one inside (« comes after farm inspectors ») starts after it.
   */
  subordinators: readonly string[];
  /** Relative pronouns: a subject noun phrase ends before one (« a figure that dwarfs … »). */
  relatives: readonly string[];
  /** Words that open place names (« North X », « San X », « Fort X »), never a given name. */
  placeOpeners: readonly string[];
  /** Abbreviated titles that say a function, and the role they stand for (« Sen. » → « Senator »). */
  titleRoles: ReadonlyArray<readonly [string, string]>;
  /** Last words of a capitalised name that make it a company or a body, not a person (« … Technologies », « … Inc. »). */
  organisationEnds: readonly string[];
  /** Nouns a proper name follows when it names a thing, not a person: « l'agence X », « think-tank X ». */
  namedThings: readonly string[];
  /**
   * Verbs of a relative clause that say a person's function (« X, who heads the Y institute »,
   * « X, qui dirige l'institut Y »): the verb as written (folded, several words allowed), the
   * role noun with its preposition for a man or when the language has one form, for a woman, and
   * a phrase that says it without a gender when none is known (« à la tête de »).
   */
  roleVerbs: ReadonlyArray<readonly [verb: string, masculine: string, feminine: string, neutral: string]>;
  /** The relative pronouns only a person takes (« who », « qui »), opening a relative clause after a name. */
  personRelatives: readonly string[];
  /** Copulas of a sentence that gives a role: « X is the head of Y », « X est la directrice de Y ». */
  copulas: readonly string[];
  /** A preposition and an article written as one word (« de le » → « du »), when a role noun takes its object. */
  contractions: ReadonlyArray<readonly [string, string]>;
  /**
   * Prepositions that open the circumstance of a frame, not a role's complement, before an
   * article: « X, le responsable de la gendarmerie dans une déclaration à la presse » ends before « dans ».
   */
  circumstancePrepositions: readonly string[];
  /**
   * Words of time that close a role phrase (« X, à la tête de Y depuis 2018 », "X, chair of Y since
   * May"): what follows dates the role, it is no part of it.
   */
  roleTimeEnds: readonly string[];
  /** Prepositions before a year or a month (« en 2019 », "in May"): the date a role phrase ends at. */
  datePrepositions: readonly string[];
  /**
   * Phrases that say a function with the body after them, no role noun (« à la tête de Y », "at the
   * helm of Y", "in charge of Y"): the phrase and its complement are the role.
   */
  rolePhrases: readonly string[];
  /**
   * Participles of taking a function (« élue », "appointed"), after which the role follows, perhaps
   * after a time phrase and a marker (« X, who was elected in 2019 as mayor of Y », « X, nommée
   * ministre en mai »).
   */
  appointmentParticiples: readonly string[];
  /** The words that open the function after such a participle (« as », « comme », « au poste de »). */
  appointmentMarkers: readonly string[];
  /**
   * Nouns that say who a person is only in an apposition next to their name (« X, figure de la
   * gauche », "X, a stalwart of the party"): not role nouns elsewhere (« la figure » is no speaker).
   */
  appositionNouns: readonly string[];
  /**
   * Adverbs that open a sentence before its subject with no comma (« Meanwhile officials said »,
   * « Later the authority said »): not part of the subject, and no subject themselves.
   */
  sentenceAdverbs: readonly string[];
  /**
   * Nouns a story calls a firm by after naming it (« the company said », « l'entreprise a indiqué »):
   * the firm named before, not a new speaker.
   */
  firmNouns: readonly string[];
  /**
   * Kin and close relations (« her husband, X », « sa sœur, X »): role nouns whose possessor is kept
   * in the role, since « husband » alone says nothing of whose.
   */
  relationNouns: readonly string[];
  /**
   * Endings of nouns that name a person by what they do (« enseignant », « chercheuse », "plumber",
   * "novelist"), folded and singular: a description headed by such a noun can be a speaker even
   * when no list names it. Read after thingEndings.
   */
  agentEndings: readonly string[];
  /**
   * Endings of nouns of a trade or a science practised (« toxicologue », « biologiste », "virologist",
   * "technician"): a role noun no list needs to hold. Folded, singular; only on words of seven letters or more.
   */
  occupationEndings: readonly string[];
  /** Negation words: inside a subject's phrase they show a clause (« le FMI ne devrait »), not a noun phrase. */
  negations: readonly string[];
  /** Endings of nouns that name a thing or an act (« endettement », "accumulation"): never a speaker's head. */
  thingEndings: readonly string[];
  /**
   * Nouns of people or of a side that can speak and that no other list holds (« les gens », « le
   * public », "the crowd", "veterans").
   */
  speakingNouns: readonly string[];
  /**
   * Words that open a noun's complement after its head, besides the linkers (« from », « with »,
   * « avec »): a compound written head-last ends before them (« a software engineer from the coast » is
   * headed by « worker »).
   */
  complementOpeners: readonly string[];
  /**
   * Words that tie a body's noun to the rest of its name (« of », « for », « de »): « the National
   * Council of Road Safety » is one name, not « National Council ».
   */
  bodyComplements: readonly string[];
  /** The definite articles that may follow them inside the name (« of the », « de la »). */
  bodyComplementArticles: readonly string[];
  /**
   * Prepositions that open a fronted phrase of circumstance (« Devant le juge, X a reconnu », "Before
   * the committee, X said"): its noun is no role of the name after the comma.
   */
  frontedPrepositions: readonly string[];
  /** Endings of a present participle opening a fronted phrase (« Répondant à la maire, X … », "Speaking to the judge, X …"). */
  participleEndings: readonly string[];
}
