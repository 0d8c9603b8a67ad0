/**
 * `winrpc serve`: runs the host until SIGINT/SIGTERM, printing one `listening NAME BINDING` line per
 * endpoint on stdout.
 */
import { resolveConfig, readConfigFile } from '../host/config.js';
import type { ConfigOverrides } from '../host/config.js';
import { startHost } from '../host/host.js';
import type { ServiceModule } from '../host/service.js';
import { createLogger } from '../host/logger.js';
import { AccountService } from '../accounts/service.js';
import { openStateStore, type SqliteStore } from '../store/index.js';
import { createClusterService } from '../cluster/service.js';
import { createRrasService } from '../rras/service.js';
import { parsePort } from '../host/config.js';

export interface ServeFlags {
  readonly listen?: string;
  readonly epmPort?: string;
  readonly servicePort?: string;
  readonly state?: string;
  readonly config?: string;
  readonly logLevel?: string;
  /** Password for the Administrator created on first start (else WINRPC_ADMIN_PASSWORD, else generated). */
  readonly adminPassword?: string;
  /** Fixed TCP port for the cluster service (ClusAPI v3); default: the shared dynamic port. */
  readonly clusterPort?: string;
  /** `--no-demo` (commander sets false): a new cluster state gets nodes and resource types only. */
  readonly demo?: string | boolean;
  /** TCP port of the SMB2 server for named pipes (ncacn_np); default 445, `off` = no SMB listener. */
  readonly smbPort?: string;
}

/** Services the `serve` command starts; later issues append cluster and RRAS modules here. */
export const builtinServices: ServiceModule[] = [];

export async function runServe(flags: ServeFlags): Promise<void> {
  const overrides: ConfigOverrides = {
    ...(flags.listen !== undefined ? { listen: flags.listen } : {}),
    ...(flags.epmPort !== undefined ? { epmPort: flags.epmPort } : {}),
    ...(flags.servicePort !== undefined ? { servicePort: flags.servicePort } : {}),
    ...(flags.smbPort !== undefined ? { smbPort: flags.smbPort } : {}),
    ...(flags.state !== undefined ? { stateDir: flags.state } : {}),
    ...(flags.logLevel !== undefined ? { logLevel: flags.logLevel } : {}),
  };
  const config = resolveConfig(
    flags.config !== undefined ? readConfigFile(flags.config) : undefined,
    overrides,
  );
  const logger = createLogger(config.logLevel);
  const cluster = createClusterService({
    ...(flags.clusterPort !== undefined ? { port: parsePort(flags.clusterPort, '--cluster-port') } : {}),
    demo: flags.demo !== false && flags.demo !== 'false',
  });
  const services = [
    ...builtinServices,
    cluster,
    createRrasService({ demo: flags.demo !== false && flags.demo !== 'false' }),
  ];

  // Handlers go in before anything is printed: a supervisor may signal as soon as it reads a line.
  let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const stopped = new Promise<NodeJS.Signals>((resolve) => (onSignal = resolve));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let store: SqliteStore | undefined;
  try {
    store = openStateStore(config.stateDir);
    const accounts = AccountService.open(store);
    const admin = accounts.ensureAdministrator(flags.adminPassword ?? process.env.WINRPC_ADMIN_PASSWORD);
    if (admin.generatedPassword !== undefined) {
      // The only time this password is shown: the store keeps its NT hash alone.
      process.stdout.write(
        `generated password for ${accounts.domain}\\Administrator: ${admin.generatedPassword}\n`,
      );
    } else if (admin.created) {
      logger.info({ domain: accounts.domain }, 'created the Administrator account');
    }
    const host = await startHost({
      config,
      logger,
      services,
      accounts,
      store,
      ...(config.smbPort !== 'off' ? { smbPort: config.smbPort } : {}),
    });
    for (const ep of host.endpoints)
      process.stdout.write(
        `listening ${ep.name} ${ep.binding}${ep.protseq === 'ncacn_np' ? ` smb-port ${ep.port}` : ''}\n`,
      );
    const signal = await stopped;
    logger.info({ signal }, 'shutting down');
    await host.close();
  } finally {
    store?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
