/**
 * The one table of status and fault codes used by winrpc. Logic never compares against bare
 * numbers: it names a constant from here.
 *
 * Sources: [MS-ERREF] 2.2 (Win32 error codes), [C706] Appendix N / [MS-RPCE] 3.3.3.5 (nca_s_*),
 * [MS-RPCE] 2.2.2.5 (bind_nak reasons), [C706] Appendix O (EPM statuses).
 */

/** Win32 error codes ([MS-ERREF] 2.2). */
export const Win32 = {
  ERROR_SUCCESS: 0,
  ERROR_INVALID_FUNCTION: 1,
  ERROR_FILE_NOT_FOUND: 2,
  ERROR_ACCESS_DENIED: 5,
  ERROR_INVALID_HANDLE: 6,
  ERROR_NOT_ENOUGH_MEMORY: 8,
  ERROR_INVALID_DATA: 13,
  ERROR_OUTOFMEMORY: 14,
  ERROR_NOT_SUPPORTED: 50,
  ERROR_INVALID_PARAMETER: 87,
  ERROR_CALL_NOT_IMPLEMENTED: 120,
  ERROR_INSUFFICIENT_BUFFER: 122,
  ERROR_INVALID_NAME: 123,
  ERROR_INVALID_LEVEL: 124,
  ERROR_ALREADY_EXISTS: 183,
  ERROR_MORE_DATA: 234,
  ERROR_NO_MORE_ITEMS: 259,
  ERROR_NOT_FOUND: 1168,
  ERROR_SHARING_PAUSED: 70,
} as const;

/** RPC runtime Win32 codes ([MS-ERREF] 2.2) that appear as fault statuses or client errors. */
export const RpcStatus = {
  RPC_S_ACCESS_DENIED: 5,
  RPC_S_INVALID_BINDING: 0x6a6,
  RPC_S_PROTSEQ_NOT_SUPPORTED: 0x6a7,
  RPC_S_INVALID_RPC_PROTSEQ: 0x6a8,
  RPC_S_INVALID_STRING_UUID: 0x6a9,
  RPC_S_INVALID_ENDPOINT_FORMAT: 0x6aa,
  RPC_S_INVALID_NET_ADDR: 0x6ab,
  RPC_S_NO_ENDPOINT_FOUND: 0x6ac,
  RPC_S_UNKNOWN_IF: 0x6b5,
  RPC_S_SERVER_UNAVAILABLE: 0x6ba,
  RPC_S_SERVER_TOO_BUSY: 0x6bb,
  RPC_S_CALL_FAILED: 0x6be,
  RPC_S_CALL_FAILED_DNE: 0x6bf,
  RPC_S_PROTOCOL_ERROR: 0x6c0,
  RPC_S_UNSUPPORTED_TRANS_SYN: 0x6c2,
  RPC_S_UNSUPPORTED_TYPE: 0x6c4,
  RPC_S_INVALID_TAG: 0x6c5,
  RPC_S_INVALID_BOUND: 0x6c6,
  RPC_S_PROCNUM_OUT_OF_RANGE: 0x6d1,
  RPC_S_NOT_LISTENING: 0x6b3,
  RPC_S_UNKNOWN_AUTHN_SERVICE: 0x6d3,
  RPC_S_UNKNOWN_AUTHN_TYPE: 0x6d2,
  EPT_S_NOT_REGISTERED: 0x6d9,
  EPT_S_CANT_PERFORM_OP: 0x6d8,
  RPC_S_CALL_CANCELLED: 0x71a,
  RPC_S_COMM_FAILURE: 0x71c,
  RPC_S_UNSUPPORTED_AUTHN_LEVEL: 0x71d,
  RPC_S_SEC_PKG_ERROR: 0x721,
  RPC_X_SS_CONTEXT_MISMATCH: 0x6fa,
  RPC_X_BAD_STUB_DATA: 0x6f7,
  RPC_X_INVALID_BOUND: 0x6ff,
  RPC_X_NULL_REF_POINTER: 0x6f4,
  RPC_S_SERVER_OUT_OF_MEMORY: 0x6ba,
} as const;

/** Connection-oriented fault statuses ([C706] Appendix N, [MS-RPCE] 3.3.3.5). */
export const Nca = {
  nca_s_comm_failure: 0x1c010001,
  nca_s_op_rng_error: 0x1c010002,
  nca_s_unk_if: 0x1c010003,
  nca_s_wrong_boot_time: 0x1c010006,
  nca_s_you_crashed: 0x1c010009,
  nca_s_proto_error: 0x1c01000b,
  nca_s_out_args_too_big: 0x1c010013,
  nca_s_server_too_busy: 0x1c010014,
  nca_s_fault_string_too_long: 0x1c010015,
  nca_s_unsupported_type: 0x1c010017,
  nca_s_fault_int_div_by_zero: 0x1c000001,
  nca_s_fault_addr_error: 0x1c000002,
  nca_s_fault_fp_div_zero: 0x1c000003,
  nca_s_fault_fp_underflow: 0x1c000004,
  nca_s_fault_fp_overflow: 0x1c000005,
  nca_s_fault_invalid_tag: 0x1c000006,
  nca_s_fault_invalid_bound: 0x1c000007,
  nca_s_rpc_version_mismatch: 0x1c000008,
  nca_s_unspec_reject: 0x1c000009,
  nca_s_bad_actid: 0x1c00000a,
  nca_s_who_are_you_failed: 0x1c00000b,
  nca_s_manager_not_entered: 0x1c00000c,
  nca_s_fault_cancel: 0x1c00000d,
  nca_s_fault_ill_inst: 0x1c00000e,
  nca_s_fault_fp_error: 0x1c00000f,
  nca_s_fault_int_overflow: 0x1c000010,
  nca_s_fault_unspec: 0x1c000012,
  nca_s_fault_remote_comm_failure: 0x1c000013,
  nca_s_fault_pipe_empty: 0x1c000014,
  nca_s_fault_pipe_closed: 0x1c000015,
  nca_s_fault_pipe_order: 0x1c000016,
  nca_s_fault_pipe_discipline: 0x1c000017,
  nca_s_fault_pipe_comm_error: 0x1c000018,
  nca_s_fault_pipe_memory: 0x1c000019,
  nca_s_fault_context_mismatch: 0x1c00001a,
  nca_s_fault_remote_no_memory: 0x1c00001b,
  nca_s_invalid_pres_context_id: 0x1c00001c,
  nca_s_unsupported_authn_level: 0x1c00001d,
  nca_s_invalid_checksum: 0x1c00001f,
  nca_s_invalid_crc: 0x1c000020,
  nca_s_fault_user_defined: 0x1c000021,
  nca_s_fault_tx_open_failed: 0x1c000022,
  nca_s_fault_codeset_conv_error: 0x1c000023,
  nca_s_fault_object_not_found: 0x1c000024,
  nca_s_fault_no_client_stub: 0x1c000025,
  /** NDR unmarshalling failure; Windows puts this Win32 code in the fault ([MS-RPCE] 3.1.3.5.2). */
  nca_s_fault_ndr: 0x000006f7,
} as const;

/** bind_nak provider_reject_reason ([MS-RPCE] 2.2.2.5, [C706] 12.6.3.1). */
export const BindNakReason = {
  REASON_NOT_SPECIFIED: 0,
  TEMPORARY_CONGESTION: 1,
  LOCAL_LIMIT_EXCEEDED: 2,
  CALLED_PADDR_UNKNOWN: 3,
  PROTOCOL_VERSION_NOT_SUPPORTED: 4,
  DEFAULT_CONTEXT_NOT_SUPPORTED: 5,
  USER_DATA_NOT_READABLE: 6,
  NO_PSAP_AVAILABLE: 7,
  AUTHENTICATION_TYPE_NOT_RECOGNIZED: 8,
  INVALID_CHECKSUM: 9,
} as const;

/** p_cont_def_result_t and p_provider_reason_t of bind_ack results ([C706] 12.6.3.1, [MS-RPCE] 2.2.2.4). */
export const ContextResult = {
  ACCEPTANCE: 0,
  USER_REJECTION: 1,
  PROVIDER_REJECTION: 2,
  NEGOTIATE_ACK: 3,
} as const;
export const ProviderReason = {
  REASON_NOT_SPECIFIED: 0,
  ABSTRACT_SYNTAX_NOT_SUPPORTED: 1,
  PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED: 2,
  LOCAL_LIMIT_EXCEEDED: 3,
} as const;

/** Endpoint mapper statuses ([C706] Appendix O; error_status_t values). */
export const Epm = {
  EPT_S_NOT_REGISTERED: 0x16c9a0d6,
  EPT_S_INVALID_ENTRY: 0x16c9a0d5,
  EPT_S_CANT_PERFORM_OP: 0x16c9a0d7,
  /** Windows returns the Win32 form to remote ept_insert/ept_delete. */
  EPT_S_CANT_PERFORM_OP_WIN32: 0x6d8,
} as const;

/**
 * Security provider statuses: NTSTATUS ([MS-ERREF] 2.3) and SSPI SEC_E_* HRESULTs ([MS-ERREF]
 * 2.1) that NTLMSSP / SPNEGO contexts report when they refuse a token or a protected message.
 */
export const SecStatus = {
  STATUS_SUCCESS: 0,
  STATUS_MORE_PROCESSING_REQUIRED: 0xc0000016,
  STATUS_LOGON_FAILURE: 0xc000006d,
  STATUS_ACCOUNT_RESTRICTION: 0xc000006e,
  STATUS_WRONG_PASSWORD: 0xc000006a,
  STATUS_NO_SUCH_USER: 0xc0000064,
  STATUS_ACCESS_DENIED: 0xc0000022,
  STATUS_INVALID_PARAMETER: 0xc000000d,
  STATUS_NOT_SUPPORTED: 0xc00000bb,
  STATUS_TIME_DIFFERENCE_AT_DC: 0xc0000133,
  SEC_E_INVALID_HANDLE: 0x80090301,
  SEC_E_UNSUPPORTED_FUNCTION: 0x80090302,
  SEC_E_INTERNAL_ERROR: 0x80090304,
  SEC_E_SECPKG_NOT_FOUND: 0x80090305,
  SEC_E_INVALID_TOKEN: 0x80090308,
  SEC_E_LOGON_DENIED: 0x8009030c,
  SEC_E_NO_CREDENTIALS: 0x8009030e,
  SEC_E_MESSAGE_ALTERED: 0x8009030f,
  SEC_E_OUT_OF_SEQUENCE: 0x80090310,
  SEC_E_CONTEXT_EXPIRED: 0x80090317,
  SEC_E_INCOMPLETE_MESSAGE: 0x80090318,
  SEC_E_ALGORITHM_MISMATCH: 0x80090331,
  SEC_E_TIME_SKEW: 0x80090324,
  SEC_E_BAD_BINDINGS: 0x80090346,
} as const;

/**
 * Failover-cluster Win32 codes ([MS-ERREF] 2.2, as quoted in the [MS-CMRP] 3.1.4.2 method tables).
 * Generic codes the cluster methods also return (ERROR_ALREADY_EXISTS, ERROR_INVALID_NAME, …) stay
 * in `Win32`.
 */
export const ClusterStatus = {
  ERROR_DIR_NOT_EMPTY: 0x91,
  ERROR_ASSERTION_FAILURE: 0x29c,
  ERROR_IO_PENDING: 0x3e5,
  ERROR_CIRCULAR_DEPENDENCY: 0x423,
  ERROR_SPECIAL_GROUP: 0x55c,
  ERROR_DEPENDENT_RESOURCE_EXISTS: 0x1389,
  ERROR_DEPENDENCY_NOT_FOUND: 0x138a,
  ERROR_DEPENDENCY_ALREADY_EXISTS: 0x138b,
  ERROR_RESOURCE_NOT_ONLINE: 0x138c,
  ERROR_HOST_NODE_NOT_AVAILABLE: 0x138d,
  ERROR_RESOURCE_NOT_AVAILABLE: 0x138e,
  ERROR_RESOURCE_NOT_FOUND: 0x138f,
  ERROR_SHUTDOWN_CLUSTER: 0x1390,
  ERROR_CANT_EVICT_ACTIVE_NODE: 0x1391,
  ERROR_OBJECT_ALREADY_EXISTS: 0x1392,
  ERROR_GROUP_NOT_AVAILABLE: 0x1394,
  ERROR_GROUP_NOT_FOUND: 0x1395,
  ERROR_GROUP_NOT_ONLINE: 0x1396,
  ERROR_HOST_NODE_NOT_RESOURCE_OWNER: 0x1397,
  ERROR_HOST_NODE_NOT_GROUP_OWNER: 0x1398,
  ERROR_RESOURCE_ONLINE: 0x139b,
  ERROR_QUORUM_RESOURCE: 0x139c,
  ERROR_NOT_QUORUM_CAPABLE: 0x139d,
  ERROR_INVALID_STATE: 0x139f,
  ERROR_RESOURCE_PROPERTIES_STORED: 0x13a0,
  ERROR_CORE_RESOURCE: 0x13a2,
  ERROR_NETWORK_NOT_AVAILABLE: 0x13ab,
  ERROR_NODE_NOT_AVAILABLE: 0x13ac,
  ERROR_ALL_NODES_NOT_AVAILABLE: 0x13ad,
  ERROR_RESOURCE_FAILED: 0x13ae,
  ERROR_CLUSTER_NODE_NOT_FOUND: 0x13b2,
  ERROR_CLUSTER_NETWORK_NOT_FOUND: 0x13b5,
  ERROR_CLUSTER_NETINTERFACE_NOT_FOUND: 0x13b7,
  ERROR_CLUSTER_INVALID_REQUEST: 0x13b8,
  ERROR_CLUSTER_NODE_DOWN: 0x13ba,
  ERROR_CLUSTER_NODE_UP: 0x13c0,
  ERROR_CLUSTER_NODE_NOT_PAUSED: 0x13c2,
  ERROR_DEPENDENCY_NOT_ALLOWED: 0x13cd,
  ERROR_CLUSTER_NODE_PAUSED: 0x13ce,
  ERROR_NODE_CANT_HOST_RESOURCE: 0x13cf,
  ERROR_CLUSTER_NODE_NOT_READY: 0x13d0,
  ERROR_CLUSTER_NODE_SHUTTING_DOWN: 0x13d1,
  ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND: 0x13d6,
  ERROR_CLUSTER_RESTYPE_NOT_SUPPORTED: 0x13d7,
  ERROR_CLUSTER_GROUP_MOVING: 0x1714,
  ERROR_QUORUM_NOT_ALLOWED_IN_THIS_GROUP: 0x1728,
  ERROR_DEPENDENCY_TREE_TOO_COMPLEX: 0x1729,
  ERROR_CLUSTER_SINGLETON_RESOURCE: 0x1734,
  ERROR_CLUSTER_GROUP_SINGLETON_RESOURCE: 0x1735,
} as const;

/** NTSTATUS codes the SMB2 server answers with ([MS-ERREF] 2.3; [MS-SMB2] 3.3.5). */
export const SmbStatus = {
  STATUS_SUCCESS: 0,
  STATUS_PENDING: 0x00000103,
  STATUS_BUFFER_OVERFLOW: 0x80000005,
  STATUS_INVALID_INFO_CLASS: 0xc0000003,
  STATUS_INFO_LENGTH_MISMATCH: 0xc0000004,
  STATUS_INVALID_HANDLE: 0xc0000008,
  STATUS_INVALID_PARAMETER: 0xc000000d,
  STATUS_INVALID_DEVICE_REQUEST: 0xc0000010,
  STATUS_END_OF_FILE: 0xc0000011,
  STATUS_MORE_PROCESSING_REQUIRED: 0xc0000016,
  STATUS_ACCESS_DENIED: 0xc0000022,
  STATUS_OBJECT_NAME_NOT_FOUND: 0xc0000034,
  STATUS_LOGON_FAILURE: 0xc000006d,
  STATUS_INSUFFICIENT_RESOURCES: 0xc000009a,
  STATUS_PIPE_BROKEN: 0xc000014b,
  STATUS_PIPE_DISCONNECTED: 0xc00000b0,
  STATUS_NOT_SUPPORTED: 0xc00000bb,
  STATUS_BAD_NETWORK_NAME: 0xc00000cc,
  STATUS_REQUEST_NOT_ACCEPTED: 0xc00000d0,
  STATUS_CANCELLED: 0xc0000120,
  STATUS_FILE_CLOSED: 0xc0000128,
  STATUS_USER_SESSION_DELETED: 0xc0000203,
  STATUS_NETWORK_SESSION_EXPIRED: 0xc000035c,
  STATUS_NETWORK_NAME_DELETED: 0xc00000c9,
  STATUS_NOT_FOUND: 0xc0000225,
} as const;

const names = new Map<number, string>();
for (const table of [Win32, RpcStatus, Nca, Epm, SecStatus, ClusterStatus, SmbStatus] as const) {
  for (const [k, v] of Object.entries(table)) if (!names.has(v)) names.set(v, k);
}

/** A readable name for a status, e.g. `nca_s_op_rng_error (0x1c010002)`. */
export function statusName(code: number): string {
  const hex = '0x' + (code >>> 0).toString(16).padStart(8, '0');
  const n = names.get(code >>> 0);
  return n ? `${n} (${hex})` : hex;
}
