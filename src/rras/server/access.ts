/**
 * The two RRASM-layer checks most DIMSVC methods make before invoking RRAS (MS-RRASM 3.1.4):
 * the caller's membership of the local Administrators group (2.1.1.1) and the RouterType test.
 */
import type { CallContext, CallerIdentity } from '../../rpc/types.js';
import { rrasAdmin } from '../../security/policy.js';

/** RouterType flags (2.2.3.4.1). */
export const RouterTypeFlag = {
  RAS: 0x1,
  LAN: 0x2,
  WAN: 0x4,
  IPV6_RAS: 0x8,
  IPV6_LAN: 0x10,
  IPV6_WAN: 0x20,
} as const;

/** Decides whether a caller may use DIMSVC; the host's policy, or BUILTIN\Administrators. */
export type AdminCheck = (identity: CallerIdentity | undefined) => boolean;

export const defaultAdminCheck: AdminCheck = rrasAdmin;

/**
 * 2.1.1.1: the server impersonates the caller and checks the local Administrators group. The
 * identity is the RPC-level one when the bind was authenticated, else the SMB session's (the
 * runtime fills `ctx.auth.identity` that way); anonymous callers never pass.
 */
export function callerIsAdmin(ctx: CallContext, check: AdminCheck = defaultAdminCheck): boolean {
  return check(ctx.auth.identity);
}

/**
 * "If RouterType is ROUTER_TYPE_LAN, return an error": read as "the router is in the LAN role
 * only". RouterType is a set of flags, and a RAS + LAN router (the usual VPN/NAT server, 0x3) has
 * ports and connections, so a bit test for LAN would refuse every remote-access method on exactly
 * the servers that have them; plain equality with 0x2 would miss a LAN-only router that also
 * routes IPv6 on the LAN (0x12). What the methods need is the demand-dial manager, which Windows
 * runs only for the RAS or WAN roles (MPR_SERVER_0.fLanOnlyMode); so a router with neither RAS nor
 * WAN, for IPv4 or IPv6, is LAN-only, and the refusal is ERROR_DDM_NOT_RUNNING (2.2.4).
 */
export function isLanOnlyRouter(routerType: number): boolean {
  const ddmRoles =
    RouterTypeFlag.RAS | RouterTypeFlag.WAN | RouterTypeFlag.IPV6_RAS | RouterTypeFlag.IPV6_WAN;
  return (routerType & ddmRoles) === 0;
}
