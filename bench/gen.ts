/**
 * Generated interfaces: (a) cold load of each generated module and the cost of compiling every
 * method's codecs, each in a fresh node process; (b) codec throughput of large clusapi v3 stubs
 * (ApiCreateEnum's ENUM_LIST of 10,000 names, ApiClusterControl's 1 MiB buffers); (c) the design
 * decision record — compact descriptors compiled once at load versus straight-line marshalling
 * code — as the ratio against a hand-specialised ENUM_LIST codec (bench/straight-line-enum-list.ts)
 * measured in the same run. MB/s counts stub bytes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Clusapi3Methods,
  Clusapi3Opnum,
  type ApiClusterControlRequest,
  type ApiClusterControlResponse,
  type ApiCreateEnumResponse,
  type HCLUSTER_RPC,
} from '../src/interfaces/clusapi3/clusapi3.gen.js';
import type { NdrSyntax } from '../src/ndr/index.js';
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  type MethodSpec,
} from '../src/rpc/stubs.js';
import { decodeCreateEnumResponse, encodeCreateEnumResponse } from './straight-line-enum-list.js';
import { mbps, median, timeIt } from './timing.js';

const LOAD_RUNS = 7;
const ENUM_ENTRIES = 10_000;
const CONTROL_BYTES = 1 << 20;

// --- (a) load time

/** Compiled generated modules: next to this file when it runs from dist/bench, else under dist/. */
function compiledSrc(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '..', 'src'), join(here, '..', 'dist', 'src')].find((d) =>
    existsSync(join(d, 'interfaces', 'clusapi3', 'clusapi3.gen.js')),
  );
}

/**
 * Runs in the child. The shared runtime (NDR engine, stub helpers, status table) is imported first
 * so the import time is the generated module's own; "build" compiles every parameter's codec for
 * both transfer syntaxes, which is what the first calls would otherwise pay.
 */
const CHILD = `
const [runtime, gen] = process.argv.slice(1);
for (const m of runtime.split('|')) await import(m);
const t0 = performance.now();
const mod = await import(gen);
const t1 = performance.now();
let methods = 0;
for (const [name, table] of Object.entries(mod)) {
  if (!name.endsWith('Methods') || !Array.isArray(table)) continue;
  for (const spec of table) {
    if (!spec) continue;
    methods++;
    for (const [, type] of [...spec.request, ...spec.response]) {
      type.codec('ndr20');
      type.codec('ndr64');
    }
  }
}
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, methods }));
`;

function loadTimes(): void {
  const dist = compiledSrc();
  if (dist === undefined) {
    console.log('gen load: skipped (no compiled interfaces; run npm run build)');
    return;
  }
  const ifaces = join(dist, 'interfaces');
  const runtime = ['ndr/index.js', 'rpc/stubs.js', 'errors/status.js']
    .map((f) => pathToFileURL(join(dist, f)).href)
    .join('|');
  // One folder per interface; files beside them (connect.ts) are not generated modules.
  const folders = readdirSync(ifaces, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of folders.map((d) => d.name).sort()) {
    for (const file of readdirSync(join(ifaces, dir)).filter((f) => f.endsWith('.gen.js'))) {
      const path = join(ifaces, dir, file);
      const runs: { importMs: number; buildMs: number; methods: number }[] = [];
      for (let i = 0; i < LOAD_RUNS; i++) {
        const r = spawnSync(
          process.execPath,
          ['--input-type=module', '-e', CHILD, runtime, pathToFileURL(path).href],
          {
            encoding: 'utf8',
          },
        );
        if (r.status !== 0) throw new Error(`loading ${path}: ${r.stderr}`);
        runs.push(JSON.parse(r.stdout) as (typeof runs)[number]);
      }
      const importMs = median(runs.map((r) => r.importMs));
      const buildMs = median(runs.map((r) => r.buildMs));
      const methods = runs[0]!.methods;
      const kb = statSync(path).size / 1024;
      console.log(
        `gen load ${dir}: import ${importMs.toFixed(1)} ms, build ${methods} method codecs ${buildMs.toFixed(1)} ms ` +
          `(${((buildMs * 1000) / Math.max(methods, 1)).toFixed(0)} µs/method), ${kb.toFixed(0)} KB js`,
      );
    }
  }
}

// --- (b) and (c) throughput

type AnySpec = MethodSpec<never, unknown>;

function spec(opnum: number): AnySpec {
  const s = Clusapi3Methods[opnum];
  assert.ok(s, `clusapi v3 opnum ${opnum}`);
  return s;
}

const TYPES = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20];

function enumResponse(n: number): ApiCreateEnumResponse {
  const Entry = Array.from({ length: n }, (_, i) => ({
    Type: TYPES[i % TYPES.length]!,
    // Mostly short names, as clusters name things, with a long one now and then.
    Name: i % 8 === 7 ? `Virtual Machine Configuration WINRPC-VM-${i}` : `Cluster Disk ${i}`,
  }));
  return { ReturnEnum: { EntryCount: n, Entry }, rpc_status: 0, ret: 0 };
}

function enumListThroughput(): void {
  const createEnum = spec(Clusapi3Opnum.ApiCreateEnum);
  const req = { dwType: 0x3f };
  const resp = enumResponse(ENUM_ENTRIES);
  const label = `ENUM_LIST ${ENUM_ENTRIES / 1000}k`;

  const straightBytes = encodeCreateEnumResponse(resp);
  const genBytes20 = encodeResponse(createEnum, 'ndr20', req, resp);
  // The baseline must be the same codec in another form, or the ratio means nothing.
  assert.deepEqual(
    Uint8Array.from(straightBytes),
    Uint8Array.from(genBytes20),
    'straight-line encoding differs',
  );
  assert.deepEqual(
    decodeCreateEnumResponse(genBytes20),
    decodeResponse(createEnum, 'ndr20', genBytes20, req),
  );
  assert.deepEqual(decodeCreateEnumResponse(genBytes20), resp);

  const straightEnc = timeIt(() => encodeCreateEnumResponse(resp));
  const straightDec = timeIt(() => decodeCreateEnumResponse(straightBytes));
  for (const syntax of ['ndr20', 'ndr64'] as NdrSyntax[]) {
    const bytes = encodeResponse(createEnum, syntax, req, resp);
    const enc = timeIt(() => encodeResponse(createEnum, syntax, req, resp));
    const dec = timeIt(() => decodeResponse(createEnum, syntax, bytes, req));
    const rate = (op: string, ms: number, baseMs: number): string => {
      const r = `${syntax} ${op} ${label}: ${mbps(bytes.length, ms).toFixed(0)} MB/s`;
      if (syntax !== 'ndr20') return r;
      const base = mbps(straightBytes.length, baseMs);
      return `${r} (straight-line ${base.toFixed(0)} MB/s, ratio ${(baseMs / ms).toFixed(2)})`;
    };
    console.log(`gen ${rate('encode', enc, straightEnc)}`);
    console.log(`gen ${rate('decode', dec, straightDec)}`);
    console.log(`gen ${syntax} stub size ${label}: ${(bytes.length / 1e6).toFixed(2)} MB`);
  }
}

function clusterControlThroughput(): void {
  const control = spec(Clusapi3Opnum.ApiClusterControl);
  const inBuffer = Uint8Array.from({ length: CONTROL_BYTES }, (_, i) => (i * 7) & 0xff);
  const req: ApiClusterControlRequest = {
    hCluster: new Uint8Array(20) as HCLUSTER_RPC,
    dwControlCode: 0x07000059,
    lpInBuffer: inBuffer,
    nInBufferSize: CONTROL_BYTES,
    nOutBufferSize: CONTROL_BYTES,
  };
  const resp: ApiClusterControlResponse = {
    lpOutBuffer: inBuffer,
    lpBytesReturned: CONTROL_BYTES,
    lpcbRequired: CONTROL_BYTES,
    rpc_status: 0,
    ret: 0,
  };
  const label = `ClusterControl ${CONTROL_BYTES >> 20} MiB`;
  for (const syntax of ['ndr20', 'ndr64'] as NdrSyntax[]) {
    const reqBytes = encodeRequest(control, syntax, req);
    const respBytes = encodeResponse(control, syntax, req, resp);
    const encReq = timeIt(() => encodeRequest(control, syntax, req), 500);
    const decReq = timeIt(() => decodeRequest(control, syntax, reqBytes), 500);
    const encResp = timeIt(() => encodeResponse(control, syntax, req, resp), 500);
    const decResp = timeIt(() => decodeResponse(control, syntax, respBytes, req), 500);
    console.log(`gen ${syntax} encode ${label} request: ${mbps(reqBytes.length, encReq).toFixed(0)} MB/s`);
    console.log(`gen ${syntax} decode ${label} request: ${mbps(reqBytes.length, decReq).toFixed(0)} MB/s`);
    console.log(`gen ${syntax} encode ${label} response: ${mbps(respBytes.length, encResp).toFixed(0)} MB/s`);
    console.log(`gen ${syntax} decode ${label} response: ${mbps(respBytes.length, decResp).toFixed(0)} MB/s`);
  }
}

export async function bench(): Promise<void> {
  loadTimes();
  enumListThroughput();
  clusterControlThroughput();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bench();
}
