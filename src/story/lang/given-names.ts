/**
 * Given names whose bearer's gender is all but certain in French and English copy, folded. A
 * pronoun (« she said », « a-t-elle ajouté ») goes to the last speaker of its gender; most names
 * carry none in the text itself (no « Mme », no « spokeswoman »), so the given name tells it.
 * Names borne by both (« Claude », « Dominique », « Camille »), or by men in one language and women
 * in another (« Jean », « Andrea »), are left out: a wrong gender is worse than none.
 */
export const MASCULINE_GIVEN = new Set([
  "adam", "adrian", "ahmed", "alain", "alan", "albert", "alexander", "alexandre", "alexei", "alexis", "ali", "andre", "andrew", "andrei", "andrzej", "anthony", "antoine", "anton", "antonio", "arnaud", "arthur",
  "benjamin", "benoit", "bernard", "boris", "brian", "bruno", "carl", "carlos", "charles", "chris", "christian", "christophe", "christopher", "daniel", "david", "denis", "dmitri", "dmitry", "donald",
  "douglas", "edouard", "edward", "emmanuel", "eric", "erik", "fabien", "francois", "frank", "franck", "frederic", "gabriel", "gary", "george", "georges", "gerald", "gerard", "gilles", "greg", "gregory", "guillaume",
  "hamid", "hans", "harold", "henri", "henry", "hugo", "hugues", "ibrahim", "igor", "ivan", "jack", "jacques", "james", "jan", "jason", "javier", "jeffrey", "jerome", "jim", "joe", "john", "jonathan",
  "jorge", "jose", "joseph", "juan", "julien", "justin", "karl", "keir", "kevin", "khalid", "klaus", "laurent", "lionel", "louis", "luc", "lucas", "luis", "manuel", "marc", "marco", "mark", "martin", "matthew",
  "mathieu", "matthieu", "maurice", "max", "michael", "michel", "miguel", "mike", "mikhail", "mohamed", "mohammed", "muhammad", "nicholas", "nicolas", "oleg", "olivier", "omar", "oscar", "pascal", "patrick", "paul",
  "pedro", "peter", "philip", "philippe", "pierre", "rafael", "ralph", "raymond", "richard", "rishi", "robert", "roger", "roman", "ronald", "ryan", "samuel", "scott", "sebastien", "serge", "sergei", "sergey",
  "stephane", "stephen", "steve", "steven", "thierry", "thomas", "tim", "timothy", "tom", "tony", "vincent", "viktor", "victor", "vladimir", "walter", "william", "xavier", "yannick", "yves", "yuri",
]);

export const FEMININE_GIVEN = new Set([
  "agnes", "alice", "amanda", "amelie", "amy", "ana", "anastasia", "angela", "anna", "anne", "annie", "audrey", "barbara", "beatrice", "brigitte", "carla", "carmen", "caroline", "catherine", "cecile", "celine",
  "chantal", "charlotte", "christine", "claire", "clara", "claudia", "corinne", "cynthia", "delphine", "diana", "diane", "elena", "elisabeth", "elizabeth", "elise", "ella", "elodie", "emilie", "emily", "emma",
  "eva", "fatima", "florence", "francoise", "helen", "helene", "ingrid", "irina", "isabel", "isabelle", "jacqueline", "jane", "janet", "jennifer", "jessica", "joanna", "josephine", "judith", "julia", "julie",
  "karen", "kamala", "kate", "katherine", "kathleen", "laura", "laure", "lea", "linda", "lisa", "louise", "lucie", "lucy", "lydia", "margaret", "marguerite", "maria", "marie", "marina", "marine", "martine",
  "mary", "melanie", "michelle", "monique", "nadia", "nancy", "natalia", "natalie", "nathalie", "nicole", "olga", "patricia", "pauline", "rachel", "rebecca", "rose", "ruth", "sabine", "sandra", "sarah",
  "segolene", "sharon", "sophie", "stephanie", "susan", "suzanne", "svetlana", "sylvie", "tatiana", "ursula", "valerie", "veronique", "victoria", "virginie", "yulia", "zoe",
]);
