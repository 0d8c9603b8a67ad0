/**
 * SPNEGO tokens ([RFC4178] 4.2, [MS-SPNG] 2.2): the InitialContextToken carrying NegTokenInit or
 * NegTokenInit2 (with the negHints Windows servers send), and NegTokenResp.
 */
import { invalidToken } from '../errors.js';
import {
  children,
  ctxTag,
  decodeEnumerated,
  decodeOid,
  decodeOne,
  enumerated,
  expectTag,
  explicit,
  explicitInner,
  generalString,
  octetString,
  oid,
  sequence,
  Tag,
  tlv,
  type DerNode,
} from './der.js';

export const Oid = {
  SPNEGO: '1.3.6.1.5.5.2',
  NTLMSSP: '1.3.6.1.4.1.311.2.2.10',
  KERBEROS: '1.2.840.113554.1.2.2',
  MS_KERBEROS: '1.2.840.48018.1.2.2',
  NEGOEX: '1.3.6.1.4.1.311.2.2.30',
} as const;

export const NegState = {
  ACCEPT_COMPLETED: 0,
  ACCEPT_INCOMPLETE: 1,
  REJECT: 2,
  REQUEST_MIC: 3,
} as const;

/** hintName Windows puts in NegTokenInit2 ([MS-SPNG] 3.2.5.2). */
export const NEG_HINT_NAME = 'not_defined_in_RFC4178@please_ignore';

export interface NegTokenInit {
  readonly mechTypes: readonly string[];
  readonly reqFlags?: Uint8Array;
  readonly mechToken?: Uint8Array;
  readonly negHints?: { readonly hintName?: string; readonly hintAddress?: Uint8Array };
  readonly mechListMIC?: Uint8Array;
}

export interface NegTokenResp {
  readonly negState?: number;
  readonly supportedMech?: string;
  readonly responseToken?: Uint8Array;
  readonly mechListMIC?: Uint8Array;
}

export type NegotiationToken =
  | { readonly kind: 'init'; readonly init: NegTokenInit; readonly mechTypesDer: Uint8Array }
  | { readonly kind: 'resp'; readonly resp: NegTokenResp };

/** The DER MechTypeList, which is what mechListMIC signs. */
export function encodeMechTypes(mechTypes: readonly string[]): Uint8Array {
  return sequence(...mechTypes.map(oid));
}

/** InitialContextToken wrapping a NegTokenInit (or NegTokenInit2 when negHints is set). */
export function encodeNegTokenInit(t: NegTokenInit): Uint8Array {
  const fields: Uint8Array[] = [explicit(0, encodeMechTypes(t.mechTypes))];
  if (t.reqFlags) fields.push(explicit(1, tlv(Tag.BIT_STRING, t.reqFlags)));
  if (t.mechToken) fields.push(explicit(2, octetString(t.mechToken)));
  if (t.negHints) {
    const hints: Uint8Array[] = [];
    if (t.negHints.hintName !== undefined) hints.push(explicit(0, generalString(t.negHints.hintName)));
    if (t.negHints.hintAddress) hints.push(explicit(1, octetString(t.negHints.hintAddress)));
    fields.push(explicit(3, sequence(...hints)));
    if (t.mechListMIC) fields.push(explicit(4, octetString(t.mechListMIC)));
  } else if (t.mechListMIC) {
    fields.push(explicit(3, octetString(t.mechListMIC)));
  }
  return tlv(Tag.APPLICATION_0, oid(Oid.SPNEGO), explicit(0, sequence(...fields)));
}

export function encodeNegTokenResp(t: NegTokenResp): Uint8Array {
  const fields: Uint8Array[] = [];
  if (t.negState !== undefined) fields.push(explicit(0, enumerated(t.negState)));
  if (t.supportedMech) fields.push(explicit(1, oid(t.supportedMech)));
  if (t.responseToken) fields.push(explicit(2, octetString(t.responseToken)));
  if (t.mechListMIC) fields.push(explicit(3, octetString(t.mechListMIC)));
  return explicit(1, sequence(...fields));
}

function octets(node: DerNode, what: string): Uint8Array {
  return new Uint8Array(expectTag(explicitInner(node), Tag.OCTET_STRING, what).content);
}

/** Fields of a SEQUENCE keyed by context tag, in increasing order, each at most once. */
function taggedFields(seq: DerNode, depth: number): Map<number, DerNode> {
  const map = new Map<number, DerNode>();
  let last = -1;
  for (const c of children(seq, depth)) {
    if ((c.tag & 0xe0) !== 0xa0) throw invalidToken('expected a context-tagged field');
    const n = c.tag & 0x1f;
    if (n <= last) throw invalidToken('SPNEGO fields out of order or repeated');
    last = n;
    map.set(n, c);
  }
  return map;
}

function decodeInit(node: DerNode): { init: NegTokenInit; mechTypesDer: Uint8Array } {
  const seq = expectTag(explicitInner(node), Tag.SEQUENCE, 'NegTokenInit');
  const f = taggedFields(seq, 3);
  const mt = f.get(0);
  if (!mt) throw invalidToken('NegTokenInit without mechTypes');
  const mechList = expectTag(explicitInner(mt), Tag.SEQUENCE, 'mechTypes');
  const mechTypes = children(mechList, 4).map(decodeOid);
  if (mechTypes.length === 0) throw invalidToken('empty mechTypes');
  let reqFlags: Uint8Array | undefined;
  let negHints: NegTokenInit['negHints'];
  let mechListMIC: Uint8Array | undefined;
  const rf = f.get(1);
  if (rf) reqFlags = new Uint8Array(expectTag(explicitInner(rf), Tag.BIT_STRING, 'reqFlags').content);
  const tok = f.get(2);
  const mechToken = tok ? octets(tok, 'mechToken') : undefined;
  const f3 = f.get(3);
  if (f3) {
    const inner = explicitInner(f3);
    if (inner.tag === Tag.SEQUENCE) {
      // NegTokenInit2: [3] is negHints and the MIC moves to [4].
      const h = taggedFields(inner, 4);
      const name = h.get(0);
      const addr = h.get(1);
      negHints = {
        ...(name
          ? {
              hintName: Buffer.from(
                expectTag(explicitInner(name), Tag.GENERAL_STRING, 'hintName').content,
              ).toString('latin1'),
            }
          : {}),
        ...(addr ? { hintAddress: octets(addr, 'hintAddress') } : {}),
      };
    } else {
      mechListMIC = octets(f3, 'mechListMIC');
    }
  }
  const f4 = f.get(4);
  if (f4) {
    if (!negHints) throw invalidToken('NegTokenInit field [4] without negHints');
    mechListMIC = octets(f4, 'mechListMIC');
  }
  if (f.size > 0 && Math.max(...f.keys()) > 4) throw invalidToken('unknown NegTokenInit field');
  return {
    init: {
      mechTypes,
      ...(reqFlags ? { reqFlags } : {}),
      ...(mechToken ? { mechToken } : {}),
      ...(negHints ? { negHints } : {}),
      ...(mechListMIC ? { mechListMIC } : {}),
    },
    mechTypesDer: new Uint8Array(mechList.raw),
  };
}

function decodeResp(node: DerNode): NegTokenResp {
  const seq = expectTag(explicitInner(node), Tag.SEQUENCE, 'NegTokenResp');
  const f = taggedFields(seq, 3);
  if (f.size > 0 && Math.max(...f.keys()) > 3) throw invalidToken('unknown NegTokenResp field');
  const st = f.get(0);
  const sm = f.get(1);
  const rt = f.get(2);
  const mic = f.get(3);
  const negState = st ? decodeEnumerated(explicitInner(st)) : undefined;
  if (negState !== undefined && negState > NegState.REQUEST_MIC) throw invalidToken('unknown negState');
  return {
    ...(negState !== undefined ? { negState } : {}),
    ...(sm ? { supportedMech: decodeOid(explicitInner(sm)) } : {}),
    ...(rt ? { responseToken: octets(rt, 'responseToken') } : {}),
    ...(mic ? { mechListMIC: octets(mic, 'mechListMIC') } : {}),
  };
}

/** Decodes either an InitialContextToken (NegTokenInit) or a bare NegTokenResp. */
export function decodeNegotiationToken(buf: Uint8Array): NegotiationToken {
  const top = decodeOne(buf);
  if (top.tag === Tag.APPLICATION_0) {
    const parts = children(top, 1);
    if (parts.length !== 2) throw invalidToken('InitialContextToken must hold an OID and a token');
    if (decodeOid(parts[0]!) !== Oid.SPNEGO) throw invalidToken('InitialContextToken is not SPNEGO');
    if (parts[1]!.tag !== ctxTag(0)) throw invalidToken('expected NegTokenInit');
    return { kind: 'init', ...decodeInit(parts[1]!) };
  }
  if (top.tag === ctxTag(0)) return { kind: 'init', ...decodeInit(top) };
  if (top.tag === ctxTag(1)) return { kind: 'resp', resp: decodeResp(top) };
  throw invalidToken('not a SPNEGO token');
}
