import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which news copy ties a place to the act it tells (« réfugiés dans une grange », "printed in
 * its weekly bulletin", « réunis à la préfecture »): a locative preposition right after the verb. « where » asks
 * for the phrase after it, whether or not the story's places name it (answers/reader.ts). One table per
 * language, folded (lower case, no accents; elided forms without their apostrophe).
 */
export interface PlaceWords {
  /** Prepositions of place that follow a verb (« dans », "on"): not « de », "of", which tie a noun to its complement. */
  locatives: ReadonlySet<string>;
  /** Words that may stand between the verb and its preposition ("deep", « notamment »). */
  between: ReadonlySet<string>;
  /** Determiners and possessives a place phrase opens with. */
  determiners: ReadonlySet<string>;
  /**
   * Prepositions of being inside (« dans », "in"), after which a common noun is a place ("in a barn"); after
   * the others a place is a name (« à Lyon », "on Radio Brel"): « à assurer », "on hold", « en
   * hausse », « sur le front » are no places.
   */
  inside: ReadonlySet<string>;
  /** Words that tie a noun to its complement (« de », "of"): « caissière du magasin » names what someone is by what they belong to. */
  complements: ReadonlySet<string>;
  /**
   * Where words were said (« où a-t-il dit ça ? », "where did she make her comments?"): the setting news
   * copy gives a telling, beside its reporting verb or fronted before its speaker (« a-t-il dit sur
   * Radio Brel », "said speaking at the Lorvik forum", « Interrogée sur une radio locale, la ministre a … »).
   */
  setting: SettingWords;
}

export interface SettingWords {
  /** Verbs and nouns of saying a question asks the setting of (« dit », "comments"), and the light verbs beside them ("make"). */
  asked: ReadonlySet<string>;
  /** Words that stand for what was said without saying it (« ça », "all this"): no subject of their own. */
  pointers: ReadonlySet<string>;
  /** Prepositions that open a setting (« lors », "during", "on"). */
  openers: ReadonlySet<string>;
  /** Participles that open one (« invitée », "speaking"): the setting follows them. */
  participles: ReadonlySet<string>;
  /** Little words between an opener and its noun (« lors d'une », « au cours de la », "at a"). */
  glue: ReadonlySet<string>;
  /** Occasions and outlets of a telling (« conférence », « émission », "interview", "briefing"). */
  occasions: ReadonlySet<string>;
  /** Openers after which a name alone is an outlet (« sur Radio Brel », "on Channel 9"). */
  outlets: ReadonlySet<string>;
  /** Words that end a setting: what was said begins (« que », "that") or another clause does. */
  ends: ReadonlySet<string>;
}


const PLACE: Record<Lang, PlaceWords> = {
  en: {
    locatives: set("in at on into inside near outside beneath under across"),
    between: set("deep far just right directly mainly mostly"),
    determiners: set("the a an its their his her this that these those"),
    inside: set("in inside into beneath under"),
    complements: set("of for"),
    setting: {
      asked: set("say said says tell told speak spoke speaking talk talked talking comment comments commented remark remarks statement statements make made"),
      pointers: set("it this that all so those these then"),
      openers: set("at during in on from before"),
      participles: set("speaking appearing interviewed addressing"),
      glue: set("a an the its his her their this that of"),
      occasions: set(
        "conference briefing speech address interview rally meeting summit hearing convention congress session forum ceremony visit debate show programme program broadcast podcast talk lecture event gathering news bulletin",
      ),
      outlets: set("on"),
      ends: set("that and but who which when after before because while as said says told"),
    },
  },
  fr: {
    locatives: set("a au aux dans sur sous en pres chez"),
    between: set("notamment surtout meme directement"),
    determiners: set("le la les l un une des son sa ses leur leurs ce cet cette ces"),
    inside: set("dans sous"),
    complements: set("de du des d pour"),
    setting: {
      asked: set("dit dire dis disait declare declaree parle parlait parler exprime exprimee propos commentaire commentaires declaration declarations affirme annonce fait tenu tenus"),
      pointers: set("ca cela ceci ce tout la"),
      openers: set("lors pendant durant sur depuis devant au aux dans"),
      participles: set("invite invitee interroge interrogee interviewe intervenant"),
      glue: set("de du des d la le les l un une son sa ses leur cours au"),
      occasions: set(
        "conference point discours entretien interview meeting reunion sommet audition convention congres seance forum ceremonie visite debat emission journal plateau antenne micro ondes allocution rencontre colloque",
      ),
      outlets: set("sur"),
      ends: set("que qu et mais qui dont quand apres avant car alors"),
    },
  },
};

export function placeWords(lang: Lang): PlaceWords {
  return PLACE[lang];
}
