/**
 * The server's notification plumbing: listens to the cluster model and the cluster registry,
 * turns each committed change into version 1 and version 2 indications once, and offers them to
 * every open notification port. Ports are created and closed by the ClusAPI handlers (and closed
 * on context-handle rundown when a client's connection goes away).
 */
import { Win32 } from '../../errors/status.js';
import type { ClusterModel } from '../model/cluster-model.js';
import { ClusterError } from '../model/errors.js';
import type { RegistryEventSource } from '../registry/events.js';
import { changesFor } from './indications.js';
import { ObjectIndex } from './object-index.js';
import { NotifyPort, type PortLimits } from './port.js';
import { DEFAULT_QUEUE_CAPACITY } from './queue.js';

export interface NotificationLimits extends PortLimits {
  /** Open ports across all clients. */
  readonly maxPorts: number;
  /** Indications one ApiGetNotifyV2 / ApiGetNotifyAsync answer carries at most. */
  readonly maxBatch: number;
}

export const DEFAULT_NOTIFICATION_LIMITS: NotificationLimits = {
  queueCapacity: DEFAULT_QUEUE_CAPACITY,
  maxFilters: 4096,
  maxPorts: 4096,
  maxBatch: 256,
};

export interface NotificationServiceOptions {
  readonly registry?: RegistryEventSource;
  readonly limits?: Partial<NotificationLimits>;
}

export class NotificationService {
  readonly index: ObjectIndex;
  readonly limits: NotificationLimits;
  private readonly ports = new Set<NotifyPort>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    readonly model: ClusterModel,
    options: NotificationServiceOptions = {},
  ) {
    this.limits = { ...DEFAULT_NOTIFICATION_LIMITS, ...options.limits };
    this.index = new ObjectIndex(model);
    this.unsubscribe.push(
      model.onChange((e) => {
        // Payloads cost model reads and encoding: build them only when a port can receive them.
        let changes;
        try {
          changes = this.ports.size > 0 ? changesFor(e, model, this.index) : undefined;
        } finally {
          // Whatever happens to this event's indications, later events need an index that saw it.
          this.index.apply(e);
        }
        if (changes) for (const p of this.ports) p.offer(changes);
      }),
    );
    if (options.registry) {
      this.unsubscribe.push(
        options.registry.onChange((c) => {
          for (const p of this.ports) p.offerRegistry(c);
        }),
      );
    }
  }

  get openPorts(): number {
    return this.ports.size;
  }

  /** A new empty port; ERROR_NOT_ENOUGH_MEMORY once `maxPorts` are open. */
  createPort(version: 1 | 2): NotifyPort {
    if (this.ports.size >= this.limits.maxPorts) {
      throw new ClusterError(Win32.ERROR_NOT_ENOUGH_MEMORY, 'too many notification ports');
    }
    const port = new NotifyPort(version, this.limits, () => this.model.cluster().name);
    this.ports.add(port);
    return port;
  }

  /** Completes the port's outstanding reads, flushes it and stops feeding it. */
  closePort(port: NotifyPort): void {
    port.queue.close();
    this.ports.delete(port);
  }

  /** Closes every port and stops listening (service shutdown). */
  dispose(): void {
    for (const p of [...this.ports]) this.closePort(p);
    for (const u of this.unsubscribe.splice(0)) u();
  }
}
