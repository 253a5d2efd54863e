import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoryInputError } from "../src/story/errors.js";
import { decodeSource, readSourceFile } from "../src/story/source.js";

const dir = mkdtempSync(join(tmpdir(), "briefbot-source-"));
const file = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(StoryInputError);
    return (err as StoryInputError).message;
  }
  throw new Error("expected a refusal");
};

describe("readSourceFile", () => {
  it("reads UTF-8 text and drops a byte-order mark", () => {
    expect(readSourceFile(file("ok.txt", "\uFEFFLe port a rouvert."))).toBe("Le port a rouvert.");
  });

  it("refuses a missing file, a directory, an empty file and white space", () => {
    expect(refusal(() => readSourceFile(join(dir, "nope.txt")))).toMatch(/no such file/);
    expect(refusal(() => readSourceFile(dir))).toMatch(/directory/);
    expect(refusal(() => readSourceFile(file("empty.txt", "")))).toMatch(/empty/);
    expect(refusal(() => readSourceFile(file("blank.txt", " \n\t\n")))).toMatch(/white space/);
  });

  it("refuses binary data and other encodings", () => {
    expect(refusal(() => readSourceFile(file("bin.dat", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))))).toMatch(/binary/);
    // « é » in Latin-1 is one byte 0xE9, which is not valid UTF-8 here.
    expect(refusal(() => readSourceFile(file("latin1.txt", new Uint8Array([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x2e]))))).toMatch(/not UTF-8/);
    expect(refusal(() => decodeSource(new TextEncoder().encode("abc\u0001\u0002def")))).toMatch(/control characters/);
  });

  it("refuses a file over the size limit, saying the limit", () => {
    const p = file("big.txt", "a".repeat(2048));
    expect(refusal(() => readSourceFile(p, 1024))).toMatch(/limit is/);
    // Just over the limit reads as over it, never "2.0 MB; the limit is 2 MB".
    const over = file("just-over.txt", "a".repeat(2 * 1048576 + 1));
    expect(refusal(() => readSourceFile(over, 2 * 1048576))).toMatch(/is 2,097,153 bytes; the limit is 2,097,152 bytes \(2 MB\)/);
  });
});
