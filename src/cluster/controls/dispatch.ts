/**
 * Control-code processing for ApiClusterControl, ApiNodeControl, ApiGroupControl, ApiResourceControl,
 * ApiResourceTypeControl, ApiNetworkControl and ApiNetInterfaceControl ([MS-CMRP] 3.1.4.2.74 and
 * siblings, 3.1.4.3) over the cluster model. The RPC handlers resolve the handle and its access
 * level, then hand the raw buffers here; the result maps one-to-one onto the method's out-parameters.
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { ClusterModel } from '../model/cluster-model.js';
import {
  CLUSTER_COMMON,
  GROUP_COMMON,
  NETINTERFACE_COMMON,
  NETWORK_COMMON,
  NODE_COMMON,
  RESOURCE_COMMON,
  RESOURCE_TYPE_COMMON,
} from '../model/common-properties.js';
import { ClusterError, isClusterError } from '../model/errors.js';
import { foldName } from '../model/names.js';
import type { CommonPropertyDef, Property, PropertyBag, PropValue, PropType } from '../model/properties.js';
import { writeCommon, writePrivate } from '../model/properties.js';
import { defaultPrivateProperties, readOnlyPrivateProperties } from '../model/resource-types.js';
import { GroupType } from '../model/types.js';
import type { ObjectKind } from '../model/types.js';
import {
  ClusPropSyntax,
  decodeProperties,
  dwordData,
  encodeMultiSz,
  encodeProperties,
  encodePropertyList,
  encodeSz,
  encodeValueList,
  formatOfType,
} from './clusprop.js';
import { Clctl, OBJECT_OF_KIND, codesOf, controlCode, functionOf, needsWriteAccess } from './codes.js';
import { STORAGE_CONTROL_HANDLERS } from './storage.js';

export interface ControlTarget {
  readonly kind: ObjectKind;
  /** The object's id (a resource type's name; ignored for the cluster). */
  readonly id: string;
}

export interface ControlCaller {
  /** The handle carries the "All" access level (3.1.4). */
  readonly canWrite: boolean;
}

export interface ControlEnvironment {
  /** DNS domain the cluster name is registered in, for CLUSCTL_CLUSTER_GET_FQDN. */
  readonly dnsDomain?: string;
}

export interface ControlResult {
  readonly status: number;
  /** Exactly the bytes for lpOutBuffer (length === bytesReturned). */
  readonly out: Uint8Array;
  readonly bytesReturned: number;
  /** lpcbRequired: the output size, also on ERROR_MORE_DATA; 0 when nothing is returned. */
  readonly required: number;
}

/** CLUS_CHARACTERISTICS (2.2.2.4). */
export const ClusCharacteristics = {
  UNKNOWN: 0x00000000,
  QUORUM: 0x00000001,
  DELETE_REQUIRES_ALL_NODES: 0x00000002,
  LOCAL_QUORUM: 0x00000004,
} as const;

/** CLUS_FLAGS (2.2.2.5). */
export const ClusFlags = { CORE: 0x00000001 } as const;

/** CLUS_RESOURCE_CLASS_INFO values (2.2.3.7). */
export const ClusResClass = { UNKNOWN: 0, STORAGE: 1, NETWORK: 2 } as const;
export const CLUS_RESSUBCLASS_SHARED = 0x80000000;

export interface ControlRequest {
  readonly model: ClusterModel;
  readonly kind: ObjectKind;
  readonly id: string;
  readonly input: Uint8Array;
  readonly env: ControlEnvironment;
  /** nOutBufferSize, for codes whose answer depends on it (QUERY_MAINTENANCE_MODE). */
  readonly outBufferSize: number;
}
type Request = ControlRequest;

export interface ControlOutcome {
  readonly status?: number;
  readonly data: Uint8Array;
}

type Outcome = ControlOutcome;
type Handler = (r: Request) => Outcome;

export interface ControlHandlerDef {
  readonly run: Handler;
  /**
   * Fixed-size answers for which a zero-sized output buffer is a plain success (3.1.4.3.1.2-4,
   * 3.1.4.3.2.2-4), on the object kinds the spec says it for.
   */
  readonly zeroBufferSucceedsFor?: readonly ObjectKind[];
}

const EMPTY = new Uint8Array(0);
const ok = (data: Uint8Array = EMPTY): Outcome => ({ data });
const dwordOut = (n: number): Outcome => ok(dwordData(n));
const szOut = (s: string): Outcome => ok(encodeSz(s));

// ---------------------------------------------------------------- object facts

/** The object's name and id (a resource type's id is its name, as Windows reports it). */
function identityOf(r: Request): { readonly id: string; readonly name: string } {
  const m = r.model;
  switch (r.kind) {
    case 'cluster':
      return m.cluster();
    case 'node':
      return m.node(r.id);
    case 'group':
      return m.group(r.id);
    case 'resource':
      return m.resource(r.id);
    case 'resourceType': {
      const { name } = m.resourceType(r.id);
      return { id: name, name };
    }
    case 'network':
      return m.network(r.id);
    case 'netInterface':
      return m.netInterface(r.id);
  }
}

function storedBags(r: Request): { common: PropertyBag; private: PropertyBag } {
  const m = r.model;
  switch (r.kind) {
    case 'cluster':
      return m.cluster();
    case 'node':
      return m.node(r.id);
    case 'group':
      return m.group(r.id);
    case 'resource':
      return m.resource(r.id);
    case 'resourceType':
      return m.resourceType(r.id);
    case 'network':
      return m.network(r.id);
    case 'netInterface':
      return m.netInterface(r.id);
  }
}

/** Only names, types, bounds and read-only flags matter for validation, so the entity type is erased. */
const COMMON_DEFS: Readonly<Record<ObjectKind, readonly CommonPropertyDef<never>[]>> = {
  cluster: CLUSTER_COMMON,
  node: NODE_COMMON,
  group: GROUP_COMMON,
  resource: RESOURCE_COMMON,
  resourceType: RESOURCE_TYPE_COMMON,
  network: NETWORK_COMMON,
  netInterface: NETINTERFACE_COMMON,
};

/** The resource type name a resource or resource type request is about. */
function typeNameOf(r: Request): string {
  return r.kind === 'resource' ? r.model.resource(r.id).type : r.model.resourceType(r.id).name;
}

const STORAGE_TYPES = new Set(['PHYSICAL DISK']);
const IP_TYPES = new Set(['IP ADDRESS', 'IPV6 ADDRESS', 'IPV6 TUNNEL ADDRESS']);
const NETNAME_TYPES = new Set(['NETWORK NAME', 'DISTRIBUTED NETWORK NAME']);

/** 3.1.4.3.1.4: Physical Disk is shared storage; the IP address types are network/IP; all else unknown. */
function classInfo(typeName: string): Uint8Array {
  const t = foldName(typeName);
  const [cls, sub] = STORAGE_TYPES.has(t)
    ? [ClusResClass.STORAGE, CLUS_RESSUBCLASS_SHARED]
    : IP_TYPES.has(t)
      ? [ClusResClass.NETWORK, CLUS_RESSUBCLASS_SHARED]
      : [ClusResClass.UNKNOWN, 0];
  const out = new Uint8Array(8);
  const v = new DataView(out.buffer);
  v.setUint32(0, cls, true);
  v.setUint32(4, sub, true);
  return out;
}

function characteristics(r: Request): number {
  if (r.kind !== 'resource' && r.kind !== 'resourceType') return ClusCharacteristics.UNKNOWN;
  const type = r.model.resourceType(typeNameOf(r));
  return type.quorumCapable ? ClusCharacteristics.QUORUM : ClusCharacteristics.UNKNOWN;
}

function flags(r: Request): number {
  switch (r.kind) {
    case 'resource':
      return r.model.resource(r.id).core ? ClusFlags.CORE : 0;
    case 'group':
      return r.model.group(r.id).groupType === GroupType.CoreCluster ? ClusFlags.CORE : 0;
    default:
      return 0;
  }
}

/** The alternate computer name of a Network Name resource (3.1.4.3.1.30, .32). */
function networkName(r: Request, dns: boolean): Outcome {
  const res = r.model.resource(r.id);
  if (!NETNAME_TYPES.has(foldName(res.type))) return { status: Win32.ERROR_INVALID_FUNCTION, data: EMPTY };
  const pick = (key: string): string | undefined => {
    const v = Object.entries(res.private).find(([k]) => foldName(k) === foldName(key))?.[1];
    return v?.type === 'sz' && v.value !== '' ? v.value : undefined;
  };
  const name = (dns ? pick('DnsName') : undefined) ?? pick('Name') ?? res.name;
  return szOut(name);
}

/**
 * 3.1.4.3.2.6: only quorum-capable types arbitrate; the timeout (seconds) is the cluster's
 * QuorumArbitrationTimeMax, which is what bounds a witness arbitration.
 */
function arbitrationTimeout(r: Request): Outcome {
  if (characteristics(r) !== ClusCharacteristics.QUORUM)
    return { status: Win32.ERROR_INVALID_FUNCTION, data: EMPTY };
  const v = r.model.commonProperties('cluster').find((p) => p.name === 'QuorumArbitrationTimeMax')?.value;
  return dwordOut(v?.type === 'dword' ? v.value : 20);
}

// ---------------------------------------------------------------- properties

const writable = (props: Property[]): Property[] => props.filter((p) => !p.readOnly);
const readOnly = (props: Property[]): Property[] => props.filter((p) => p.readOnly);

function listOut(props: readonly Property[]): Outcome {
  return ok(encodeProperties(props.map((p) => ({ name: p.name, value: p.value }))));
}

/** Property name → CLUSPROP_SYNTAX_LIST_VALUE_WORD holding its format (3.1.4.3.1.14). */
function formatsOut(props: readonly { name: string; type: PropType }[]): Outcome {
  return ok(
    encodePropertyList(
      props.map((p) => {
        const data = new Uint8Array(2);
        new DataView(data.buffer).setUint16(0, formatOfType(p.type), true);
        return { name: p.name, values: [{ syntax: ClusPropSyntax.LIST_VALUE_WORD, data }] };
      }),
    ),
  );
}

function updatesFrom(input: Uint8Array): Record<string, PropValue> {
  const props = decodeProperties(input);
  // 3.1.4.3.1.12: "The client MUST provide one or more ... property names and their associated values".
  if (props.length === 0) throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, 'empty property list');
  const updates: Record<string, PropValue> = Object.create(null) as Record<string, PropValue>;
  for (const p of props) updates[p.name] = p.value;
  return updates;
}

/** A common property name cannot be reused in a lesser scope (3.1.1.9). */
function refuseCommonNames(r: Request, updates: Readonly<Record<string, PropValue>>): void {
  const common = new Set(r.model.commonProperties(r.kind, r.id).map((p) => foldName(p.name)));
  for (const name of Object.keys(updates)) {
    if (common.has(foldName(name)))
      throw new ClusterError(Win32.ERROR_INVALID_PARAMETER, `${name} is a common property`);
  }
}

function privateReadOnlyNames(r: Request): readonly string[] {
  return r.kind === 'resource' ? readOnlyPrivateProperties(r.model.resource(r.id).type) : [];
}

// ---------------------------------------------------------------- handler table

const FIXED_SIZE_KINDS: readonly ObjectKind[] = ['resource', 'resourceType'];

type HandlerDef = ControlHandlerDef;

const HANDLERS: ReadonlyMap<number, HandlerDef> = new Map<number, HandlerDef>([
  ...STORAGE_CONTROL_HANDLERS,
  [Clctl.UNKNOWN, { run: () => ok() }],
  [
    Clctl.GET_CHARACTERISTICS,
    { run: (r) => dwordOut(characteristics(r)), zeroBufferSucceedsFor: FIXED_SIZE_KINDS },
  ],
  [Clctl.GET_FLAGS, { run: (r) => dwordOut(flags(r)), zeroBufferSucceedsFor: FIXED_SIZE_KINDS }],
  [
    Clctl.GET_CLASS_INFO,
    { run: (r) => ok(classInfo(typeNameOf(r))), zeroBufferSucceedsFor: FIXED_SIZE_KINDS },
  ],
  // The model keeps no required-dependency schema for resource types: an empty value list.
  [
    Clctl.GET_REQUIRED_DEPENDENCIES,
    {
      run: (r) => {
        typeNameOf(r);
        return ok(encodeValueList([]));
      },
    },
  ],
  [Clctl.GET_ARB_TIMEOUT, { run: arbitrationTimeout }],
  [Clctl.GET_NAME, { run: (r) => szOut(identityOf(r).name) }],
  [Clctl.GET_ID, { run: (r) => szOut(identityOf(r).id) }],
  [Clctl.GET_RESOURCE_TYPE, { run: (r) => szOut(r.model.resource(r.id).type) }],
  [Clctl.GET_NODE, { run: (r) => szOut(r.model.node(r.model.netInterface(r.id).nodeId).name) }],
  [Clctl.GET_NETWORK, { run: (r) => szOut(r.model.network(r.model.netInterface(r.id).networkId).name) }],
  [
    Clctl.GET_FQDN,
    {
      run: (r) => {
        const name = r.model.cluster().name;
        return szOut(r.env.dnsDomain ? `${name}.${r.env.dnsDomain}` : name);
      },
    },
  ],
  [Clctl.GET_NETWORK_NAME, { run: (r) => networkName(r, false) }],
  [Clctl.GET_DNS_NAME, { run: (r) => networkName(r, true) }],

  // Common properties.
  [
    Clctl.ENUM_COMMON_PROPERTIES,
    { run: (r) => ok(encodeMultiSz(writable(r.model.commonProperties(r.kind, r.id)).map((p) => p.name))) },
  ],
  [Clctl.GET_COMMON_PROPERTIES, { run: (r) => listOut(writable(r.model.commonProperties(r.kind, r.id))) }],
  [Clctl.GET_RO_COMMON_PROPERTIES, { run: (r) => listOut(readOnly(r.model.commonProperties(r.kind, r.id))) }],
  [
    Clctl.SET_COMMON_PROPERTIES,
    {
      run: (r) => {
        r.model.setCommonProperties(r.kind, r.id, updatesFrom(r.input));
        return ok();
      },
    },
  ],
  [
    Clctl.VALIDATE_COMMON_PROPERTIES,
    {
      run: (r) => {
        writeCommon(COMMON_DEFS[r.kind], storedBags(r).common, updatesFrom(r.input));
        return ok();
      },
    },
  ],
  [
    Clctl.GET_COMMON_PROPERTY_FMTS,
    {
      run: (r) =>
        formatsOut(
          writable(r.model.commonProperties(r.kind, r.id)).map((p) => ({ name: p.name, type: p.value.type })),
        ),
    },
  ],
  [
    Clctl.GET_COMMON_RESOURCE_PROPERTY_FMTS,
    {
      run: (r) => {
        r.model.resourceType(r.id);
        return formatsOut(RESOURCE_COMMON.filter((d) => !d.readOnly && !d.compute));
      },
    },
  ],

  // Private properties.
  [
    Clctl.ENUM_PRIVATE_PROPERTIES,
    { run: (r) => ok(encodeMultiSz(writable(r.model.privateProperties(r.kind, r.id)).map((p) => p.name))) },
  ],
  [Clctl.GET_PRIVATE_PROPERTIES, { run: (r) => listOut(writable(r.model.privateProperties(r.kind, r.id))) }],
  [
    Clctl.GET_RO_PRIVATE_PROPERTIES,
    { run: (r) => listOut(readOnly(r.model.privateProperties(r.kind, r.id))) },
  ],
  [
    Clctl.SET_PRIVATE_PROPERTIES,
    {
      run: (r) => {
        const updates = updatesFrom(r.input);
        refuseCommonNames(r, updates);
        return { status: r.model.setPrivateProperties(r.kind, r.id, updates), data: EMPTY };
      },
    },
  ],
  [
    Clctl.VALIDATE_PRIVATE_PROPERTIES,
    {
      run: (r) => {
        const updates = updatesFrom(r.input);
        refuseCommonNames(r, updates);
        writePrivate(storedBags(r).private, updates, privateReadOnlyNames(r));
        return ok();
      },
    },
  ],
  [
    Clctl.GET_PRIVATE_PROPERTY_FMTS,
    {
      run: (r) =>
        formatsOut(
          writable(r.model.privateProperties(r.kind, r.id)).map((p) => ({
            name: p.name,
            type: p.value.type,
          })),
        ),
    },
  ],
  [
    Clctl.GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
    {
      run: (r) => {
        const type = r.model.resourceType(r.id).name;
        const ro = new Set(readOnlyPrivateProperties(type).map(foldName));
        return formatsOut(
          Object.entries(defaultPrivateProperties(type))
            .filter(([name]) => !ro.has(foldName(name)))
            .map(([name, v]) => ({ name, type: v.type })),
        );
      },
    },
  ],
]);

/** The handler for `code` on `kind`: the spec lists the code for that object and the model can answer it. */
function handlerFor(kind: ObjectKind, code: number): HandlerDef | undefined {
  const c = code >>> 0;
  if (!codesOf(kind).has(c)) return undefined;
  const fn = functionOf(c);
  if (controlCode(OBJECT_OF_KIND[kind], fn) !== c) return undefined;
  return HANDLERS.get(fn);
}

/** Whether `code` is one this module processes for `kind`. */
export function isSupportedControl(kind: ObjectKind, code: number): boolean {
  return handlerFor(kind, code) !== undefined;
}

const fail = (status: number): ControlResult => ({ status, out: EMPTY, bytesReturned: 0, required: 0 });

/**
 * Runs one control code. Refusals come back as a status, never as an exception: an unknown code or
 * one not defined for the object → ERROR_INVALID_FUNCTION; a modify code without "All" access →
 * ERROR_ACCESS_DENIED; output larger than `outBufferSize` → ERROR_MORE_DATA with `required` set and
 * nothing copied; model refusals → their status.
 */
export function executeControl(
  model: ClusterModel,
  target: ControlTarget,
  code: number,
  inBuffer: Uint8Array,
  outBufferSize: number,
  caller: ControlCaller,
  env: ControlEnvironment = {},
): ControlResult {
  const def = handlerFor(target.kind, code);
  if (!def) return fail(Win32.ERROR_INVALID_FUNCTION);
  if (needsWriteAccess(code) && !caller.canWrite) return fail(Win32.ERROR_ACCESS_DENIED);
  let outcome: Outcome;
  try {
    outcome = def.run({ model, kind: target.kind, id: target.id, input: inBuffer, env, outBufferSize });
  } catch (err) {
    if (isClusterError(err)) return fail(err.status);
    throw err;
  }
  const status = outcome.status ?? Win32.ERROR_SUCCESS;
  if (status !== Win32.ERROR_SUCCESS && status !== ClusterStatus.ERROR_RESOURCE_PROPERTIES_STORED)
    return fail(status);
  const size = outcome.data.length;
  const room = Number.isFinite(outBufferSize) && outBufferSize > 0 ? outBufferSize : 0;
  if (size > room) {
    if (room === 0 && def.zeroBufferSucceedsFor?.includes(target.kind)) return fail(Win32.ERROR_SUCCESS);
    return { status: Win32.ERROR_MORE_DATA, out: EMPTY, bytesReturned: 0, required: size };
  }
  return { status, out: outcome.data, bytesReturned: size, required: size };
}
