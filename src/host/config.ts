/**
 * Host settings: defaults, then the JSON config file, then command-line flags (flags win).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface HostConfig {
  readonly listen: string;
  readonly epmPort: number;
  /** Shared dynamic TCP port for services; 0 = let the OS choose. */
  readonly servicePort: number;
  /** SMB2 port serving the named pipes (ncacn_np); `off` = no SMB listener. */
  readonly smbPort: number | 'off';
  readonly stateDir: string;
  readonly logLevel: LogLevel;
}

export const DEFAULT_CONFIG: HostConfig = {
  listen: '127.0.0.1',
  epmPort: 135,
  servicePort: 0,
  smbPort: 445,
  stateDir: path.join('.winrpc', 'state'),
  logLevel: 'info',
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function parsePort(value: unknown, what: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${what} must be a port number 0-65535, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function parseLogLevel(value: unknown, what: string): LogLevel {
  if (typeof value !== 'string' || !(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(`${what} must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as LogLevel;
}

function parseListen(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(`${what} must be an address`);
  return value.trim();
}

export type ConfigOverrides = Partial<Record<keyof HostConfig, unknown>>;

const KEYS: readonly (keyof HostConfig)[] = [
  'listen',
  'epmPort',
  'servicePort',
  'smbPort',
  'stateDir',
  'logLevel',
];

/** A port, or `off` for a listener that may be disabled. */
export function parseOptionalPort(value: unknown, what: string): number | 'off' {
  return value === 'off' ? 'off' : parsePort(value, what);
}

function apply(base: HostConfig, o: ConfigOverrides, where: string): HostConfig {
  let c = base;
  if (o.listen !== undefined) c = { ...c, listen: parseListen(o.listen, `${where}listen`) };
  if (o.epmPort !== undefined) c = { ...c, epmPort: parsePort(o.epmPort, `${where}epmPort`) };
  if (o.servicePort !== undefined) c = { ...c, servicePort: parsePort(o.servicePort, `${where}servicePort`) };
  if (o.smbPort !== undefined) c = { ...c, smbPort: parseOptionalPort(o.smbPort, `${where}smbPort`) };
  if (o.logLevel !== undefined) c = { ...c, logLevel: parseLogLevel(o.logLevel, `${where}logLevel`) };
  if (o.stateDir !== undefined) {
    if (typeof o.stateDir !== 'string' || o.stateDir === '')
      throw new ConfigError(`${where}stateDir must be a path`);
    c = { ...c, stateDir: o.stateDir };
  }
  return c;
}

/** Reads a JSON config file; unknown keys are refused so that typos do not pass silently. */
export function readConfigFile(file: string): ConfigOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read config file ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(
      `config file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`config file ${file} must hold a JSON object`);
  }
  const out: ConfigOverrides = {};
  for (const [k, v] of Object.entries(data)) {
    if (!(KEYS as readonly string[]).includes(k))
      throw new ConfigError(`config file ${file}: unknown key ${JSON.stringify(k)}`);
    out[k as keyof HostConfig] = v;
  }
  return out;
}

export function resolveConfig(fileValues: ConfigOverrides | undefined, flags: ConfigOverrides): HostConfig {
  const fromFile = fileValues ? apply(DEFAULT_CONFIG, fileValues, 'config ') : DEFAULT_CONFIG;
  return apply(fromFile, flags, '--');
}
