/**
 * NTLMSSP server side ([MS-NLMP] 3.2): NEGOTIATE in, CHALLENGE out, AUTHENTICATE in. Verifies the
 * NTLMv2 response against the account store's NT hash, the timestamp, the MIC and the key
 * exchange. Every refusal is a SecurityError with a named status.
 */
import { randomBytes } from 'node:crypto';
import { SecStatus } from '../../errors/status.js';
import { rc4 } from '../crypto/rc4.js';
import { constantTimeEqual, invalidToken, logonDenied, SecurityError } from '../errors.js';
import type { SecurityIdentity, StepResult } from '../provider.js';
import { AvFlags, AvId, NtlmFlags } from './constants.js';
import { filetimeNow, NtlmContextBase } from './context.js';
import { desl, hmacMd5, kxkey, md5, ntowfv2 } from './keys.js';
import {
  decodeAuthenticate,
  decodeAvPairs,
  decodeNegotiate,
  encodeAvPairs,
  encodeChallenge,
  findAv,
  utf16le,
  type AuthenticateMessage,
  type AvPair,
  type NtlmVersion,
} from './messages.js';
import { md4 } from '../crypto/md4.js';

export interface NtlmAccount {
  /** MD4 of the UTF-16LE password. */
  readonly ntHash: Uint8Array;
  /** Identity details to report; user and domain default to what the client sent. */
  readonly identity?: Partial<SecurityIdentity>;
}

export interface NtlmAcceptorOptions {
  /** The account store. Returning undefined refuses the logon. */
  readonly lookupAccount: (user: string, domain: string) => NtlmAccount | undefined;
  /** TargetName in the CHALLENGE: the NetBIOS domain, or the computer name of a standalone server. */
  readonly targetName: string;
  readonly netbiosDomain: string;
  readonly netbiosComputer?: string;
  readonly dnsDomain?: string;
  readonly dnsComputer?: string;
  readonly dnsTree?: string;
  /** Accept null-session (anonymous) logons. Default false. */
  readonly allowAnonymous?: boolean;
  /** Accept NTLMv1 responses. Default false. */
  readonly allowNtlmV1?: boolean;
  /** Flags the client must agree to; default 128-bit keys and extended session security. */
  readonly requiredFlags?: number;
  /** Refuse AUTHENTICATE messages without a MIC. Default false (older clients omit it). */
  readonly requireMic?: boolean;
  /** Largest accepted distance between the client's timestamp and ours, in FILETIME ticks. */
  readonly maxClockSkew?: bigint;
  /** MD5 of the gss_channel_bindings_struct of the outer channel (e.g. TLS), if any. */
  readonly channelBindingsHash?: Uint8Array;
  /** Refuse clients that send no channel bindings (ApplicationRequiresCBT). */
  readonly requireChannelBindings?: boolean;
  readonly version?: NtlmVersion;
  /** For tests: the clock (FILETIME) and the random source. */
  readonly now?: () => bigint;
  readonly random?: (n: number) => Uint8Array;
}

/** [MS-NLMP] 3.2.1.1 MaxLifetime default: 36 hours. */
const DEFAULT_MAX_SKEW = 36n * 3600n * 10_000_000n;
const NTLMV2_BLOB_MIN = 28 + 4;
const NTPROOF_LENGTH = 16;

/** Flags an acceptor echoes when the client asks for them. */
const MIRRORED =
  NtlmFlags.NEGOTIATE_SIGN |
  NtlmFlags.NEGOTIATE_SEAL |
  NtlmFlags.NEGOTIATE_ALWAYS_SIGN |
  NtlmFlags.NEGOTIATE_KEY_EXCH |
  NtlmFlags.NEGOTIATE_128 |
  NtlmFlags.NEGOTIATE_56 |
  NtlmFlags.NEGOTIATE_IDENTIFY |
  NtlmFlags.REQUEST_TARGET;

export const ANONYMOUS_IDENTITY: SecurityIdentity = {
  user: 'ANONYMOUS LOGON',
  domain: 'NT AUTHORITY',
  sid: 'S-1-5-7',
  groupSids: [],
  anonymous: true,
};

export class NtlmAcceptor extends NtlmContextBase {
  private state: 'start' | 'challenge-sent' | 'done' | 'failed' = 'start';
  private negotiateMessage: Uint8Array | undefined;
  private challengeMessage: Uint8Array | undefined;
  private challengeFlags = 0;
  private serverChallenge: Uint8Array = new Uint8Array(8);
  private timestamp = 0n;
  private readonly now: () => bigint;
  private readonly random: (n: number) => Uint8Array;
  private readonly requiredFlags: number;

  constructor(private readonly opts: NtlmAcceptorOptions) {
    super('acceptor');
    this.now = opts.now ?? filetimeNow;
    this.random = opts.random ?? ((n) => new Uint8Array(randomBytes(n)));
    this.requiredFlags =
      (opts.requiredFlags ?? NtlmFlags.NEGOTIATE_128 | NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) >>> 0;
  }

  step(input?: Uint8Array): StepResult {
    try {
      if (!input) throw invalidToken('NTLM acceptor needs an input token');
      if (this.state === 'start') {
        const out = this.challenge(input);
        this.state = 'challenge-sent';
        return { output: out, complete: false };
      }
      if (this.state === 'challenge-sent') {
        this.verifyAuthenticate(input);
        this.state = 'done';
        return { complete: true };
      }
      throw invalidToken('NTLM acceptor has no more steps');
    } catch (e) {
      this.state = 'failed';
      throw e;
    }
  }

  private challenge(negotiateBytes: Uint8Array): Uint8Array {
    const neg = decodeNegotiate(negotiateBytes);
    const c = neg.flags;
    let flags: number =
      NtlmFlags.NEGOTIATE_NTLM | NtlmFlags.NEGOTIATE_TARGET_INFO | (c & NtlmFlags.NEGOTIATE_VERSION);
    if (c & NtlmFlags.NEGOTIATE_UNICODE) flags |= NtlmFlags.NEGOTIATE_UNICODE;
    else if (c & NtlmFlags.NEGOTIATE_OEM) flags |= NtlmFlags.NEGOTIATE_OEM;
    else throw invalidToken('client offers no character set');
    flags |= c & MIRRORED;
    // LM_KEY is never offered: the account store holds only NT hashes, so there is no LM key.
    if (c & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY)
      flags |= NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY;
    const isDomain = this.opts.targetName.toUpperCase() === this.opts.netbiosDomain.toUpperCase();
    flags |= isDomain ? NtlmFlags.TARGET_TYPE_DOMAIN : NtlmFlags.TARGET_TYPE_SERVER;
    if ((flags & this.requiredFlags) !== this.requiredFlags) {
      throw new SecurityError(
        SecStatus.SEC_E_UNSUPPORTED_FUNCTION,
        'client does not offer the required NTLM security flags',
        SecStatus.STATUS_NOT_SUPPORTED,
      );
    }
    this.challengeFlags = flags >>> 0;
    this.serverChallenge = this.random(8);
    this.timestamp = this.now();
    this.negotiateMessage = negotiateBytes;
    this.challengeMessage = encodeChallenge({
      flags: this.challengeFlags,
      targetName: this.opts.targetName,
      serverChallenge: this.serverChallenge,
      targetInfo: encodeAvPairs(this.targetInfo()),
      ...(this.opts.version ? { version: this.opts.version } : {}),
    });
    return this.challengeMessage;
  }

  /** Target info in the order Windows sends it. */
  private targetInfo(): AvPair[] {
    const o = this.opts;
    const pairs: AvPair[] = [
      { id: AvId.MsvAvNbDomainName, value: utf16le(o.netbiosDomain) },
      { id: AvId.MsvAvNbComputerName, value: utf16le(o.netbiosComputer ?? o.targetName) },
    ];
    if (o.dnsDomain !== undefined) pairs.push({ id: AvId.MsvAvDnsDomainName, value: utf16le(o.dnsDomain) });
    if (o.dnsComputer !== undefined)
      pairs.push({ id: AvId.MsvAvDnsComputerName, value: utf16le(o.dnsComputer) });
    if (o.dnsTree !== undefined) pairs.push({ id: AvId.MsvAvDnsTreeName, value: utf16le(o.dnsTree) });
    const ts = new Uint8Array(8);
    new DataView(ts.buffer).setBigUint64(0, this.timestamp, true);
    pairs.push({ id: AvId.MsvAvTimestamp, value: ts });
    return pairs;
  }

  private verifyAuthenticate(authBytes: Uint8Array): void {
    const auth = decodeAuthenticate(authBytes);
    let flags = (auth.flags & this.challengeFlags) >>> 0;
    const anonymous =
      auth.user === '' &&
      auth.ntResponse.length === 0 &&
      (auth.lmResponse.length === 0 || (auth.lmResponse.length === 1 && auth.lmResponse[0] === 0));
    if (anonymous) flags |= NtlmFlags.ANONYMOUS;
    // A null session has no NTLMv2 response to bind extended session security to; Samba's
    // client drops the flag for it, and its keys are all-zero-derived anyway.
    const required = anonymous
      ? this.requiredFlags & ~NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY
      : this.requiredFlags;
    if ((flags & required) !== required) {
      throw new SecurityError(
        SecStatus.SEC_E_UNSUPPORTED_FUNCTION,
        'AUTHENTICATE drops required NTLM security flags',
        SecStatus.STATUS_NOT_SUPPORTED,
      );
    }

    let keyExchangeKey: Uint8Array;
    let identity: SecurityIdentity;
    let micRequired = this.opts.requireMic === true;
    if (anonymous) {
      if (!this.opts.allowAnonymous) throw logonDenied('anonymous logon is not allowed');
      keyExchangeKey = new Uint8Array(16);
      identity = ANONYMOUS_IDENTITY;
    } else if (auth.ntResponse.length === 24) {
      if (!this.opts.allowNtlmV1) throw logonDenied('NTLMv1 responses are not accepted');
      const account = this.account(auth);
      const ess = (flags & NtlmFlags.NEGOTIATE_EXTENDED_SESSIONSECURITY) !== 0;
      const challenge = ess
        ? md5(this.serverChallenge, auth.lmResponse.subarray(0, 8)).subarray(0, 8)
        : this.serverChallenge;
      if (ess && auth.lmResponse.length < 8) throw invalidToken('LM response too short for NTLMv1 with ESS');
      if (!constantTimeEqual(desl(account.ntHash, challenge), auth.ntResponse))
        throw logonDenied('wrong password');
      keyExchangeKey = kxkey(
        flags,
        md4(account.ntHash),
        auth.lmResponse,
        this.serverChallenge,
        undefined,
        false,
      );
      identity = this.identityOf(auth, account);
    } else {
      if (auth.ntResponse.length < NTPROOF_LENGTH + NTLMV2_BLOB_MIN)
        throw invalidToken('NTLMv2 response too short');
      const proof = auth.ntResponse.subarray(0, NTPROOF_LENGTH);
      const blob = auth.ntResponse.subarray(NTPROOF_LENGTH);
      if (blob[0] !== 1 || blob[1] !== 1) throw invalidToken('unknown NTLMv2 response version');
      const pairs = decodeAvPairs(blob.subarray(28));
      const account = this.account(auth);
      let sessionBaseKey: Uint8Array | undefined;
      // Clients compute NTOWFv2 with the domain they typed; some use none for local accounts.
      for (const domain of auth.domain === '' ? [''] : [auth.domain, '']) {
        const key = ntowfv2(account.ntHash, auth.user, domain);
        if (constantTimeEqual(hmacMd5(key, this.serverChallenge, blob).subarray(0, NTPROOF_LENGTH), proof)) {
          sessionBaseKey = hmacMd5(key, proof);
          break;
        }
      }
      if (!sessionBaseKey) throw logonDenied('wrong password');
      const time = new DataView(blob.buffer, blob.byteOffset + 8, 8).getBigUint64(0, true);
      const skew = time > this.now() ? time - this.now() : this.now() - time;
      if (skew > (this.opts.maxClockSkew ?? DEFAULT_MAX_SKEW))
        throw logonDenied('NTLMv2 response is too old');
      this.checkChannelBindings(findAv(pairs, AvId.MsvAvChannelBindings));
      const avFlags = findAv(pairs, AvId.MsvAvFlags);
      if (avFlags && avFlags.length === 4 && avFlags[0]! & AvFlags.MIC_PRESENT) micRequired = true;
      keyExchangeKey = sessionBaseKey;
      identity = this.identityOf(auth, account);
    }

    let exported = keyExchangeKey;
    // Key exchange applies only with signing or sealing ([MS-NLMP] 3.2.5.1.2).
    if (
      flags & NtlmFlags.NEGOTIATE_KEY_EXCH &&
      flags & (NtlmFlags.NEGOTIATE_SIGN | NtlmFlags.NEGOTIATE_SEAL)
    ) {
      if (auth.encryptedRandomSessionKey.length !== 16)
        throw invalidToken('EncryptedRandomSessionKey must be 16 bytes');
      exported = rc4(keyExchangeKey, auth.encryptedRandomSessionKey);
    }

    if (micRequired) {
      if (!auth.mic || auth.micOffset === undefined)
        throw invalidToken('AUTHENTICATE lacks the MIC it announces');
      const zeroed = new Uint8Array(authBytes);
      zeroed.fill(0, auth.micOffset, auth.micOffset + 16);
      const mic = hmacMd5(exported, this.negotiateMessage!, this.challengeMessage!, zeroed);
      // "an authentication failure MUST be returned" ([MS-NLMP] 3.2.5.1.2).
      if (!constantTimeEqual(mic, auth.mic)) throw logonDenied('NTLM MIC does not match');
    }

    this.peerIdentity = identity;
    this.establish(flags, exported);
  }

  /** [MS-NLMP] 3.2.5.1.2 channel binding rules, when the application supplied bindings. */
  private checkChannelBindings(clientHash: Uint8Array | undefined): void {
    const expected = this.opts.channelBindingsHash;
    if (!expected) return;
    const present = clientHash !== undefined && clientHash.some((b) => b !== 0);
    if (present ? !constantTimeEqual(clientHash, expected) : this.opts.requireChannelBindings) {
      throw new SecurityError(
        SecStatus.SEC_E_BAD_BINDINGS,
        'channel bindings do not match',
        SecStatus.STATUS_LOGON_FAILURE,
      );
    }
  }

  private account(auth: AuthenticateMessage): NtlmAccount {
    const account = this.opts.lookupAccount(auth.user, auth.domain);
    if (!account) throw logonDenied('unknown account');
    if (account.ntHash.length !== 16)
      throw new SecurityError(SecStatus.SEC_E_INTERNAL_ERROR, 'account NT hash must be 16 bytes');
    return account;
  }

  private identityOf(auth: AuthenticateMessage, account: NtlmAccount): SecurityIdentity {
    const id = account.identity ?? {};
    return {
      user: id.user ?? auth.user,
      domain: id.domain ?? auth.domain,
      ...(id.sid !== undefined ? { sid: id.sid } : {}),
      groupSids: id.groupSids ?? [],
      anonymous: false,
    };
  }
}
