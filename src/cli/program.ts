/**
 * The command-line program: commander parses, typed options go to the
 * commands, and `run(argv, io)` returns the exit code (the bin sets it).
 */
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";

import { DEFAULT_MAX_BYTES } from "../input/read.js";
import { recordJsonSchema } from "../schema/record.js";
import { runEval } from "../eval/run.js";
import { formatReport } from "../eval/score.js";
import { DEFAULT_EXTENSIONS, parseExtensions } from "../batch/expand.js";
import { runBatch } from "../batch/run.js";
import { FORMATS, type FormatName } from "../output/index.js";
import { safeLine } from "../output/sanitize.js";
import { runValidate } from "./validate.js";
import { EXIT, type Io } from "./io.js";

export const VERSION = "0.1.0";

/** Records to validate can be much larger than one document. */
const VALIDATE_MAX_BYTES = 1024 * 1024 * 1024;

function positiveInt(what: string) {
  return (value: string): number => {
    if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(`${what} must be a whole number of at least 1`);
    return Number(value);
  };
}

const MAIN_EXAMPLES = `
Output:
  one input       one indented JSON object
  several inputs  NDJSON: one compact record a line (or --format json|csv|table)
  --out DIR       one DIR/<input path>.json per input; stdout stays empty

Exit codes: 0 all converted, 1 some inputs failed, 2 usage error, 3 internal error, 130 interrupted.

Examples:
  $ inspect-extract press-release.html
  $ curl -s https://example.org/news.html | inspect-extract -
  $ inspect-extract docs/ > records.ndjson
  $ inspect-extract 'docs/**/*.txt' --format csv > ratings.csv
  $ inspect-extract docs/ --format table
  $ inspect-extract docs/ --out records/ --jobs 4    # run again to resume; --force redoes all
  $ inspect-extract docs/ | jq -r 'select(.overallRating == "Inadequate") | .provider.name'
`;

export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name("inspect-extract")
    .description(
      "Extract validated JSON records from HM Inspectorate of Probation press releases, news articles and blog posts (plain text or saved HTML).",
    )
    .version(VERSION, "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError()
    .argument("[inputs...]", "files, folders (read recursively), quoted glob patterns, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: one JSON object for one input, NDJSON for several)").choices(FORMATS))
    .option("-o, --out <dir>", "write one <name>.json record per input under this folder instead of printing")
    .option("--force", "with --out: overwrite records that already exist (default: skip them, so a rerun resumes)")
    .addOption(
      new Option("-j, --jobs <n>", "documents converted in parallel (worker threads)")
        .argParser(positiveInt("--jobs"))
        .default(availableParallelism(), "the number of CPU cores"),
    )
    .option("--ext <list>", "file extensions read from folders, comma-separated", DEFAULT_EXTENSIONS.map((e) => e.slice(1)).join(","))
    .option("--evidence", "add an `evidence` object: where each value came from")
    .option("--max-bytes <n>", "refuse inputs larger than this many bytes", positiveInt("--max-bytes"), DEFAULT_MAX_BYTES)
    .option("-q, --quiet", "no progress bar and no summary line")
    .option("--debug", "print stack traces for internal errors")
    .addHelpText("after", MAIN_EXAMPLES)
    .action(
      async (
        inputs: string[],
        opts: {
          format?: FormatName;
          out?: string;
          force?: boolean;
          jobs: number;
          ext: string;
          evidence?: boolean;
          maxBytes: number;
          quiet?: boolean;
          debug?: boolean;
        },
      ) => {
        const usage = (msg: string) => {
          io.stderr.write(`inspect-extract: ${msg} (see --help)\n`);
          code = EXIT.usage;
        };
        if (!inputs.length) return usage("no inputs: give files, folders, glob patterns, or - for standard input");
        if (opts.out !== undefined && opts.format) return usage("--format and --out cannot be used together: --out always writes JSON files");
        if (opts.force && opts.out === undefined) return usage("--force only applies with --out");
        const extensions = parseExtensions(opts.ext);
        if (!extensions.length) return usage("--ext needs at least one extension");
        code = await runBatch(
          {
            inputs,
            extensions,
            jobs: opts.jobs,
            maxBytes: opts.maxBytes,
            evidence: !!opts.evidence,
            ...(opts.format ? { format: opts.format } : {}),
            ...(opts.out !== undefined ? { outDir: opts.out } : {}),
            force: !!opts.force,
            quiet: !!opts.quiet,
            debug: !!opts.debug,
          },
          io,
        );
      },
    );

  program
    .command("validate")
    .description("check records (one JSON record, a JSON array, or NDJSON) against the record schema")
    .argument("[file]", "file of records, or - for standard input", "-")
    .option("--max-bytes <n>", "refuse inputs larger than this many bytes", positiveInt("--max-bytes"), VALIDATE_MAX_BYTES)
    .option("-q, --quiet", "no summary line")
    .addHelpText(
      "after",
      `
Each invalid record is reported on stderr as FILE:LINE: record N: FIELD.PATH: problem.
Exit codes: 0 all valid, 1 some invalid or unreadable, 2 usage error.

Examples:
  $ inspect-extract validate records.ndjson
  $ inspect-extract docs/ | inspect-extract validate -
  $ inspect-extract docs/ --format json | inspect-extract validate
`,
    )
    .action(async (file: string, opts: { maxBytes: number; quiet?: boolean }) => {
      code = await runValidate(file, opts, io);
    });

  program
    .command("eval")
    .description("score extraction against hand-made gold records")
    .requiredOption("--gold <dir>", "folder of gold records (<name>.json)")
    .argument("<docs-dir>", "folder holding <name>.txt / <name>.html for each gold record")
    .option("--json", "print the report as JSON")
    .option("--docs", "print each document's F1 too")
    .option("--min-f1 <x>", "exit 1 when the overall F1 is below this")
    .addHelpText(
      "after",
      `
Examples:
  $ inspect-extract eval --gold fixtures/expected fixtures/docs
  $ inspect-extract eval --gold fixtures/expected fixtures/docs --docs --min-f1 0.8
`,
    )
    .action(async (docsDir: string, opts: { gold: string; json?: boolean; docs?: boolean; minF1?: string }) => {
      const report = await runEval({ goldDir: opts.gold, docsDir });
      io.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report, !!opts.docs)) + "\n");
      if (opts.minF1 && report.overall.f1 < Number(opts.minF1)) code = EXIT.someFailed;
    });

  program
    .command("schema")
    .description("print the record's JSON Schema (generated from the zod schema)")
    .addHelpText(
      "after",
      `
Examples:
  $ inspect-extract schema > record.schema.json
  $ inspect-extract schema | jq '.properties | keys'
`,
    )
    .action(() => {
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const debug = argv.includes("--debug");
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr.write(`inspect-extract: internal error: ${safeLine(e.message)}\n${debug ? e.stack + "\n" : ""}`);
    return EXIT.internal;
  }
  return code;
}
