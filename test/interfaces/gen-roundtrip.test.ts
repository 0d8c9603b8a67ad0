/**
 * Every opnum of every generated interface: random valid requests and responses (drawn from the
 * IDL model, respecting its size_is / length_is / switch_is correlations) encode and decode back to
 * equal values in NDR20 and NDR64, through the generated method tables.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileIdl } from '../../src/idl/compile.js';
import { findInterface } from '../../src/idl/emit.js';
import type { IdlModel } from '../../src/idl/model.js';
import { Clusapi2Methods, Clusapi2Opnums } from '../../src/interfaces/clusapi2/clusapi2.gen.js';
import { Clusapi3Methods, Clusapi3Opnums } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { DimsvcMethods, DimsvcOpnums } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { EpmMethods, EpmOpnums } from '../../src/interfaces/epm/epm.gen.js';
import { MgmtMethods, MgmtOpnums } from '../../src/interfaces/mgmt/mgmt.gen.js';
import { RasrpcMethods, RasrpcOpnums } from '../../src/interfaces/rasrpc/rasrpc.gen.js';
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  type MethodTable,
} from '../../src/rpc/stubs.js';
import type { TransferSyntax } from '../../src/rpc/types.js';
import { repoRoot } from '../idl/helpers.js';
import { ValueArbitraries } from './gen-arbitrary.js';

const root = repoRoot();
const idlDir = join(root, 'idl');
const models = new Map<string, IdlModel>();
function model(file: string): IdlModel {
  let m = models.get(file);
  if (!m) {
    m = compileIdl(join(idlDir, file), { includeDirs: [idlDir], patchesDir: join(idlDir, 'patches') });
    models.set(file, m);
  }
  return m;
}

interface Target {
  readonly file: string;
  readonly name: string;
  readonly version: string;
  readonly methods: MethodTable;
  readonly ops: readonly { readonly opnum: number; readonly name: string; readonly kind: string }[];
  readonly lastOpnum: number;
}

const TARGETS: readonly Target[] = [
  {
    file: 'cmrp.idl',
    name: 'clusapi',
    version: '3.0',
    methods: Clusapi3Methods,
    ops: Clusapi3Opnums.ops,
    lastOpnum: 264,
  },
  {
    file: 'cmrp-v2.idl',
    name: 'clusapi',
    version: '2.0',
    methods: Clusapi2Methods,
    ops: Clusapi2Opnums.ops,
    lastOpnum: 108,
  },
  {
    file: 'rrasm.idl',
    name: 'dimsvc',
    version: '0.0',
    methods: DimsvcMethods,
    ops: DimsvcOpnums.ops,
    lastOpnum: 52,
  },
  {
    file: 'rrasm.idl',
    name: 'rasrpc',
    version: '1.0',
    methods: RasrpcMethods,
    ops: RasrpcOpnums.ops,
    lastOpnum: 16,
  },
  { file: 'epm.idl', name: 'epm', version: '3.0', methods: EpmMethods, ops: EpmOpnums.ops, lastOpnum: 6 },
  { file: 'mgmt.idl', name: 'mgmt', version: '1.0', methods: MgmtMethods, ops: MgmtOpnums.ops, lastOpnum: 4 },
];

const SYNTAXES: readonly TransferSyntax[] = ['ndr20', 'ndr64'];
const RUNS = Number(process.env.GEN_ROUNDTRIP_RUNS ?? 25);

for (const t of TARGETS) {
  describe(`${t.name} v${t.version} generated codecs`, () => {
    const m = model(t.file);
    const iface = findInterface(m, t.name, t.version);
    const arbs = new ValueArbitraries(m);

    it(`covers opnums 0-${t.lastOpnum}, a method table entry exactly for each real method`, () => {
      assert.equal(t.ops.length, t.lastOpnum + 1);
      t.ops.forEach((op, i) => assert.equal(op.opnum, i));
      assert.equal(t.methods.length, t.lastOpnum + 1);
      for (const op of t.ops) assert.equal(t.methods[op.opnum] !== undefined, op.kind === 'method', op.name);
    });

    for (const method of iface.methods) {
      if (method.kind !== 'method') continue;
      it(`opnum ${method.opnum} ${method.name} round-trips in NDR20 and NDR64`, () => {
        const spec = t.methods[method.opnum];
        assert.ok(spec, `no method spec for opnum ${method.opnum}`);
        assert.equal(spec.name, method.name);
        fc.assert(
          fc.property(arbs.method(method), ({ req, resp }) => {
            for (const syntax of SYNTAXES) {
              const reqStub = encodeRequest(spec, syntax, req);
              assert.deepStrictEqual(decodeRequest(spec, syntax, reqStub), req, `${syntax} request`);
              const respStub = encodeResponse(spec, syntax, req, resp);
              assert.deepStrictEqual(decodeResponse(spec, syntax, respStub, req), resp, `${syntax} response`);
            }
          }),
          { numRuns: RUNS },
        );
      });
    }
  });
}
