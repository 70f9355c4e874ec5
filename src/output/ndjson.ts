/** `--format ndjson` (the default for several inputs): one compact record a line. */
import type { RecordWriter, WriterFactory } from "./types.js";
import { compactJson, emit } from "./types.js";

export const ndjsonWriter: WriterFactory = (out): RecordWriter => ({
  async write(record) {
    await emit(out, compactJson(record) + "\n");
  },
  async end() {},
});
