/**
 * ClusAPI v3 at scale: a 64-node cluster with 10,000 resources (the model API over a MemoryStore),
 * served by the host (RpcServer, NTLM at packet privacy) over TCP on 127.0.0.1, called by the
 * generated client on one sealed connection. Measures enumerating every resource, and opening,
 * querying and closing each, against ApiGetClusterName on the same connection in the same run:
 * a call the server answers without looking anything up, so the ratio is what the cluster work
 * adds per call on top of the sealed round trip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { AccountService } from '../src/accounts/service.js';
import { clientSecurity } from '../src/cli/credentials.js';
import { ClusterModel } from '../src/cluster/model/cluster-model.js';
import { ClusterEnum } from '../src/cluster/server/enums.js';
import { createClusterHandlers } from '../src/cluster/server/index.js';
import { Win32 } from '../src/errors/status.js';
import { DEFAULT_CONFIG } from '../src/host/config.js';
import { startHost } from '../src/host/host.js';
import {
  Clusapi3Client,
  Clusapi3Syntax,
  createClusapi3Server,
} from '../src/interfaces/clusapi3/clusapi3.gen.js';
import { connectTcpRpc } from '../src/rpc/client.js';
import { AuthLevel } from '../src/rpc/types.js';
import { cmrpEntitlement } from '../src/security/policy.js';
import { MemoryStore, openStateStore, type Store } from '../src/store/index.js';

const NODES = 64;
const GROUPS = 100;
/**
 * The scale by default; WINRPC_BENCH_CLUSTER_RESOURCES overrides it. The model finds objects
 * through in-memory indexes (index-cache.ts), so build and per-call times stay flat in this number;
 * before them every lookup scanned and parsed all resources and 10,000 took about 16 minutes.
 */
const RESOURCES = Number(process.env.WINRPC_BENCH_CLUSTER_RESOURCES ?? 10_000);
/** Resources created per model batch. */
const BATCH = 500;
const PASSWORD = 'B3nch!Cluster-pw';
/** No-op calls timed for the baseline: enough for a stable per-call figure. */
const BASELINE_CALLS = 5_000;

function buildCluster(store: Store = new MemoryStore()): ClusterModel {
  const nodes = Array.from({ length: NODES }, (_, i) => `NODE${i + 1}`);
  const model = ClusterModel.create(store, { name: 'BENCH-CLU', nodes });
  model.batch(() => {
    for (let g = 0; g < GROUPS; g++) model.createGroup(`Group ${g}`);
  });
  for (let first = 0; first < RESOURCES; first += BATCH) {
    model.batch(() => {
      for (let r = first; r < Math.min(RESOURCES, first + BATCH); r++) {
        model.createResource(`Group ${r % GROUPS}`, `Resource ${r}`, 'Generic Service');
      }
    });
  }
  return model;
}

function check(what: string, status: number): void {
  if (status !== Win32.ERROR_SUCCESS) throw new Error(`${what}: status ${status}`);
}

export async function bench(): Promise<void> {
  let t0 = performance.now();
  const model = buildCluster();
  console.log(
    `cluster build (model API, ${NODES} nodes, ${RESOURCES} resources): ${(performance.now() - t0).toFixed(0)} ms`,
  );

  const accounts = AccountService.open(new MemoryStore(), { machineName: 'bench' });
  accounts.ensureAdministrator(PASSWORD);
  const handlers = createClusterHandlers({
    model,
    serverState: () => 'readWrite',
    entitlement: (identity) => cmrpEntitlement(identity),
  });
  const iface = createClusapi3Server(handlers, {
    transferSyntaxes: ['ndr20'],
    minAuthLevel: AuthLevel.PKT_PRIVACY,
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-bench-cluster-'));
  const host = await startHost({
    config: { ...DEFAULT_CONFIG, listen: '127.0.0.1', epmPort: 0, stateDir: dir, logLevel: 'silent' },
    logger: pino({ level: 'silent' }),
    accounts,
    services: [
      { name: 'cluster', interfaces: [iface], endpoints: [{ protseq: 'ncacn_ip_tcp', kind: 'dynamic' }] },
    ],
  });
  const port = host.endpoints.find((e) => e.name === 'services')!.port;
  const security = clientSecurity(
    { user: 'Administrator', domain: '', password: PASSWORD, anonymous: false },
    { mechanism: 'ntlm', level: AuthLevel.PKT_PRIVACY },
  );
  const conn = await connectTcpRpc('127.0.0.1', port, { timeoutMs: 30_000, security });
  try {
    const ctx = await conn.bind(Clusapi3Syntax, { transferSyntaxes: ['ndr20'] });
    const c = new Clusapi3Client({ syntax: ctx.syntax, call: (opnum, stub) => conn.call(ctx, opnum, stub) });

    for (let i = 0; i < 200; i++) await c.ApiGetClusterName();
    t0 = performance.now();
    for (let i = 0; i < BASELINE_CALLS; i++) await c.ApiGetClusterName();
    const noopMs = (performance.now() - t0) / BASELINE_CALLS;

    t0 = performance.now();
    const e = await c.ApiCreateEnum({ dwType: ClusterEnum.RESOURCE });
    const enumMs = performance.now() - t0;
    check('ApiCreateEnum', e.ret);
    const names = e.ReturnEnum!.Entry.map((x) => x.Name!);
    if (names.length !== RESOURCES) throw new Error(`enumerated ${names.length} resources`);

    t0 = performance.now();
    for (const name of names) {
      const h = await c.ApiOpenResource({ lpszResourceName: name });
      check('ApiOpenResource', h.Status);
      const s = await c.ApiGetResourceState({ hResource: h.ret });
      check('ApiGetResourceState', s.ret);
      check('ApiCloseResource', (await c.ApiCloseResource({ Resource: h.ret })).ret);
    }
    const openQueryMs = performance.now() - t0;
    const perResourceCallMs = openQueryMs / (3 * RESOURCES);

    console.log(`no-op call (ApiGetClusterName, sealed, sequential): ${(noopMs * 1000).toFixed(1)} µs/call`);
    console.log(`enumerate ${RESOURCES} resources (one ApiCreateEnum): ${enumMs.toFixed(1)} ms`);
    console.log(`enumerate ${RESOURCES} resources vs one no-op call: ${(enumMs / noopMs).toFixed(1)} x`);
    console.log(
      `open+state+close each of ${RESOURCES} resources: ${openQueryMs.toFixed(0)} ms (${((openQueryMs / RESOURCES) * 1000).toFixed(1)} µs/resource)`,
    );
    console.log(
      `open/state/close per call vs no-op call: ${(perResourceCallMs * 1000).toFixed(1)} µs vs ${(noopMs * 1000).toFixed(1)} µs = ${(perResourceCallMs / noopMs).toFixed(2)} x`,
    );
  } finally {
    await conn.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
  benchSqliteOpen();
}

/**
 * The same cluster in a SQLite state file: building it there, then what a restart pays before the
 * first answer — opening the model and the first lookup by name, which loads and indexes every
 * resource once — and a lookup after that.
 */
function benchSqliteOpen(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-bench-cluster-sqlite-'));
  try {
    let t0 = performance.now();
    buildCluster(openStateStore(dir)).store.close();
    console.log(
      `cluster build on SQLite (${RESOURCES} resources): ${(performance.now() - t0).toFixed(0)} ms`,
    );
    const store = openStateStore(dir);
    try {
      t0 = performance.now();
      const model = ClusterModel.open(store);
      model.resource(`Resource ${RESOURCES - 1}`);
      console.log(
        `SQLite cold open + first lookup by name (${RESOURCES} resources): ${(performance.now() - t0).toFixed(0)} ms`,
      );
      const n = Math.min(RESOURCES, 1000);
      t0 = performance.now();
      for (let i = 0; i < n; i++) model.resourceState(`Resource ${i}`);
      console.log(
        `SQLite warm lookup by name + state: ${(((performance.now() - t0) / n) * 1000).toFixed(1)} µs`,
      );
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
