/**
 * Compiles the spec IDL of every interface winrpc speaks and prints one summary line each.
 * Usage: npx tsx scripts/idl-check.ts [file.idl ...]   (no arguments: the six interfaces)
 * Errors print as `file:line:col: error: message` with exit code 1, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileIdl } from '../src/idl/compile.js';
import { IdlError } from '../src/idl/errors.js';
import type { InterfaceModel } from '../src/idl/model.js';

/** The repository root: scripts/.. when run with tsx, dist/scripts/../.. when compiled. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'idl', 'patches'))) {
    const up = dirname(dir);
    if (up === dir) return join(dirname(fileURLToPath(import.meta.url)), '..');
    dir = up;
  }
  return dir;
}

const root = findRoot();
const idlDir = join(root, 'idl');

/** The interfaces winrpc implements; DCOM interfaces in the same files are parsed but not listed. */
const TARGETS: readonly {
  readonly file: string;
  readonly interfaces: readonly { name: string; version: string }[];
}[] = [
  { file: 'cmrp.idl', interfaces: [{ name: 'clusapi', version: '3.0' }] },
  { file: 'cmrp-v2.idl', interfaces: [{ name: 'clusapi', version: '2.0' }] },
  {
    file: 'rrasm.idl',
    interfaces: [
      { name: 'dimsvc', version: '0.0' },
      { name: 'rasrpc', version: '1.0' },
    ],
  },
  { file: 'epm.idl', interfaces: [{ name: 'epm', version: '3.0' }] },
  { file: 'mgmt.idl', interfaces: [{ name: 'mgmt', version: '1.0' }] },
];

function summary(i: InterfaceModel): string {
  const count = (k: string): number => i.methods.filter((m) => m.kind === k).length;
  const first = i.methods[0]?.opnum ?? 0;
  const last = i.methods[i.methods.length - 1]?.opnum ?? -1;
  return [
    `${i.name} v${i.version.major}.${i.version.minor}`.padEnd(16),
    i.uuid,
    `opnums ${first}-${last} (${i.methods.length})`.padEnd(20),
    `methods ${count('method')}`.padEnd(12),
    `not-used-on-wire ${count('notUsedOnWire')}`.padEnd(21),
    `reserved ${count('reserved')}`,
  ].join('  ');
}

function main(argv: readonly string[]): number {
  const patchesDir = join(idlDir, 'patches');
  try {
    if (argv.length) {
      for (const f of argv) {
        const model = compileIdl(f, { includeDirs: [idlDir], patchesDir });
        for (const i of model.interfaces)
          console.log(`${f}: ${summary(i)}${i.object ? '  [DCOM, skipped]' : ''}`);
      }
      return 0;
    }
    for (const t of TARGETS) {
      const model = compileIdl(join(idlDir, t.file), { includeDirs: [idlDir], patchesDir });
      for (const want of t.interfaces) {
        const i = model.interfaces.find(
          (x) => x.name === want.name && `${x.version.major}.${x.version.minor}` === want.version,
        );
        if (!i) {
          console.error(`${t.file}: error: interface ${want.name} v${want.version} not found`);
          return 1;
        }
        console.log(summary(i));
        const nativeUpdate = i.methods.find((m) => m.name === 'ApiClusterNativeUpdateControl');
        if (nativeUpdate) {
          // The spec's opnum table (3.1.4.2) calls this slot Opnum185Reserved; the IDL declares it.
          console.log(
            `  (methods include opnum ${nativeUpdate.opnum} ApiClusterNativeUpdateControl, listed as reserved in the opnum table)`,
          );
        }
      }
      const skipped = model.interfaces.filter((i) => i.object).map((i) => i.name);
      if (skipped.length)
        console.log(`  (${t.file}: DCOM interfaces parsed and skipped: ${skipped.join(', ')})`);
      for (const p of model.patches) console.log(`  (${t.file}: applied ${p.file.slice(root.length + 1)})`);
    }
    return 0;
  } catch (e) {
    if (e instanceof IdlError) {
      console.error(e.message);
      return 1;
    }
    // Anything else is a compiler bug; still no stack trace for the user.
    console.error(`error: internal compiler error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
