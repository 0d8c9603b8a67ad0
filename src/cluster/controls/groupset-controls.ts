/**
 * ApiGroupSetControl / ApiNodeGroupSetControl control codes ([MS-CMRP] 3.1.4.2.156, 3.1.4.3.8):
 * the set's id, its groups and providers, and its common properties as PROPERTY_LISTs. The result
 * maps one-to-one onto the method's out-parameters, as for the other objects' controls.
 */
import { Win32 } from '../../errors/status.js';
import type { ClusterModel } from '../model/cluster-model.js';
import { isClusterError } from '../model/errors.js';
import type { Property } from '../model/properties.js';
import { decodeProperties, encodeMultiSz, encodeProperties, encodeSz } from './clusprop.js';
import { needsWriteAccess } from './codes.js';
import type { ControlCaller, ControlResult } from './dispatch.js';

/** CLUSCTL_GROUPSET_* (3.1.4.2.156's table; object type 8 = group set). */
export const GroupSetControl = {
  GET_ID: 0x08000039,
  GET_RO_COMMON_PROPERTIES: 0x08000055,
  GET_COMMON_PROPERTIES: 0x08000059,
  GET_GROUPS: 0x08002d71,
  GET_PROVIDER_GROUPS: 0x08002d75,
  GET_PROVIDER_GROUPSETS: 0x08002d79,
  SET_COMMON_PROPERTIES: 0x0840005e,
} as const;

const EMPTY = new Uint8Array(0);

const list = (props: readonly Property[]): Uint8Array =>
  encodeProperties(props.map((p) => ({ name: p.name, value: p.value })));

/** The answer of one code, or undefined for a code group sets do not support. */
function answer(model: ClusterModel, setId: string, code: number, input: Uint8Array): Uint8Array | undefined {
  const sets = model.groupSets;
  switch (code) {
    case GroupSetControl.GET_ID:
      return encodeSz(sets.get(setId).id);
    case GroupSetControl.GET_COMMON_PROPERTIES:
      return list(sets.commonProperties(setId).filter((p) => !p.readOnly));
    case GroupSetControl.GET_RO_COMMON_PROPERTIES:
      return list(sets.commonProperties(setId).filter((p) => p.readOnly));
    // The lists are "null-terminated Unicode strings"; with several names that is a MULTI_SZ.
    case GroupSetControl.GET_GROUPS:
      return encodeMultiSz(sets.members(setId).map((g) => g.name));
    case GroupSetControl.GET_PROVIDER_GROUPS:
      return encodeMultiSz(sets.providerGroups(setId).map((g) => g.name));
    case GroupSetControl.GET_PROVIDER_GROUPSETS:
      return encodeMultiSz(sets.providerSets(setId).map((s) => s.name));
    case GroupSetControl.SET_COMMON_PROPERTIES: {
      const updates = Object.fromEntries(decodeProperties(input).map((p) => [p.name, p.value]));
      if (Object.keys(updates).length === 0) return undefined;
      sets.setCommonProperties(setId, updates);
      return EMPTY;
    }
    default:
      return undefined;
  }
}

const failed = (status: number): ControlResult => ({ status, out: EMPTY, bytesReturned: 0, required: 0 });

/**
 * Runs `code` on the set. Unknown codes → ERROR_INVALID_FUNCTION; a modify code without "All" →
 * ERROR_ACCESS_DENIED; malformed input → ERROR_INVALID_PARAMETER / ERROR_INVALID_DATA; output
 * larger than `outBufferSize` → ERROR_MORE_DATA with the size needed.
 */
export function executeGroupSetControl(
  model: ClusterModel,
  setId: string,
  code: number,
  input: Uint8Array,
  outBufferSize: number,
  caller: ControlCaller,
): ControlResult {
  if (!(Object.values(GroupSetControl) as number[]).includes(code >>> 0))
    return failed(Win32.ERROR_INVALID_FUNCTION);
  if (needsWriteAccess(code) && !caller.canWrite) return failed(Win32.ERROR_ACCESS_DENIED);
  let data: Uint8Array | undefined;
  try {
    data = answer(model, setId, code >>> 0, input);
  } catch (err) {
    if (isClusterError(err)) return failed(err.status);
    throw err;
  }
  if (data === undefined) return failed(Win32.ERROR_INVALID_PARAMETER);
  const room = Number.isFinite(outBufferSize) && outBufferSize > 0 ? outBufferSize : 0;
  if (data.length > room)
    return { status: Win32.ERROR_MORE_DATA, out: EMPTY, bytesReturned: 0, required: data.length };
  return { status: Win32.ERROR_SUCCESS, out: data, bytesReturned: data.length, required: data.length };
}
