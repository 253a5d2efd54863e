import type { Lang } from "./reply.js";

/*
 * Verbs that tell one act, grouped by the act, per language (folded forms). News writing seldom
 * repeats the reader's verb: the reader asks "who makes the engines?" of a story that says they
 * are « construits par » someone, "who broke the news?" of one that says it was "first reported"
 * by a paper. A question's verb and a story's verb of one family ask and tell one act, whatever
 * the language of each (a question in English is asked of a French story), so a word is looked up
 * in every language's table. Each table holds its own language's words only.
 */
export type ActFamily = "making" | "leading" | "paying" | "attacking" | "publishing" | "pressing" | "revealing";

const FAMILIES: Record<Lang, Record<ActFamily, RegExp>> = {
  en: {
    making: /^(?:make|makes|made|making|maker|build|builds|built|building|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing))$/,
    leading: /^(?:lead|leads|led|leading|head|heads|headed|heading|run|runs|ran|running|preside|presides|presided|presiding)$/,
    paying: /^(?:pay|pays|paid|paying|fund|funds|funded|funding|finance|finances|financed|financing)$/,
    attacking: /^(?:attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting)$/,
    // a video "posted" is the one "released": putting a work before the public
    publishing: /^(?:publish|publishes|published|publishing|release|releases|released|releasing|broadcast|broadcasts|broadcasting|air|aired|airs|post|posts|posted|posting|share|shares|shared|sharing|relay|relays|relayed|relaying)$/,
    // bearing on someone to act: who "urged" the mayor is who "pushed" or "lobbied" them
    pressing: /^(?:push|pushes|pushed|pushing|press|pressed|pressing|urge|urges|urged|urging|pressure|pressured|pressuring|lobby|lobbies|lobbied|lobbying|exhort|exhorts|exhorted)$/,
    // making a thing known first: the paper that "first reported" an affair is the one that "revealed" it
    revealing: /^(?:reveal|reveals|revealed|revealing|disclose|discloses|disclosed|expose|exposes|exposed|uncover|uncovers|uncovered|report|reports|reported)$/,
  },
  fr: {
    making: /^(?:fabriqu\w*|construi[st]\w*|construit\w*|produi[st]\w*|produit\w*)$/,
    leading: /^(?:dirig\w*|men(?:e|ent|ait|aient|ee|ees|es|er)|conduit\w*|conduis\w*|presid\w*)$/,
    paying: /^(?:financ\w*|pa(?:ye|yent|yait|yaient|ie|ient|yee|yer))$/,
    attacking: /^(?:agress\w*|attaqu\w*)$/,
    publishing: /^(?:publi(?:e|ee|es|ees|ent|ait|aient|er|era|eront)|diffus\w*|relay\w*|partag\w*)$/,
    pressing: /^(?:pouss(?:e|es|ent|ait|aient|ee|ees|er|era)|exhort\w*|incit(?:e|es|ent|ait|aient|ee|ees|er))$/,
    revealing: /^(?:revel(?:e|es|ent|ait|aient|ee|ees|er|era)|devoil\w*|divulgu\w*)$/,
  },
};

const ORDER = Object.keys(FAMILIES.en) as ActFamily[];

/**
 * Verbs that tell an act of a family only when their object is the story itself: one "breaks" the news
 * as one reveals it, but "broke the record", "broke the window" reveal nothing. Per language; none in French.
 */
const OF_STORY: Record<Lang, { family: ActFamily; verbs: RegExp } | null> = {
  en: { family: "revealing", verbs: /^(?:break|breaks|broke|breaking)$/ },
  fr: null,
};

/**
 * The act a folded verb form tells, in any language's table; null when it belongs to no family.
 * `ofStory`: the verb's object is only a word for the story (« l'affaire », "the news").
 */
export function actFamily(word: string, ofStory = false): ActFamily | null {
  if (ofStory) for (const lang of Object.keys(OF_STORY) as Lang[]) if (OF_STORY[lang]?.verbs.test(word)) return OF_STORY[lang]!.family;
  for (const lang of Object.keys(FAMILIES) as Lang[]) {
    const table = FAMILIES[lang];
    for (const f of ORDER) if (table[f].test(word)) return f;
  }
  return null;
}
