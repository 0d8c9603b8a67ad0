/**
 * Who may do what, from the caller's verified identity.
 *
 * - [MS-RRASM] 2.1.1.1: RRASM methods check that the caller is an administrator of the RRAS
 *   server; here that is membership of BUILTIN\Administrators (S-1-5-32-544).
 * - [MS-CMRP] 3.1.4: the server grants "All" or "Read" access from the cluster security
 *   descriptor. Our reading of what Windows puts there by default: full control for
 *   BUILTIN\Administrators and the local system / cluster service, nothing for other users;
 *   read-only access is something an administrator grants (Grant-ClusterAccess -ReadOnly). We
 *   model that grant as the local "Cluster Readers" group. Anonymous callers get nothing.
 */
import { WellKnownSid } from '../accounts/sids.js';
import type { CallerIdentity } from '../transport/types.js';

export type CmrpAccess = 'all' | 'read' | 'none';

const LOCAL_SYSTEM_SID = 'S-1-5-18';

export interface PolicyOptions {
  /** SIDs whose members get MS-CMRP Read access (the machine's "Cluster Readers" group). */
  readonly clusterReaderSids?: readonly string[];
}

function holds(identity: CallerIdentity, sid: string): boolean {
  return identity.sid === sid || identity.groupSids.includes(sid);
}

export function rrasAdmin(identity: CallerIdentity | undefined): boolean {
  if (!identity || identity.anonymous) return false;
  return holds(identity, WellKnownSid.BUILTIN_ADMINISTRATORS);
}

export function cmrpAccess(identity: CallerIdentity | undefined, opts: PolicyOptions = {}): CmrpAccess {
  if (!identity || identity.anonymous) return 'none';
  if (holds(identity, WellKnownSid.BUILTIN_ADMINISTRATORS) || holds(identity, LOCAL_SYSTEM_SID)) return 'all';
  if ((opts.clusterReaderSids ?? []).some((s) => holds(identity, s))) return 'read';
  return 'none';
}

/** The shape the cluster model's access checks take (src/cluster/model/access.ts Entitlement). */
export function cmrpEntitlement(
  identity: CallerIdentity | undefined,
  opts: PolicyOptions = {},
): { read: boolean; all: boolean } {
  const a = cmrpAccess(identity, opts);
  return { read: a !== 'none', all: a === 'all' };
}

/** Policy bound to one machine's groups, for the host to hand to services. */
export class AccessPolicy {
  constructor(private readonly opts: PolicyOptions) {}

  rrasAdmin(identity: CallerIdentity | undefined): boolean {
    return rrasAdmin(identity);
  }

  cmrpAccess(identity: CallerIdentity | undefined): CmrpAccess {
    return cmrpAccess(identity, this.opts);
  }

  cmrpEntitlement(identity: CallerIdentity | undefined): { read: boolean; all: boolean } {
    return cmrpEntitlement(identity, this.opts);
  }
}
