/**
 * String bindings: `[ObjectUUID@]protseq:host[endpoint,option,key=value]` in both the Samba
 * flavour (`ncacn_np:host[\pipe\ROUTER,smb2,seal]`) and the Windows / [C706] 2.4 flavour
 * (`ncacn_np:host[endpoint=\pipe\ROUTER,security=...]`).
 */
import { RpcStatus } from '../errors/status.js';
import type { Protseq } from './types.js';
import { isUuid } from './uuid.js';

/** A bad string binding; `status` is the RPC_S_* code Windows' RpcStringBindingParse would give. */
export class BindingError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BindingError';
  }
}

export type AuthProvider = 'ntlm' | 'spnego' | 'krb5';

export interface BindingOptions {
  /** Authentication level requested by flag: connect < sign (integrity) < seal (privacy). */
  readonly connect: boolean;
  readonly sign: boolean;
  readonly seal: boolean;
  readonly auth?: AuthProvider;
  /** Samba's debugging aid: dump the NDR of each call. */
  readonly print: boolean;
  readonly bigendian: boolean;
  readonly ndr64: boolean;
  readonly smb2: boolean;
  /** Every `key=value` option other than `endpoint=` / `port=`, in order, keys lowercased. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface StringBinding {
  readonly objectUuid?: string;
  readonly protseq: Protseq;
  /** Network address; '' means the local machine (as Windows reads an empty address). */
  readonly host: string;
  /** TCP/UDP port as a decimal string, or a pipe name such as `\pipe\epmapper`. */
  readonly endpoint?: string;
  /**
   * ncacn_np only: the SMB server's TCP port from a `port=` option (Samba's spelling; default 445
   * when absent). For the IP protocol sequences `port=` is the endpoint itself.
   */
  readonly port?: number;
  readonly options: BindingOptions;
}

const SUPPORTED: ReadonlySet<string> = new Set<Protseq>(['ncacn_ip_tcp', 'ncacn_np', 'ncadg_ip_udp']);
/** Protocol sequences that exist but that winrpc does not speak. */
const KNOWN_UNSUPPORTED: ReadonlySet<string> = new Set([
  'ncalrpc',
  'ncacn_http',
  'ncacn_unix_stream',
  'ncadg_ipx',
  'ncacn_spx',
  'ncacn_nb_tcp',
  'ncacn_nb_nb',
  'ncacn_vns_spp',
  'ncacn_at_dsp',
  'ncadg_at_ddp',
  'ncacn_dnet_nsp',
  'ncacn_ip6_tcp',
  'ncacn_ip',
]);

const FLAGS = ['connect', 'sign', 'seal', 'print', 'bigendian', 'ndr64', 'smb2'] as const;
type Flag = (typeof FLAGS)[number];
const AUTH: readonly AuthProvider[] = ['ntlm', 'spnego', 'krb5'];

/** Longest binding accepted: far above any real one, small enough to bound the parser's work. */
const MAX_BINDING_LENGTH = 4096;

function fail(status: number, message: string): never {
  throw new BindingError(status, message);
}

function parsePort(text: string, what: string): number {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) {
    fail(
      RpcStatus.RPC_S_INVALID_ENDPOINT_FORMAT,
      `invalid ${what} ${JSON.stringify(text)}: expected a port 0-65535`,
    );
  }
  return Number(text);
}

function checkEndpoint(protseq: Protseq, endpoint: string): string {
  if (protseq === 'ncacn_np') {
    if (!/^\\pipe\\[^\\\0]+$/i.test(endpoint)) {
      fail(
        RpcStatus.RPC_S_INVALID_ENDPOINT_FORMAT,
        `invalid named pipe endpoint ${JSON.stringify(endpoint)}: expected \\pipe\\NAME`,
      );
    }
    return endpoint;
  }
  return String(parsePort(endpoint, 'endpoint'));
}

/** Parses a string binding; throws BindingError with an RPC_S_* status on bad input. */
export function parseBinding(text: string): StringBinding {
  if (typeof text !== 'string' || text.length === 0)
    fail(RpcStatus.RPC_S_INVALID_BINDING, 'empty string binding');
  if (text.length > MAX_BINDING_LENGTH) fail(RpcStatus.RPC_S_INVALID_BINDING, 'string binding too long');
  let rest = text.trim();

  let objectUuid: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const u = rest.slice(0, at);
    if (!isUuid(u)) fail(RpcStatus.RPC_S_INVALID_STRING_UUID, `invalid object UUID ${JSON.stringify(u)}`);
    objectUuid = u.toLowerCase();
    rest = rest.slice(at + 1);
  }

  const colon = rest.indexOf(':');
  const bracket = rest.indexOf('[');
  if (colon <= 0 || (bracket >= 0 && bracket < colon)) {
    fail(
      RpcStatus.RPC_S_INVALID_BINDING,
      `invalid string binding ${JSON.stringify(text)}: expected protseq:host[...]`,
    );
  }
  const protseqText = rest.slice(0, colon).toLowerCase();
  if (!SUPPORTED.has(protseqText)) {
    if (KNOWN_UNSUPPORTED.has(protseqText)) {
      fail(RpcStatus.RPC_S_PROTSEQ_NOT_SUPPORTED, `protocol sequence ${protseqText} is not supported`);
    }
    fail(RpcStatus.RPC_S_INVALID_RPC_PROTSEQ, `unknown protocol sequence ${JSON.stringify(protseqText)}`);
  }
  const protseq = protseqText as Protseq;
  rest = rest.slice(colon + 1);

  let host = rest;
  let optionText: string | undefined;
  const open = rest.indexOf('[');
  if (open >= 0) {
    if (!rest.endsWith(']') || rest.indexOf(']') !== rest.length - 1) {
      fail(RpcStatus.RPC_S_INVALID_BINDING, `invalid string binding ${JSON.stringify(text)}: unbalanced [ ]`);
    }
    host = rest.slice(0, open);
    optionText = rest.slice(open + 1, -1);
    if (optionText.includes('['))
      fail(RpcStatus.RPC_S_INVALID_BINDING, `nested [ in ${JSON.stringify(text)}`);
  } else if (rest.includes(']')) {
    fail(RpcStatus.RPC_S_INVALID_BINDING, `invalid string binding ${JSON.stringify(text)}: unbalanced [ ]`);
  }
  if (/[\s,@]/.test(host))
    fail(RpcStatus.RPC_S_INVALID_NET_ADDR, `invalid network address ${JSON.stringify(host)}`);

  const flags: Record<Flag, boolean> = {
    connect: false,
    sign: false,
    seal: false,
    print: false,
    bigendian: false,
    ndr64: false,
    smb2: false,
  };
  let auth: AuthProvider | undefined;
  let endpoint: string | undefined;
  let smbPort: number | undefined;
  const extra: Record<string, string> = {};

  const parts = optionText === undefined || optionText === '' ? [] : optionText.split(',');
  parts.forEach((raw, index) => {
    const part = raw.trim();
    if (part === '') fail(RpcStatus.RPC_S_INVALID_BINDING, `empty option in ${JSON.stringify(text)}`);
    const eq = part.indexOf('=');
    if (eq >= 0) {
      const key = part.slice(0, eq).trim().toLowerCase();
      const value = part.slice(eq + 1).trim();
      if (key === '')
        fail(RpcStatus.RPC_S_INVALID_BINDING, `option without a name in ${JSON.stringify(text)}`);
      if (key === 'port' && protseq === 'ncacn_np') {
        if (smbPort !== undefined) fail(RpcStatus.RPC_S_INVALID_BINDING, `option port given twice`);
        smbPort = parsePort(value, 'port');
        return;
      }
      if (key === 'endpoint' || key === 'port') {
        if (endpoint !== undefined)
          fail(RpcStatus.RPC_S_INVALID_BINDING, `two endpoints in ${JSON.stringify(text)}`);
        endpoint = key === 'port' ? String(parsePort(value, 'port')) : value;
        return;
      }
      if (Object.hasOwn(extra, key)) fail(RpcStatus.RPC_S_INVALID_BINDING, `option ${key} given twice`);
      extra[key] = value;
      return;
    }
    const word = part.toLowerCase();
    if ((FLAGS as readonly string[]).includes(word)) {
      flags[word as Flag] = true;
      return;
    }
    if ((AUTH as readonly string[]).includes(word)) {
      if (auth !== undefined && auth !== word) {
        fail(RpcStatus.RPC_S_INVALID_BINDING, `conflicting authentication options ${auth} and ${word}`);
      }
      auth = word as AuthProvider;
      return;
    }
    // As in Samba and Windows, a bare first item that is no known option is the endpoint.
    if (index === 0 && endpoint === undefined) {
      endpoint = part;
      return;
    }
    fail(RpcStatus.RPC_S_INVALID_BINDING, `unknown binding option ${JSON.stringify(part)}`);
  });

  if (endpoint !== undefined) endpoint = checkEndpoint(protseq, endpoint);

  return {
    ...(objectUuid !== undefined ? { objectUuid } : {}),
    protseq,
    host,
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(smbPort !== undefined ? { port: smbPort } : {}),
    options: { ...flags, ...(auth !== undefined ? { auth } : {}), extra },
  };
}

/** Formats a binding in the Samba flavour (the form rpcclient and smbclient accept). */
export function formatBinding(b: {
  readonly objectUuid?: string;
  readonly protseq: Protseq;
  readonly host: string;
  readonly endpoint?: string;
  readonly port?: number;
  readonly options?: Partial<BindingOptions>;
}): string {
  const items: string[] = [];
  if (b.endpoint !== undefined && b.endpoint !== '') items.push(b.endpoint);
  if (b.port !== undefined && b.protseq === 'ncacn_np') items.push(`port=${b.port}`);
  const o = b.options ?? {};
  for (const f of FLAGS) if (o[f] === true) items.push(f);
  if (o.auth !== undefined) items.push(o.auth);
  for (const [k, v] of Object.entries(o.extra ?? {})) items.push(`${k}=${v}`);
  const prefix = b.objectUuid !== undefined ? `${b.objectUuid}@` : '';
  const suffix = items.length > 0 ? `[${items.join(',')}]` : '';
  return `${prefix}${b.protseq}:${b.host}${suffix}`;
}
