import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  // (The same words found by two frames count once, as ingest counts them.)
  return [...new Set(r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`))];
}

describe("requests: what a speaker asks for is reported speech", () => {
  it("reads the noun phrase after « demanded », « pressed for », « asked for »", () => {
    expect(read("The dockers' union demanded a recount of the strike ballots.")).toEqual(["dockers' union | indirect | a recount of the strike ballots"]);
    expect(read("The harbour master pressed for an inquiry into the flooding of the lower quay.")).toEqual(["harbour master | indirect | an inquiry into the flooding of the lower quay"]);
    expect(read("The councillors asked for a reply by June 4 and for a second hearing before the summer.")).toEqual([
      "councillors | indirect | a reply by June 4 and for a second hearing before the summer",
    ]);
    expect(read("The tenants demanded that the landlord repair the lifts before winter.")).toEqual(["tenants | indirect | the landlord repair the lifts before winter"]);
  });

  it("ends the request at its comma, so a participle after it is a statement of its own", () => {
    expect(read("The dockers' union demanded higher pay for night shifts, saying prices had soared in the port town.")).toEqual([
      "dockers' union | indirect | higher pay for night shifts",
      "dockers' union | indirect | prices had soared in the port town.",
    ]);
  });

  it("reads nothing where the verb asks no one for anything", () => {
    // « calls » after a participle used as an adjective is a noun; « asked » without « for » asks a question.
    expect(read("Growing calls for a second ballot were heard across the valley.")).toEqual([]);
    expect(read("The pilots asked the airline about their rosters.")).toEqual([]);
  });

  it("reads « a exigé », « réclame » with their object in French", () => {
    expect(read("La maire du bourg a exigé une enquête sur les inondations du quartier bas.", "fr")).toEqual(["maire du bourg | indirect | une enquête sur les inondations du quartier bas"]);
  });
});

describe("feelings put into words, and assurances", () => {
  it("reads the clause after « expressed concern that », « expressing hope that »", () => {
    expect(read("The ferry operator expressed concern that the new pier would not open before the season.")).toEqual([
      "ferry operator | indirect | the new pier would not open before the season.",
    ]);
    expect(read("The council wrote to the ministry, expressing hope that the grant would be renewed.")).toEqual(["council | indirect | the grant would be renewed."]);
  });

  it("does not take a quoted word after the verb as part of a two-word verb", () => {
    // « voiced "doubts" about … »: no two-word verb, so no frame whose subject follows the
    // sentence's opening phrase (which was then read as the words reported).
    expect(read('In recent weeks, Mara Sollen has often voiced "doubts" about the closure of the pier.').filter((q) => q.includes("recent weeks"))).toEqual([]);
  });

  it("reads « assured that » as a statement", () => {
    expect(read("Tomas Veller assured that the town's support for the fishermen would remain strong.")).toEqual([
      "Tomas Veller | indirect | the town's support for the fishermen would remain strong.",
    ]);
  });
});

describe("objects that are no words said", () => {
  it("takes nothing from « claimed victory » or « wrote the agency »", () => {
    expect(read("The farmers' party claimed victory in the regional vote on Sunday after a close count.")).toEqual([]);
    expect(read("The union claimed the seat flanked by aides in a hall of the capital.")).toEqual([]);
    expect(read("Committee members wrote the port authority in March about the dredging.")).toEqual([]);
  });

  it("finds the subject after « how » and keeps « said sales rose » a clause", () => {
    expect(read("The memo described how board members wrote the port authority in May, voicing concern that the dredging had stalled.")).toEqual([
      "board members | indirect | the dredging had stalled.",
    ]);
    expect(read("Ilse Brandt said sales rose in the spring.")).toEqual(["Ilse Brandt | indirect | sales rose in the spring."]);
  });
});

describe("a spokesperson after the quotation", () => {
  it("gives the words to the spokesperson, not to a capitalised quotation read as a name", () => {
    expect(read('"The Harbour Board takes every complaint very seriously," a ministry spokesperson said.')).toEqual([
      "ministry spokesperson | direct | The Harbour Board takes every complaint very seriously",
    ]);
  });
});

describe("who speaks in a quotation with no frame", () => {
  it("gives it to the person the sentence before introduces, not to the last speaker", () => {
    const story = [
      "Ann Rolle, the head of the port authority, said the harbour would be dredged in the spring.",
      "Bo Carr, the finance member of the regional council, plans to extend the corridor as far as the border.",
      "“Bringing in the two ports is important for the region, which means we will face the world together.",
      "“Working with both ports would create a healthy rivalry in the region.”",
    ].join("\n\n");
    expect(read(story)).toEqual([
      "Ann Rolle | indirect | the harbour would be dredged in the spring.",
      "Bo Carr | direct | Bringing in the two ports is important for the region, which means we will face the world together.",
      "Bo Carr | direct | Working with both ports would create a healthy rivalry in the region.",
    ]);
  });
});

describe("a bare clause whose verb is a present in -s", () => {
  it("reads « says green hydrogen seriously endangers the park »", () => {
    expect(read("Clean Coast Alliance says green hydrogen seriously endangers the national park if no plan is adopted.")).toEqual([
      "Clean Coast Alliance | indirect | green hydrogen seriously endangers the national park if no plan is adopted.",
    ]);
  });
});

describe("the extent of a reported clause", () => {
  it("runs past a phrase of time after a comma, which is no inverted speaker", () => {
    expect(read("In a statement on the arrests, the ministry noted the agency did not inspect the depot until June, a week after the initial claim.")).toEqual([
      "ministry | indirect | the agency did not inspect the depot until June, a week after the initial claim.",
    ]);
  });

  it("takes in a predicate the reporter quotes after the clause's subject", () => {
    expect(read('The ministry said the ownership of the northern isles "rests with the crown".')).toEqual([
      'ministry | indirect | the ownership of the northern isles "rests with the crown".',
    ]);
    // The quoted words stay inside ministry's reported clause (no quote of their own).
    expect(read('The ministry said the ownership of the northern isles "rests with the crown".').some((q: string) => q.startsWith("ministry | indirect | ") && q.includes("rests with the crown"))).toBe(true);
  });
});

describe("words that look like verbs of speech and are not", () => {
  it("reads a plural noun in -s before a modal as no verb (« member states can »)", () => {
    expect(read("The league has no fleet of its own, but member states can send ships in response to a crisis.")).toEqual([]);
    expect(read("Several member states have sent boats and fuel.")).toEqual([]);
    // (After a relative, the verb in -s is one: « which the ministry says is … ».)
    expect(read("The new dam, which the ministry says is aimed at protecting farms, is also raising tensions.")).toEqual([
      "ministry | indirect | is aimed at protecting farms, is also raising tensions.",
    ]);
  });

  it("reads no clause in « found a badly damaged yard »", () => {
    expect(read("Lena Ortiz took over the shipyard in 2019 and found a badly damaged yard still in deep crisis.")).toEqual([]);
  });

  it("takes « that » after « in a step » past a comma as a relative, not a clause", () => {
    expect(read("Officials said the dam was complete, the state radio reported Tuesday, in a step that should anger farmers downstream.")).toEqual([
      "Officials | indirect | the dam was complete",
    ]);
  });
});
