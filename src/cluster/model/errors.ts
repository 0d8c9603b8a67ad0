/** A refused cluster operation, carrying the Win32 status the ClusAPI method returns for it. */
import { statusName } from '../../errors/status.js';

export class ClusterError extends Error {
  constructor(
    readonly status: number,
    detail?: string,
  ) {
    super(detail ? `${statusName(status)}: ${detail}` : statusName(status));
    this.name = 'ClusterError';
  }
}

export function isClusterError(err: unknown): err is ClusterError {
  return err instanceof ClusterError;
}
