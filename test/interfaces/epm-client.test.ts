/**
 * eptLookupAll against endpoint mappers that end a lookup differently: Samba sends the last entry
 * together with EPT_S_NOT_REGISTERED and a NULL handle; a broken server never ends.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Epm } from '../../src/errors/status.js';
import { EPM_SYNTAX, EpmError, eptLookupAll } from '../../src/interfaces/epm/client.js';
import { annotationBytes } from '../../src/interfaces/epm/constants.js';
import { createEpmServer } from '../../src/interfaces/epm/epm.gen.js';
import type { ept_entry_t, ept_lookup_handle_t } from '../../src/interfaces/epm/epm.gen.js';
import { buildTower } from '../../src/interfaces/epm/tower.js';
import { connectTcpRpc } from '../../src/rpc/client.js';
import { RpcServer } from '../../src/rpc/server.js';
import { NDR20_SYNTAX } from '../../src/rpc/types.js';
import type { RpcServerInterface } from '../../src/rpc/types.js';
import { NIL_UUID } from '../../src/rpc/uuid.js';
import { listenTcp } from '../../src/transport/tcp.js';

const HANDLE = Uint8Array.from({ length: 20 }, (_, i) => (i === 0 ? 0 : i)) as ept_lookup_handle_t;
const NULL = new Uint8Array(20) as ept_lookup_handle_t;

function entry(port: number): ept_entry_t {
  const t = buildTower({
    iface: EPM_SYNTAX,
    transferSyntax: NDR20_SYNTAX,
    protseq: 'ncacn_ip_tcp',
    endpoint: String(port),
    host: '127.0.0.1',
  });
  return {
    object: NIL_UUID,
    tower: { tower_length: t.length, tower_octet_string: t },
    annotation: annotationBytes(`e${port}`),
  };
}

/** A fake EPM whose ept_lookup answers from `script(callIndex)`; counts calls. */
function fakeEpm(
  script: (call: number) => { handle: ept_lookup_handle_t; entries: ept_entry_t[]; status: number },
) {
  const seen = { lookups: 0, frees: 0 };
  const iface: RpcServerInterface = createEpmServer({
    ept_lookup_handle_free() {
      seen.frees++;
      return { entry_handle: NULL, status: 0 };
    },
    ept_lookup() {
      const r = script(seen.lookups++);
      return { entry_handle: r.handle, num_ents: r.entries.length, entries: r.entries, status: r.status };
    },
  });
  return { iface, seen };
}

async function withServer<T>(iface: RpcServerInterface, fn: (port: number) => Promise<T>): Promise<T> {
  const server = new RpcServer();
  server.register(iface);
  const l = await listenTcp((s, info) => server.handle(s, info), { host: '127.0.0.1', port: 0 });
  try {
    return await fn(l.port);
  } finally {
    await l.close();
    server.close();
  }
}

async function lookup(port: number, maxCalls?: number) {
  const conn = await connectTcpRpc('127.0.0.1', port);
  try {
    const ctx = await conn.bind(EPM_SYNTAX);
    return await eptLookupAll(conn, ctx, { pageSize: 1, ...(maxCalls !== undefined ? { maxCalls } : {}) });
  } finally {
    await conn.close();
  }
}

describe('eptLookupAll', () => {
  it('keeps the last entry a Samba-style server sends with EPT_S_NOT_REGISTERED', async () => {
    const { iface, seen } = fakeEpm((n) =>
      n < 2
        ? { handle: HANDLE, entries: [entry(1000 + n)], status: 0 }
        : { handle: NULL, entries: [entry(1002)], status: Epm.EPT_S_NOT_REGISTERED },
    );
    const all = await withServer(iface, (port) => lookup(port));
    assert.deepEqual(
      all.map((e) => e.annotation),
      ['e1000', 'e1001', 'e1002'],
    );
    assert.equal(seen.lookups, 3);
  });

  it('stops after maxCalls against a server that never ends, and frees its handle', async () => {
    const { iface, seen } = fakeEpm(() => ({ handle: HANDLE, entries: [entry(7)], status: 0 }));
    const all = await withServer(iface, (port) => lookup(port, 5));
    assert.equal(all.length, 5);
    assert.equal(seen.lookups, 5);
    assert.equal(seen.frees, 1);
  });

  it('raises EpmError for other statuses', async () => {
    const { iface } = fakeEpm(() => ({ handle: NULL, entries: [], status: Epm.EPT_S_CANT_PERFORM_OP_WIN32 }));
    await assert.rejects(
      withServer(iface, (port) => lookup(port)),
      (e: unknown) => e instanceof EpmError && e.status === Epm.EPT_S_CANT_PERFORM_OP_WIN32,
    );
  });
});
