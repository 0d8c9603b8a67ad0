/** A ClusAPI server over the demo cluster, called directly with fake call contexts. */
import assert from 'node:assert/strict';
import type { ServerState } from '../../src/cluster/model/access.js';
import type { Entitlement } from '../../src/cluster/model/access.js';
import { createClusterHandlers } from '../../src/cluster/server/index.js';
import type { ClusterServerEnv } from '../../src/cluster/server/index.js';
import { statusName } from '../../src/errors/status.js';
import { ContextHandleStore } from '../../src/rpc/context-handles.js';
import { AuthLevel, AuthType } from '../../src/rpc/types.js';
import type { CallContext, CallerIdentity } from '../../src/rpc/types.js';
import { demo } from './helpers.js';

export type Who = 'admin' | 'reader' | 'nobody';

const identities: Record<Who, CallerIdentity> = {
  admin: { user: 'Administrator', domain: 'T', groupSids: ['S-1-5-32-544'], anonymous: false },
  reader: { user: 'reader', domain: 'T', groupSids: ['S-1-5-21-1-2-3-1001'], anonymous: false },
  nobody: { user: 'guest', domain: 'T', groupSids: [], anonymous: false },
};

const entitlements: Record<string, Entitlement> = {
  Administrator: { read: true, all: true },
  reader: { read: true, all: false },
  guest: { read: false, all: false },
};

export function fixture(opts: { unsupported?: ReadonlySet<string> } = {}) {
  const { model } = demo();
  let serverState: ServerState = 'readWrite';
  const env: ClusterServerEnv = {
    model,
    serverState: () => serverState,
    ...(opts.unsupported ? { unsupported: opts.unsupported } : {}),
    entitlement: (id) =>
      id ? (entitlements[id.user] ?? { read: false, all: false }) : { read: false, all: false },
  };
  const h = createClusterHandlers(env);
  const handles = new ContextHandleStore();
  /** One association: contexts share its handle table. */
  const ctx = (who: Who = 'admin'): CallContext =>
    ({
      opnum: 0,
      syntax: 'ndr20',
      littleEndian: true,
      transport: {
        protseq: 'ncacn_ip_tcp',
        localAddress: '127.0.0.1',
        remoteAddress: '127.0.0.1',
        endpoint: '0',
      },
      association: { id: 1, handles },
      auth: { type: AuthType.WINNT, level: AuthLevel.PKT_PRIVACY, identity: identities[who] },
      server: {
        interfaces: () => [],
        principalName: 'test',
        stats: () => ({ callsIn: 0, callsOut: 0, pktsIn: 0, pktsOut: 0 }),
      },
      signal: new AbortController().signal,
    }) as CallContext;
  return {
    model,
    h,
    handles,
    ctx,
    setState(s: ServerState) {
      serverState = s;
    },
  };
}

/** Compares statuses by name so that failures read as ERROR_… rather than numbers. */
export function assertStatusIs(actual: number, expected: number, what = ''): void {
  assert.equal(statusName(actual), statusName(expected), what);
}

export const isNull = (h: Uint8Array): boolean => h.length === 20 && h.every((b) => b === 0);
