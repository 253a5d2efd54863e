import type { Lang } from "./reply.js";

/*
 * Irregular verb forms and the base form a dictionary lists them under, per language: a stemmer
 * cuts suffixes and never brings « led » to « lead », « fled » to « flee », « pris » to
 * « prendre », so « who led the talks? » missed « talks led by … » written as « lead », and the
 * dictionary, which lists base forms, knew none of them. The tables are the grammar of each
 * language (the common irregular verbs of news writing), folded; each holds its own language's
 * words only.
 */

/** English past tenses and past participles → the base form. */
const EN = `arose:arise arisen:arise ate:eat eaten:eat awoke:awake bore:bear borne:bear beat:beat beaten:beat became:become
began:begin begun:begin bent:bend bet:bet bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break
bred:breed brought:bring built:build burnt:burn burst:burst bought:buy cast:cast caught:catch chose:choose chosen:choose
clung:cling came:come cost:cost crept:creep cut:cut dealt:deal dug:dig dove:dive did:do done:do drew:draw drawn:draw
drank:drink drunk:drink drove:drive driven:drive fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee
flung:fling flew:fly flown:fly forbade:forbid forbidden:forbid forecast:forecast foresaw:foresee foreseen:foresee
forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get gave:give
given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide hit:hit held:hold hurt:hurt
kept:keep knelt:kneel knew:know known:know laid:lay led:lead leapt:leap left:leave lent:lend let:let
lit:light lost:lose made:make meant:mean met:meet mistook:mistake mistaken:mistake misled:mislead overcame:overcome
overtook:overtake overtaken:overtake overthrew:overthrow overthrown:overthrow paid:pay put:put quit:quit read:read
rid:rid rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run said:say saw:see seen:see sought:seek
sold:sell sent:send set:set shook:shake shaken:shake shed:shed shone:shine shot:shoot showed:show shown:show shrank:shrink
shrunk:shrink shut:shut sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak
spent:spend spun:spin split:split spread:spread sprang:spring sprung:spring stood:stand stole:steal stolen:steal
stuck:stick stung:sting stank:stink struck:strike stricken:strike strove:strive striven:strive swore:swear sworn:swear
swept:sweep swam:swim swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think
threw:throw thrown:throw thrust:thrust trod:tread understood:understand undertook:undertake undertaken:undertake
upheld:uphold upset:upset woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep won:win
withdrew:withdraw withdrawn:withdraw withheld:withhold withstood:withstand wrote:write written:write`;

/** French past participles (and their agreed forms, built below) → the infinitive. */
const FR = `pris:prendre appris:apprendre compris:comprendre repris:reprendre surpris:surprendre entrepris:entreprendre
fait:faire refait:refaire defait:defaire dit:dire interdit:interdire predit:predire contredit:contredire mis:mettre
admis:admettre commis:commettre emis:emettre permis:permettre promis:promettre remis:remettre soumis:soumettre
transmis:transmettre vu:voir prevu:prevoir revu:revoir voulu:vouloir du:devoir recu:recevoir
percu:percevoir decu:decevoir concu:concevoir mort:mourir ne:naitre venu:venir devenu:devenir intervenu:intervenir
parvenu:parvenir prevenu:prevenir revenu:revenir survenu:survenir convenu:convenir tenu:tenir detenu:detenir
maintenu:maintenir obtenu:obtenir retenu:retenir soutenu:soutenir contenu:contenir ouvert:ouvrir couvert:couvrir
decouvert:decouvrir offert:offrir souffert:souffrir ecrit:ecrire decrit:decrire inscrit:inscrire prescrit:prescrire
conduit:conduire construit:construire detruit:detruire produit:produire reduit:reduire traduit:traduire introduit:introduire
atteint:atteindre craint:craindre eteint:eteindre plaint:plaindre rejoint:rejoindre joint:joindre contraint:contraindre
peint:peindre vecu:vivre survecu:survivre lu:lire elu:elire reelu:reelire fui:fuir enfui:enfuir
couru:courir parcouru:parcourir secouru:secourir recouru:recourir battu:battre abattu:abattre combattu:combattre
debattu:debattre vaincu:vaincre convaincu:convaincre assis:asseoir acquis:acquerir conquis:conquerir requis:requerir
mu:mouvoir emu:emouvoir resolu:resoudre dissous:dissoudre absous:absoudre suivi:suivre poursuivi:poursuivre`;

/** French simple pasts of news writing, and participles whose agreed forms are other words (« crue » is a flood): no agreement. */
const FR_FIXED = `fut:etre furent:etre fit:faire firent:faire prit:prendre prirent:prendre mit:mettre mirent:mettre vint:venir vinrent:venir
dut:devoir durent:devoir put:pouvoir purent:pouvoir cru:croire pu:pouvoir su:savoir bu:boire`;

function table(text: string, agree: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const [form, base] = pair.split(":") as [string, string];
    out.set(form, base);
    // a French participle agrees with its noun (« prise », « pris », « prises »)
    if (agree) for (const end of form.endsWith("s") ? ["e", "es"] : ["e", "s", "es"]) if (!out.has(form + end)) out.set(form + end, base);
  }
  return out;
}

const TABLES: Readonly<Record<Lang, ReadonlyMap<string, string>>> = { en: table(EN, false), fr: new Map([...table(FR, true), ...table(FR_FIXED, false)]) };

/**
 * French nouns and adjectives ending in « -ent » (folded, masculine singular), which the third
 * person plural rule below must leave alone: « violent » is no form of « violer », « présent » none
 * of « préser ». The common ones of news writing; a plural (« -ents ») or a feminine (« -ente ») never
 * reaches the rule.
 */
const FR_ENT_NOT_VERBS = new Set(
  `absent accident adjacent adolescent affluent agent ambient apparent ardent argent client coefficient competent conscient
consistent content continent convent couvent decent deferent detergent different diligent divergent efficient eloquent
emergent equivalent evident excellent frequent imminent impatient impertinent imprudent incident incoherent incompetent
inconscient indecent indifferent indulgent ingredient innocent insolent intelligent latent lent occident omnipotent orient
parent patient permanent pertinent precedent present president prudent quotient recent recipient regent resident
sergent serpent souvent strident subsequent talent torrent transparent urgent vehement vent violent`.split(/\s+/),
);

/**
 * The third person plural of the present (« parlent », « discutent », « finissent »): the French
 * stemmer keeps « -ent » whole (it cannot tell « parlent » from « moment »), so « ils discutent »
 * never met « a discuté ». Its base is the singular (« parle ») or, for « -issent », the infinitive.
 */
function frPlural(word: string): string | null {
  if (word.length < 6 || !word.endsWith("ent") || word.endsWith("ment") || FR_ENT_NOT_VERBS.has(word)) return null;
  // « viennent », « obtiennent » (venir, tenir and their kin); « prennent », « comprennent » (prendre)
  if (word.endsWith("iennent")) return word.slice(0, -7) + "enir";
  if (word.endsWith("ennent")) return word.slice(0, -6) + "endre";
  if (word.endsWith("issent")) return word.slice(0, -6) + "ir";
  return word.slice(0, -2);
}

/** The base form of an irregular verb form of `lang` (folded), or null when the word is none. */
export function irregularBase(word: string, lang: Lang): string | null {
  return TABLES[lang].get(word) ?? (lang === "fr" ? frPlural(word) : null);
}
