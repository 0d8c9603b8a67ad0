export * from './provider.js';
export { SecurityError } from './errors.js';
export { md4 } from './crypto/md4.js';
export { Rc4, rc4 } from './crypto/rc4.js';
export { aesCmac } from './crypto/aes-cmac.js';
export * from './ntlm/index.js';
export * from './spnego/index.js';
