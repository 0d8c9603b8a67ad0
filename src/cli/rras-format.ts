/**
 * How `winrpc rras` shows the SDK's objects: the columns of each list and the field/value rows of
 * one object. JSON output is the SDK objects themselves.
 */
import type { Rras } from '../rras/sdk/index.js';

export const RRAS_LIST_COMMANDS = [
  'ports',
  'connections',
  'interfaces',
  'transports',
  'routes',
  'devices',
] as const;
export type RrasListCommand = (typeof RRAS_LIST_COMMANDS)[number];

type Row = Readonly<Record<string, string | number>>;

export interface Listing {
  readonly objects: readonly object[];
  readonly rows: readonly Row[];
  /** Headings for an empty table. */
  readonly columns: readonly string[];
}

const hms = (s: number): string => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export async function rrasRows(r: Rras, what: RrasListCommand, connection?: number): Promise<Listing> {
  switch (what) {
    case 'ports': {
      const ports = await r.ports(connection);
      return {
        objects: ports,
        rows: ports.map((p) => ({
          id: p.id,
          name: p.name,
          condition: p.condition,
          connection: p.connectionId || '-',
          duration: p.connectionId ? hms(p.connectDurationSeconds) : '-',
          device: p.deviceName,
        })),
        columns: ['id', 'name', 'condition', 'connection', 'duration', 'device'],
      };
    }
    case 'connections': {
      const cs = await r.connections();
      return {
        objects: cs,
        rows: cs.map((c) => ({
          id: c.id,
          user: c.logonDomain ? `${c.logonDomain}\\${c.userName}` : c.userName,
          type: c.projection,
          address: c.remoteAddress || '-',
          remote: c.remoteEndpoint || '-',
          duration: hms(c.connectDurationSeconds),
          quarantine: c.quarantineState,
        })),
        columns: ['id', 'user', 'type', 'address', 'remote', 'duration', 'quarantine'],
      };
    }
    case 'interfaces': {
      const is = await r.interfaces();
      return {
        objects: is,
        rows: is.map((i) => ({
          handle: i.handle,
          name: i.name,
          type: i.type,
          enabled: i.enabled ? 'yes' : 'no',
          state: i.connectionState,
        })),
        columns: ['handle', 'name', 'type', 'enabled', 'state'],
      };
    }
    case 'transports': {
      const ts = await r.transports();
      return {
        objects: ts,
        rows: ts.map((t) => ({
          id: `0x${t.transportId.toString(16)}`,
          name: t.name,
          'global-info': t.globalInfoTypes.map((x) => `0x${x.toString(16)}`).join(','),
        })),
        columns: ['id', 'name', 'global-info'],
      };
    }
    case 'routes': {
      const rs = await r.routes();
      return {
        objects: rs,
        rows: rs.map((x) => ({
          destination: x.dest,
          mask: x.mask,
          'next-hop': x.nextHop,
          interface: x.ifIndex,
          metric: x.metric,
          proto: x.proto,
        })),
        columns: ['destination', 'mask', 'next-hop', 'interface', 'metric', 'proto'],
      };
    }
    case 'devices': {
      const ds = await r.devices();
      return {
        objects: ds,
        rows: ds.map((d) => ({ type: d.type, name: d.name })),
        columns: ['type', 'name'],
      };
    }
  }
}

function show(v: unknown): string {
  if (Array.isArray(v)) return v.map(show).join(',');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

/** `field`/`value` rows of one object; nested objects (counters) flatten to `outer.inner`. */
export function rrasDetailRows(obj: object, prefix = ''): Row[] {
  const rows: Row[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      rows.push(...rrasDetailRows(v as object, `${prefix}${k}.`));
    else rows.push({ field: `${prefix}${k}`, value: show(v) });
  }
  return rows;
}
