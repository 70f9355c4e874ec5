#!/usr/bin/env node
// Thin entry, CommonJS (see bin/package.json) so that Node starts it without
// its ES module loader: dist/bundle/start.cjs (src/boot/start.ts, built by
// `npm run build`) sets V8's flags and runs the bundled CLI
// (dist/bundle/cli.cjs) with V8's code cache, so a cold start skips most
// compiling. The CLI does the work and sets the exit code.
"use strict";
require("../dist/bundle/start.cjs");
