/**
 * SPNEGO initiator and acceptor ([RFC4178], [MS-SPNG]). They pick a mechanism, carry its tokens,
 * and protect the mechanism list with mechListMIC once the inner context can sign. After the
 * handshake every per-message call goes to the inner mechanism.
 */
import { SecStatus } from '../../errors/status.js';
import { invalidToken, logonDenied, SecurityError } from '../errors.js';
import type { Region, SecurityContext, SecurityIdentity, StepResult, WrapResult } from '../provider.js';
import { mechanismFor, type SpnegoMechanism } from './mechanisms.js';
import {
  decodeNegotiationToken,
  encodeMechTypes,
  encodeNegTokenInit,
  encodeNegTokenResp,
  NEG_HINT_NAME,
  NegState,
} from './tokens.js';

abstract class SpnegoContextBase implements SecurityContext {
  readonly mechanism = 'Negotiate';
  protected inner: SecurityContext | undefined;
  protected done = false;
  protected failed = false;

  abstract readonly role: 'initiator' | 'acceptor';
  protected abstract advance(input: Uint8Array | undefined): StepResult;

  step(input?: Uint8Array): StepResult {
    if (this.failed) throw new SecurityError(SecStatus.SEC_E_INVALID_HANDLE, 'SPNEGO context already failed');
    if (this.done) throw invalidToken('SPNEGO context is already complete');
    try {
      return this.advance(input);
    } catch (e) {
      this.failed = true;
      throw e;
    }
  }

  /** The negotiated mechanism's OID, once chosen. */
  selectedMech: string | undefined;

  get complete(): boolean {
    return this.done;
  }
  get sessionKey(): Uint8Array | undefined {
    return this.done ? this.inner?.sessionKey : undefined;
  }
  get identity(): SecurityIdentity | undefined {
    return this.done ? this.inner?.identity : undefined;
  }
  get integrity(): boolean {
    return this.inner?.integrity ?? false;
  }
  get confidentiality(): boolean {
    return this.inner?.confidentiality ?? false;
  }
  get signatureLength(): number {
    return this.inner?.signatureLength ?? 0;
  }

  private established(): SecurityContext {
    if (!this.done || !this.inner)
      throw new SecurityError(SecStatus.SEC_E_INVALID_HANDLE, 'SPNEGO context is not complete');
    return this.inner;
  }
  sign(message: Uint8Array, data?: Region): Uint8Array {
    return this.established().sign(message, data);
  }
  verify(message: Uint8Array, signature: Uint8Array, data?: Region): void {
    this.established().verify(message, signature, data);
  }
  wrap(message: Uint8Array, seal?: Region): WrapResult {
    return this.established().wrap(message, seal);
  }
  unwrap(message: Uint8Array, signature: Uint8Array, seal?: Region): Uint8Array {
    return this.established().unwrap(message, signature, seal);
  }

  protected signMechList(mechTypesDer: Uint8Array): Uint8Array {
    const mic = this.inner!.sign(mechTypesDer);
    this.inner!.mechListMicDone?.('send');
    return mic;
  }

  protected verifyMechList(mechTypesDer: Uint8Array, mic: Uint8Array): void {
    try {
      this.inner!.verify(mechTypesDer, mic);
    } catch (e) {
      if (e instanceof SecurityError) {
        throw new SecurityError(
          SecStatus.SEC_E_MESSAGE_ALTERED,
          'SPNEGO mechListMIC does not verify',
          SecStatus.STATUS_ACCESS_DENIED,
        );
      }
      throw e;
    }
    this.inner!.mechListMicDone?.('recv');
  }
}

export interface SpnegoInitiatorOptions {
  /** Mechanisms in preference order; the first one is tried optimistically. */
  readonly mechanisms: readonly SpnegoMechanism[];
}

export class SpnegoInitiator extends SpnegoContextBase {
  readonly role = 'initiator' as const;
  private mechTypesDer: Uint8Array = new Uint8Array(0);
  private state: 'start' | 'sent-init' | 'running' = 'start';
  private sentMic = false;
  private receivedMic = false;
  private mustMic = false;
  private readonly mechs: readonly SpnegoMechanism[];

  constructor(opts: SpnegoInitiatorOptions) {
    super();
    this.mechs = opts.mechanisms.filter((m) => m.createInitiator);
    if (this.mechs.length === 0)
      throw new SecurityError(SecStatus.SEC_E_SECPKG_NOT_FOUND, 'no SPNEGO initiator mechanisms');
  }

  protected advance(input: Uint8Array | undefined): StepResult {
    if (this.state === 'start') {
      let offered = this.mechs;
      if (input && input.length > 0) {
        // A server-initiated NegTokenInit2 (SMB): keep our order, limited to what it supports.
        const hint = decodeNegotiationToken(input);
        if (hint.kind !== 'init') throw invalidToken('expected NegTokenInit from the server');
        offered = this.mechs.filter((m) => hint.init.mechTypes.some((o) => mechanismFor([m], o)));
        if (offered.length === 0)
          throw new SecurityError(SecStatus.SEC_E_SECPKG_NOT_FOUND, 'no common SPNEGO mechanism');
      }
      const mechTypes = offered.map((m) => m.oid);
      this.mechTypesDer = encodeMechTypes(mechTypes);
      this.inner = offered[0]!.createInitiator!();
      this.selectedMech = offered[0]!.oid;
      const first = this.inner.step();
      this.state = 'sent-init';
      return {
        output: encodeNegTokenInit({ mechTypes, ...(first.output ? { mechToken: first.output } : {}) }),
        complete: false,
      };
    }
    if (!input) throw invalidToken('SPNEGO initiator expects a NegTokenResp');
    const tok = decodeNegotiationToken(input);
    if (tok.kind !== 'resp') throw invalidToken('expected NegTokenResp');
    const resp = tok.resp;
    if (resp.negState === NegState.REJECT) throw logonDenied('SPNEGO acceptor rejected the authentication');

    if (
      this.state === 'sent-init' &&
      resp.supportedMech &&
      mechanismFor(this.mechs, resp.supportedMech)?.oid !== this.selectedMech
    ) {
      // The acceptor chose another of our mechanisms: start that one from scratch.
      const m = mechanismFor(this.mechs, resp.supportedMech);
      if (!m) throw invalidToken('acceptor chose a mechanism we did not offer');
      if (resp.responseToken) throw invalidToken('responseToken for a mechanism that was not started');
      this.inner = m.createInitiator!();
      this.selectedMech = m.oid;
      this.mustMic = true;
    }
    this.state = 'running';

    const inner = this.inner!;
    let output: Uint8Array | undefined;
    if (!inner.complete) output = inner.step(resp.responseToken).output;
    else if (resp.responseToken) throw invalidToken('responseToken after the mechanism completed');

    const completed = resp.negState === NegState.ACCEPT_COMPLETED;
    if (!inner.complete) {
      if (completed) throw invalidToken('acceptor completed before the mechanism did');
      if (!output) throw invalidToken('SPNEGO exchange stalled');
      return { output: encodeNegTokenResp({ responseToken: output }), complete: false };
    }

    if (resp.mechListMIC) {
      this.verifyMechList(this.mechTypesDer, resp.mechListMIC);
      this.receivedMic = true;
    }
    const sendMic =
      !this.sentMic && inner.integrity && (this.mustMic || !completed || resp.mechListMIC !== undefined);
    if (sendMic) {
      const mic = this.signMechList(this.mechTypesDer);
      this.sentMic = true;
      this.done = completed;
      return {
        output: encodeNegTokenResp({ ...(output ? { responseToken: output } : {}), mechListMIC: mic }),
        complete: completed,
      };
    }
    if (completed) {
      if (this.sentMic && !this.receivedMic) {
        throw new SecurityError(
          SecStatus.SEC_E_MESSAGE_ALTERED,
          'acceptor did not return the mechListMIC',
          SecStatus.STATUS_ACCESS_DENIED,
        );
      }
      this.done = true;
      return { ...(output ? { output: encodeNegTokenResp({ responseToken: output }) } : {}), complete: true };
    }
    if (!output) throw invalidToken('SPNEGO exchange stalled');
    return { output: encodeNegTokenResp({ responseToken: output }), complete: false };
  }
}

export interface SpnegoAcceptorOptions {
  /** Mechanisms this acceptor supports. */
  readonly mechanisms: readonly SpnegoMechanism[];
}

export class SpnegoAcceptor extends SpnegoContextBase {
  readonly role = 'acceptor' as const;
  private mechTypesDer: Uint8Array = new Uint8Array(0);
  private started = false;
  /** True when the chosen mechanism was not the initiator's first: the MIC is then mandatory. */
  private micRequired = false;
  private readonly mechs: readonly SpnegoMechanism[];

  constructor(opts: SpnegoAcceptorOptions) {
    super();
    this.mechs = opts.mechanisms.filter((m) => m.createAcceptor);
    if (this.mechs.length === 0)
      throw new SecurityError(SecStatus.SEC_E_SECPKG_NOT_FOUND, 'no SPNEGO acceptor mechanisms');
  }

  /** The NegTokenInit2 a server offers before the client speaks (SMB2 NEGOTIATE response). */
  serverHint(): Uint8Array {
    return encodeNegTokenInit({
      mechTypes: this.mechs.map((m) => m.oid),
      negHints: { hintName: NEG_HINT_NAME },
    });
  }

  protected advance(input: Uint8Array | undefined): StepResult {
    if (!input || input.length === 0) {
      if (this.started) throw invalidToken('SPNEGO acceptor expects a token');
      return { output: this.serverHint(), complete: false };
    }
    const tok = decodeNegotiationToken(input);
    if (!this.started) {
      if (tok.kind !== 'init') throw invalidToken('expected NegTokenInit');
      this.started = true;
      this.mechTypesDer = tok.mechTypesDer;
      const clientMechs = tok.init.mechTypes;
      const chosenIndex = clientMechs.findIndex((o) => mechanismFor(this.mechs, o));
      if (chosenIndex < 0)
        throw new SecurityError(SecStatus.SEC_E_SECPKG_NOT_FOUND, 'no common SPNEGO mechanism');
      const mech = mechanismFor(this.mechs, clientMechs[chosenIndex]!)!;
      this.selectedMech = clientMechs[chosenIndex]!;
      this.inner = mech.createAcceptor!();
      if (chosenIndex !== 0 || !tok.init.mechToken) {
        // Not the optimistic mechanism: name ours and wait for its first token.
        this.micRequired = chosenIndex !== 0;
        return {
          output: encodeNegTokenResp({
            negState: NegState.ACCEPT_INCOMPLETE,
            supportedMech: this.selectedMech,
          }),
          complete: false,
        };
      }
      // A mechListMIC in NegTokenInit cannot be checked yet and no real client sends one.
      return this.innerStep(tok.init.mechToken, undefined, true);
    }
    if (tok.kind !== 'resp') throw invalidToken('expected NegTokenResp');
    if (tok.resp.negState === NegState.REJECT) throw logonDenied('SPNEGO initiator gave up');
    return this.innerStep(tok.resp.responseToken, tok.resp.mechListMIC, false);
  }

  private innerStep(token: Uint8Array | undefined, mic: Uint8Array | undefined, first: boolean): StepResult {
    const inner = this.inner!;
    let output: Uint8Array | undefined;
    if (!inner.complete) {
      if (!token) throw invalidToken('SPNEGO token carries no mechanism token');
      output = inner.step(token).output;
    } else if (token) {
      throw invalidToken('mechanism token after the mechanism completed');
    }
    const supportedMech = first ? { supportedMech: this.selectedMech! } : {};
    if (!inner.complete) {
      if (mic) throw invalidToken('mechListMIC before the mechanism completed');
      return {
        output: encodeNegTokenResp({
          negState: NegState.ACCEPT_INCOMPLETE,
          ...supportedMech,
          ...(output ? { responseToken: output } : {}),
        }),
        complete: false,
      };
    }
    let ourMic: Uint8Array | undefined;
    if (mic) {
      this.verifyMechList(this.mechTypesDer, mic);
      ourMic = this.signMechList(this.mechTypesDer);
    } else if (this.micRequired && inner.integrity) {
      // Ask for the MIC the initiator owes us ([RFC4178] 5, [MS-SPNG] 3.2.5.1).
      return {
        output: encodeNegTokenResp({
          negState: NegState.REQUEST_MIC,
          ...supportedMech,
          ...(output ? { responseToken: output } : {}),
        }),
        complete: false,
      };
    }
    this.done = true;
    return {
      output: encodeNegTokenResp({
        negState: NegState.ACCEPT_COMPLETED,
        ...supportedMech,
        ...(output ? { responseToken: output } : {}),
        ...(ourMic ? { mechListMIC: ourMic } : {}),
      }),
      complete: true,
    };
  }
}
