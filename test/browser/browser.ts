// Launching Debian's Chromium for the UI tests, or saying clearly why they are skipped.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';

/** Null when the tests may run; else why they are skipped. Throws when DYAD_REQUIRE_BROWSER=1 and Chromium is missing. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `${CHROMIUM} not found (apt-get install -y chromium)`;
  if (process.env.DYAD_REQUIRE_BROWSER === '1') throw new Error(`browser tests are required (DYAD_REQUIRE_BROWSER=1) but ${why}`);
  console.warn(`browser tests skipped: ${why}`);
  return why;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
