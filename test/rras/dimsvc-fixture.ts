/** A DIMSVC server over the demo RRAS in a memory store, called directly with fake call contexts. */
import assert from 'node:assert/strict';
import { statusName } from '../../src/errors/status.js';
import { DimsvcMethods } from '../../src/interfaces/dimsvc/dimsvc.gen.js';
import { createDemoRras } from '../../src/rras/demo.js';
import type { EmulatedRras } from '../../src/rras/emulated/index.js';
import { sequentialIds } from '../../src/rras/model/ids.js';
import { createDimsvcHandlers } from '../../src/rras/server/index.js';
import { ContextHandleStore } from '../../src/rpc/context-handles.js';
import { AuthLevel, AuthType, type CallContext, type CallerIdentity } from '../../src/rpc/types.js';
import { MemoryStore } from '../../src/store/index.js';

export type Who = 'admin' | 'user' | 'anonymous' | 'none';

export const identities: Record<Exclude<Who, 'none'>, CallerIdentity> = {
  admin: {
    user: 'Administrator',
    domain: 'RRAS',
    groupSids: ['S-1-5-32-544', 'S-1-5-32-545'],
    anonymous: false,
  },
  user: { user: 'alice', domain: 'RRAS', groupSids: ['S-1-5-32-545', 'S-1-5-11'], anonymous: false },
  anonymous: { user: '', domain: '', groupSids: ['S-1-5-32-544'], anonymous: true },
};

/** Fixed clock: durations and ages are deterministic. */
export const T0 = Date.UTC(2026, 10, 22, 6, 0, 0);

export function fixture() {
  const store = new MemoryStore();
  let now = T0;
  const rras: EmulatedRras = createDemoRras(store, { clock: () => now, ids: sequentialIds() });
  const h = createDimsvcHandlers({ backend: rras });
  const handles = new ContextHandleStore();
  // Over \PIPE\ROUTER without an RPC verifier the runtime hands the SMB session's identity to
  // ctx.auth.identity; `smb` builds that shape.
  const ctx = (who: Who = 'admin', opts: { smb?: boolean } = {}): CallContext => {
    const identity = who === 'none' ? undefined : identities[who];
    return {
      opnum: 0,
      syntax: 'ndr20',
      littleEndian: true,
      transport: {
        protseq: 'ncacn_np',
        localAddress: '127.0.0.1',
        remoteAddress: '127.0.0.1',
        endpoint: '\\PIPE\\ROUTER',
        ...(opts.smb && identity ? { identity } : {}),
      },
      association: { id: 1, handles },
      auth: opts.smb
        ? { type: AuthType.NONE, level: AuthLevel.NONE, ...(identity ? { identity } : {}) }
        : { type: AuthType.GSS_NEGOTIATE, level: AuthLevel.PKT_PRIVACY, ...(identity ? { identity } : {}) },
      server: {
        interfaces: () => [],
        principalName: 'test',
        stats: () => ({ callsIn: 0, callsOut: 0, pktsIn: 0, pktsOut: 0 }),
      },
      signal: new AbortController().signal,
    } as CallContext;
  };
  return {
    store,
    rras,
    h,
    ctx,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Compares statuses by name so that failures read as ERROR_… rather than numbers. */
export function assertStatus(actual: number, expected: number, what = ''): void {
  assert.equal(statusName(actual), statusName(expected), what);
}

/**
 * A well-formed request for every opnum: the generated stub's own zero values, as a client that
 * leaves everything at zero would send (used for the access checks, which come before any other).
 */
export function zeroRequest(opnum: number): Record<string, unknown> {
  const spec = DimsvcMethods[opnum]!;
  const req: Record<string, unknown> = {};
  for (const [name] of spec.request) req[name] = undefined;
  return req;
}
