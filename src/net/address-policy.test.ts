import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from './address-policy.js';

describe('blockedAddressReason', () => {
  const refused = [
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1',
    '169.254.169.254', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1%eth0',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1',
  ];
  const allowed = ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '93.184.216.34'];

  it.each(refused)('refuses %s', (a) => expect(blockedAddressReason(a)).not.toBeNull());
  it.each(allowed)('allows %s', (a) => expect(blockedAddressReason(a)).toBeNull());
  it('says why', () => {
    expect(blockedAddressReason('127.0.0.1')).toBe('loopback');
    expect(blockedAddressReason('192.168.0.5')).toMatch(/RFC 1918/);
    expect(blockedAddressReason('not-an-ip')).toMatch(/not an IP/);
  });
});
