import { describe, expect, it } from "vitest";
import { EntityRegistry, type Entity } from "../src/story/entities.js";
import { entityKeys } from "../src/story/entity-keys.js";

/** What the index replaced: the first entity of the registry, in order, with that name or alias. */
const linearNamed = (r: EntityRegistry, key: string): Entity | null =>
  r.entities.find((e) => entityKeys(e).name === key || entityKeys(e).bareAliases.has(key)) ?? null;
const linearSurname = (r: EntityRegistry, key: string): Entity | null =>
  r.entities.find((e) => e.kind === "person" && (entityKeys(e).surname === key || entityKeys(e).lastWord === key)) ?? null;

describe("the registry's look-up index", () => {
  it("finds an entity by an alias given after it was created, and by the fuller name it took", () => {
    const r = new EntityRegistry();
    const mara = r.person("Holt", 0, 0);
    mara.aliases.add("la juge");
    // looked up as written without its article
    expect(r.named("juge")).toBe(mara);
    // « Mara Holt » later: the same person, renamed to the fuller form
    expect(r.person("Mara Holt", 1, 1)).toBe(mara);
    expect(mara.name).toBe("Mara Holt");
    expect(r.named("mara holt")).toBe(mara);
    expect(r.personByLastWord("holt")).toBe(mara);
    expect(r.bySurname("Mara")).toBe(mara);
    // a new name alone, no alias added with it
    r.rename(mara, "Mara J. Holt-Berg");
    expect(r.named("mara j. holt-berg")).toBe(mara);
  });

  it("never returns an entity removed from the registry, and returns the first in the registry's order", () => {
    const r = new EntityRegistry();
    const a = r.organization("l'Agence des ports", "organization", 0, 0);
    const b = r.organization("le Conseil des rives", "organization", 1, 1);
    b.aliases.add("Agence des ports");
    expect(r.named("agence des ports")).toBe(a);
    r.entities.splice(r.entities.indexOf(a), 1);
    expect(r.named("agence des ports")).toBe(b);
    const c = r.organization("la Régie", "organization", 2, 2);
    c.aliases.add("Agence des ports");
    expect(r.named("agence des ports")).toBe(b);
  });

  it("agrees with a linear search over a long run of names, aliases and removals", () => {
    const given = ["Ana", "Omar", "Lise", "Tom", "Ines"];
    const family = ["Brun", "Vasquez", "Holt", "Marek"];
    const r = new EntityRegistry();
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let step = 0; step < 600; step++) {
      const op = next(10);
      const name = next(3) === 0 ? family[next(family.length)]! : `${given[next(given.length)]} ${family[next(family.length)]}`;
      if (op < 5) r.person(name, step, step);
      else if (op < 7 && r.entities.length) r.entities[next(r.entities.length)]!.aliases.add(name);
      else if (op < 8 && r.entities.length > 3) r.entities.splice(next(r.entities.length), 1);
      else r.organization(`le conseil ${family[next(family.length)]}`, "organization", step, step);
      for (const f of family) {
        const key = f.toLowerCase();
        if (linearSurname(r, key)) expect(r.bySurname(f)).toBe(linearSurname(r, key));
        expect(r.named(key)).toBe(linearNamed(r, key));
        expect(r.named(`conseil ${key}`)).toBe(linearNamed(r, `conseil ${key}`));
      }
    }
  });
});
