/**
 * The HTML parser (cheerio/slim: htmlparser2 into its DOM; it never runs
 * scripts), loaded on first use. Loading it builds htmlparser2's entity
 * tables, a good part of a cold start, and plain-text inputs never need it.
 *
 * In the CLI bundles (scripts/bundle.mjs defines IE_BUNDLE) the plain
 * require() below is bundled by esbuild and evaluated only when called, so
 * the parser stays in the bundle's code cache; from the compiled modules
 * (the library, the tests) it is Node's require of cheerio's CommonJS build.
 */
import { createRequire } from "node:module";
import type { AnyNode } from "domhandler";

declare const IE_BUNDLE: boolean | undefined;

type CheerioSlim = typeof import("cheerio/slim");
let cheerio: CheerioSlim | undefined;

function loadCheerio(): CheerioSlim {
  if (typeof IE_BUNDLE !== "undefined" && IE_BUNDLE) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild bundles a literal require() and defers its evaluation
    return require("cheerio/slim") as CheerioSlim;
  }
  return createRequire(import.meta.url)("cheerio/slim") as CheerioSlim;
}

/** The document node of an HTML text. */
export function parseHtml(html: string): AnyNode {
  cheerio ??= loadCheerio();
  return cheerio.load(html).root()[0] as AnyNode;
}
