/**
 * Regenerates every `*.gen.ts` from the spec IDL (and the emitter's test fixture).
 *   npm run gen         writes the files
 *   npm run gen:check   writes nothing; exits 1 listing each file whose fresh generation differs
 * Output is deterministic: same IDL + same emitter → byte-identical files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { compileIdl } from '../src/idl/compile.js';
import { emitInterface, findInterface, type EmitOptions } from '../src/idl/emit.js';
import { IdlError } from '../src/idl/errors.js';

/** The repository root: scripts/.. under tsx, dist/scripts/../.. when compiled. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'idl', 'patches'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root (with idl/patches) not found');
    dir = up;
  }
  return dir;
}

export interface GenTarget {
  /** IDL file, relative to the repository root. */
  readonly idl: string;
  readonly iface: string;
  readonly version: string;
  /** Output file, relative to the repository root. */
  readonly out: string;
  readonly prefix: string;
  readonly transferSyntaxes: EmitOptions['transferSyntaxes'];
}

export const TARGETS: readonly GenTarget[] = [
  // MS-CMRP 2.2: clusapi v3 is offered over NDR and NDR64.
  {
    idl: 'idl/cmrp.idl',
    iface: 'clusapi',
    version: '3.0',
    out: 'src/interfaces/clusapi3/clusapi3.gen.ts',
    prefix: 'Clusapi3',
    transferSyntaxes: ['ndr20', 'ndr64'],
  },
  {
    idl: 'idl/cmrp-v2.idl',
    iface: 'clusapi',
    version: '2.0',
    out: 'src/interfaces/clusapi2/clusapi2.gen.ts',
    prefix: 'Clusapi2',
    transferSyntaxes: ['ndr20'],
  },
  {
    idl: 'idl/rrasm.idl',
    iface: 'dimsvc',
    version: '0.0',
    out: 'src/interfaces/dimsvc/dimsvc.gen.ts',
    prefix: 'Dimsvc',
    transferSyntaxes: ['ndr20'],
  },
  {
    idl: 'idl/rrasm.idl',
    iface: 'rasrpc',
    version: '1.0',
    out: 'src/interfaces/rasrpc/rasrpc.gen.ts',
    prefix: 'Rasrpc',
    transferSyntaxes: ['ndr20'],
  },
  {
    idl: 'idl/epm.idl',
    iface: 'epm',
    version: '3.0',
    out: 'src/interfaces/epm/epm.gen.ts',
    prefix: 'Epm',
    transferSyntaxes: ['ndr20'],
  },
  {
    idl: 'idl/mgmt.idl',
    iface: 'mgmt',
    version: '1.0',
    out: 'src/interfaces/mgmt/mgmt.gen.ts',
    prefix: 'Mgmt',
    transferSyntaxes: ['ndr20'],
  },
  // The emitter's own test fixture: a small IDL whose module test/idl/emit.test.ts imports.
  {
    idl: 'test/fixtures/idl/emit-sample.idl',
    iface: 'emitsample',
    version: '1.0',
    out: 'test/fixtures/idl/emit-sample.gen.ts',
    prefix: 'EmitSample',
    transferSyntaxes: ['ndr20', 'ndr64'],
  },
];

export async function generate(root: string, target: GenTarget): Promise<string> {
  const idlDir = join(root, 'idl');
  const model = compileIdl(join(root, target.idl), {
    includeDirs: [idlDir],
    patchesDir: join(idlDir, 'patches'),
  });
  const iface = findInterface(model, target.iface, target.version);
  const outPath = join(root, target.out);
  const srcPath = relative(dirname(outPath), join(root, 'src')).split('\\').join('/');
  const text = emitInterface(model, iface, {
    prefix: target.prefix,
    source: target.idl,
    transferSyntaxes: target.transferSyntaxes,
    srcPath: srcPath.startsWith('.') ? srcPath : `./${srcPath}`,
    command: 'npm run gen',
  });
  const config = (await prettier.resolveConfig(outPath)) ?? {};
  return prettier.format(text, { ...config, filepath: outPath, parser: 'typescript' });
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const root = findRoot();
  const stale: string[] = [];
  for (const t of TARGETS) {
    const fresh = await generate(root, t);
    const path = join(root, t.out);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === fresh) continue;
    if (check) {
      stale.push(t.out);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fresh);
    console.log(`wrote ${t.out}`);
  }
  if (check && stale.length) {
    console.error('generated files differ from a fresh `npm run gen`:');
    for (const f of stale) console.error(`  ${f}`);
    return 1;
  }
  if (check) console.log(`gen:check: ${TARGETS.length} generated files up to date`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(
        e instanceof IdlError
          ? e.message
          : `error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
      process.exitCode = 2;
    },
  );
}
