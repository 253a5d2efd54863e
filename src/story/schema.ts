import { z } from "zod";

/** The structured story: the one source every answer and briefing is drawn from. */

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  /** Which ingested dispatch the sentence came from (0 for the first; a story can grow). */
  dispatch: z.number().int().nonnegative().default(0),
  text: z.string().min(1),
  /** Character offsets into the dispatch's source text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Dateline = z.object({
  place: z.string().min(1),
  date: z.string().nullable(),
  agency: z.string().nullable(),
  text: z.string(),
});
export type Dateline = z.infer<typeof Dateline>;

export const EntityKind = z.enum(["person", "organization", "group"]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Gender = z.enum(["m", "f"]).nullable();
export type Gender = z.infer<typeof Gender>;

export const Speaker = z.object({
  /** The fullest form in the text, without a leading article: « Anne Morel », « ministère suédois de la Défense ». */
  name: z.string().min(1),
  /** Every other form used for it: surname, title + name, « le ministre », a capital standing for its government. */
  aliases: z.array(z.string()),
  kind: EntityKind,
  /** From appositions: « porte-parole de l'état-major américain ». */
  role: z.string().nullable(),
  gender: Gender.default(null),
  /** Sentences that mention it. */
  mentions: z.array(z.number().int().nonnegative()).default([]),
});
export type Speaker = z.infer<typeof Speaker>;

/** A person named in the story who is not reported as saying anything. */
export const Person = Speaker.extend({ kind: z.literal("person").default("person") });
export type Person = z.infer<typeof Person>;

export const QuoteKind = z.enum(["direct", "indirect"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z.object({
  /** A speakers[].name. */
  speaker: z.string().min(1),
  text: z.string().min(1),
  kind: QuoteKind,
  sentence: z.number().int().nonnegative(),
  /** The reporting verb as written (« a précisé », « selon »), null when none was found. */
  verb: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Approx = z.enum(["exact", "more_than", "less_than", "about", "range", "vague"]);
export type Approx = z.infer<typeof Approx>;

export const FigureCategory = z.enum(["troops", "equipment", "money", "distance", "percent", "date", "age", "other"]);
export type FigureCategory = z.infer<typeof FigureCategory>;

export const Figure = z.object({
  value: z.number(),
  valueMax: z.number().optional(),
  approx: Approx,
  /** What the number is measured in or counts, normalised: « soldats », « km », « euros », « % ». */
  unit: z.string().nullable(),
  category: FigureCategory,
  /** The figure as written, qualifier and counted noun included: « plus de 2 500 soldats ». */
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  /** Who gives the number (a speakers[].name), null when the story states it itself. */
  claimedBy: z.string().nullable(),
  /** The noun phrase counted: « militaires russes ». */
  counted: z.string().nullable(),
});
export type Figure = z.infer<typeof Figure>;

/** A number the story says was not given: « n'ont pas précisé le nombre de soldats ». */
export const Unstated = z.object({
  /** What was not given: « le nombre de soldats ». */
  what: z.string().min(1),
  /** Who did not give it, as written (« Les autorités des deux pays »), when the sentence says. */
  by: z.string().nullable(),
  category: FigureCategory,
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
});
export type Unstated = z.infer<typeof Unstated>;

export const Mention = z.object({
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

export const Story = z.object({
  schemaVersion: z.literal(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  lang: z.enum(["fr", "en"]),
  /** A short title: the lead sentence trimmed, or the first sentence's main clause. */
  title: z.string(),
  dateline: Dateline.nullable(),
  /** One entry per ingested dispatch, oldest first. */
  dispatches: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      firstSentence: z.number().int().nonnegative(),
      sentenceCount: z.number().int().nonnegative(),
    }),
  ),
  sentences: z.array(Sentence),
  speakers: z.array(Speaker),
  people: z.array(Person),
  quotes: z.array(Quote),
  figures: z.array(Figure),
  unstated: z.array(Unstated),
  places: z.array(Mention),
  dates: z.array(Mention),
});
export type Story = z.infer<typeof Story>;
