import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { IdlFile } from './ast.js';
import { IdlError, type SourcePos } from './errors.js';
import type { IdlModel } from './model.js';
import { parseTokens } from './parser.js';
import { applyPatch, parsePatch, type Patch } from './patch.js';
import { preprocess } from './preprocessor.js';
import { resolveFiles } from './resolver.js';

export interface CompileOptions {
  /** Folders searched (after the importing file's own folder) for import / #include names. */
  readonly includeDirs?: readonly string[];
  /** Folder of NNN-name.patch files applied in memory to the files they name. */
  readonly patchesDir?: string;
}

/** Where source text comes from: the file system, or a map of names for tests and tools. */
export interface SourceHost {
  /** Finds `name` imported or included from `fromPath` (undefined for the entry file). */
  find(name: string, fromPath: string | undefined): string | undefined;
  read(path: string): string;
  /** Name used in messages. */
  display(path: string): string;
}

/** Loads the patches of a folder in name order; a malformed patch is an error. */
export function loadPatches(dir: string): Patch[] {
  if (!existsSync(dir)) throw new IdlError({ file: dir, line: 1, col: 1 }, 'patches folder does not exist');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.patch'))
    .sort()
    .map((n) => {
      const file = join(dir, n);
      return parsePatch(readFileSync(file, 'utf8'), file);
    });
}

/**
 * Reads, patches, preprocesses and parses the entry file and everything it imports (each file
 * once), then resolves the lot. Errors are IdlError with file:line:col.
 */
export function compileIdl(entryFile: string, opts: CompileOptions = {}): IdlModel {
  const includeDirs = opts.includeDirs ?? [];
  const host: SourceHost = {
    find: (name, from) => {
      const dirs = from === undefined ? [''] : [dirname(from), ...includeDirs];
      const hit = dirs.map((d) => resolve(d, name)).find((c) => existsSync(c));
      return hit;
    },
    read: (path) => readFileSync(path, 'utf8'),
    // Messages name files relative to the working directory, as compilers usually do.
    display: (path) => relative(process.cwd(), path) || path,
  };
  return compileWithHost(entryFile, host, opts.patchesDir ? loadPatches(opts.patchesDir) : []);
}

/** Compiles from named in-memory sources (tests, tools); imports look names up in the map. */
export function compileSources(entry: string, sources: ReadonlyMap<string, string>, patches: readonly Patch[] = []): IdlModel {
  const host: SourceHost = {
    find: (name) => (sources.has(name) ? name : undefined),
    read: (path) => sources.get(path) as string,
    display: (path) => path,
  };
  return compileWithHost(entry, host, patches);
}

export function compileWithHost(entry: string, host: SourceHost, patches: readonly Patch[]): IdlModel {
  const applied: { file: string; target: string }[] = [];
  const readPatched = (path: string): string => {
    let text = host.read(path);
    for (const p of patches) {
      if (p.target !== basename(path)) continue;
      text = applyPatch(text, p);
      applied.push({ file: p.file, target: p.target });
    }
    return text;
  };
  const find = (name: string, from: string, pos: SourcePos): string => {
    const hit = host.find(name, from);
    if (!hit) throw new IdlError(pos, `cannot find '${name}'`);
    return hit;
  };

  const loaded = new Set<string>();
  const displayed = new Map<string, string>();
  const order: IdlFile[] = [];

  const loadFile = (path: string): void => {
    // import is idempotent: a file already loaded (or being loaded, in a cycle) is skipped.
    if (loaded.has(path)) return;
    loaded.add(path);
    const display = host.display(path);
    const tokens = preprocess(readPatched(path), display, {
      load: (name, from) => {
        // #include searches next to the file that holds the directive (which may itself be included).
        const p = find(name, displayed.get(from.file) ?? path, from);
        displayed.set(host.display(p), p);
        return { path: host.display(p), text: readPatched(p) };
      },
    });
    const file = parseTokens(tokens, display);
    // Imported declarations must be known before the importing file's.
    for (const item of file.items) {
      const imports = item.kind === 'import' ? item.files : item.kind === 'interface' ? item.items.flatMap((x) => (x.kind === 'import' ? x.files : [])) : [];
      for (const imp of imports) loadFile(find(imp.name, path, imp.pos));
    }
    order.push(file);
  };

  const start = host.find(entry, undefined);
  if (!start) throw new IdlError({ file: entry, line: 1, col: 1 }, 'file not found');
  loadFile(start);
  return resolveFiles(order, applied);
}
