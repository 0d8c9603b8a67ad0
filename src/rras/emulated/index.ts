export { EmulatedRras } from './emulated-rras.js';
export type { EmulatedRrasOptions } from './emulated-rras.js';
export type {
  DeviceSetup,
  IncomingConnection,
  InterfaceSetup,
  PortTemplate,
  RrasInitialState,
} from './state.js';
