/**
 * Command-line inputs -> the list of documents to convert, in order: files as
 * given (any extension), folders walked recursively (sorted; hidden entries
 * skipped; only the --ext extensions), glob patterns expanded here (so they
 * work when quoted, and on shells that do not expand them), `-` for standard
 * input. Symbolic links are followed, but a link back to a folder being walked
 * is reported as a loop and not followed. The list holds paths only; documents
 * are read one at a time later. A file found in a folder is kept as its name
 * and a reference to the folder (its paths are joined when asked for), so a
 * batch of 100,000 files holds 100,000 short names rather than 200,000 long
 * paths: the list of 20,000 took 15 MB of the main thread's heap before.
 */
import { opendir, realpath, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, resolve, sep } from "node:path";

export const DEFAULT_EXTENSIONS = [".txt", ".text", ".html", ".htm"];

export interface FileItem {
  readonly kind: "file";
  /** the path as shown to the user and put in the record (as given, or joined to the folder given) */
  readonly path: string;
  /** absolute path */
  readonly abs: string;
  /** the folder or glob base it was found under (null for a file named on the command line) */
  readonly base: string | null;
}

export type InputItem = FileItem | { kind: "stdin"; path: "-" } | { kind: "error"; path: string; message: string };

/** The documents to convert, and whether one file may be in the list twice (see expandInputs). */
export interface Expanded {
  items: InputItem[];
  mayRepeat: boolean;
}

/** A folder being walked, shared by the files found in it. */
interface Folder {
  readonly abs: string;
  readonly shown: string;
  readonly base: string;
}

/** A file found in a walked folder: its name, and its paths joined when asked for. */
class FolderFile implements FileItem {
  readonly kind = "file";
  constructor(
    private readonly folder: Folder,
    private readonly name: string,
  ) {}
  get path(): string {
    return join(this.folder.shown, this.name);
  }
  get abs(): string {
    return join(this.folder.abs, this.name);
  }
  get base(): string {
    return this.folder.base;
  }
}

export interface ExpandOptions {
  cwd: string;
  /** extensions taken from folders, lower case with the dot */
  extensions: string[];
  /** absolute folders never walked (the --out folder) */
  exclude?: string[];
}

/** "txt,.HTML" -> [".txt", ".html"] */
export function parseExtensions(spec: string): string[] {
  return spec
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith(".") ? e : "." + e));
}

function errorMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  return (err as Error).message;
}

async function safeRealpath(p: string): Promise<string | null> {
  try {
    return await realpath(p);
  } catch {
    return null;
  }
}

async function walk(
  dirAbs: string,
  dirShown: string,
  base: string,
  ancestors: string[],
  options: ExpandOptions,
  excluded: Set<string>,
  out: InputItem[],
  seen: { link: boolean },
): Promise<void> {
  let dir;
  try {
    dir = await opendir(dirAbs);
  } catch (err) {
    out.push({ kind: "error", path: dirShown, message: errorMessage(err) });
    return;
  }
  const entries: { name: string; isDir: boolean; isFile: boolean; isLink: boolean }[] = [];
  for await (const e of dir) {
    if (e.name.startsWith(".")) continue;
    entries.push({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile(), isLink: e.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folder: Folder = { abs: dirAbs, shown: dirShown, base };
  for (const e of entries) {
    const abs = join(dirAbs, e.name);
    const shown = join(dirShown, e.name);
    let isDir = e.isDir;
    let isFile = e.isFile;
    if (e.isLink) {
      seen.link = true;
      try {
        const info = await stat(abs);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (err) {
        out.push({ kind: "error", path: shown, message: errorMessage(err) === "no such file or folder" ? "broken symbolic link" : errorMessage(err) });
        continue;
      }
    }
    if (isDir) {
      const real = await safeRealpath(abs);
      if (real === null) {
        out.push({ kind: "error", path: shown, message: "cannot resolve folder" });
        continue;
      }
      if (ancestors.includes(real)) {
        out.push({ kind: "error", path: shown, message: "symbolic link loop (links back to a folder being read): not followed" });
        continue;
      }
      if (excluded.has(real)) continue;
      await walk(abs, shown, base, [...ancestors, real], options, excluded, out, seen);
    } else if (isFile && options.extensions.includes(extname(e.name).toLowerCase())) {
      out.push(new FolderFile(folder, e.name));
    }
  }
}

/**
 * tinyglobby, loaded only when an input names no file: loading it makes fdir
 * look for picomatch outside the bundle, which costs a cold run tens of
 * milliseconds.
 */
type Globber = typeof import("tinyglobby");
let globber: Globber | undefined;
async function loadGlobber(): Promise<Globber> {
  return (globber ??= await import("tinyglobby"));
}

/** The static folder a glob starts from: "docs/2020/**\/*.txt" -> "docs/2020". */
function globBase(pattern: string, isDynamicPattern: Globber["isDynamicPattern"]): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isDynamicPattern(p)) break;
    fixed.push(p);
  }
  return fixed.join("/") || ".";
}

/**
 * The inputs in order. `mayRepeat` is false when no file can be in the list
 * twice: one input, and no symbolic link followed in it (a folder walked
 * lists each of its files once). Only then may a batch skip looking up every
 * file's real path to drop repeats.
 */
export async function expandInputs(args: string[], options: ExpandOptions): Promise<Expanded> {
  const out: InputItem[] = [];
  const seen = { link: false };
  const excluded = new Set<string>();
  for (const ex of options.exclude ?? []) {
    const real = await safeRealpath(ex);
    if (real) excluded.add(real);
  }
  for (const arg of args) {
    if (arg === "-") {
      out.push({ kind: "stdin", path: "-" });
      continue;
    }
    const abs = resolve(options.cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const tg = code === "ENOENT" ? await loadGlobber() : null;
      if (tg?.isDynamicPattern(arg)) {
        seen.link = true; // (a glob may reach one file by two routes)
        const matches = await tg.glob(arg, { cwd: options.cwd, onlyFiles: true, absolute: false, expandDirectories: false });
        matches.sort();
        if (!matches.length) out.push({ kind: "error", path: arg, message: "no files match this pattern" });
        const base = resolve(options.cwd, globBase(arg, tg.isDynamicPattern));
        for (const m of matches) out.push({ kind: "file", path: isAbsolute(arg) ? resolve(options.cwd, m) : m, abs: resolve(options.cwd, m), base });
        continue;
      }
      out.push({ kind: "error", path: arg, message: errorMessage(err) });
      continue;
    }
    if (info.isDirectory()) {
      const real = (await safeRealpath(abs)) ?? abs;
      await walk(abs, arg, abs, [real], options, excluded, out, seen);
    } else {
      out.push({ kind: "file", path: arg, abs, base: null });
    }
  }
  return { items: out, mayRepeat: args.length > 1 || seen.link };
}

/**
 * Where an input's record goes under --out, relative to the out folder:
 * the input's path relative to the current folder when it is inside it,
 * else relative to the parent of the folder or glob base it came from, else
 * its file name; with the extension replaced by .json. Never absolute and
 * never with a `..` segment, so it always lands inside the out folder.
 */
export function outputRelPath(item: InputItem, cwd: string): string {
  if (item.kind === "stdin") return "stdin.json";
  if (item.kind === "error") return "";
  let rel = relative(cwd, item.abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    rel = item.base ? join(basename(item.base), relative(item.base, item.abs)) : basename(item.abs);
  }
  const segments = rel.split(sep).flatMap((s) => s.split("/"));
  const safe = segments.map((s) => (s === "" || s === "." || s === ".." ? "_" : s));
  const last = safe.pop() ?? "input";
  const ext = extname(last);
  const stem = ext ? last.slice(0, -ext.length) : last;
  safe.push((stem || "_") + ".json");
  return safe.join("/");
}
