#!/usr/bin/env node
// Thin entry: the bundled CLI (dist/bundle/cli.cjs, built by `npm run build`)
// does the work and sets the exit code; it is run with V8's code cache
// (dist/boot/code-cache.js) so a cold start skips most compiling.
import { fileURLToPath } from "node:url";
import { runCached } from "../dist/boot/code-cache.js";
import { setV8Flags } from "../dist/boot/v8-flags.js";

setV8Flags();
const cli = runCached(fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url)));
process.once("exit", cli.saveCache);
