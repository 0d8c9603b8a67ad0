export {
  SpnegoInitiator,
  SpnegoAcceptor,
  type SpnegoInitiatorOptions,
  type SpnegoAcceptorOptions,
} from './context.js';
export { ntlmMechanism, mechanismFor, type SpnegoMechanism } from './mechanisms.js';
export {
  Oid,
  NegState,
  NEG_HINT_NAME,
  encodeNegTokenInit,
  encodeNegTokenResp,
  decodeNegotiationToken,
  encodeMechTypes,
  type NegTokenInit,
  type NegTokenResp,
  type NegotiationToken,
} from './tokens.js';
