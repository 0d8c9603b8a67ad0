/**
 * Control codes over the wire: the cluster service in a host, the generated ClusAPI v3 client at
 * packet privacy over NDR and NDR64, PROPERTY_LIST buffers both ways.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeProperties, decodeSz, encodeProperties } from '../../src/cluster/controls/clusprop.js';
import { ClusterControl, ResourceControl } from '../../src/cluster/controls/codes.js';
import { DesiredAccess } from '../../src/cluster/model/access.js';
import { Win32 } from '../../src/errors/status.js';
import type { Clusapi3Client } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import type { RpcClientConnection } from '../../src/rpc/client.js';
import type { TransferSyntax } from '../../src/rpc/types.js';
import { connectClusapi3, startClusterHost, type ClusterTestHost } from '../fixtures/cluster-host.js';

describe('control codes end to end', () => {
  let running: ClusterTestHost;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-controls-'));
  const open: RpcClientConnection[] = [];

  before(async () => {
    running = await startClusterHost(dir, { machineName: 'ctltest' });
  });

  after(async () => {
    await Promise.all(open.map((c) => c.close()));
    await running.host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function client(user: string, password: string, syntax: TransferSyntax): Promise<Clusapi3Client> {
    const { client, conn } = await connectClusapi3(running.servicesPort, { user, password }, 'ntlm', syntax);
    open.push(conn);
    return client;
  }

  for (const syntax of ['ndr20', 'ndr64'] as const) {
    it(`get, ERROR_MORE_DATA, set and read back over ${syntax}`, async () => {
      const c = await client('Administrator', 'Adm1n!pw', syntax);
      const hc = (await c.ApiOpenCluster()).ret;
      const call = (dwControlCode: number, nOutBufferSize: number, lpInBuffer: Uint8Array | null = null) =>
        c.ApiClusterControl({
          hCluster: hc,
          dwControlCode,
          lpInBuffer,
          nInBufferSize: lpInBuffer?.length ?? 0,
          nOutBufferSize,
        });

      const short = await call(ClusterControl.GET_COMMON_PROPERTIES, 8);
      assert.equal(short.ret, Win32.ERROR_MORE_DATA);
      assert.equal(short.lpBytesReturned, 0);
      const full = await call(ClusterControl.GET_COMMON_PROPERTIES, short.lpcbRequired);
      assert.equal(full.ret, Win32.ERROR_SUCCESS);
      assert.equal(full.lpBytesReturned, short.lpcbRequired);
      const props = new Map(decodeProperties(full.lpOutBuffer).map((p) => [p.name, p.value]));
      assert.deepEqual(props.get('ClusterLogLevel'), { type: 'dword', value: 3 });

      const desc = `set over ${syntax}`;
      const set = await call(
        ClusterControl.SET_COMMON_PROPERTIES,
        0,
        encodeProperties([{ name: 'Description', value: { type: 'sz', value: desc } }]),
      );
      assert.equal(set.ret, Win32.ERROR_SUCCESS);
      const again = await call(ClusterControl.GET_COMMON_PROPERTIES, 4096);
      const d = decodeProperties(again.lpOutBuffer).find((p) => p.name === 'Description');
      assert.deepEqual(d?.value, { type: 'sz', value: desc });

      const fqdn = await call(ClusterControl.GET_FQDN, 512);
      assert.equal(decodeSz(fqdn.lpOutBuffer), 'WINRPC-CLU');
      assert.equal((await call(0x07000ffd, 64)).ret, Win32.ERROR_INVALID_FUNCTION);
    });
  }

  it('a reader is refused modify codes but reads', async () => {
    const c = await client('reader', 'R3ader!pw', 'ndr20');
    const hr = await c.ApiOpenResourceEx({
      lpszResourceName: 'Cluster Name',
      dwDesiredAccess: DesiredAccess.GENERIC_READ,
    });
    assert.equal(hr.Status, Win32.ERROR_SUCCESS);
    const call = (dwControlCode: number, lpInBuffer: Uint8Array | null = null) =>
      c.ApiResourceControl({
        hResource: hr.ret,
        dwControlCode,
        lpInBuffer,
        nInBufferSize: lpInBuffer?.length ?? 0,
        nOutBufferSize: 1024,
      });
    const name = await call(ResourceControl.GET_NETWORK_NAME);
    assert.equal(decodeSz(name.lpOutBuffer), 'WINRPC-CLU');
    const set = await call(
      ResourceControl.SET_PRIVATE_PROPERTIES,
      encodeProperties([{ name: 'HostRecordTTL', value: { type: 'dword', value: 60 } }]),
    );
    assert.equal(set.ret, Win32.ERROR_ACCESS_DENIED);
  });
});
