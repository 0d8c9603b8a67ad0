/**
 * Resumable enumerations (RRasAdminConnectionEnum 1, RRasAdminPortEnum 4, RRouterInterfaceEnum 20,
 * RRasAdminConnectionEnumEx 45): which slice of the entries one call returns, from the client's
 * preferred maximum length and resume handle.
 *
 * The RRASM server keeps no state between calls (MS-RRASM 1.3), so the resume handle is the index
 * of the next entry to return: 0 on the first call, and on ERROR_MORE_DATA the position the next
 * call continues from. A handle past the end of the list is not one this server handed out
 * (3.1.4.2: "otherwise, an error is returned") and is refused with ERROR_INVALID_PARAMETER.
 */
import { Win32 } from '../../errors/status.js';
import type { DIM_INFORMATION_CONTAINER } from '../../interfaces/dimsvc/dimsvc.gen.js';
import { RrasCallError } from './call.js';
import { EMPTY_INFO, infoContainer } from './containers.js';

/** dwPreferedMaximumLength = (DWORD)-1: everything in one answer. */
export const MAX_PREFERRED_LENGTH = 0xffffffff;

/**
 * How many entries fit a preferred length:
 * - `fit` (opnums 1, 4, 20): as many whole entries as fit, but at least one, so that a client
 *   with a small preferred length still makes progress;
 * - `oneMore` (opnum 45, 3.1.4.46): none when the length is below one entry, otherwise one more
 *   than fit.
 */
export type PageRule = 'fit' | 'oneMore';

export interface Page<T> {
  readonly items: readonly T[];
  /** lpdwEntriesRead. */
  readonly entriesRead: number;
  /** lpdwTotalEntries: entries that could be enumerated from the resume position. */
  readonly totalEntries: number;
  /** The resume handle to return: the next index when more remain, else 0. */
  readonly resumeHandle: number;
  /** ERROR_MORE_DATA when entries remain after this page, else ERROR_SUCCESS. */
  readonly status: number;
}

export function entriesFor(preferredMax: number, entrySize: number, rule: PageRule): number {
  if (preferredMax >>> 0 === MAX_PREFERRED_LENGTH) return Number.MAX_SAFE_INTEGER;
  const fit = Math.floor((preferredMax >>> 0) / Math.max(1, entrySize));
  if (rule === 'oneMore') return fit === 0 ? 0 : fit + 1;
  return Math.max(1, fit);
}

/**
 * The page of `all` starting at `resume` (null = the client passed no resume pointer, i.e. a first
 * call). `entrySize` is the wire size of one entry at the requested level.
 */
export function pageOf<T>(
  all: readonly T[],
  resume: number | null,
  preferredMax: number,
  entrySize: number,
  rule: PageRule,
): Page<T> {
  const start = (resume ?? 0) >>> 0;
  if (start > all.length)
    throw new RrasCallError(Win32.ERROR_INVALID_PARAMETER, 'resume handle past the end');
  const remaining = all.length - start;
  const n = Math.min(remaining, entriesFor(preferredMax, entrySize, rule));
  const items = all.slice(start, start + n);
  const more = start + n < all.length;
  return {
    items,
    entriesRead: n,
    totalEntries: remaining,
    resumeHandle: more ? start + n : 0,
    status: more ? Win32.ERROR_MORE_DATA : Win32.ERROR_SUCCESS,
  };
}

/** The request fields every DIM_INFORMATION_CONTAINER enumeration (opnums 1, 4, 20) carries. */
export interface InfoEnumRequest {
  readonly dwPreferedMaximumLength: number;
  readonly lpdwResumeHandle: number | null;
}

export interface InfoEnumOuts {
  pInfoStruct: DIM_INFORMATION_CONTAINER;
  lpdwEntriesRead: number;
  lpdwTotalEntries: number;
  lpdwResumeHandle: number | null;
}

/** A client that passed no resume pointer gets none back (the [in, out, unique] stays NULL). */
export function resumeHandleOut(requested: number | null, page: Page<unknown>): number | null {
  return requested === null ? null : page.resumeHandle;
}

/** One page of `all` as the client's blob array, with ERROR_MORE_DATA when entries remain. */
export function infoEnumPage<T>(
  all: readonly T[],
  req: InfoEnumRequest,
  entrySize: number,
  encode: (items: readonly T[]) => Uint8Array,
): InfoEnumOuts & { ret: number } {
  const page = pageOf(all, req.lpdwResumeHandle, req.dwPreferedMaximumLength, entrySize, 'fit');
  return {
    pInfoStruct: infoContainer(encode(page.items)),
    lpdwEntriesRead: page.entriesRead,
    lpdwTotalEntries: page.totalEntries,
    lpdwResumeHandle: resumeHandleOut(req.lpdwResumeHandle, page),
    ret: page.status,
  };
}

/** The [out] values an enumeration sends with an error: nothing read, the handle as it came. */
export function noInfoEnumPage(req: InfoEnumRequest): InfoEnumOuts {
  return {
    pInfoStruct: EMPTY_INFO,
    lpdwEntriesRead: 0,
    lpdwTotalEntries: 0,
    lpdwResumeHandle: req.lpdwResumeHandle,
  };
}
