/** The RRAS client SDK: `Rras.connect(host, creds)` and the typed objects it returns. */
export { Rras, ROUTER_PIPE_BINDING, type RrasConnectOptions, type RrasCredentials } from './rras.js';
export { RrasApiError } from './errors.js';
export type * from './types.js';
