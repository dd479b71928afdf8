import { isIP } from 'node:net';

/**
 * Why an address may not be reached from a URL someone else chose (a feed link, a redirect), or null when it
 * may. A feed must not make Dyad reach into the network it runs in: loopback, private (RFC 1918), carrier-grade
 * NAT, link-local (cloud metadata lives at 169.254.169.254), unspecified, multicast, and their IPv6 forms.
 */
export function blockedAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return blockedV4(parseV4(address));
  if (family === 6) return blockedV6(address);
  return `not an IP address: ${address}`;
}

// [first octets as a 32-bit number, prefix length, why]
const V4_RANGES: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function blockedV4(ip: number): string | null {
  for (const [base, bits, why] of V4_RANGES) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((ip & mask) >>> 0 === parseV4(base)) return why;
  }
  return null;
}

function parseV4(address: string): number {
  return address.split('.').reduce((n, part) => (n * 256 + Number(part)) >>> 0, 0);
}

function blockedV6(address: string): string | null {
  const words = expandV6(address);
  if (words.every((w) => w === 0)) return 'unspecified';
  if (words.slice(0, 7).every((w) => w === 0) && words[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms reach the IPv4 address: judge that one.
  if (words.slice(0, 5).every((w) => w === 0) && (words[5] === 0xffff || words[5] === 0)) {
    return blockedV4(((words[6]! << 16) | words[7]!) >>> 0);
  }
  const first = words[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'unique local (IPv6 ULA)';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'site-local (deprecated)';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  // NAT64 (64:ff9b::/96) embeds an IPv4 address in the last 32 bits.
  if (first === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) {
    return blockedV4(((words[6]! << 16) | words[7]!) >>> 0);
  }
  return null;
}

/** Eight 16-bit words of an IPv6 address (with `::` and a trailing dotted IPv4 part expanded). */
function expandV6(address: string): number[] {
  let s = address.replace(/%.*$/, '').toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = parseV4(v4[1]!);
    s = s.slice(0, v4.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const a = head ? head.split(':') : [];
  const b = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - a.length - b.length).fill('0');
  return [...a, ...zeros, ...b].map((w) => parseInt(w, 16) || 0);
}
