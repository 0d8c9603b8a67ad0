/**
 * The verification trailer ([MS-RPCE] 2.2.2.13): commands a client appends after the NDR data of
 * a protected request so that the server can check, under the PDU's signature, facts the header
 * alone does not protect (presentation context, header fields, header-signing support). The
 * server strips it before the interface sees the stub ([MS-RPCE] 3.3.3.5.x).
 */
import type { SyntaxId } from './types.js';
import { readUuid, writeUuid } from './uuid.js';

export const VT_MAGIC = Uint8Array.of(0x8a, 0xe3, 0x13, 0x71, 0x02, 0xf4, 0x36, 0x71);

export const VtCommand = {
  BITMASK_1: 0x0001,
  PCONTEXT: 0x0002,
  HEADER2: 0x0003,
} as const;

/** Flag bits of the command field. */
export const VtFlag = {
  COMMAND_END: 0x4000,
  MUST_PROCESS: 0x8000,
} as const;

/** BITMASK_1 bit: the client supports header signing ([MS-RPCE] 2.2.2.13.3). */
export const CLIENT_SUPPORT_HEADER_SIGNING = 0x00000001;

const COMMAND_TYPE_MASK = 0x3fff;
const SYNTAX_ID_LENGTH = 20;
const PCONTEXT_LENGTH = 2 * SYNTAX_ID_LENGTH;
const HEADER2_LENGTH = 16;
const BITMASK_LENGTH = 4;
/** How far from the end of the stub the trailer may start; real ones are under 100 bytes. */
const MAX_TRAILER_BYTES = 1024;

export type VtEntry =
  | { readonly kind: 'bitmask1'; readonly mustProcess: boolean; readonly bits: number }
  | {
      readonly kind: 'pcontext';
      readonly mustProcess: boolean;
      readonly interfaceId: SyntaxId;
      readonly transferSyntax: SyntaxId;
    }
  | {
      readonly kind: 'header2';
      readonly mustProcess: boolean;
      readonly ptype: number;
      readonly drep: Uint8Array;
      readonly callId: number;
      readonly contextId: number;
      readonly opnum: number;
    }
  | {
      readonly kind: 'unknown';
      readonly mustProcess: boolean;
      readonly command: number;
      readonly data: Uint8Array;
    };

export interface FoundTrailer {
  /** Where the trailer (its magic) starts in the stub: the NDR data ends here. */
  readonly offset: number;
  readonly commands: readonly VtEntry[];
}

function readSyntax(b: Uint8Array, off: number, le: boolean): SyntaxId {
  const v = new DataView(b.buffer, b.byteOffset + off + 16, 4);
  return { uuid: readUuid(b, off, le), major: v.getUint16(0, le), minor: v.getUint16(2, le) };
}

/** Parses the command list at `start`; undefined unless it is well formed and ends the stub exactly. */
function parseCommands(stub: Uint8Array, start: number, le: boolean): VtEntry[] | undefined {
  const view = new DataView(stub.buffer, stub.byteOffset, stub.byteLength);
  const out: VtEntry[] = [];
  let pos = start;
  for (;;) {
    if (stub.length - pos < 4) return undefined;
    const command = view.getUint16(pos, le);
    const length = view.getUint16(pos + 2, le);
    pos += 4;
    if (length > stub.length - pos) return undefined;
    const type = command & COMMAND_TYPE_MASK;
    const mustProcess = (command & VtFlag.MUST_PROCESS) !== 0;
    const known =
      (type === VtCommand.BITMASK_1 && length === BITMASK_LENGTH) ||
      (type === VtCommand.PCONTEXT && length === PCONTEXT_LENGTH) ||
      (type === VtCommand.HEADER2 && length === HEADER2_LENGTH);
    if (type === VtCommand.BITMASK_1 && known) {
      out.push({ kind: 'bitmask1', mustProcess, bits: view.getUint32(pos, le) });
    } else if (type === VtCommand.PCONTEXT && known) {
      out.push({
        kind: 'pcontext',
        mustProcess,
        interfaceId: readSyntax(stub, pos, le),
        transferSyntax: readSyntax(stub, pos + SYNTAX_ID_LENGTH, le),
      });
    } else if (type === VtCommand.HEADER2 && known) {
      out.push({
        kind: 'header2',
        mustProcess,
        ptype: stub[pos]!,
        drep: stub.slice(pos + 4, pos + 8),
        callId: view.getUint32(pos + 8, le),
        contextId: view.getUint16(pos + 12, le),
        opnum: view.getUint16(pos + 14, le),
      });
    } else {
      // A known command with a wrong length is carried as unknown, so MUST_PROCESS still refuses it.
      out.push({ kind: 'unknown', mustProcess, command: type, data: stub.slice(pos, pos + length) });
    }
    pos += length;
    if (command & VtFlag.COMMAND_END) return pos === stub.length ? out : undefined;
  }
}

/**
 * Finds the trailer: the magic on a 4-byte boundary of the stub, near its end, followed by a
 * well-formed command list that ends exactly where the stub ends (NDR data that happens to
 * contain the magic does not qualify).
 */
export function findVerificationTrailer(stub: Uint8Array, littleEndian = true): FoundTrailer | undefined {
  const from = Math.max(0, stub.length - MAX_TRAILER_BYTES);
  for (let off = from + ((4 - (from % 4)) % 4); off + VT_MAGIC.length + 4 <= stub.length; off += 4) {
    let match = true;
    for (let i = 0; i < VT_MAGIC.length; i++) {
      if (stub[off + i] !== VT_MAGIC[i]) {
        match = false;
        break;
      }
    }
    if (!match) continue;
    const commands = parseCommands(stub, off + VT_MAGIC.length, littleEndian);
    if (commands) return { offset: off, commands };
  }
  return undefined;
}

/** What the request and its presentation context say, to compare the trailer against. */
export interface VtExpectations {
  readonly interfaceId: SyntaxId;
  readonly transferSyntax: SyntaxId;
  /** PDU type of the request (0). */
  readonly ptype: number;
  readonly drep: Uint8Array;
  readonly callId: number;
  readonly contextId: number;
  readonly opnum: number;
}

export type VtCheck =
  | {
      readonly ok: true;
      readonly stub: Uint8Array;
      readonly trailer?: FoundTrailer;
      readonly bitmask?: number;
    }
  | { readonly ok: false; readonly reason: string };

function sameSyntax(a: SyntaxId, b: SyntaxId): boolean {
  return a.uuid.toLowerCase() === b.uuid.toLowerCase() && a.major === b.major && a.minor === b.minor;
}

/** Validates the trailer (if any) and returns the stub without it. */
export function checkVerificationTrailer(stub: Uint8Array, expect: VtExpectations): VtCheck {
  const le = (expect.drep[0]! & 0xf0) !== 0;
  const found = findVerificationTrailer(stub, le);
  if (!found) return { ok: true, stub };
  let bitmask: number | undefined;
  for (const c of found.commands) {
    switch (c.kind) {
      case 'bitmask1':
        bitmask = c.bits;
        break;
      case 'pcontext':
        if (
          !sameSyntax(c.interfaceId, expect.interfaceId) ||
          !sameSyntax(c.transferSyntax, expect.transferSyntax)
        )
          return { ok: false, reason: 'verification trailer: presentation context mismatch' };
        break;
      case 'header2':
        if (
          c.ptype !== expect.ptype ||
          c.callId !== expect.callId >>> 0 ||
          c.contextId !== expect.contextId ||
          c.opnum !== expect.opnum ||
          c.drep.some((b, i) => b !== (expect.drep[i] ?? 0))
        )
          return { ok: false, reason: 'verification trailer: header mismatch' };
        break;
      case 'unknown':
        if (c.mustProcess)
          return { ok: false, reason: `verification trailer: unknown command 0x${c.command.toString(16)}` };
        break;
    }
  }
  return {
    ok: true,
    stub: stub.subarray(0, found.offset),
    trailer: found,
    ...(bitmask !== undefined ? { bitmask } : {}),
  };
}

/** Encodes a trailer (for tests and for clients that send one); COMMAND_END is set on the last. */
export function encodeVerificationTrailer(commands: readonly VtEntry[], littleEndian = true): Uint8Array {
  const bodies = commands.map((c): [number, Uint8Array] => {
    const flags = c.mustProcess ? VtFlag.MUST_PROCESS : 0;
    if (c.kind === 'bitmask1') {
      const b = new Uint8Array(BITMASK_LENGTH);
      new DataView(b.buffer).setUint32(0, c.bits, littleEndian);
      return [VtCommand.BITMASK_1 | flags, b];
    }
    if (c.kind === 'pcontext') {
      const b = new Uint8Array(PCONTEXT_LENGTH);
      const v = new DataView(b.buffer);
      [c.interfaceId, c.transferSyntax].forEach((s, i) => {
        const o = i * SYNTAX_ID_LENGTH;
        writeUuid(b, o, s.uuid, littleEndian);
        v.setUint16(o + 16, s.major, littleEndian);
        v.setUint16(o + 18, s.minor, littleEndian);
      });
      return [VtCommand.PCONTEXT | flags, b];
    }
    if (c.kind === 'header2') {
      const b = new Uint8Array(HEADER2_LENGTH);
      const v = new DataView(b.buffer);
      b[0] = c.ptype;
      b.set(c.drep.subarray(0, 4), 4);
      v.setUint32(8, c.callId, littleEndian);
      v.setUint16(12, c.contextId, littleEndian);
      v.setUint16(14, c.opnum, littleEndian);
      return [VtCommand.HEADER2 | flags, b];
    }
    return [c.command | flags, c.data];
  });
  const total = VT_MAGIC.length + bodies.reduce((n, [, b]) => n + 4 + b.length, 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  out.set(VT_MAGIC, 0);
  let pos = VT_MAGIC.length;
  bodies.forEach(([cmd, b], i) => {
    v.setUint16(pos, i === bodies.length - 1 ? cmd | VtFlag.COMMAND_END : cmd, littleEndian);
    v.setUint16(pos + 2, b.length, littleEndian);
    out.set(b, pos + 4);
    pos += 4 + b.length;
  });
  return out;
}
