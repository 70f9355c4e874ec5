/**
 * Whether to colour: FORCE_COLOR wins (0/false = never, anything else =
 * always), then NO_COLOR (set and not empty = never), then colour only when
 * the stream is a terminal that is not "dumb".
 */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force.toLowerCase() === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (!isTTY || env.TERM === "dumb") return 0;
  return 1;
}
