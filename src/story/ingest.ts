import type { Story } from "./schema.js";

export interface IngestOptions {
  slug: string;
}

/** Turns a dispatch into a structured story. Pure and synchronous; linear in the text's length. */
export function ingest(source: string, opts: IngestOptions): Story {
  void source;
  void opts;
  throw new Error("ingest: not built yet");
}
