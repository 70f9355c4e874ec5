/**
 * The command-line program: commander parses, typed options go to the
 * commands, and `run(argv, io)` returns the exit code (the bin sets it).
 */
import { Command, CommanderError } from "commander";

import { extract, InvalidRecordError } from "../extract.js";
import { InputError } from "../input/errors.js";
import { readFileInput, readStreamInput, DEFAULT_MAX_BYTES } from "../input/read.js";
import { recordJsonSchema } from "../schema/record.js";
import { runEval } from "../eval/run.js";
import { formatReport } from "../eval/score.js";
import { EXIT, type Io } from "./io.js";

const VERSION = "0.1.0";

export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name("inspect-extract")
    .description("Extract a validated JSON record from HM Inspectorate of Probation press releases, news articles and blog posts.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .argument("[inputs...]", "files to read (`-` for standard input)")
    .option("--evidence", "add an `evidence` object: where each value came from")
    .option("--max-bytes <n>", "refuse inputs larger than this", String(DEFAULT_MAX_BYTES))
    .option("--debug", "print stack traces for internal errors")
    .action(async (inputs: string[], opts: { evidence?: boolean; maxBytes: string; debug?: boolean }) => {
      if (!inputs.length) {
        io.stderr.write("inspect-extract: no inputs (give a file, a folder, or - for standard input; see --help)\n");
        code = EXIT.usage;
        return;
      }
      for (const input of inputs) {
        try {
          const raw = input === "-" ? await readStreamInput(io.stdin, Number(opts.maxBytes)) : await readFileInput(input, Number(opts.maxBytes));
          const { record } = await extract(raw.bytes, { path: raw.path, ...(raw.hint ? { format: raw.hint } : {}), evidence: !!opts.evidence });
          io.stdout.write(JSON.stringify(record, null, 2) + "\n");
        } catch (err) {
          if (err instanceof InputError) {
            io.stderr.write(`inspect-extract: ${input === "-" ? "<stdin>" : input}: ${err.message}\n`);
            code = Math.max(code, EXIT.someFailed);
          } else if (err instanceof InvalidRecordError) {
            io.stderr.write(`inspect-extract: ${input}: ${err.message}\n`);
            code = EXIT.internal;
          } else throw err;
        }
      }
    });

  program
    .command("eval")
    .description("score extraction against hand-made gold records")
    .requiredOption("--gold <dir>", "folder of gold records (<name>.json)")
    .argument("<docs-dir>", "folder holding <name>.txt / <name>.html for each gold record")
    .option("--json", "print the report as JSON")
    .option("--docs", "print each document's F1 too")
    .option("--min-f1 <x>", "exit 1 when the overall F1 is below this")
    .action(async (docsDir: string, opts: { gold: string; json?: boolean; docs?: boolean; minF1?: string }) => {
      const report = await runEval({ goldDir: opts.gold, docsDir });
      io.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report, !!opts.docs)) + "\n");
      if (opts.minF1 && report.overall.f1 < Number(opts.minF1)) code = EXIT.someFailed;
    });

  program
    .command("schema")
    .description("print the record's JSON Schema (generated from the zod schema)")
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
    io.stderr.write(`inspect-extract: internal error: ${(err as Error).message}\n${debug ? (err as Error).stack + "\n" : ""}`);
    return EXIT.internal;
  }
  return code;
}

