// Bundles the CLI and its worker-thread entry into two files with esbuild, so
// a cold `inspect-extract FILE` loads one file instead of hundreds of modules
// (zod, commander, cheerio, chrono-node...). compromise stays outside the
// bundle: it is loaded lazily through createRequire, only when a rule needs it.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli/main.ts", worker: "src/batch/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  splitting: true,
  chunkNames: "chunk-[hash]",
  minify: true,
  legalComments: "none",
  external: ["compromise", "piscina"],
  banner: {
    js: "import { createRequire as __ieCreateRequire } from 'node:module'; import { fileURLToPath as __ieToPath } from 'node:url'; import { dirname as __ieDirname } from 'node:path'; const require = __ieCreateRequire(import.meta.url); const __filename = __ieToPath(import.meta.url); const __dirname = __ieDirname(__filename);",
  },
  logLevel: "warning",
});
