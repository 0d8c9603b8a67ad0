/**
 * Dynamic endpoint resolution: ask a host's endpoint mapper (TCP 135 unless told otherwise) which
 * TCP port serves an interface, as Windows clients do before binding to a dynamic endpoint.
 */
import { Epm } from '../../errors/status.js';
import { EPM_SYNTAX, EpmError, eptMap } from './client.js';
import type { ConnectTcpOptions } from '../../transport/tcp.js';
import { connectTcpRpc } from '../../rpc/client.js';
import type { SyntaxId, TransferSyntax } from '../../rpc/types.js';
import { NDR20_SYNTAX, NDR64_SYNTAX } from '../../rpc/types.js';

export const EPM_TCP_PORT = 135;

export interface ResolveOptions extends ConnectTcpOptions {
  readonly epmPort?: number;
  /** Transfer syntax the caller intends to use (default ndr20). */
  readonly transferSyntax?: TransferSyntax;
  readonly object?: string;
}

/** The TCP port registered for `iface` on `host`; throws EpmError(EPT_S_NOT_REGISTERED) when none. */
export async function resolveTcpEndpoint(
  host: string,
  iface: SyntaxId,
  opts: ResolveOptions = {},
): Promise<number> {
  const conn = await connectTcpRpc(host, opts.epmPort ?? EPM_TCP_PORT, opts);
  try {
    const ctx = await conn.bind(EPM_SYNTAX);
    const towers = await eptMap(conn, ctx, {
      iface,
      protseq: 'ncacn_ip_tcp',
      transferSyntax: opts.transferSyntax === 'ndr64' ? NDR64_SYNTAX : NDR20_SYNTAX,
      ...(opts.object !== undefined ? { object: opts.object } : {}),
    });
    const tower = towers.find((t) => t.protseq === 'ncacn_ip_tcp' && Number(t.endpoint) > 0);
    if (tower === undefined) {
      throw new EpmError(
        Epm.EPT_S_NOT_REGISTERED,
        `interface ${iface.uuid} v${iface.major}.${iface.minor} is not registered with the endpoint mapper on ${host}`,
      );
    }
    return Number(tower.endpoint);
  } finally {
    await conn.close();
  }
}
