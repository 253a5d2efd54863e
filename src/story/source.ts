import { readFileSync, statSync } from "node:fs";
import { StoryInputError } from "./errors.js";

/** Dispatches are a few kilobytes; 2 MB is far past any real one and still parses in well under a second. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a dispatch as text, refusing what cannot be one: a missing or empty file, a binary file,
 * bytes that are not UTF-8, a file over the size limit. Each refusal is one clear sentence.
 */
export function readSourceFile(path: string, maxBytes = MAX_SOURCE_BYTES): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new StoryInputError(`${path} is a directory, not a text file`, 66);
    size = st.size;
  } catch (err) {
    if (err instanceof StoryInputError) throw err;
    throw new StoryInputError(`cannot read ${path}: no such file`, 66);
  }
  if (size > maxBytes) {
    // Bytes, not rounded megabytes: a file just over the limit must not read "2.0 MB; the limit is 2 MB".
    throw new StoryInputError(`${path} is ${size.toLocaleString("en-US")} bytes; the limit is ${maxBytes.toLocaleString("en-US")} bytes (${maxBytes / 1048576} MB) for one dispatch`, 65);
  }
  return decodeSource(readFileSync(path), path);
}

/** Decodes bytes as UTF-8 text, refusing binary data and other encodings. */
export function decodeSource(bytes: Uint8Array, name = "input"): string {
  if (bytes.length === 0) throw new StoryInputError(`${name} is empty: nothing to brief on`, 65);
  if (bytes.includes(0)) throw new StoryInputError(`${name} looks binary (it contains NUL bytes): give a UTF-8 text file`, 65);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new StoryInputError(`${name} is not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`, 65);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new StoryInputError(`${name} holds only white space: nothing to brief on`, 65);
  if (/[\u0001-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) {
    throw new StoryInputError(`${name} looks binary (it contains control characters): give a UTF-8 text file`, 65);
  }
  return text;
}
