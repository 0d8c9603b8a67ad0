export { NtlmFlags, AvId, AvFlags, MessageType, NTLM_SIGNATURE_LENGTH } from './constants.js';
export { NtlmInitiator, DEFAULT_INITIATOR_FLAGS, type NtlmInitiatorOptions } from './initiator.js';
export { NtlmAcceptor, ANONYMOUS_IDENTITY, type NtlmAcceptorOptions, type NtlmAccount } from './acceptor.js';
export { ntHashOf, ntowfv2 } from './keys.js';
export { NtlmSessionSecurity } from './session.js';
