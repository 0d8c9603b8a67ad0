/** The 64-byte SMB2 packet header ([MS-SMB2] 2.2.1), sync and async forms. */
import { HEADER_PROTOCOL_ID, HEADER_SIZE, HeaderFlag } from './constants.js';

export interface Smb2Header {
  readonly creditCharge: number;
  /** Status in responses; ChannelSequence/Reserved in requests. */
  readonly status: number;
  readonly command: number;
  readonly credits: number;
  readonly flags: number;
  readonly nextCommand: number;
  readonly messageId: bigint;
  readonly asyncId: bigint;
  readonly treeId: number;
  readonly sessionId: bigint;
  readonly signature: Uint8Array;
}

export class MalformedMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessage';
  }
}

export function parseHeader(msg: Uint8Array): Smb2Header {
  if (msg.length < HEADER_SIZE) throw new MalformedMessage('message shorter than the SMB2 header');
  const b = Buffer.from(msg.buffer, msg.byteOffset, msg.length);
  if (b.readUInt32LE(0) !== HEADER_PROTOCOL_ID) throw new MalformedMessage('not an SMB2 message');
  if (b.readUInt16LE(4) !== HEADER_SIZE) throw new MalformedMessage('bad SMB2 header size');
  const flags = b.readUInt32LE(16);
  const async = (flags & HeaderFlag.ASYNC_COMMAND) !== 0;
  return {
    creditCharge: b.readUInt16LE(6),
    status: b.readUInt32LE(8),
    command: b.readUInt16LE(12),
    credits: b.readUInt16LE(14),
    flags,
    nextCommand: b.readUInt32LE(20),
    messageId: b.readBigUInt64LE(24),
    asyncId: async ? b.readBigUInt64LE(32) : 0n,
    treeId: async ? 0 : b.readUInt32LE(36),
    sessionId: b.readBigUInt64LE(40),
    signature: msg.subarray(48, 64),
  };
}

export interface ResponseHeaderFields {
  readonly status: number;
  readonly command: number;
  readonly credits: number;
  readonly flags: number;
  readonly messageId: bigint;
  readonly asyncId?: bigint;
  readonly treeId: number;
  readonly sessionId: bigint;
  readonly creditCharge: number;
}

/** A response message: header followed by `body`. */
export function buildResponse(h: ResponseHeaderFields, body: Uint8Array): Uint8Array {
  const b = Buffer.alloc(HEADER_SIZE + body.length);
  b.writeUInt32LE(HEADER_PROTOCOL_ID, 0);
  b.writeUInt16LE(HEADER_SIZE, 4);
  b.writeUInt16LE(h.creditCharge, 6);
  b.writeUInt32LE(h.status >>> 0, 8);
  b.writeUInt16LE(h.command, 12);
  b.writeUInt16LE(h.credits, 14);
  let flags = h.flags | HeaderFlag.SERVER_TO_REDIR;
  if (h.asyncId !== undefined) flags |= HeaderFlag.ASYNC_COMMAND;
  b.writeUInt32LE(flags >>> 0, 16);
  b.writeBigUInt64LE(h.messageId, 24);
  if (h.asyncId !== undefined) b.writeBigUInt64LE(h.asyncId, 32);
  else b.writeUInt32LE(h.treeId >>> 0, 36);
  b.writeBigUInt64LE(h.sessionId, 40);
  b.set(body, HEADER_SIZE);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** The 9-byte ERROR response body ([MS-SMB2] 2.2.2). */
export const ERROR_BODY: Uint8Array = new Uint8Array([9, 0, 0, 0, 0, 0, 0, 0, 0]);
