/**
 * The committed `*.gen.ts` files are what a fresh `npm run gen` produces (the same check as
 * `npm run gen:check`, so drift also fails `npm test`), and each interface gets the transfer
 * syntaxes its spec requires.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TARGETS, generate } from '../../scripts/gen.js';
import { createClusapi2Server } from '../../src/interfaces/clusapi2/clusapi2.gen.js';
import { createClusapi3Server } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { createDimsvcServer } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { createEpmServer } from '../../src/interfaces/epm/epm.gen.js';
import { createMgmtServer } from '../../src/interfaces/mgmt/mgmt.gen.js';
import { createRasrpcServer } from '../../src/interfaces/rasrpc/rasrpc.gen.js';
import { repoRoot } from '../idl/helpers.js';

describe('generated files', () => {
  const root = repoRoot();
  for (const t of TARGETS) {
    it(`${t.out} matches a fresh generation from ${t.idl}`, async () => {
      const fresh = await generate(root, t);
      const onDisk = readFileSync(join(root, t.out), 'utf8');
      assert.ok(fresh === onDisk, `${t.out} is stale: run npm run gen`);
      assert.match(onDisk, /^\/\/ Generated from .* by `npm run gen`\.\n\/\/ Do not edit/);
    });
  }

  it('offers NDR64 for clusapi v3 only (MS-CMRP 2.2)', () => {
    assert.deepEqual(createClusapi3Server({}).transferSyntaxes, ['ndr20', 'ndr64']);
    for (const s of [
      createClusapi2Server({}),
      createDimsvcServer({}),
      createRasrpcServer({}),
      createEpmServer({}),
      createMgmtServer({}),
    ]) {
      assert.deepEqual(s.transferSyntaxes, ['ndr20'], s.name);
    }
  });
});
