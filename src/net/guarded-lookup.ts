import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';

/** Error code carried by refusals, so the fetcher can tell a policy refusal from a network failure. */
export const BLOCKED = 'EDYAD_BLOCKED';

export class BlockedAddressError extends Error {
  readonly code = BLOCKED;
}

type Callback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request: resolves the host, drops every address the policy refuses, and hands the
 * socket only the addresses it checked. Because the socket connects to what this function returns, a DNS
 * answer that changes between a check and the connection (rebinding) cannot reach a refused address.
 */
export function guardedLookup(refusal: (address: string) => string | null) {
  return (hostname: string, options: LookupOptions, callback: Callback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const allowed = addresses.filter((a) => refusal(a.address) === null);
      if (allowed.length === 0) {
        const first = addresses[0];
        const why = first ? refusal(first.address) : 'no address';
        return callback(new BlockedAddressError(`refused ${hostname} (${first?.address ?? '?'}): ${why}`), '');
      }
      if (options.all) return callback(null, allowed);
      const chosen = allowed[0]!;
      callback(null, chosen.address, chosen.family);
    });
  };
}
