/** SMB2 wire constants ([MS-SMB2] 2.2). */

export const Dialect = {
  SMB202: 0x0202,
  SMB210: 0x0210,
  SMB300: 0x0300,
  SMB302: 0x0302,
  SMB311: 0x0311,
  WILDCARD: 0x02ff,
} as const;

export const SUPPORTED_DIALECTS: readonly number[] = [
  Dialect.SMB311,
  Dialect.SMB302,
  Dialect.SMB300,
  Dialect.SMB210,
  Dialect.SMB202,
];

export const Command = {
  NEGOTIATE: 0,
  SESSION_SETUP: 1,
  LOGOFF: 2,
  TREE_CONNECT: 3,
  TREE_DISCONNECT: 4,
  CREATE: 5,
  CLOSE: 6,
  FLUSH: 7,
  READ: 8,
  WRITE: 9,
  LOCK: 10,
  IOCTL: 11,
  CANCEL: 12,
  ECHO: 13,
  QUERY_DIRECTORY: 14,
  CHANGE_NOTIFY: 15,
  QUERY_INFO: 16,
  SET_INFO: 17,
  OPLOCK_BREAK: 18,
} as const;

export const HeaderFlag = {
  SERVER_TO_REDIR: 0x1,
  ASYNC_COMMAND: 0x2,
  RELATED_OPERATIONS: 0x4,
  SIGNED: 0x8,
} as const;

export const SecurityMode = { SIGNING_ENABLED: 0x1, SIGNING_REQUIRED: 0x2 } as const;

export const Capability = {
  DFS: 0x1,
  LEASING: 0x2,
  LARGE_MTU: 0x4,
  MULTI_CHANNEL: 0x8,
  ENCRYPTION: 0x40,
} as const;

export const NegotiateContextType = {
  PREAUTH_INTEGRITY: 1,
  ENCRYPTION: 2,
  SIGNING: 8,
} as const;

export const HASH_SHA512 = 1;
export const SIGNING_AES_CMAC = 1;

export const SessionFlag = { IS_GUEST: 0x1, IS_NULL: 0x2, ENCRYPT_DATA: 0x4 } as const;

export const SHARE_TYPE_PIPE = 2;
export const ShareFlag = { NO_CACHING: 0x30, ENCRYPT_DATA: 0x8000 } as const;

export const Fsctl = {
  PIPE_TRANSCEIVE: 0x0011c017,
  VALIDATE_NEGOTIATE_INFO: 0x00140204,
} as const;

export const IOCTL_IS_FSCTL = 0x1;

export const FileInfoClass = {
  STANDARD: 5,
  PIPE: 23,
  PIPE_LOCAL: 24,
} as const;

export const INFO_TYPE_FILE = 1;
export const FILE_ATTRIBUTE_NORMAL = 0x80;
export const FILE_OPENED = 1;

export const HEADER_SIZE = 64;
export const HEADER_PROTOCOL_ID = 0x424d53fe;
