#!/usr/bin/env node
// Thin entry: the bundled CLI (dist/bundle/cli.js, built by `npm run build`)
// does the work and sets the exit code.
import "../dist/bundle/cli.js";
