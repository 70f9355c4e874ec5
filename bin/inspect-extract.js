#!/usr/bin/env node
// Thin entry: the compiled CLI does the work and sets the exit code.
import "../dist/cli/main.js";
