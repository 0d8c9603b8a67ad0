/**
 * The endpoint map: which interface listens where. The host fills it as it opens listeners; the
 * endpoint mapper reads it. Kept in memory only, as Windows rebuilds its map at every boot.
 */
import type { Protseq, SyntaxId, TransferSyntax } from '../../rpc/types.js';
import { NIL_UUID } from '../../rpc/uuid.js';

export interface EndpointRegistration {
  readonly iface: SyntaxId;
  readonly transferSyntaxes: readonly TransferSyntax[];
  readonly protseq: Protseq;
  /** Port as a decimal string, or a pipe name such as `\PIPE\ROUTER`. */
  readonly endpoint: string;
  readonly annotation: string;
  /** Object UUID of the entry; nil for interface-only registrations. */
  readonly objectUuid: string;
}

export interface EndpointRegistrationInput {
  readonly iface: SyntaxId;
  readonly transferSyntaxes?: readonly TransferSyntax[];
  readonly protseq: Protseq;
  readonly endpoint: string;
  readonly annotation?: string;
  readonly objectUuid?: string;
}

function sameEntry(a: EndpointRegistration, b: EndpointRegistration): boolean {
  return (
    a.iface.uuid === b.iface.uuid &&
    a.iface.major === b.iface.major &&
    a.iface.minor === b.iface.minor &&
    a.protseq === b.protseq &&
    a.endpoint.toLowerCase() === b.endpoint.toLowerCase() &&
    a.objectUuid === b.objectUuid
  );
}

export class EndpointDatabase {
  private readonly entries: EndpointRegistration[] = [];

  /** Adds an entry; registering the same interface/object/endpoint again replaces the old one. */
  register(input: EndpointRegistrationInput): EndpointRegistration {
    const entry: EndpointRegistration = {
      iface: { uuid: input.iface.uuid.toLowerCase(), major: input.iface.major, minor: input.iface.minor },
      transferSyntaxes: input.transferSyntaxes ?? ['ndr20'],
      protseq: input.protseq,
      endpoint: input.endpoint,
      annotation: input.annotation ?? '',
      objectUuid: (input.objectUuid ?? NIL_UUID).toLowerCase(),
    };
    const at = this.entries.findIndex((e) => sameEntry(e, entry));
    if (at >= 0) this.entries[at] = entry;
    else this.entries.push(entry);
    return entry;
  }

  /** Removes every entry for which `match` is true; returns how many went. */
  unregister(match: (e: EndpointRegistration) => boolean): number {
    let removed = 0;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (match(this.entries[i])) {
        this.entries.splice(i, 1);
        removed++;
      }
    }
    return removed;
  }

  /** A snapshot in registration order. */
  list(): readonly EndpointRegistration[] {
    return this.entries.slice();
  }

  get size(): number {
    return this.entries.length;
  }
}
