import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented English dispatch and lists « speaker | kind | text ». */
function read(text: string): string[] {
  const r = new SpeechReader("en");
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("English reporting frames", () => {
  it("reads a subject and verb after the quote: « \"…,\" X said »", () => {
    expect(read('"The bridge will reopen in June," Carla Mendes said on Monday.')).toEqual(["Carla Mendes | direct | The bridge will reopen in June"]);
  });

  it("reads « X said » after reported words with no quotation marks", () => {
    expect(read("The harbour was closed overnight, port officials said.")).toEqual(["port officials | indirect | The harbour was closed overnight"]);
  });

  it("reads a clause with no « that » after say and tell", () => {
    expect(read("Omar Lind said the ferry would resume service next week.")).toEqual(["Omar Lind | indirect | the ferry would resume service next week."]);
    expect(read("Omar Lind told Reuters the ferry would resume service.")).toEqual(["Omar Lind | indirect | the ferry would resume service."]);
    // What is announced, stressed or denied as a noun phrase is what was said (as readers and annotators take it).
    expect(read("Omar Lind announced the sale of the ferry.")).toEqual(["Omar Lind | indirect | the sale of the ferry"]);
  });

  it("keeps a verb of ruling or deciding inside someone's quoted words as their words, not an incise of its own", () => {
    expect(read('"We are not going anywhere, the members will decide," Ana Quist told the assembly.')).toEqual(["Ana Quist | direct | We are not going anywhere, the members will decide"]);
  });

  it("reads the verbs of ruling, finding and recommending with their clause, and only with it", () => {
    expect(read("The regional court ruled that the ban on night flights must be lifted.")).toEqual(["regional court | indirect | the ban on night flights must be lifted."]);
    expect(read("The tribunal determined the pilot had not been trained.")).toEqual(["tribunal | indirect | the pilot had not been trained."]);
    expect(read("The board recommended that the old mill be closed.")).toEqual(["board | indirect | the old mill be closed."]);
    // A verb of ruling with a noun phrase rules something, and reports nothing.
    expect(read("The Velar party ruled the province for forty years.")).toEqual([]);
    expect(read("The council decided to close the mill.")).toEqual([]);
  });

  it("reads the object of a verb that judges content (« rejected the claim that … ») as said, not that of one that judges a thing", () => {
    expect(read("The minister rejected the claim that the port had been sold.")).toEqual(["minister | indirect | the claim that the port had been sold"]);
    expect(read("Ada Kern defended the controversial harbour law.")).toEqual([]);
    expect(read("The mayor questioned the cost of the new bridge.")).toEqual([]);
    // « accused X for …ing »: the charge, as after « of ».
    expect(read("The mayor accused the operator for raising the fares twice.")).toEqual(["mayor | indirect | the operator for raising the fares twice."]);
  });

  it("reads what a source claims to have done: « claimed to have … »", () => {
    expect(read("The rebels claimed to have shot down a surveillance drone.")).toEqual(["rebels | indirect | to have shot down a surveillance drone."]);
  });

  it("gives « reassured X that … » the clause, not the hearer", () => {
    expect(read("The captain reassured passengers that the ferry was safe.")).toEqual(["captain | indirect | the ferry was safe."]);
    // (A bare plural hearer, then the clause's subject and its verb: the clause still, « that » or not.)
    expect(read("The captain reassured passengers the ferry was safe.")).toEqual(["captain | indirect | the ferry was safe."]);
  });

  it("reads what a request asks of someone: « reminded voters to … »", () => {
    expect(read("The electoral office reminded voters to bring their cards.")).toEqual(["electoral office | indirect | voters to bring their cards."]);
  });

  it("keeps « but … » and a following « noting that … » in the statement", () => {
    expect(read("Omar Lind said the ferry was safe but the pier needed repairs.")).toEqual(["Omar Lind | indirect | the ferry was safe but the pier needed repairs."]);
    expect(read("Omar Lind stressed that the ferry was safe, noting that other ports were doing the same checks.")).toEqual([
      "Omar Lind | indirect | the ferry was safe, noting that other ports were doing the same checks.",
    ]);
  });

  it("reads « …, saying » with a bare clause, for the subject the sentence opens with", () => {
    expect(read("Residents of the valley welcomed the decision, saying they had waited for years.")).toEqual(["Residents of the valley | indirect | they had waited for years."]);
    expect(read("The agency sought to block the merger saying it would hurt buyers.")).toEqual(["agency | indirect | it would hurt buyers."]);
  });

  it("reads « X said » with an indefinite source, and no speaker in an infinitive (« how to respond »)", () => {
    expect(read("Beach drills and training on how to respond to floods are planned, a press kit said.")).toEqual([
      "press kit | indirect | Beach drills and training on how to respond to floods are planned",
    ]);
  });

  it("reads « called X a “…” » as what was said, with the quoted words", () => {
    expect(read("The ministry called the exercise a “clear signal” to “rogue” groups on the coast.")).toEqual([
      "ministry | indirect | the exercise a “clear signal” to “rogue” groups on the coast",
    ]);
  });

  it("gives « and has vowed … , calling … » to the name the sentence opens with", () => {
    expect(read("Lisbon considers the island its own and has vowed it would never give it up, calling the drills a “provocation” by rebels.")).toEqual([
      "Lisbon | indirect | it would never give it up, calling the drills a “provocation” by rebels.",
      // What « calling » names is also a statement of its own, as annotators list it.
      "Lisbon | indirect | the drills a “provocation” by rebels",
    ]);
  });

  it("reads « Speaking on TV, X said, \"…\" » as X announcing the quotation, not reporting the phrase before", () => {
    expect(read('Speaking on a morning show, Jane Doe said, "The plan is already working."')).toEqual(["Jane Doe | direct | The plan is already working."]);
    expect(read('"The plan works," the minister said, "and it will go on."')).toEqual(["minister | direct | The plan works", "minister | direct | and it will go on."]);
  });

  it("gives « according to the account she gave » to the person the pronoun points to", () => {
    expect(read('"I came early," Anne Morel said. She was "very calm", according to the account she gave to the paper.')).toContain('Anne Morel | indirect | She was "very calm"');
  });

  it("reads « according to X » after one connective", () => {
    expect(read("However, according to the police, two suspects fled.")).toEqual(["police | indirect | two suspects fled."]);
  });

  it("reads « promised to … », « vowed to … » as what is said", () => {
    expect(read("The company has promised to pay a fee if the sale fails.")).toEqual(["company | indirect | to pay a fee if the sale fails."]);
    expect(read("The mayor said to reporters that the road was open.")).toEqual(["mayor | indirect | the road was open."]);
  });

  it("reaches « that » over a phrase of circumstance", () => {
    expect(read("Omar Lind said in a statement on Tuesday that the ferry was safe.")).toEqual(["Omar Lind | indirect | the ferry was safe."]);
  });

  it("takes the name before an apposition giving the role", () => {
    expect(read("Nils Aberg, a spokesman for the port authority, said the cranes had stopped.")).toEqual(["Nils Aberg | indirect | the cranes had stopped."]);
  });

  it("resolves « he told reporters » to the man just named, and « she » to the woman who last spoke", () => {
    const text = 'Ms Dana Kirk opened the meeting.\n\nNils Aberg, a spokesman for the port, said the cranes had stopped.\n\n"We are not worried," he told reporters.\n\n"It is over," said Ruth Okoye. She added that help was coming.';
    const quotes = read(text);
    expect(quotes).toContain("Nils Aberg | direct | We are not worried");
    expect(quotes).toContain("Ruth Okoye | indirect | help was coming.");
  });

  it("keeps a quotation of several sentences in one sentence and gives a quoted paragraph to the last speaker", () => {
    const text = '"Prices will fall," Carla Mendes said.\n\n"We have cut costs. We have hired staff. The rest will follow."';
    expect(read(text)).toEqual(["Carla Mendes | direct | Prices will fall", "Carla Mendes | direct | We have cut costs. We have hired staff. The rest will follow."]);
  });

  it("gives a quotation that runs on into the next paragraph to its speaker", () => {
    const text = '"We will rebuild," Carla Mendes said. "The town has done it before.\n\n"It will do it again, street by street."';
    const quotes = read(text);
    expect(quotes).toContain("Carla Mendes | direct | The town has done it before.");
    expect(quotes).toContain("Carla Mendes | direct | It will do it again, street by street.");
  });

  it("reads what a directive verb asks: « urged X to … »", () => {
    expect(read("The mayor, Ines Haddad, urged residents to stay indoors.")).toEqual(["Ines Haddad | indirect | residents to stay indoors."]);
  });

  it("gives « it said » to an institution, and « adding that » goes on with the same speaker's statement", () => {
    const text = "The port authority said the dock was shut.\n\nIt said the storm had damaged two cranes, adding that repairs would take weeks.";
    expect(read(text)).toEqual([
      "port authority | indirect | the dock was shut.",
      "port authority | indirect | the storm had damaged two cranes, adding that repairs would take weeks.",
    ]);
    // With no clause before it, the participle reports on its own, for the sentence's speaker.
    expect(read("The port authority closed the dock, adding that repairs would take weeks.")).toEqual(["port authority | indirect | repairs would take weeks."]);
  });

  it("never inverts after an apposition or with « told »: the name after the verb is the hearer", () => {
    expect(read('Ravi Patel, 61, told local reporter Ana Cruz in the market that prices were "too high."')).toEqual([
      'Ravi Patel | indirect | prices were "too high."',
    ]);
    expect(read('"Talks are stuck," Lea Novak, an analyst at the Baltic Policy Centre, told The Daily Courier.')).toEqual(["Lea Novak | direct | Talks are stuck"]);
  });

  it("counts a surname that opens a sentence as its subject for a later pronoun", () => {
    const text = 'Mara Quinn, the judge, heard the case.\n\n"We start now," said Piet Hols.\n\nQuinn, herself a former lawyer, doubted the claim.\n\n"Nothing here is new," she said.';
    expect(read(text)).toContain("Mara Quinn | direct | Nothing here is new");
  });

  it("reads no verb in a capitalised word and no new frame in a verb inside a reported clause", () => {
    expect(read('"Prices rose," Omar Lind said, referring to Canada and the United States.')).toEqual(["Omar Lind | direct | Prices rose"]);
    expect(read("Omar Lind spoke.\n\nLind said on Monday that his firm would respond to the tariffs.")).toEqual(["Omar Lind | indirect | his firm would respond to the tariffs."]);
  });
});

describe("agencies and relays (English)", () => {
  it("reads no verb after a possessive: « the country's state media », « the minister's remarks »", () => {
    expect(read("Norland's state media KNRA said the launch was a routine test.")).toEqual(["KNRA | indirect | the launch was a routine test."]);
    expect(read("Holt's remarks came after Ana Reyes said the tax would rise.")).toEqual(["Ana Reyes | indirect | the tax would rise."]);
  });

  it("reads a body named after an adjective (« the official Central News Agency ») as that body, not a person", () => {
    expect(read("The official Norland Central News Agency said the test went well.")).toEqual(["Norland Central News Agency | indirect | the test went well."]);
  });

  it("reads a bare clause opened by a role noun and a name, and with an irregular past (« said leader X oversaw », « flew »)", () => {
    expect(read("The agency said leader Tomas Vell oversaw the launch.")).toEqual(["agency | indirect | leader Tomas Vell oversaw the launch."]);
    expect(read("The agency said the rocket flew 600 km.")).toEqual(["agency | indirect | the rocket flew 600 km."]);
  });

  it("keeps the words of a framed speaker when « according to » names the medium that relayed them", () => {
    expect(read('"We will not back down," the president told a rally, according to state television.')).toEqual(["president | direct | We will not back down"]);
    expect(read("The president said the war would end soon, according to state television.")).toEqual(["president | indirect | the war would end soon"]);
  });
});

describe("pronouns and given names", () => {
  it("gives « she said » to the last speaker a feminine given name shows to be a woman, not to a later man", () => {
    const text = 'Mary Collins, the majority leader, said the bill would pass.\n\nTom Harris, an aide to the governor, said the governor would sign it.\n\n"It is a good bill," she said.';
    expect(read(text)).toContain("Mary Collins | direct | It is a good bill");
  });

  it("tells nothing from a given name borne by men and women alike", () => {
    const text = 'Camille Roux said the bill would pass.\n\nTom Harris said the governor would sign it.\n\n"It is a good bill," she said.';
    expect(read(text)).toContain("Camille Roux | direct | It is a good bill");
  });
});

describe("where English reported speech starts and ends", () => {
  it("reads a clause after « hopes » and « expects » as reported, and none after « is expected to »", () => {
    expect(read("The company hopes the deal will close in March.")).toEqual(["company | indirect | the deal will close in March."]);
    expect(read("The union expects that the strike will end soon.")).toEqual(["union | indirect | the strike will end soon."]);
    expect(read("The move is expected to deepen the rift along the coast.")).toEqual([]);
  });

  it("ends a statement before « , while critics called it … », which is the critics' own", () => {
    expect(read('Some observers say the move signals a shift in policy, while critics called it "a rogue decision."')).toEqual([
      "Some observers | indirect | the move signals a shift in policy",
      'critics | indirect | it "a rogue decision."',
    ]);
  });

  it("leaves the coordination before the next verb out of what a verb of naming quotes", () => {
    expect(read('The ministry has repeatedly called the rebels "a criminal gang" and urged them to disarm.')).toContain('ministry | indirect | the rebels "a criminal gang"');
  });

  it("reads a bare clause across a relative clause set off by commas", () => {
    expect(read("Officials at the port said the plan, which was drafted last year, would be delayed.")).toEqual([
      "Officials at the port | indirect | the plan, which was drafted last year, would be delayed.",
    ]);
  });
});

describe("speakers counted or qualified after their noun", () => {
  it("reads « said one worker », « said two officials familiar with the matter » as inverted subjects", () => {
    expect(read('"It is over," said one worker.')).toEqual(["worker | direct | It is over"]);
    expect(read('"Talks have stalled," said two officials familiar with the matter.')).toEqual(["officials | direct | Talks have stalled"]);
    expect(read("People familiar with the plans said the sale would close in May.")).toEqual(["People | indirect | the sale would close in May."]);
  });

  it("reads no statement in a request for anonymity (« who asked not to be named »)", () => {
    expect(read('"It is over," said one worker, who asked not to be named.')).toEqual(["worker | direct | It is over"]);
  });
});

describe("the medium or the day between « said » and a bare clause", () => {
  it("reads « said in a statement it … » and « said on Monday the … » as reported clauses", () => {
    expect(read("The rebel group said in a statement it had fired rockets at the port.")).toEqual(["rebel group | indirect | it had fired rockets at the port."]);
    expect(read("Omar Lind said on Monday the ferry would resume service.")).toEqual(["Omar Lind | indirect | the ferry would resume service."]);
    expect(read("Omar Lind said in Paris.")).toEqual([]);
  });

  it("keeps an adverb in -ly between an apposition and its verb out of the subject (« X, the minister, recently said »)", () => {
    expect(read("The port's director, Ana Ruiz, recently said the pier would be rebuilt by spring.")).toEqual(["Ana Ruiz | indirect | the pier would be rebuilt by spring."]);
  });

  it("reads single curly quotation marks ‘…’ and not an apostrophe as a quotation", () => {
    expect(read("Jo Park, the party’s leader, wrote on social media: ‘We will not give in to threats.’")).toEqual(["Jo Park | direct | We will not give in to threats."]);
  });

  it("reads « clarified » as a verb of saying", () => {
    expect(read("Omar Lind clarified that the ferry would resume service.")).toEqual(["Omar Lind | indirect | the ferry would resume service."]);
  });

  it("points « she said » to the person a sentence opens on after « As for X, », not to the last speaker", () => {
    const text = '"The course changed my life," said Tavi Reyes.\n\n"We train them for ninety days," said Kel Moran, the camp director.\n\nAs for Reyes, when she graduates she will join a unit in the north. "I am proud that I stayed," she said.';
    expect(read(text)).toContain("Tavi Reyes | direct | I am proud that I stayed");
  });
});


describe("a first name alone, described at once, as features name people", () => {
  it("reads « Tomas, a teacher from …, says he … » and « Mira is a doctor from … But she says … » as those people", () => {
    const text = [
      "The market reopened on Monday after the storm.",
      "\"We lost a week of trade,\" says Pavel, a grocer from the old town who reopened first.",
      "Tomas, a teacher from the harbour district waiting at the gate, says he will stay late all month: \"The ships cannot wait.\"",
      "Mira is a doctor from the hill village of Ostel. Her father kept the oven lit. But she says she fears for the spring.",
    ].join("\n\n");
    const got = read(text);
    expect(got).toContain("Tomas | indirect | he will stay late all month: \"The ships cannot wait.\"");
    expect(got).toContain("Tomas | direct | The ships cannot wait.");
    expect(got).toContain("Mira | indirect | she fears for the spring.");
  });

  it("leaves a body described with « the » and an opening adverb alone", () => {
    const got = read("Norvex, the militant group that runs the port, said it would resist.\n\nHowever, a member of the council said the vote would go ahead.");
    expect(got.some((q) => q.startsWith("However |"))).toBe(false);
    expect(got.some((q) => q.startsWith("Norvex |") || q.startsWith("militant group"))).toBe(true);
  });
});

describe("an adverb of manner after the verb of a split quotation", () => {
  it("reads « \"…,\" Ms Roe said irritably, \"…\" » as two pieces of Ms Roe's, and « said calmly, \"…\" » as announcing the quotation", () => {
    const got = read("“If at any time the council asks us to go,” Ms Lena Roe said irritably, “we will leave.”\n\nSpeaking on television, Mr Abel Toft said calmly, “We will stay.”");
    expect(got).toContain("Lena Roe | direct | If at any time the council asks us to go");
    expect(got).toContain("Lena Roe | direct | we will leave.");
    expect(got).toContain("Abel Toft | direct | We will stay.");
  });
});

describe("an incise « X, says Y, author of …, … » in English", () => {
  it("gives the clause after the incise and the speaker's apposition to Y, and « what he calls \"…\" » too", () => {
    const got = read("Mr Jean Valmont spoke on Monday. \"We will stay,\" he said.\n\nThe army, says Paul Ardent de Sorel, author of a recent study on the area, has been pulled into what he calls “an endless war”.");
    expect(got).toContain("Paul Ardent de Sorel | indirect | has been pulled into what he calls “an endless war”.");
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Paul Ardent de Sorel | indirect | ") && q.includes("an endless war"))).toBe(true);
  });
});

describe("frames of wire copy (quotes11)", () => {
  it("reads « said company spokesman John Roe »: a title with no article, then the name, is the inverted subject", () => {
    const got = read('Talks resumed in Dunmore on Monday.\n\n"We have no other choice," said harbour spokesman Colin Farrow.');
    expect(got).toEqual(["Colin Farrow | direct | We have no other choice"]);
  });

  it("gives « X was quoted as saying … » to the passive's subject, past an apposition", () => {
    const got = read('The mayor, Ida Brennock, was quoted as saying the town "cannot lose its ferry."');
    expect(got).toContain('Ida Brennock | indirect | the town "cannot lose its ferry."');
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("Ida Brennock | indirect | ") && q.includes("cannot lose its ferry"))).toBe(true);
  });

  it("reads past the comma of a subordinate clause to its main clause: « said that though A, B »", () => {
    const got = read("Mr Pavel Orsk said that though he proposed a joint panel, Valdoria never answered the offer.");
    expect(got).toEqual(["Pavel Orsk | indirect | though he proposed a joint panel, Valdoria never answered the offer."]);
  });

  it("keeps « told reporters A, adding that B » whole: the complementizer after the participle is no hearer's", () => {
    const got = read("Ms Nora Feld told reporters the board would meet again in June, adding that no jobs would be cut.");
    expect(got.some((q) => q.startsWith("Nora Feld | indirect | the board would meet again in June"))).toBe(true);
  });
});

describe("a judgement quoted after the noun of a plan, not a name (quotes11)", () => {
  it("gives « called the plan \"reckless\" » to the caller, and reads « the exercise \"Blue Anchor\" » as a name", () => {
    const got = read('The mayor of Dunmore called the plan "reckless" on Monday.\n\nThe exercise "Blue Anchor" will last a month, the navy said.');
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((got).some((q: string) => q.startsWith("mayor of Dunmore | indirect | ") && q.includes("reckless"))).toBe(true);
    expect(got.some((q) => q.endsWith("| direct | Blue Anchor"))).toBe(false);
  });
});

describe("names that end like adverbs, and relatives after a quantifier (quotes11)", () => {
  it("keeps a surname in -ly in the subject: « Opposition lawmaker Dan Reilly described … »", () => {
    // A few quoted words inside the reported clause belong to it (no quote of their own).
    expect((read('Opposition lawmaker Dan Reilly described the closure as "a scandal".')).some((q: string) => q.startsWith("Dan Reilly | indirect | ") && q.includes("a scandal"))).toBe(true);
  });

  it("reads « Residents, many of whom rely on the ferry, say … » as the residents speaking", () => {
    expect(read("Residents, many of whom rely on the ferry, say they have been forgotten.")).toEqual(["Residents | indirect | they have been forgotten."]);
  });
});

describe("speech told inside a reported clause (quotes11)", () => {
  it("keeps « X said the trust had asked for … » as X's statement, the nested request being the trust's", () => {
    const got = read("Mr Colin Farrow said the trust had asked for help in October.");
    expect(got).toContain("Colin Farrow | indirect | the trust had asked for help in October.");
  });
});

describe("« said of » what the words were about (quotes11)", () => {
  it("reads « \"…,\" Quinn said of the delay » as Quinn's words, and « said of X that … » as her clause", () => {
    const got = read('Ms Mary Quinn runs a cafe near the pier.\n\n"It is a disgrace," Quinn said of the delay.\n\nQuinn said of the council that it had failed the island.');
    expect(got).toContain("Mary Quinn | direct | It is a disgrace");
    expect(got).toContain("Mary Quinn | indirect | it had failed the island.");
  });
});

describe("an incise followed by a fronted phrase and the clause (quotes11)", () => {
  it("reads « \"…,\" X said, over the years, the two ports have … » as X going on, but not « said, in an interview with … »", () => {
    expect(read('Although the storm hurt trade "for a while," Mr Abel Toft said, over the years, the two ports have grown closer.')).toContain(
      "Abel Toft | indirect | over the years, the two ports have grown closer.",
    );
    expect(read('"We will stay," Mr Abel Toft said, in an interview with the Gazette.')).toEqual(["Abel Toft | direct | We will stay"]);
  });
});

describe("an indefinite pronoun is no speaker (quotes11)", () => {
  it("reads no speaker in « Everything suggests … », but « It said … » still points back to the body", () => {
    expect(read("Everything suggests the port will close.")).toEqual([]);
    expect(read("The Dunmore Harbour Trust met on Monday. It said the port would close.")).toEqual(["Dunmore Harbour Trust | indirect | the port would close."]);
  });
});

describe("quoted words inside a reported clause (quotes12)", () => {
  it("keeps a few quoted words inside the clause reported for the same speaker as part of that statement", () => {
    expect(read('The inspector said the council had "lost the thread" in its first audit.')).toEqual([
      'inspector | indirect | the council had "lost the thread" in its first audit.',
    ]);
    expect(read('Dora Mell argued that the plan was about the "weight of promises" and that the town had waited.')).toEqual([
      'Dora Mell | indirect | the plan was about the "weight of promises" and that the town had waited.',
    ]);
  });

  it("still reads quoted words that open like a sentence, or follow a colon, as a quotation of their own", () => {
    expect(read('Dora Mell said she would stay: "the ferry needs us."')).toContain("Dora Mell | direct | the ferry needs us.");
    expect(read('Dora Mell said she heard him shout "Never again" twice.')).toContain("Dora Mell | direct | Never again");
  });
});

describe("sources and complements of reported speech (quotes12)", () => {
  it("reads what « tells X to … » asks, as « urges X to … »", () => {
    expect(read("The harbour office tells skippers to keep a spare radio on board.")).toEqual(["harbour office | indirect | skippers to keep a spare radio on board."]);
  });

  it("reads a gerund right after « suggests », « denied » as what was said", () => {
    expect(read("The mayor of Orlen denied taking any money from the builders.")).toEqual(["mayor of Orlen | indirect | taking any money from the builders."]);
  });

  it("reads a fronted infinitive of purpose as no one's words, and the verb after it with its own complement", () => {
    expect(read("To get through a long winter, the harbour office suggests keeping two weeks of fuel.")).toEqual(["harbour office | indirect | keeping two weeks of fuel."]);
  });

  it("takes a short definite noun phrase that reports a clause or a quotation as its source, whatever its noun", () => {
    expect(read("The charge sheet claims that the fire was set by the two brothers.")).toEqual(["charge sheet | indirect | the fire was set by the two brothers."]);
    expect(read('The leaflet says: "Keep the shutters closed after dark."')).toEqual(["leaflet | direct | Keep the shutters closed after dark."]);
  });

  it("points a lone noun back to the thing named before with it, and « it » to the thing the sentence before opens with", () => {
    const got = read('The Orlen town leaflet urges residents to store water. The leaflet says: "Keep the shutters closed after dark."');
    expect(got).toEqual(["Orlen town leaflet | indirect | residents to store water.", "Orlen town leaflet | direct | Keep the shutters closed after dark."]);
    expect(read("Clause 9 is the heart of the charter. It says that no member may leave before ten years.")).toEqual(["Clause 9 | indirect | no member may leave before ten years."]);
  });
});

describe("« As X put it, … » (quotes12)", () => {
  it("gives what follows an opening « As X said, » to X, and the words before a closing « as X said » to X", () => {
    expect(read('Vera Lund runs the port. As she put it, "the ships will come back when the ice goes."')).toEqual(["Vera Lund | direct | the ships will come back when the ice goes."]);
    expect(read("As the mayor said on Monday, the port will reopen in June.")).toEqual(["mayor | indirect | the port will reopen in June."]);
    expect(read('"The port will reopen in June," as the mayor told reporters.')).toEqual(["mayor | direct | The port will reopen in June"]);
  });

  it("reads no speech in « as » with a verb of another kind", () => {
    expect(read("As the harbour master left the quay, the crowd cheered.")).toEqual([]);
  });
});

describe("what a verb of saying does not report (quotes12)", () => {
  it("reads no advice in « tells X how to … », and no statement in « explains about … »", () => {
    expect(read("The harbour office tells skippers how to tie up in a storm.")).toEqual([]);
    expect(read("The harbour office also explains about the shelters which line the quay.")).toEqual([]);
    expect(read("Officials said about 40 people were hurt.")).toEqual(["Officials | indirect | about 40 people were hurt."]);
  });

  it("reads a phrase of circumstance with no verb before « he said » as no statement of his", () => {
    // no part of the phrase is his statement (« by the defence » was read as one without the rule)
    expect(read("Rolf Dane testified on Monday. In his evidence, and under questioning by the defence, he said nothing new.")).toEqual([]);
    expect(read("Rolf Dane testified on Monday. In his evidence to the court, he said on Tuesday.")).toEqual([]);
    expect(read("Rolf Dane testified on Monday. In the town, nothing works, he said.")).toContain("Rolf Dane | indirect | In the town, nothing works");
  });
});
