export { listenSmb2, type Smb2Listener, type Smb2ServerOptions } from './server.js';
export { Smb2Connection } from './connection.js';
export { smb3Kdf, deriveSessionKeys, computeSignature, preauthStep, Cipher } from './crypto.js';
export { Dialect, Command } from './constants.js';
export {
  Smb2Client,
  Smb2Error,
  type Smb2ClientOptions,
  type Smb2Credentials,
  type EncryptPolicy,
} from './client.js';
export { Smb2PipeStream } from './client-pipe.js';
