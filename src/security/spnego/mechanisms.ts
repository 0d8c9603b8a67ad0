/**
 * The mechanisms SPNEGO can negotiate. Each entry makes fresh inner contexts; Kerberos will be
 * another entry with its OIDs.
 */
import { NtlmAcceptor, type NtlmAcceptorOptions } from '../ntlm/acceptor.js';
import { NtlmInitiator, type NtlmInitiatorOptions } from '../ntlm/initiator.js';
import type { SecurityContext } from '../provider.js';
import { Oid } from './tokens.js';

export interface SpnegoMechanism {
  readonly oid: string;
  readonly name: string;
  /** Other OIDs naming the same mechanism (Kerberos has two). */
  readonly aliases?: readonly string[];
  createInitiator?(): SecurityContext;
  createAcceptor?(): SecurityContext;
}

export function ntlmMechanism(opts: {
  readonly initiator?: NtlmInitiatorOptions;
  readonly acceptor?: NtlmAcceptorOptions;
}): SpnegoMechanism {
  return {
    oid: Oid.NTLMSSP,
    name: 'NTLM',
    ...(opts.initiator ? { createInitiator: () => new NtlmInitiator(opts.initiator!) } : {}),
    ...(opts.acceptor ? { createAcceptor: () => new NtlmAcceptor(opts.acceptor!) } : {}),
  };
}

export function mechanismFor(mechs: readonly SpnegoMechanism[], oid: string): SpnegoMechanism | undefined {
  return mechs.find((m) => m.oid === oid || (m.aliases ?? []).includes(oid));
}
