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
type CheerioApi = ReturnType<CheerioSlim["load"]>;
/** One loaded (empty) cheerio instance, made on first use and kept: see parseHtml. */
let loaded: CheerioApi | undefined;

function loadCheerio(): CheerioSlim {
  if (typeof IE_BUNDLE !== "undefined" && IE_BUNDLE) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild bundles a literal require() and defers its evaluation
    return require("cheerio/slim") as CheerioSlim;
  }
  return createRequire(import.meta.url)("cheerio/slim") as CheerioSlim;
}

/**
 * The document node of an HTML text: what `cheerio.load(html).root()[0]` gives.
 * Each `load` also builds a new Cheerio class with the static methods copied
 * onto it, and `root()` a wrapper object: a tenth of the parse's time on a
 * small page, for a tree read directly. So one instance is loaded once and
 * its parse (cheerio's parse over htmlparser2, with the options `load` gives
 * it) is called for each page: the same document node.
 */
export function parseHtml(html: string): AnyNode {
  loaded ??= loadCheerio().load("");
  // `_parse` is cheerio's own (typed, but internal): should a later cheerio drop it, the public way still works
  if (typeof loaded.fn._parse !== "function") return loaded.load(html).root()[0] as AnyNode;
  return loaded.fn._parse(html, loaded._options, true, null) as AnyNode;
}
