/** What the CLI touches of the process, so tests can run it in-process. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** aborted on Ctrl-C: the batch stops starting new inputs, cleans up and exits 130 */
  signal?: AbortSignal;
}

/**
 * The real process. With `handleInterrupt` (the batch conversion), the first
 * SIGINT aborts the signal (a clean stop) and a second one exits at once;
 * without it, SIGINT keeps its default (exit at once).
 */
export function processIo({ handleInterrupt = true } = {}): Io {
  const controller = new AbortController();
  if (handleInterrupt) {
    process.once("SIGINT", () => {
      controller.abort();
      // any further Ctrl-C exits at once (and never falls back to the default, which would report a signal death)
      process.on("SIGINT", () => process.exit(EXIT.interrupted));
    });
  }
  return {
    // a getter: opening standard input costs milliseconds at start-up, and most runs never read it
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
  };
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, internal: 3, interrupted: 130 } as const;
