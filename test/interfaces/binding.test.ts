import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BindingError, formatBinding, parseBinding } from '../../src/rpc/binding.js';
import { RpcStatus } from '../../src/errors/status.js';

function status(fn: () => unknown): number {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof BindingError, `expected BindingError, got ${String(err)}`);
    return err.status;
  }
  assert.fail('expected a BindingError');
}

describe('parseBinding', () => {
  it('reads a bare TCP binding', () => {
    const b = parseBinding('ncacn_ip_tcp:127.0.0.1');
    assert.equal(b.protseq, 'ncacn_ip_tcp');
    assert.equal(b.host, '127.0.0.1');
    assert.equal(b.endpoint, undefined);
    assert.equal(b.objectUuid, undefined);
    assert.equal(b.options.sign, false);
  });

  it('reads a port and options', () => {
    assert.equal(parseBinding('ncacn_ip_tcp:host[135]').endpoint, '135');
    const b = parseBinding('ncacn_ip_tcp:host[135,sign]');
    assert.equal(b.endpoint, '135');
    assert.equal(b.options.sign, true);
    const c = parseBinding('ncacn_ip_tcp:host[sign,seal]');
    assert.equal(c.endpoint, undefined);
    assert.ok(c.options.sign && c.options.seal);
  });

  it('reads named pipe bindings with smb2', () => {
    const b = parseBinding('ncacn_np:host[\\pipe\\epmapper]');
    assert.equal(b.protseq, 'ncacn_np');
    assert.equal(b.endpoint, '\\pipe\\epmapper');
    const r = parseBinding('ncacn_np:srv01[\\pipe\\ROUTER,smb2]');
    assert.equal(r.endpoint, '\\pipe\\ROUTER');
    assert.equal(r.options.smb2, true);
  });

  it('takes port= on a named pipe binding as the SMB port, not the endpoint', () => {
    const b = parseBinding('ncacn_np:127.0.0.1[\\pipe\\ROUTER,port=1445,seal]');
    assert.equal(b.endpoint, '\\pipe\\ROUTER');
    assert.equal(b.port, 1445);
    assert.equal(b.options.seal, true);
    assert.deepEqual(b.options.extra, {});
    assert.equal(parseBinding('ncacn_np:h[port=445,endpoint=\\pipe\\epmapper]').port, 445);
    assert.equal(parseBinding('ncacn_ip_tcp:h[port=135]').port, undefined);
    assert.throws(() => parseBinding('ncacn_np:h[\\pipe\\x,port=70000]'), /expected a port/);
    assert.throws(() => parseBinding('ncacn_np:h[\\pipe\\x,port=1,port=2]'), /port given twice/);
  });

  it('reads object UUIDs, auth flags and key=value forms', () => {
    const b = parseBinding(
      'B97DB8B2-4C63-11CF-BFF6-08002BE23F2F@ncacn_ip_tcp:10.0.0.1[endpoint=49664,spnego,seal,ndr64]',
    );
    assert.equal(b.objectUuid, 'b97db8b2-4c63-11cf-bff6-08002be23f2f');
    assert.equal(b.endpoint, '49664');
    assert.equal(b.options.auth, 'spnego');
    assert.ok(b.options.seal && b.options.ndr64);
    const w = parseBinding('ncacn_np:host[endpoint=\\pipe\\ROUTER,Security=Impersonation Dynamic False]');
    assert.equal(w.endpoint, '\\pipe\\ROUTER');
    assert.deepEqual(w.options.extra, { security: 'Impersonation Dynamic False' });
    assert.equal(parseBinding('ncacn_ip_tcp:h[port=135,krb5,print,bigendian,connect]').endpoint, '135');
    assert.equal(parseBinding('ncadg_ip_udp:h[135]').protseq, 'ncadg_ip_udp');
  });

  it('refuses bad input with RPC_S_* statuses', () => {
    assert.equal(
      status(() => parseBinding('')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('127.0.0.1')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[135')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[135]x')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[135,bogus]')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[ntlm,krb5]')),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
    assert.equal(
      status(() => parseBinding('not-a-uuid@ncacn_ip_tcp:h')),
      RpcStatus.RPC_S_INVALID_STRING_UUID,
    );
    assert.equal(
      status(() => parseBinding('ncacn_bogus:h')),
      RpcStatus.RPC_S_INVALID_RPC_PROTSEQ,
    );
    assert.equal(
      status(() => parseBinding('ncalrpc:[foo]')),
      RpcStatus.RPC_S_PROTSEQ_NOT_SUPPORTED,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[70000]')),
      RpcStatus.RPC_S_INVALID_ENDPOINT_FORMAT,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:h[abc]')),
      RpcStatus.RPC_S_INVALID_ENDPOINT_FORMAT,
    );
    assert.equal(
      status(() => parseBinding('ncacn_np:h[ROUTER]')),
      RpcStatus.RPC_S_INVALID_ENDPOINT_FORMAT,
    );
    assert.equal(
      status(() => parseBinding('ncacn_ip_tcp:a b')),
      RpcStatus.RPC_S_INVALID_NET_ADDR,
    );
    assert.equal(
      status(() => parseBinding('x'.repeat(5000))),
      RpcStatus.RPC_S_INVALID_BINDING,
    );
  });

  it('formats what it parses (round trip)', () => {
    const cases = [
      'ncacn_ip_tcp:127.0.0.1',
      'ncacn_ip_tcp:127.0.0.1[135]',
      'ncacn_ip_tcp:host[135,sign]',
      'ncacn_np:host[\\pipe\\ROUTER,seal,smb2,ntlm]',
      'ncacn_np:host[\\pipe\\ROUTER,port=1445,seal]',
      'b97db8b2-4c63-11cf-bff6-08002be23f2f@ncacn_ip_tcp:h[49664,seal,spnego]',
    ];
    for (const c of cases) assert.equal(formatBinding(parseBinding(c)), c);
  });

  it('never throws anything but BindingError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          parseBinding(s);
        } catch (err) {
          assert.ok(err instanceof BindingError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), fc.boolean(), (port, seal) => {
        const text = formatBinding({
          protseq: 'ncacn_ip_tcp',
          host: '10.1.2.3',
          endpoint: String(port),
          options: { seal },
        });
        const b = parseBinding(text);
        assert.equal(b.endpoint, String(port));
        assert.equal(b.options.seal, seal);
      }),
    );
  });
});
