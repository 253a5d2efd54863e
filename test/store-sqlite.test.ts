import Database from "better-sqlite3";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore, openStore } from "../src/store/index.js";
import { migrations } from "../src/store/migrations.js";
import { storeContract, sub } from "./store/contract.js";

const tmp = () => mkdtempSync(join(tmpdir(), "briefbot-store-"));
const files = new WeakMap<object, string>();

storeContract("sqlite", {
  async open() {
    const file = join(tmp(), "db.sqlite");
    const s = openSqliteStore({ file });
    files.set(s, file);
    return s;
  },
  async openSecond(first) {
    return openSqliteStore({ file: files.get(first)! });
  },
});

describe("SQLite store", () => {
  it("creates DATA_DIR, migrates once, and uses WAL with a busy timeout", async () => {
    const dir = join(tmp(), "nested", "data");
    const s1 = await openStore({ dataDir: dir });
    await s1.subscriptions.upsert(sub("c1"));
    await s1.close();
    expect(existsSync(join(dir, "briefbot.sqlite"))).toBe(true);
    const s2 = await openStore({ dataDir: dir }); // migrations must not run twice
    expect(await s2.subscriptions.list()).toHaveLength(1);
    await s2.close();
    const raw = new Database(join(dir, "briefbot.sqlite"));
    expect(raw.prepare("SELECT version FROM schema_version ORDER BY version").all()).toEqual(migrations.map((_, i) => ({ version: i + 1 })));
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });
});
