/**
 * Well-known security identifiers ([MS-DTYP] 2.4.2.4) and helpers for the machine's own SIDs.
 */
import { randomBytes } from 'node:crypto';

export const WellKnownSid = {
  EVERYONE: 'S-1-1-0',
  NETWORK: 'S-1-5-2',
  ANONYMOUS: 'S-1-5-7',
  AUTHENTICATED_USERS: 'S-1-5-11',
  BUILTIN_ADMINISTRATORS: 'S-1-5-32-544',
  BUILTIN_USERS: 'S-1-5-32-545',
} as const;

/** Well-known relative identifiers of a machine's account domain ([MS-DTYP] 2.4.2.4). */
export const WellKnownRid = {
  ADMINISTRATOR: 500,
  /** "None": the primary group of local users on a standalone server (DOMAIN_GROUP_RID_USERS). */
  NONE_GROUP: 513,
  /** First RID handed to accounts created on the machine. */
  FIRST_ALLOCATED: 1000,
} as const;

const MACHINE_SID_RE = /^S-1-5-21-(\d{1,10})-(\d{1,10})-(\d{1,10})$/;

/** A fresh machine SID `S-1-5-21-a-b-c` with three random 32-bit sub-authorities. */
export function newMachineSid(random: (n: number) => Uint8Array = (n) => randomBytes(n)): string {
  const b = Buffer.from(random(12));
  const sub = [0, 4, 8].map((o) => b.readUInt32LE(o));
  return `S-1-5-21-${sub.join('-')}`;
}

export function isMachineSid(sid: string): boolean {
  const m = MACHINE_SID_RE.exec(sid);
  return m !== null && m.slice(1).every((x) => Number(x) <= 0xffffffff);
}

export function accountSid(machineSid: string, rid: number): string {
  return `${machineSid}-${rid}`;
}
