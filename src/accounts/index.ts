export * from './service.js';
export * from './sids.js';
