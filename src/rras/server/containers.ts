/** DIM_INFORMATION_CONTAINER / DIM_INTERFACE_CONTAINER / DIM_MIB_ENTRY_CONTAINER values (2.2.1.2.1, .2, .19). */
import type {
  DIM_INFORMATION_CONTAINER,
  DIM_INTERFACE_CONTAINER,
  DIM_MIB_ENTRY_CONTAINER,
} from '../../interfaces/dimsvc/dimsvc.gen.js';
import { invalidParameter } from './call.js';

export const EMPTY_INFO: DIM_INFORMATION_CONTAINER = Object.freeze({ dwBufferSize: 0, pBuffer: null });

/** A server-filled container: the blob bytes, or no buffer when there are none. */
export function infoContainer(bytes: Uint8Array): DIM_INFORMATION_CONTAINER {
  return bytes.length ? { dwBufferSize: bytes.length, pBuffer: bytes } : { dwBufferSize: 0, pBuffer: null };
}

/** The client's blob in a container; "If pInfoStruct is NULL" covers a missing buffer as well. */
export function clientBlob(c: DIM_INFORMATION_CONTAINER, what: string): Uint8Array {
  if (!c.pBuffer || c.dwBufferSize === 0) throw invalidParameter(`${what}: no buffer`);
  if (c.pBuffer.length !== c.dwBufferSize) throw invalidParameter(`${what}: dwBufferSize ${c.dwBufferSize}`);
  return c.pBuffer;
}

export const EMPTY_IF_CONTAINER: DIM_INTERFACE_CONTAINER = Object.freeze({
  fGetInterfaceInfo: 0,
  dwInterfaceInfoSize: 0,
  pInterfaceInfo: null,
  fGetGlobalInfo: 0,
  dwGlobalInfoSize: 0,
  pGlobalInfo: null,
});

export const EMPTY_MIB: DIM_MIB_ENTRY_CONTAINER = Object.freeze({
  dwMibInEntrySize: 0,
  pMibInEntry: null,
  dwMibOutEntrySize: 0,
  pMibOutEntry: null,
});

/** The client's pMibInEntry (its size must match, as 3.1.4.27–32 require). */
export function mibIn(c: DIM_MIB_ENTRY_CONTAINER): Uint8Array {
  if (!c.pMibInEntry || c.dwMibInEntrySize === 0) throw invalidParameter('pMibInEntry is NULL');
  if (c.pMibInEntry.length !== c.dwMibInEntrySize) throw invalidParameter('dwMibInEntrySize');
  return c.pMibInEntry;
}

export function mibOut(bytes: Uint8Array, input: DIM_MIB_ENTRY_CONTAINER): DIM_MIB_ENTRY_CONTAINER {
  return {
    dwMibInEntrySize: input.dwMibInEntrySize,
    pMibInEntry: input.pMibInEntry,
    dwMibOutEntrySize: bytes.length,
    pMibOutEntry: bytes.length ? bytes : null,
  };
}
