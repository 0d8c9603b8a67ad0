/** NTLMSSP client side ([MS-NLMP] 3.1): NEGOTIATE out, CHALLENGE in, AUTHENTICATE out. */
import { randomBytes } from 'node:crypto';
import { SecStatus } from '../../errors/status.js';
import { rc4 } from '../crypto/rc4.js';
import { invalidToken, SecurityError } from '../errors.js';
import type { StepResult } from '../provider.js';
import { AvFlags, AvId, NtlmFlags } from './constants.js';
import { filetimeNow, NtlmContextBase } from './context.js';
import {
  hmacMd5,
  kxkey,
  lmowfv1,
  ntHashOf,
  ntlmv1Response,
  ntlmv2ClientBlob,
  ntlmv2Response,
  ntowfv2,
} from './keys.js';
import {
  decodeAvPairs,
  decodeChallenge,
  encodeAuthenticate,
  encodeAvPairs,
  encodeNegotiate,
  findAv,
  setMic,
  utf16le,
  type AvPair,
  type NtlmVersion,
} from './messages.js';

export interface NtlmInitiatorOptions {
  readonly user: string;
  readonly domain: string;
  readonly password?: string;
  /** The NT hash (MD4 of the UTF-16LE password), instead of the password. */
  readonly ntHash?: Uint8Array;
  readonly workstation?: string;
  /** NEGOTIATE flags; defaults to what a Windows RPC client sends. */
  readonly flags?: number;
  /** Anonymous (null session) authentication; user, domain and password are ignored. */
  readonly anonymous?: boolean;
  /** Send an NTLMv1 response instead of NTLMv2 (needs the password for the LM hash). */
  readonly ntlmV1?: boolean;
  /** Service principal name for MsvAvTargetName, e.g. "host/server". */
  readonly targetSpn?: string;
  /** MD5 of the gss_channel_bindings_struct; zeros (no bindings) when absent. */
  readonly channelBindingsHash?: Uint8Array;
  readonly version?: NtlmVersion;
  /** For tests: the clock (FILETIME) and the random source. */
  readonly now?: () => bigint;
  readonly random?: (n: number) => Uint8Array;
}

/** What a Windows client asks for on an RPC connection that may sign or seal. */
export const DEFAULT_INITIATOR_FLAGS =
  NtlmFlags.NEGOTIATE_56 |
  NtlmFlags.NEGOTIATE_KEY_EXCH |
  NtlmFlags.NEGOTIATE_128 |
  NtlmFlags.NEGOTIATE_VERSION |
  NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY |
  NtlmFlags.NEGOTIATE_ALWAYS_SIGN |
  NtlmFlags.NEGOTIATE_NTLM |
  NtlmFlags.NEGOTIATE_SEAL |
  NtlmFlags.NEGOTIATE_SIGN |
  NtlmFlags.REQUEST_TARGET |
  NtlmFlags.NEGOTIATE_OEM |
  NtlmFlags.NEGOTIATE_UNICODE;

export class NtlmInitiator extends NtlmContextBase {
  private state: 'start' | 'negotiate-sent' | 'done' | 'failed' = 'start';
  private negotiateMessage: Uint8Array | undefined;
  private readonly clientFlags: number;
  private readonly now: () => bigint;
  private readonly random: (n: number) => Uint8Array;

  constructor(private readonly opts: NtlmInitiatorOptions) {
    super('initiator');
    let flags = (opts.flags ?? DEFAULT_INITIATOR_FLAGS) >>> 0;
    if (opts.anonymous) flags |= NtlmFlags.ANONYMOUS;
    this.clientFlags = flags >>> 0;
    this.now = opts.now ?? filetimeNow;
    this.random = opts.random ?? ((n) => new Uint8Array(randomBytes(n)));
    if (!opts.anonymous && opts.password === undefined && opts.ntHash === undefined) {
      throw new SecurityError(
        SecStatus.SEC_E_NO_CREDENTIALS,
        'NTLM initiator needs a password or an NT hash',
      );
    }
    if (opts.ntHash !== undefined && opts.ntHash.length !== 16) {
      throw new SecurityError(SecStatus.SEC_E_NO_CREDENTIALS, 'an NT hash is 16 bytes');
    }
  }

  step(input?: Uint8Array): StepResult {
    try {
      if (this.state === 'start') {
        if (input && input.length > 0) throw invalidToken('NTLM initiator expects no input token first');
        this.negotiateMessage = encodeNegotiate({
          flags: this.clientFlags,
          domain: '',
          workstation: '',
          ...(this.opts.version ? { version: this.opts.version } : {}),
        });
        this.state = 'negotiate-sent';
        return { output: this.negotiateMessage, complete: false };
      }
      if (this.state === 'negotiate-sent') {
        if (!input) throw invalidToken('NTLM initiator expects a CHALLENGE message');
        const out = this.authenticate(input);
        this.state = 'done';
        return { output: out, complete: true };
      }
      throw invalidToken('NTLM initiator has no more steps');
    } catch (e) {
      this.state = 'failed';
      throw e;
    }
  }

  private authenticate(challengeBytes: Uint8Array): Uint8Array {
    const ch = decodeChallenge(challengeBytes);
    const o = this.opts;
    let flags = (ch.flags & (this.clientFlags | NtlmFlags.NEGOTIATE_TARGET_INFO)) >>> 0;
    if (flags & NtlmFlags.NEGOTIATE_UNICODE) flags &= ~NtlmFlags.NEGOTIATE_OEM;
    if (!(flags & (NtlmFlags.NEGOTIATE_UNICODE | NtlmFlags.NEGOTIATE_OEM))) {
      throw invalidToken('server chose no character set');
    }
    if (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) flags &= ~NtlmFlags.NEGOTIATE_LM_KEY;
    else if (!o.ntlmV1) {
      throw new SecurityError(
        SecStatus.SEC_E_UNSUPPORTED_FUNCTION,
        'server did not agree to extended session security',
      );
    }
    if (o.anonymous) flags |= NtlmFlags.ANONYMOUS;
    // Without signing or sealing there is nothing to exchange a key for; dropping the flag keeps
    // acceptors that follow [MS-NLMP] 3.2.5.1.2 literally and those that do not in agreement.
    if (!(flags & (NtlmFlags.NEGOTIATE_SIGN | NtlmFlags.NEGOTIATE_SEAL)))
      flags &= ~NtlmFlags.NEGOTIATE_KEY_EXCH;
    flags >>>= 0;

    const workstation = o.workstation ?? '';
    const serverPairs = ch.targetInfo.length > 0 ? decodeAvPairs(ch.targetInfo) : [];
    const serverTime = findAv(serverPairs, AvId.MsvAvTimestamp);
    if (serverTime && serverTime.length !== 8) throw invalidToken('MsvAvTimestamp must be 8 bytes');

    let lmResponse: Uint8Array;
    let ntResponse: Uint8Array;
    let keyExchangeKey: Uint8Array;
    let user = o.user;
    let domain = o.domain;
    let withMic = false;

    if (o.anonymous) {
      user = '';
      domain = '';
      lmResponse = new Uint8Array(1);
      ntResponse = new Uint8Array(0);
      keyExchangeKey = new Uint8Array(16);
    } else if (o.ntlmV1) {
      if (o.password === undefined)
        throw new SecurityError(SecStatus.SEC_E_NO_CREDENTIALS, 'NTLMv1 needs the password');
      const ntHash = ntHashOf(o.password);
      const lmHash = lmowfv1(o.password);
      const ess = (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) !== 0;
      const r = ntlmv1Response(ntHash, lmHash, ch.serverChallenge, this.random(8), ess);
      lmResponse = r.lmResponse;
      ntResponse = r.ntResponse;
      keyExchangeKey = kxkey(flags, r.sessionBaseKey, lmResponse, ch.serverChallenge, lmHash, false);
    } else {
      const ntHash = o.ntHash ?? ntHashOf(o.password ?? '');
      const responseKey = ntowfv2(ntHash, user, domain);
      const clientChallenge = this.random(8);
      const time = serverTime
        ? new DataView(serverTime.buffer, serverTime.byteOffset, 8).getBigUint64(0, true)
        : this.now();
      withMic = serverTime !== undefined;
      const blob = ntlmv2ClientBlob(
        time,
        clientChallenge,
        encodeAvPairs(this.responsePairs(serverPairs, withMic)),
      );
      const r = ntlmv2Response(responseKey, ch.serverChallenge, clientChallenge, blob);
      ntResponse = r.ntResponse;
      // With a server timestamp the LMv2 response is replaced by zeros ([MS-NLMP] 3.1.5.1.2).
      lmResponse = withMic ? new Uint8Array(24) : r.lmResponse;
      keyExchangeKey = r.sessionBaseKey;
    }

    let exported = keyExchangeKey;
    let encryptedRandomSessionKey: Uint8Array = new Uint8Array(0);
    if (flags & NtlmFlags.NEGOTIATE_KEY_EXCH) {
      exported = this.random(16);
      encryptedRandomSessionKey = rc4(keyExchangeKey, exported);
    }

    const msg = encodeAuthenticate({
      flags,
      lmResponse,
      ntResponse,
      domain,
      user,
      workstation,
      encryptedRandomSessionKey,
      withMic,
      ...(o.version ? { version: o.version } : {}),
    });
    if (withMic) setMic(msg, hmacMd5(exported, this.negotiateMessage!, challengeBytes, msg));
    this.establish(flags, exported);
    return msg;
  }

  /** The server's AV pairs plus the ones a Windows client adds ([MS-NLMP] 3.1.5.1.2). */
  private responsePairs(serverPairs: readonly AvPair[], mic: boolean): AvPair[] {
    const skip = new Set<number>([
      AvId.MsvAvFlags,
      AvId.MsvAvChannelBindings,
      AvId.MsvAvTargetName,
      AvId.MsvAvEOL,
    ]);
    const pairs = serverPairs.filter((p) => !skip.has(p.id));
    const oldFlags = findAv(serverPairs, AvId.MsvAvFlags);
    let avFlags =
      oldFlags && oldFlags.length === 4
        ? new DataView(oldFlags.buffer, oldFlags.byteOffset, 4).getUint32(0, true)
        : 0;
    if (mic) avFlags |= AvFlags.MIC_PRESENT;
    if (avFlags) {
      const b = new Uint8Array(4);
      new DataView(b.buffer).setUint32(0, avFlags >>> 0, true);
      pairs.push({ id: AvId.MsvAvFlags, value: b });
    }
    pairs.push({ id: AvId.MsvAvChannelBindings, value: this.opts.channelBindingsHash ?? new Uint8Array(16) });
    if (this.opts.targetSpn !== undefined)
      pairs.push({ id: AvId.MsvAvTargetName, value: utf16le(this.opts.targetSpn) });
    return pairs;
  }
}
