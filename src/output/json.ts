/** `--format json`: one JSON array, streamed (opened, one compact record a line, closed). */
import type { RecordWriter, WriterFactory } from "./types.js";
import { compactJson, emit, recordOf } from "./types.js";

export const jsonWriter: WriterFactory = (out): RecordWriter => {
  let count = 0;
  return {
    async write(record) {
      await emit(out, (count === 0 ? "[\n" : ",\n") + compactJson(record));
      count++;
    },
    async end() {
      await emit(out, count === 0 ? "[]\n" : "\n]\n");
    },
  };
};

/** The default for a single input: the one record as an indented JSON object. */
export const prettyWriter: WriterFactory = (out): RecordWriter => ({
  async write(record) {
    await emit(out, JSON.stringify(recordOf(record), null, 2) + "\n");
  },
  async end() {},
});
