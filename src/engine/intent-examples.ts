/**
 * Questions the project writes to train the intent classifier, in both languages. They use
 * placeholder names (X) and generic nouns so the classifier learns the question's shape, not a
 * story.
 */
export const INTENT_EXAMPLES: Record<string, string[]> = {
  people: [
    "who spoke", "who is quoted", "who are the people in the story", "which officials are quoted", "who talks in this article",
    "list the speakers", "who are the main figures", "who is involved", "who are the protagonists", "which people are named",
    "qui a parlé", "qui s'exprime dans la dépêche", "qui sont les intervenants", "quelles personnes sont citées", "qui sont les protagonistes",
    "quels responsables sont nommés", "qui est cité dans l'article", "liste des personnes", "qui intervient", "qui sont les acteurs",
  ],
  said: [
    "what did X say", "what did the minister say about the army", "what did the spokesman state", "what was X's message", "how did X react",
    "what did the ministry announce", "what does X think about the decision", "what was said by the embassy", "what did she declare", "X's statement",
    "qu'a dit X", "qu'a déclaré la ministre", "que dit le communiqué", "qu'a annoncé le ministère", "quelle a été la réaction de X",
    "qu'a affirmé le porte-parole", "que pense X de la décision", "comment X a-t-il réagi", "qu'a estimé le général", "quels sont les propos de X",
  ],
  who_said: [
    "who said this", "who made this statement", "who denounced the provocation", "who warned of a response", "who called it dangerous",
    "who declared that the country was ready", "who described the move as hostile", "who claimed it was a threat", "who spoke of a historic day", "whose words are these",
    "qui a dit cela", "qui a dénoncé une provocation", "qui a déclaré que le pays était prêt", "qui a parlé d'un jour historique", "qui a qualifié la décision d'hostile",
    "de qui est cette phrase", "qui a prévenu d'une riposte", "qui a affirmé que la menace était réelle", "qui a estimé que c'était dangereux", "qui a tenu ces propos",
  ],
  who_is: [
    "who is X", "who is the spokesman", "what is X's role", "what is X's job", "tell me about X",
    "who is the defence minister", "what position does X hold", "who heads the army", "who is the chief of staff", "what is the name of the minister",
    "qui est X", "qui est le porte-parole", "quel est le rôle de X", "quelle est la fonction de X", "qui est le ministre de la Défense",
    "présente X", "qui dirige l'armée", "comment s'appelle le ministre", "quel est le poste de X", "qui est le chef d'état-major",
  ],
  count: [
    "how many troops", "how many soldiers are deployed", "how many tanks", "how many ships take part", "how large is the force",
    "what is the size of the contingent", "how many men", "number of soldiers", "how many planes", "how old is the minister",
    "combien de soldats", "combien de militaires sont déployés", "combien de chars", "combien d'hommes", "quel est l'effectif",
    "combien de navires", "quelle est la taille de la force", "quel âge a le ministre", "combien coûte l'opération", "nombre de soldats",
  ],
  claimant: [
    "who says there are many soldiers", "according to whom", "whose figure is it", "who gives this number", "by whose count",
    "who claims the figure", "where does the number come from", "who is the source of the figure", "who estimated the troops", "who provided the estimate",
    "selon qui", "d'où vient ce chiffre", "qui avance ce chiffre", "qui affirme qu'il y a des soldats", "de source",
    "qui donne ce nombre", "qui est la source du chiffre", "qui a estimé le nombre de soldats", "qui évoque ce chiffre", "d'après qui",
  ],
  call: [
    "who called whom", "who initiated the call", "who phoned", "who made the call", "who took the initiative",
    "who picked up the phone", "who contacted whom", "who rang his counterpart", "who started the conversation", "was it a phone call",
    "qui a appelé qui", "qui a téléphoné", "qui a pris l'initiative", "à l'initiative de qui", "qui a contacté son homologue",
    "qui a passé l'appel", "qui est à l'origine de l'appel", "qui a lancé la conversation", "avec qui s'est-il entretenu", "qui a joint son homologue",
  ],
  when: [
    "when did it start", "when", "what day did it happen", "on which date", "by what date",
    "when will it end", "how long will it last", "what time", "until when", "since when",
    "quand", "quand ont commencé les manœuvres", "quel jour", "à quelle date", "jusqu'à quand",
    "depuis quand", "quand se termine l'exercice", "à partir de quand", "quelle est la date", "quand a eu lieu l'appel",
  ],
  where: [
    "where", "where are the exercises", "where is it taking place", "in which region", "in which country",
    "where are the troops deployed", "what is the location", "where will they be stationed", "near which city", "where did it happen",
    "où", "où se déroulent les manœuvres", "dans quelle région", "dans quel pays", "où sont déployés les soldats",
    "à quel endroit", "où a lieu l'exercice", "près de quelle ville", "où sont-ils stationnés", "quel est le lieu",
  ],
  equipment: [
    "what weapons", "what equipment", "which weapons were shown", "what systems were deployed", "what missiles",
    "what hardware", "which arms", "what military equipment", "what kind of weapons", "which air defence systems",
    "quelles armes", "quel équipement", "quels systèmes", "quels missiles", "quel matériel",
    "quel armement", "quelles armes ont été montrées", "quels équipements militaires", "quel type d'armes", "quels systèmes antiaériens",
  ],
  summary: [
    "summary", "summarize the story", "what happened", "what is this about", "give me the gist",
    "brief me", "what is the story", "recap", "what's going on", "overview",
    "résumé", "résume l'article", "que s'est-il passé", "de quoi parle la dépêche", "en bref",
    "l'essentiel", "de quoi s'agit-il", "raconte", "fais un résumé", "que dit l'article",
  ],
  help: [
    "help", "what can you do", "what can I ask", "commands", "how does this work",
    "aide", "que peux-tu faire", "que puis-je demander", "comment ça marche", "commandes",
  ],
  offtopic: [
    "what is the weather", "will it rain", "tell me a joke", "what time is it", "who won the match",
    "quel temps fait-il", "va-t-il pleuvoir", "raconte une blague", "quelle heure est-il", "qui a gagné le match",
  ],
};
