// The web UI in real Chromium against a server holding the bundled examples (and one article full of
// markup). Each test saves a screenshot under test-results/ for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error: a plain ES module without types
import { buildWeb } from '../../scripts/build-web.mjs';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import type { EventStore } from '../../src/stores/index.js';
import { exampleStore, HOSTILE } from '../server/example-store.js';
import { browserSkipReason, launch } from './browser.js';

const skip = browserSkipReason();
const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe.skipIf(skip !== null)('web UI in Chromium', () => {
  let dir: string;
  let store: EventStore;
  let server: ServerHandle;
  let browser: Browser;
  let hostileId: number;
  const pages: Page[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-ui-'));
    mkdirSync(shots, { recursive: true });
    const [built] = await Promise.all([exampleStore({ extra: [HOSTILE] }), buildWeb({ outdir: join(dir, 'web'), check: false })]);
    store = built.store;
    hostileId = built.ids.get('hostile')!;
    server = await startServer({ store, coder: built.coder, port: 0, webDir: join(dir, 'web'), log: () => {} });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records script errors, CSP violations and API calls. */
  async function open(path: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    pages.push(page);
    const errors: string[] = [];
    const api: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => r.url().includes('/api/') && api.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(server.url + path);
    return { page, errors, api };
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `ui-${name}.png`), fullPage: true });

  it('loads the dashboard over the example database: map, network, timeline and events', async () => {
    const { page, errors } = await open('/');
    await page.locator('.world-map circle.place').first().waitFor();
    await page.locator('table.events tbody tr').first().waitFor();
    await page.locator('.network .node').first().waitFor();
    expect(await page.locator('.world-map .land path').count()).toBeGreaterThan(100);
    expect(await page.locator('.world-map circle.place').count()).toBeGreaterThan(3);
    expect(await page.locator('table.events tbody tr').count()).toBe(50);
    expect(await page.locator('.stats').textContent()).toMatch(/events from 14 articles/);
    await shot(page, 'dashboard');
    expect(errors).toEqual([]);
  });

  it('picking RUS and PRK shows their timeline; a point lists its events', async () => {
    const { page, errors } = await open('/');
    await page.locator('.timeline, .panel-dyad .empty').first().waitFor();
    await page.getByLabel('Actor A').fill('RUS');
    await page.getByLabel('Actor B').fill('PRK');
    await page.getByLabel('Interval').selectOption('month');
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.waitForURL(/a=RUS&b=PRK/);
    const points = page.locator('.timeline circle.point');
    await points.first().waitFor();
    expect(await points.count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.timeline').getAttribute('aria-label')).toMatch(/RUS and PRK/);
    await shot(page, 'dyad-timeline');
    // Keyboard: the chart is one tab stop; the arrow keys move between its points; Enter picks one.
    expect(await points.evaluateAll((ps) => ps.filter((p) => p.getAttribute('tabindex') === '0').length)).toBe(1);
    await points.first().focus();
    if ((await points.count()) > 1) {
      const first = await points.first().elementHandle();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate((f) => document.activeElement !== f && document.activeElement?.classList.contains('point'), first)).toBe(true);
      await page.keyboard.press('Home');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/dyad=RUS%3APRK/);
    await page.waitForFunction(() => document.querySelector('.panel-events .summary')?.textContent?.includes('dyad RUS:PRK'));
    const parties = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1]!.textContent, r.children[3]!.textContent]));
    expect(parties.length).toBeGreaterThan(0);
    for (const [s, t] of parties) expect([s!.slice(0, 3), t!.slice(0, 3)].sort()).toEqual(['PRK', 'RUS']);
    expect(errors).toEqual([]);
  });

  it('clicking an event opens the evidence view with its sentence highlighted', async () => {
    const { page, errors } = await open('/?dyad=RUS:PRK');
    const link = page.locator('table.events a.evidence-link').first();
    await link.waitFor();
    const row = page.locator('table.events tbody tr').first();
    const eventId = await row.getAttribute('data-event');
    const snippet = (await link.textContent())!.replace(/…$/, '');
    await link.click();
    await page.waitForURL(/view=article/);
    const sentence = page.locator('.article-text .sentence-current');
    await sentence.waitFor();
    expect(await sentence.count()).toBe(1);
    expect((await sentence.textContent())!.startsWith(snippet)).toBe(true);
    const card = page.locator(`.event-card.current[data-event="${eventId}"]`);
    await card.waitFor();
    const trigger = (await card.locator('dt:text-is("Trigger") + dd').textContent())!.replace(/[“”]/g, '');
    expect(await sentence.locator('mark.hl-trigger').allTextContents().then((t) => t.join(' '))).toContain(trigger.split(' ')[0]!);
    expect(await page.locator('mark.hl-actor').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.hl-place').count()).toBeGreaterThan(0);
    await shot(page, 'evidence');
    // Back goes to the filtered dashboard, as the URL promised.
    await page.goBack();
    await page.locator('table.events tbody tr').first().waitFor();
    expect(page.url()).toMatch(/dyad=RUS(:|%3A)PRK/);
    expect(errors).toEqual([]);
  });

  it('codes a sentence in the browser without calling the server', async () => {
    const { page, errors, api } = await open('/?view=code');
    await page.getByLabel('News text').fill('Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.');
    await page.getByRole('button', { name: 'Code in this browser' }).click();
    const card = page.locator('.code-result .event-card');
    await card.first().waitFor({ timeout: 30_000 });
    const title = await card.first().locator('h3').textContent();
    expect(title).toMatch(/RUS.*→ 0\d\d .*→ PRK/);
    expect(await page.locator('.code-result mark.hl-trigger').count()).toBeGreaterThan(0);
    expect(await page.locator('#status').textContent()).toMatch(/Coded in your browser/);
    expect(api).toEqual([]);
    await shot(page, 'code-this-text');
    expect(errors).toEqual([]);
  });

  it('shows an article full of markup and script as text, and runs none of it', async () => {
    const { page } = await open(`/?view=article&id=${hostileId}`);
    const title = page.locator('h1#view-title');
    await title.waitFor();
    await page.locator('.article-text').waitFor();
    expect(await title.textContent()).toBe(HOSTILE.title);
    expect(await page.locator('.article-text').textContent()).toBe(HOSTILE.text);
    expect(await page.locator('main script, main img, main b, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot(page, 'hostile-article');
  });

  it('restores filters from a shared link', async () => {
    const { page, errors } = await open('/?actor=RUS&quadClass=3,4');
    await page.waitForFunction(() => document.querySelector('.panel-events .summary')?.textContent?.includes('actor RUS'));
    expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('RUS');
    expect(await page.getByLabel('Verbal conflict').isChecked()).toBe(true);
    expect(await page.getByLabel('Verbal cooperation').isChecked()).toBe(false);
    const badges = await page.locator('table.events tbody .badge').evaluateAll((b) => b.map((x) => x.className));
    expect(badges.length).toBeGreaterThan(0);
    for (const c of badges) expect(c).toMatch(/q[34]/);
    await shot(page, 'shared-filters');
    expect(errors).toEqual([]);
  });
});
