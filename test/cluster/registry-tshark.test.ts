/**
 * Independent check of a cluster registry session: the real registry and batch handlers over
 * loopback TCP (NDR20, unauthenticated so the stubs are readable), captured with dumpcap and
 * dissected by Wireshark's clusapi dissector (from Samba's clusapi.idl). Every call must dissect as
 * clusapi, request and response, with no malformed packet and no expert error, and the names we
 * sent must read back. Needs root (dumpcap on lo) and tshark; skips with the reason otherwise.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BatchCommand as C, encodeBatch } from '../../src/cluster/registry/batch.js';
import { RegType } from '../../src/cluster/registry/registry.js';
import { KeyAccess, SecurityInformation } from '../../src/cluster/registry/security.js';
import { Win32 } from '../../src/errors/status.js';
import {
  connectClusapiNdr20,
  recordingStep,
  serveClusapiForCapture,
} from '../fixtures/clusapi-capture-session.js';
import {
  assertClusapiCallsDissected,
  clusapiFieldsByCall,
  dcerpcReadArgs,
  assertDissectsCleanly,
  saveCapture,
  startLoopbackCapture,
  whyTsharkUnavailable,
  type LoopbackCapture,
} from '../fixtures/tshark.js';
import { demo } from './helpers.js';

const sz = (s: string): Uint8Array => new Uint8Array(Buffer.from(s + '\0', 'utf16le'));

test('a cluster registry session dissects cleanly in tshark', { timeout: 120_000 }, async (t) => {
  const unavailable = whyTsharkUnavailable();
  if (unavailable) {
    t.skip(unavailable);
    return;
  }
  const { model } = demo();
  const server = await serveClusapiForCapture(model);
  const port = server.port;
  const dir = mkdtempSync(join(tmpdir(), 'winrpc-registry-tshark-'));
  const pcap = join(dir, 'registry.pcapng');
  let capture: LoopbackCapture | undefined;
  const called = new Set<number>();
  try {
    capture = await startLoopbackCapture(port);
    const { api, close } = await connectClusapiNdr20(port);
    try {
      const step = recordingStep(called);
      const root = (await step('ApiGetRootKey', api.ApiGetRootKey({ samDesired: KeyAccess.KEY_ALL_ACCESS })))
        .ret;
      const created = await step(
        'ApiCreateKey',
        api.ApiCreateKey({
          hKey: root,
          lpSubKey: 'Wire\\Test',
          dwOptions: 0,
          samDesired: KeyAccess.KEY_ALL_ACCESS,
          lpSecurityAttributes: null,
        }),
      );
      const key = created.ret;
      const data = sz('captured');
      await step(
        'ApiSetValue',
        api.ApiSetValue({
          hKey: key,
          lpValueName: 'Greeting',
          dwType: RegType.REG_SZ,
          lpData: data,
          cbData: data.length,
        }),
      );
      await step(
        'ApiQueryValue',
        api.ApiQueryValue({ hKey: key, lpValueName: 'Greeting', cbData: 2 }),
        Win32.ERROR_MORE_DATA,
      );
      await step('ApiQueryValue', api.ApiQueryValue({ hKey: key, lpValueName: 'Greeting', cbData: 64 }));
      await step('ApiEnumValue', api.ApiEnumValue({ hKey: key, dwIndex: 0, lpcbData: 64 }));
      await step(
        'ApiEnumValue',
        api.ApiEnumValue({ hKey: key, dwIndex: 1, lpcbData: 64 }),
        Win32.ERROR_NO_MORE_ITEMS,
      );
      const opened = (
        await step(
          'ApiOpenKey',
          api.ApiOpenKey({ hKey: root, lpSubKey: 'Wire', samDesired: KeyAccess.KEY_READ }),
        )
      ).ret;
      await step('ApiEnumKey', api.ApiEnumKey({ hKey: opened, dwIndex: 0 }));
      await step('ApiEnumKey', api.ApiEnumKey({ hKey: opened, dwIndex: 1 }), Win32.ERROR_NO_MORE_ITEMS);
      await step('ApiQueryInfoKey', api.ApiQueryInfoKey({ hKey: key }));
      const sec = await step(
        'ApiGetKeySecurity',
        api.ApiGetKeySecurity({
          hKey: key,
          SecurityInformation: SecurityInformation.OWNER | SecurityInformation.DACL,
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: null,
            cbInSecurityDescriptor: 1024,
            cbOutSecurityDescriptor: 0,
          },
        }),
      );
      const sd = sec.pRpcSecurityDescriptor.lpSecurityDescriptor!;
      await step(
        'ApiSetKeySecurity',
        api.ApiSetKeySecurity({
          hKey: key,
          SecurityInformation: SecurityInformation.OWNER,
          pRpcSecurityDescriptor: {
            lpSecurityDescriptor: sd,
            cbInSecurityDescriptor: sd.length,
            cbOutSecurityDescriptor: sd.length,
          },
        }),
      );
      const batch = encodeBatch([
        { command: C.CLUSREG_CREATE_KEY, valueType: 0, name: 'Wire\\Batch', data: new Uint8Array(0) },
        {
          command: C.CLUSREG_SET_VALUE,
          valueType: RegType.REG_BINARY,
          name: 'b',
          data: new Uint8Array([1, 2, 3]),
        },
      ]);
      const port2 = (await step('ApiCreateBatchPort', api.ApiCreateBatchPort({ hKey: root }))).phBatchPort;
      await step('ApiExecuteBatch', api.ApiExecuteBatch({ hKey: root, cbData: batch.length, lpData: batch }));
      await step('ApiGetBatchNotification', api.ApiGetBatchNotification({ hBatchNotify: port2 }));
      const read = encodeBatch([
        { command: C.CLUSREG_READ_KEY, valueType: 0, name: 'Wire\\Batch', data: new Uint8Array(0) },
        { command: C.CLUSREG_READ_VALUE, valueType: 0, name: 'b', data: new Uint8Array(0) },
      ]);
      await step(
        'ApiExecuteReadBatch',
        api.ApiExecuteReadBatch({ hKey: root, cbInData: read.length, lpInData: read }),
      );
      await step(
        'ApiExecuteReadBatchEx',
        api.ApiExecuteReadBatchEx({ hKey: root, cbInData: read.length, lpInData: read, flags: 2 }),
      );
      await step('ApiCloseBatchPort', api.ApiCloseBatchPort({ phBatchPort: port2 }));
      await step('ApiDeleteValue', api.ApiDeleteValue({ hKey: key, lpValueName: 'Greeting' }));
      await step(
        'ApiDeleteKey',
        api.ApiDeleteKey({ hKey: root, lpSubKey: 'Wire' }),
        Win32.ERROR_ACCESS_DENIED,
      );
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: key }));
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: opened }));
      await step('ApiCloseKey', api.ApiCloseKey({ pKey: root }));
    } finally {
      await close();
    }
    await saveCapture(capture, pcap);
    capture = undefined;

    const readArgs = dcerpcReadArgs(pcap, port);
    assertDissectsCleanly(readArgs, ['clusapi.opnum']);

    const seen = clusapiFieldsByCall(readArgs);
    assertClusapiCallsDissected(seen, called);
    assert.ok(called.size >= 19, `${called.size} registry opnums exercised`);
    const all = [...seen.values()].flatMap((m) => [...m.values()].flat());
    assert.ok(all.includes('Wire\\Test'), 'ApiCreateKey lpSubKey printed');
    assert.ok(all.includes('Greeting'), 'value name printed');
  } finally {
    if (capture) await capture.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
