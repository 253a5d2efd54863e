import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";
import { ingest } from "../src/story/ingest.js";

/** Reads an invented French dispatch and lists « speaker | kind | text ». */
function read(text: string): string[] {
  const r = new SpeechReader("fr");
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("French frames of published copy", () => {
  it("gives a quote before « explique X » to X, not to the previous speaker", () => {
    const text = "« Le chantier avance », a affirmé le maire, Marc Duval.\n\n«Nous ne céderons rien», explique Claire Roux, porte-parole du collectif.";
    expect(read(text)).toContain("Claire Roux | direct | Nous ne céderons rien");
  });

  it("reads documents as sources: « … », relatent les documents", () => {
    expect(read("« Le contrat a été signé en secret », relatent les documents.")).toEqual(["documents | direct | Le contrat a été signé en secret"]);
  });

  it("reads « selon cette source » as the source just quoted or a new one", () => {
    const text = "Le convoi est reparti, a indiqué une source militaire.\n\nSelon cette source, « aucune décision n'a été prise ».";
    expect(read(text)).toContain("source militaire | direct | aucune décision n'a été prise");
  });

  it("reads « se sont dits « … » » as words of the subject, not a nickname", () => {
    expect(read("Les habitants se sont dits « choqués » par l'incendie.")).toEqual(["habitants | direct | choqués"]);
  });

  it("reads what a directive verb asks: « appelle X à … », « a demandé à X de … », « accuse X de … »", () => {
    expect(read("Le syndicat appelle les parties concernées à reprendre le dialogue.")).toEqual(["syndicat | indirect | les parties concernées à reprendre le dialogue."]);
    expect(read("Le ministère a demandé à la région d'interdire ce produit.")).toEqual(["ministère | indirect | à la région d'interdire ce produit."]);
    expect(read("L'ambassade a appelé à la retenue.")).toEqual([]);
  });

  it("gives « …, ajoutant que » with no speaker before it to the subject the sentence opens with", () => {
    expect(read("Le syndicat des pilotes a quitté la réunion, ajoutant que la grève continuerait.")).toEqual(["syndicat des pilotes | indirect | la grève continuerait."]);
  });

  it("reads an infinitive as what is said: « ont dit avoir … », « a raconté à l'agence avoir … »", () => {
    expect(read("Des riverains ont dit avoir entendu une explosion.")).toEqual(["riverains | indirect | avoir entendu une explosion."]);
    expect(read("Une voisine a raconté à l'agence locale avoir vu la voiture partir.")).toEqual(["voisine | indirect | avoir vu la voiture partir."]);
    expect(read("Le préfet a affirmé mardi avoir ordonné l'évacuation.")).toEqual(["préfet | indirect | avoir ordonné l'évacuation."]);
    // A noun after the verb is no infinitive: « a annoncé la fin … » reports no clause, but the noun phrase announced.
    expect(read("Le préfet a annoncé la fin des travaux.")).toEqual(["préfet | indirect | la fin des travaux"]);
  });

  it("gives what coordinated speakers say to the first of them, never to a clause", () => {
    expect(read("Le canton de Vaud et les communes du district ont demandé à l'État d'interdire ce produit.")).toEqual([
      "canton de Vaud | indirect | à l'État d'interdire ce produit.",
    ]);
  });

  it("reads the object of a reporting verb that quotes words as what was said, with the quoted words", () => {
    expect(read("Paul Roux a dénoncé la «solitude extrême du pays» dans le contexte actuel.")).toEqual([
      "Paul Roux | indirect | la «solitude extrême du pays» dans le contexte actuel",
    ]);
    expect(read("L'ambassadeur a réagi, déplorant le «récit qui présente le pays comme l'agresseur».")).toEqual([
      "ambassadeur | indirect | le «récit qui présente le pays comme l'agresseur»",
      "ambassadeur | direct | récit qui présente le pays comme l'agresseur",
    ]);
    expect(read("Le Japon a appelé samedi à la «modération» et au «dialogue» pour calmer la crise, après le tir.")).toEqual([
      "Japon | indirect | à la «modération» et au «dialogue» pour calmer la crise",
    ]);
    // A quoted word alone stays a direct quote only.
    expect(read("Le syndicat a dénoncé une « provocation ».")).toEqual(["syndicat | direct | provocation"]);
  });

  it("reads « rappelle X, role. » inside a quotation as an incise, the role left out of the quote", () => {
    expect(read("« Le pont est fragile, rappelle Anne Morel, ingénieure des ponts et autrice du rapport. Il faut agir. »")).toEqual([
      "Anne Morel | direct | Le pont est fragile",
      "Anne Morel | direct | Il faut agir.",
    ]);
  });

  it("gives words announced by a colon, with no frame of their own, to the current speaker", () => {
    const text = "« Le pont est fragile », a dit Anne Morel. Or, chez nos voisins, l'affaire n'a pas pris : « Le message venait d'une source douteuse. »";
    expect(read(text)).toContain("Anne Morel | direct | Le message venait d'une source douteuse.");
  });

  it("reads « Pour X, … » and « selon X » after one connective", () => {
    expect(read("Cependant, pour les chercheurs, le ministre n'est pas le seul fautif.")).toEqual(["chercheurs | indirect | le ministre n'est pas le seul fautif."]);
    expect(read("Mais, selon la police, deux suspects ont fui.")).toEqual(["police | indirect | deux suspects ont fui."]);
  });

  it("never takes an adjective for a reporting verb, nor a clause opening with a demonstrative for a speaker", () => {
    // « considérable » is an adjective, not a form of « considérer ».
    const text = "À cause de ces appuis, ce projet continue à diviser malgré le nombre considérable de rapports qui démontrent son coût.\n\n« Rien n'a changé. »";
    expect(read(text)).toEqual([]);
  });

  it("gives a coordinated reporting verb (« X nie … et accuse … ») to the name the sentence opens with", () => {
    const text = "« Nous resterons », a dit Anne Morel. De son côté, Lisbonne nie toute volonté de conquête et accuse le voisin de vouloir bloquer la paix.";
    expect(read(text)).toContain("Lisbonne | indirect | le voisin de vouloir bloquer la paix.");
  });

  it("reads « …, a-t-on appris de sources X » and « auprès de X » as X speaking", () => {
    expect(read("Les deux ministres se verront mardi à Genève, a-t-on appris samedi de sources gouvernementales.")).toEqual([
      "sources gouvernementales | indirect | Les deux ministres se verront mardi à Genève",
    ]);
    expect(read("Le suspect a été arrêté, a-t-on appris auprès de la police.")).toEqual(["police | indirect | Le suspect a été arrêté"]);
  });

  it("reads an impersonal verb of saying and its source: « a-t-on indiqué dans l'entourage de X », « de même source »", () => {
    expect(read("Le pont restera fermé, a-t-on indiqué dans l'entourage de la préfète. Les travaux dureront un mois, a-t-on ajouté de même source.")).toEqual([
      "entourage de la préfète | indirect | Le pont restera fermé",
      "entourage de la préfète | indirect | Les travaux dureront un mois",
    ]);
    expect(read("Le pont restera fermé, indique-t-on de source policière.")).toEqual(["source policière | indirect | Le pont restera fermé"]);
    // The medium or the manner after « dans », « de » is no source.
    expect(read("Le pont restera fermé, a-t-on indiqué dans un communiqué.")).toEqual([]);
    expect(read("Le pont restera fermé, a-t-on précisé de manière officieuse.")).toEqual([]);
  });

  it("reads the verbes introducteurs of manner and feeling (« soupire-t-elle », « s'est exclamé X »)", () => {
    expect(read("Léa Vidal habite le quartier depuis vingt ans. « Tout ferme, les gens partent, soupire-t-elle. C'est fini. »")).toEqual([
      "Léa Vidal | direct | Tout ferme, les gens partent",
      "Léa Vidal | direct | C'est fini.",
    ]);
    expect(read("« Nous resterons ici », s'est exclamé le maire.")).toEqual(["maire | direct | Nous resterons ici"]);
    // Conceding, certifying, attesting report a clause; with a noun phrase they are deeds (a goal, the accounts).
    expect(read("Le maire a concédé que le chantier avait pris du retard.")).toEqual(["maire | indirect | le chantier avait pris du retard."]);
    expect(read("L'équipe a concédé un but dès la première minute.")).toEqual([]);
    expect(read("Le cabinet a certifié les comptes de l'année.")).toEqual([]);
    // Shouting a noun phrase is a deed of a crowd, not a statement (« hurlait des slogans »).
    expect(ingest("Manifestation\n\nLa foule hurlait des slogans devant la mairie.\n", { slug: "foule" }).speakers).toEqual([]);
    expect(read("« Dehors ! », a hurlé le maire.")).toEqual(["maire | direct | Dehors !"]);
  });

  it("reads what a rejection rejects, with no quotation: « a rejeté les propositions de … »", () => {
    expect(read("Le syndicat a rejeté les propositions de la direction générale.")).toEqual(["syndicat | indirect | les propositions de la direction générale"]);
    expect(read("Le syndicat a défendu la réforme des retraites.")).toEqual([]);
  });

  it("reads what a recommendation asks: « recommande aux adultes de … »", () => {
    expect(read("L'agence recommande aux adultes de se faire vacciner avant l'hiver.")).toEqual(["agence | indirect | aux adultes de se faire vacciner avant l'hiver."]);
  });

  it("gives « d'après le récit qu'elle livre » to the person the pronoun points to, not to the account", () => {
    const text = "« Je suis venue avec mon ordre du jour », a dit Anne Morel. Elle est « arrivée tôt », d'après le récit qu'elle livre au journal.";
    expect(read(text)).toEqual([
      "Anne Morel | direct | Je suis venue avec mon ordre du jour",
      "Anne Morel | indirect | Elle est « arrivée tôt »",
    ]);
  });

  it("does not give « le maire » to a speaker known by another role", () => {
    const text = "« Rien n'est joué », explique Claire Roux, porte-parole du collectif.\n\n« Nous reconstruirons », a écrit le maire sur son compte.";
    expect(read(text)).toContain("maire | direct | Nous reconstruirons");
  });

  it("gives words announced by a colon to the person the sentence opens on, not to the last speaker", () => {
    const text = "« Le budget tiendra », a affirmé la ministre, Anne Morel.\n\nHier soir, Paul Verdier, le maire de la ville, a répondu sur une radio locale : « Ce plan ruinera nos commerces. »";
    expect(read(text)).toContain("Paul Verdier | direct | Ce plan ruinera nos commerces.");
  });

  it("reads no speaker in a reflexive that tells how things turn out (« s'annonce ») nor in « croître »", () => {
    const text = "« Le port restera ouvert », a déclaré Marc Duval.\n\nMais le semestre s'annonce autrement plus difficile.\n\n« Nous tiendrons bon », a-t-il ajouté.";
    expect(read(text)).toContain("Marc Duval | direct | Nous tiendrons bon");
    expect(read("Selon l'institut, le chiffre d'affaires ne pourrait croître que de 2 % cette année.")).toEqual(["institut | indirect | le chiffre d'affaires ne pourrait croître que de 2 % cette année."]);
  });

  it("reads « ont crié certains » after quoted slogans: a share of the group just named", () => {
    const text = "La ministre a été interpellée par quelques manifestants.\n\n« Rendez-nous le port », « Pas de quotas », ont crié certains.";
    expect(read(text)).toEqual(["manifestants | direct | Rendez-nous le port", "manifestants | direct | Pas de quotas"]);
  });

  it("reads « comme nous le raconte X » with a first name alone (« Léon* ») as an incise naming who speaks next", () => {
    const text = "« Le chantier avance », a affirmé la maire, Claire Roux.\n\nLe problème est réel, comme nous le raconte Léon*, 41 ans, docker.\n\n« Je suis inquiet pour mon emploi, souffle-t-il. Rien n'est signé. »";
    expect(read(text)).toContain("Léon | direct | Je suis inquiet pour mon emploi");
  });
});

describe("phrases between an inverted verb and its subject", () => {
  it("skips « de son côté », « pour sa part », a time phrase and a place of saying before the speaker", () => {
    const text = [
      "La mairie a fermé le pont lundi.",
      "«Tous les plans sont prêts», a déclaré de son côté Paul Marnier, directeur du port.",
      "Il serait «prématuré de conclure» que la route rouvrira avant l'hiver, estimait fin mars la ministre Claire Dubosc.",
      "«Je partage la peine des familles», a écrit dans une lettre aux riverains l'évêque Jean Vallier.",
      "«Rien n'est décidé», a affirmé pour sa part le préfet, Marc Oller.",
    ].join("\n\n");
    const got = read(text);
    expect(got).toContain("Paul Marnier | direct | Tous les plans sont prêts");
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Claire Dubosc | indirect | ") && q.includes("prématuré de conclure"))).toBe(true);
    expect(got).toContain("Jean Vallier | direct | Je partage la peine des familles");
    expect(got).toContain("Marc Oller | direct | Rien n'est décidé");
  });
});

describe("what a speaker announced, past an apposition to a name", () => {
  it("runs the object over « X, 16 ans, » and « le chef du réseau, Omar al-Fadil, » to the end of the clause", () => {
    const got = read("Le ministère a annoncé la mort de Karim Saleh, 16 ans, «touché par des tirs» après une course-poursuite, selon un communiqué.\n\nEn mai, l'armée avait annoncé la capture du chef du réseau, Omar al-Fadil, lors d'une opération nocturne dans le sud du pays.");
    expect(got).toContain("ministère | indirect | la mort de Karim Saleh, 16 ans, «touché par des tirs» après une course-poursuite");
    expect(got).toContain("armée | indirect | la capture du chef du réseau, Omar al-Fadil, lors d'une opération nocturne dans le sud du pays");
  });
});

describe("reported words around quotations", () => {
  it("keeps two quotations joined by the reporter's words as one reported statement, and each quotation", () => {
    const got = read("«Il reste du travail» pour rouvrir «les quais du nord», a jugé mardi le maire, Paul Roc.");
    expect(got).toContain("Paul Roc | indirect | «Il reste du travail» pour rouvrir «les quais du nord»");
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Paul Roc | indirect | ") && q.includes("les quais du nord"))).toBe(true);
  });

  it("reads an infinitive after a time phrase or a date set off by commas", () => {
    const got = read("Le maire, Paul Roc, a rouvert le port.\n\nIl a indiqué cette semaine souhaiter, \"dans un esprit d'apaisement\", recevoir les dockers.\n\nLe général Marc Albe a annoncé, jeudi 6 mai, ne pas exclure une \"aide exceptionnelle\".");
    expect(got).toContain("Paul Roc | indirect | souhaiter, \"dans un esprit d'apaisement\", recevoir les dockers.");
    expect(got).toContain("Marc Albe | indirect | ne pas exclure une \"aide exceptionnelle\".");
  });
});

describe("a passive with « être » reports no one", () => {
  it("leaves « le service est assuré » out of the frames, so the quotations before it keep their speaker", () => {
    const got = read("Le maire, Paul Roc, a visité le port.\n\nLe service « fonctionne normalement » et « c'est mieux que prévu » qui est assuré avec 300 agents sur 400, a-t-il dit.");
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Paul Roc | indirect | ") && q.includes("fonctionne normalement"))).toBe(true);
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Paul Roc | indirect | ") && q.includes("c'est mieux que prévu"))).toBe(true);
    expect(got.some((q) => q.endsWith("| avec 300 agents sur 400"))).toBe(false);
  });
});

describe("« il » after a sentence whose subject is a known surname after a description", () => {
  it("points « Il a dit … » to the judge the sentence was about, past an opening phrase naming a town, not to the last speaker", () => {
    const text = [
      "Le juge Marc Vallin est visé par une enquête interne.",
      "« Le dossier sera traité vite », a promis le porte-parole de la cour, Paul Drouin.",
      "Lors d'une foire à Verlac au printemps, le juge en chef Vallin a vanté les repas offerts par des cabinets. Il a dit qu'il comptait garder ses habitudes de table.",
      "« Nous mangerons du fromage », a-t-il affirmé.",
    ].join("\n\n");
    const got = read(text);
    expect(got).toContain("Marc Vallin | indirect | il comptait garder ses habitudes de table.");
    expect(got).toContain("Marc Vallin | direct | Nous mangerons du fromage");
  });
});

describe("un prénom seul, décrit aussitôt", () => {
  it("reads « Marc est un ouvrier du port. … Mais il dit que … » as Marc", () => {
    expect(read("Les soignants manifestent.\n\nMarc est un ouvrier du port. Son frère aussi. Mais il dit qu'il soutient la grève.")).toContain("Marc | indirect | il soutient la grève.");
  });
});

describe("une périphrase pour le dernier qui a parlé", () => {
  it("reads « Le gardien de la sécurité publique … juge que « … » » right after X spoke as X’s words", () => {
    const text = "Paul Mercier, préfet du département, a déclaré que la fermeture « n'est pas prévue pour l'instant ». Le gardien de la sécurité publique dans le département juge que « quelques fautes ne doivent pas salir tout un service ».";
    expect(read(text)).toContain("Paul Mercier | direct | quelques fautes ne doivent pas salir tout un service");
  });
});

describe("mots cités dans une proposition rapportée (quotes12)", () => {
  it("garde quelques mots entre guillemets dans la proposition rapportée pour le même locuteur", () => {
    expect(read("Le préfet a affirmé que la commune avait « perdu le fil » lors de son premier audit.")).toEqual([
      "préfet | indirect | la commune avait « perdu le fil » lors de son premier audit.",
    ]);
  });
});

describe("sources de propos rapportés (quotes12)", () => {
  it("prend un groupe nominal défini court qui rapporte une proposition pour sa source, quel que soit son nom", () => {
    expect(read("La brochure indique que les abris sont ouverts toute la nuit.")).toEqual(["brochure | indirect | les abris sont ouverts toute la nuit."]);
  });
});

describe("sujets inversés (quotes12)", () => {
  it("passe un adverbe entre le verbe inversé et son sujet (« rappelle ainsi X »)", () => {
    expect(read("«Le port rouvrira en juin», rappelle ainsi Paul Morin, capitaine.")).toEqual(["Paul Morin | direct | Le port rouvrira en juin"]);
  });

  it("donne les mots à la personne dont le rôle est le nom du sujet inversé, ou à ce sujet", () => {
    const got = read("Léa Vanel, ostéopathe, soigne les marins. «Le dos souffre avant tout», précise l'ostéopathe.");
    expect(got).toContain("Léa Vanel | direct | Le dos souffre avant tout");
    expect(read("«Le dos souffre avant tout», précise la kinésiologue.")).toEqual(["kinésiologue | direct | Le dos souffre avant tout"]);
  });
});
