/**
 * The one error the SDK throws for a call the cluster refused: the Win32 / cluster status with its
 * name, and which call and object it was about, so callers can branch on `status` and humans can
 * read `message`.
 */
import { statusName } from '../../errors/status.js';

export class ClusterApiError extends Error {
  /** The status as the server returned it (a Win32 or ERROR_CLUSTER_* code). */
  readonly status: number;
  /** The status' symbolic name, e.g. ERROR_GROUP_NOT_FOUND. */
  readonly statusName: string;
  /** The ClusAPI method that returned it. */
  readonly method: string;
  readonly object: string | undefined;

  constructor(status: number, method: string, object?: string) {
    const named = statusName(status);
    const bare = named.replace(/ \(0x[0-9a-f]+\)$/, '');
    super(`${method}${object !== undefined ? ` ${JSON.stringify(object)}` : ''}: ${named}`);
    this.name = 'ClusterApiError';
    this.status = status >>> 0;
    this.statusName = bare;
    this.method = method;
    this.object = object;
  }
}
