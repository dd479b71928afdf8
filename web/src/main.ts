/**
 * @module
 * The browser UI: picks the view the URL names, builds it, and keeps it in step with the URL.
 */
import { h, replace } from './dom.js';
import { onNavigate, params, view, type View as ViewName } from './state.js';
import { articleView } from './views/article.js';
import { codeBoxView } from './views/code-box.js';
import { dashboard } from './views/dashboard.js';
import type { View } from './views/view.js';

const main = document.getElementById('main')!;
let shown: { name: ViewName; view: View } | null = null;

async function build(name: ViewName): Promise<View> {
  if (name === 'article') return articleView();
  if (name === 'code') return codeBoxView();
  return dashboard();
}

async function route(): Promise<void> {
  const p = params();
  const name = view(p);
  markNav(name);
  if (shown?.name === name) return shown.view.update(p);
  replace(main, h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const v = await build(name);
    if (view() !== name) return; // the user went elsewhere meanwhile
    shown = { name, view: v };
    replace(main, v.el);
    v.update(params());
    document.title = `${document.getElementById('view-title')?.textContent ?? 'Dyad'} · Dyad`;
    if (name !== 'article') document.getElementById('view-title')?.focus();
  } catch (err) {
    shown = null;
    replace(main, h('p', { class: 'error', role: 'alert' }, `Could not load this page: ${(err as Error).message}`));
  }
}

function markNav(name: ViewName): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

onNavigate(() => void route());
void route();
