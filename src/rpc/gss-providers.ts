/**
 * Adapts a SecurityContext factory to the RPC server's plug point (src/rpc/security.ts). NTLM
 * signs the whole PDU (header, body, auth pad, sec_trailer) and seals only the body region,
 * which is exactly the sign/seal split the context's wrap/unwrap take.
 */
import type { ClientSecurityContext, ClientSecurityProvider, InitiateResult } from './client-security.js';
import type {
  AcceptResult,
  ProtectedPdu,
  ServerSecurityContext,
  ServerSecurityProvider,
} from './security.js';
import type { TransportInfo } from './types.js';
import { SecurityError } from '../security/errors.js';
import type { Region, SecurityContext } from '../security/provider.js';

export interface RpcProviderOptions {
  readonly authType: number;
  readonly name: string;
  readonly newContext: (transport: TransportInfo) => SecurityContext;
  /** Called with every refused token or failed protection check (for logging). */
  readonly onError?: (err: SecurityError) => void;
}

const body = (p: ProtectedPdu): Region => ({ offset: p.bodyOffset, length: p.bodyLength });

/** Per-PDU protection shared by both roles. */
class RpcProtection {
  constructor(
    protected readonly ctx: SecurityContext,
    private readonly onError: ((err: SecurityError) => void) | undefined,
  ) {}

  get signatureLength(): number {
    return this.ctx.signatureLength;
  }

  get sessionKey(): Uint8Array | undefined {
    return this.ctx.sessionKey;
  }

  sign(p: ProtectedPdu): Uint8Array {
    return this.ctx.sign(p.pdu, body(p));
  }

  verify(p: ProtectedPdu, signature: Uint8Array): boolean {
    return this.guard(() => {
      this.ctx.verify(p.pdu, signature, body(p));
      return true;
    }, false);
  }

  seal(p: ProtectedPdu): { body: Uint8Array; signature: Uint8Array } {
    const r = this.ctx.wrap(p.pdu, body(p));
    return { body: r.sealed, signature: r.signature };
  }

  unseal(p: ProtectedPdu, signature: Uint8Array): Uint8Array | undefined {
    return this.guard(() => this.ctx.unwrap(p.pdu, signature, body(p)), undefined);
  }

  private guard<T, F>(f: () => T, failed: F): T | F {
    try {
      return f();
    } catch (e) {
      if (e instanceof SecurityError) {
        this.onError?.(e);
        return failed;
      }
      throw e;
    }
  }
}

class RpcServerContext extends RpcProtection implements ServerSecurityContext {
  accept(token: Uint8Array): AcceptResult {
    const r = this.ctx.step(token);
    const identity = r.complete ? this.ctx.identity : undefined;
    return {
      ...(r.output ? { token: r.output } : {}),
      complete: r.complete,
      ...(identity ? { identity } : {}),
    };
  }
}

class RpcClientContext extends RpcProtection implements ClientSecurityContext {
  initiate(serverToken: Uint8Array | undefined): InitiateResult {
    const r = this.ctx.step(serverToken);
    return { ...(r.output ? { token: r.output } : {}), complete: r.complete };
  }
}

/** The client-side counterpart for src/rpc/client-security.ts. */
export function rpcClientSecurityProvider(opts: RpcProviderOptions): ClientSecurityProvider {
  return {
    authType: opts.authType,
    name: opts.name,
    supportsHeaderSigning: true,
    newContext: (transport) => new RpcClientContext(opts.newContext(transport), opts.onError),
  };
}

export function rpcSecurityProvider(opts: RpcProviderOptions): ServerSecurityProvider {
  return {
    authType: opts.authType,
    name: opts.name,
    supportsHeaderSigning: true,
    newContext: (transport) => new RpcServerContext(opts.newContext(transport), opts.onError),
  };
}
