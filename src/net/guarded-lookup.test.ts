import { describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { BLOCKED, guardedLookup } from './guarded-lookup.js';

const resolve = (lookup: ReturnType<typeof guardedLookup>, host: string, all: boolean) =>
  new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((done) => lookup(host, { all }, (err, address) => done({ err, address })));

describe('guardedLookup', () => {
  it('hands the socket only addresses the policy allows', async () => {
    // localhost resolves to 127.0.0.1 (and perhaps ::1); refusing 127.0.0.1 must remove it from what the socket gets.
    const { err, address } = await resolve(guardedLookup((a) => (a === '127.0.0.1' ? 'test refusal' : null)), 'localhost', true);
    if (err) expect(err.code).toBe(BLOCKED);
    else expect((address as LookupAddress[]).map((a) => a.address)).not.toContain('127.0.0.1');
  });

  it('refuses with a reason naming the host and address', async () => {
    const { err } = await resolve(guardedLookup(() => 'loopback'), 'localhost', false);
    expect(err?.code).toBe(BLOCKED);
    expect(err?.message).toMatch(/^refused localhost \(.+\): loopback$/);
  });

  it('passes allowed addresses through in both calling styles', async () => {
    const single = await resolve(guardedLookup(() => null), 'localhost', false);
    expect(single.err).toBeNull();
    expect(typeof single.address).toBe('string');
    const all = await resolve(guardedLookup(() => null), 'localhost', true);
    expect(Array.isArray(all.address) && all.address.length).toBeGreaterThan(0);
  });
});
