/** Process entry: run the program with the real process, set the exit code. */
import { run } from "./program.js";
import { processIo } from "./io.js";

const code = await run(process.argv.slice(2), processIo());
process.exitCode = code;
