/**
 * A host with the RRAS service on an SMB2 port the OS picks (127.0.0.1), its state in a SQLite
 * store in a temp directory, an Administrator and a plain user — restartable on the same state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { AccountService } from '../../src/accounts/service.js';
import { DEFAULT_CONFIG } from '../../src/host/config.js';
import { startHost, type RunningHost } from '../../src/host/host.js';
import { createRrasService, type RrasService } from '../../src/rras/service.js';
import { openStateStore, type SqliteStore } from '../../src/store/index.js';

export const ADMIN = { user: 'Administrator', password: 'Adm1n!pw' } as const;
export const USER = { user: 'alice', password: 'Al1ce!pw' } as const;

export interface RrasHost {
  readonly service: RrasService;
  readonly smbPort: number;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startRrasHost(): Promise<RrasHost> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winrpc-rras-sdk-'));
  const store: SqliteStore = openStateStore(dir);
  const accounts = AccountService.open(store, { machineName: 'rrassdk' });
  accounts.ensureAdministrator(ADMIN.password);
  accounts.addUser(USER.user, { password: USER.password });
  let host!: RunningHost;
  let service!: RrasService;
  const start = async (): Promise<void> => {
    service = createRrasService();
    host = await startHost({
      config: { ...DEFAULT_CONFIG, epmPort: 0, servicePort: 0, stateDir: dir, logLevel: 'silent' },
      logger: pino({ level: 'silent' }),
      accounts,
      store,
      services: [service],
      smbPort: 0,
    });
  };
  await start();
  return {
    get service() {
      return service;
    },
    get smbPort() {
      return host.endpoints.find((e) => e.name === 'smb')!.port;
    },
    async restart() {
      await host.close();
      await start();
    },
    async close() {
      await host.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
