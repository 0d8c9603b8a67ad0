/**
 * Association groups ([MS-RPCE] 3.3.1.1.1, 3.3.1.5.7): connections that bind with the same
 * assoc_group_id share context handles. A group lives while any of its connections lives; when the
 * last one goes, its handles are run down.
 */
import { randomInt } from 'node:crypto';
import { ContextHandleStore } from './context-handles.js';
import { silentLogger, type RpcLogger } from './server-log.js';
import type { AssociationContext } from './types.js';

export class AssociationGroup implements AssociationContext {
  readonly handles: ContextHandleStore;
  connections = 0;

  constructor(
    readonly id: number,
    /** The client machine that created the group; only it may join (3.3.1.5.7 SHOULD). */
    readonly clientAddress: string,
    logger: RpcLogger,
  ) {
    this.handles = new ContextHandleStore(logger);
  }
}

export class AssociationGroups {
  private readonly groups = new Map<number, AssociationGroup>();
  private nextId: number;

  constructor(private readonly logger: RpcLogger = silentLogger) {
    // A random start keeps ids from different server runs apart, like Windows' ids do.
    this.nextId = randomInt(0x1000, 0x7fff0000);
  }

  get size(): number {
    return this.groups.size;
  }

  /** A new group with one connection. */
  create(clientAddress: string): AssociationGroup {
    let id = this.nextId;
    while (id === 0 || this.groups.has(id)) id = (id + 1) >>> 0;
    this.nextId = (id + 1) >>> 0;
    const g = new AssociationGroup(id, clientAddress, this.logger);
    g.connections = 1;
    this.groups.set(id, g);
    return g;
  }

  /** Joins an existing group from the same client, else undefined. */
  join(id: number, clientAddress: string): AssociationGroup | undefined {
    const g = this.groups.get(id);
    if (!g || g.clientAddress !== clientAddress) return undefined;
    g.connections++;
    return g;
  }

  /** One connection of `g` ended; the last one runs the handles down. */
  release(g: AssociationGroup): void {
    if (--g.connections > 0) return;
    this.groups.delete(g.id);
    g.handles.runDown();
  }

  /** Ends every group (server shutdown). */
  releaseAll(): void {
    for (const g of [...this.groups.values()]) {
      g.connections = 1;
      this.release(g);
    }
  }
}
