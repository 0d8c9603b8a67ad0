/**
 * `connectRpc(binding)`: one entry point for RPC clients whatever the protocol sequence —
 * ncacn_ip_tcp (a port, or the endpoint mapper asked for one) and ncacn_np (a named pipe over an
 * SMB2 session, shared by every pipe opened on the same host, port and user).
 */
import { Smb2Client, type Smb2ClientOptions, type Smb2Credentials } from '../smb2/client.js';
import { parseBinding, type StringBinding } from '../rpc/binding.js';
import { BindingError } from '../rpc/binding.js';
import { connectTcpRpc, RpcClientConnection, type RpcClientOptions } from '../rpc/client.js';
import { resolveTcpEndpoint, type ResolveOptions } from './epm/resolve.js';
import { RpcStatus } from '../errors/status.js';
import type { SyntaxId } from '../rpc/types.js';

export const SMB_TCP_PORT = 445;

export interface ConnectRpcOptions extends RpcClientOptions {
  readonly timeoutMs?: number;
  /** ncacn_ip_tcp without a port: the interface to ask the endpoint mapper about. */
  readonly iface?: SyntaxId;
  readonly epm?: Omit<ResolveOptions, 'timeoutMs'>;
  /** ncacn_np: SMB TCP port when the binding has no `port=` option (default 445), and session options. */
  readonly smbPort?: number;
  /** ncacn_np: who the SMB session authenticates as (default anonymous). */
  readonly smbCredentials?: Smb2Credentials;
  readonly smb?: Omit<Smb2ClientOptions, 'credentials' | 'timeoutMs'>;
  /** ncacn_np: an existing session to open the pipe on (it stays open when the RPC closes). */
  readonly smbClient?: Smb2Client;
}

const ANONYMOUS: Smb2Credentials = { user: '', domain: '', anonymous: true };

export async function connectRpc(
  binding: string | StringBinding,
  opts: ConnectRpcOptions = {},
): Promise<RpcClientConnection> {
  const b = typeof binding === 'string' ? parseBinding(binding) : binding;
  const host = b.host === '' ? '127.0.0.1' : b.host;
  const timeout = opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {};
  if (b.protseq === 'ncacn_ip_tcp') {
    let port: number;
    if (b.endpoint !== undefined) port = Number(b.endpoint);
    else if (opts.iface) port = await resolveTcpEndpoint(host, opts.iface, { ...opts.epm, ...timeout });
    else
      throw new BindingError(
        RpcStatus.RPC_S_NO_ENDPOINT_FOUND,
        `binding ${b.host} has no port and no interface to resolve one for`,
      );
    return connectTcpRpc(host, port, { ...opts, ...timeout });
  }
  if (b.protseq === 'ncacn_np') {
    if (b.endpoint === undefined)
      throw new BindingError(RpcStatus.RPC_S_NO_ENDPOINT_FOUND, 'ncacn_np binding without a \\pipe\\name');
    const owned = opts.smbClient === undefined;
    const smb =
      opts.smbClient ??
      (await Smb2Client.connect(host, b.port ?? opts.smbPort ?? SMB_TCP_PORT, {
        ...opts.smb,
        ...timeout,
        credentials: opts.smbCredentials ?? ANONYMOUS,
      }));
    try {
      const pipe = await smb.openPipe(b.endpoint);
      if (owned) pipe.once('close', () => void smb.close());
      return await RpcClientConnection.open(
        pipe,
        {
          protseq: 'ncacn_np',
          localAddress: '',
          remoteAddress: host,
          remotePort: smb.port,
          endpoint: pipe.pipeName,
          ...(smb.sessionKey ? { sessionKey: smb.sessionKey } : {}),
        },
        opts,
      );
    } catch (err) {
      if (owned) await smb.close();
      throw err;
    }
  }
  throw new BindingError(RpcStatus.RPC_S_PROTSEQ_NOT_SUPPORTED, `connectRpc does not speak ${b.protseq}`);
}
