/**
 * winrpc's public API: the DCE/RPC runtime (server core, client, TCP transport, binding strings),
 * the endpoint mapper and management interfaces, and the server host.
 */
export * from './rpc/types.js';
export * from './errors/status.js';
export { NIL_UUID, isUuid, uuidFromBytes, uuidToBytes } from './rpc/uuid.js';
export { BindingError, formatBinding, parseBinding } from './rpc/binding.js';
export type { AuthProvider, BindingOptions, StringBinding } from './rpc/binding.js';

export { RpcServer } from './rpc/server.js';
export type { RpcLogger, RpcServerOptions } from './rpc/server.js';
export {
  BindError,
  CallAbortedError,
  ConnectionError,
  ResponseTooLargeError,
  RpcClientConnection,
  connectTcpRpc,
} from './rpc/client.js';
export type { BindOptions, BoundContext, CallOptions, RpcClientOptions } from './rpc/client.js';
export { EPM_TCP_PORT, resolveTcpEndpoint } from './interfaces/epm/resolve.js';
export type { ResolveOptions } from './interfaces/epm/resolve.js';
export { SMB_TCP_PORT, connectRpc } from './interfaces/connect.js';
export type { ConnectRpcOptions } from './interfaces/connect.js';
export { Smb2Client, Smb2Error } from './smb2/client.js';
export type { EncryptPolicy, Smb2ClientOptions, Smb2Credentials } from './smb2/client.js';
export { Smb2PipeStream } from './smb2/client-pipe.js';
export { TransportError, connectTcp, listenTcp } from './transport/tcp.js';
export type { TcpListener } from './transport/tcp.js';

export { EndpointDatabase } from './interfaces/epm/database.js';
export type { EndpointRegistration, EndpointRegistrationInput } from './interfaces/epm/database.js';
export { createEpmInterface } from './interfaces/epm/server.js';
export { EPM_SYNTAX, EpmError, eptLookupAll, eptMap } from './interfaces/epm/client.js';
export type { EpmLookupEntry, EptLookupOptions, EptMapQuery } from './interfaces/epm/client.js';
export { TowerError, buildTower, parseTower } from './interfaces/epm/tower.js';
export type { EndpointTower } from './interfaces/epm/tower.js';
export { createMgmtInterface } from './interfaces/mgmt/server.js';
export { MGMT_SYNTAX } from './interfaces/mgmt/server.js';

export { startHost } from './host/host.js';
export type { ListeningEndpoint, RunningHost, StartHostOptions } from './host/host.js';
export type { EndpointPreference, ServiceContext, ServiceModule } from './host/service.js';
export { DEFAULT_CONFIG, resolveConfig, readConfigFile } from './host/config.js';
export type { HostConfig, LogLevel } from './host/config.js';

export * from './cluster/sdk/index.js';
export * from './rras/sdk/index.js';
