/**
 * What `bin/inspect-extract.js` runs: V8's flags, then the CLI bundle with
 * its code cache. Bundled by `npm run build` into `dist/bundle/start.cjs`, a
 * CommonJS script, because the bin is one too (`bin/package.json`): a
 * CommonJS entry starts without Node's ES module loader, whose own modules
 * (about ten of them, compiled on every start) and the resolution of an ES
 * entry's imports cost a cold run 10-20 ms.
 */
import { fileURLToPath } from "node:url";

import { runCached } from "./code-cache.js";
import { setV8Flags } from "./v8-flags.js";

setV8Flags();
const cli = runCached(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
process.once("exit", cli.saveCache);
