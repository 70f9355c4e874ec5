/** Process entry: run the program with the real process, set the exit code. */
import { run } from "./program.js";
import { processIo } from "./io.js";

// A closed pipe (`inspect-extract docs/ | head`) is not an error: stop quietly.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = process.argv.slice(2);
// Only the batch conversion stops cleanly on Ctrl-C; the other commands keep the default.
const handleInterrupt = !["validate", "schema", "eval", "help"].includes(argv[0] ?? "");
// No top-level await: the bundle of this entry is a CommonJS script (see src/boot/code-cache.ts).
void run(argv, processIo({ handleInterrupt })).then((code) => {
  process.exitCode = code;
});
