import { h, replace } from '../dom.js';

/** A part of a view that refreshes itself when the URL changes. */
export interface Panel {
  el: HTMLElement;
  update(p: URLSearchParams): void;
}

/** A titled section with a body that shows loading, error or content; a newer load wins over an older one. */
export function section(id: string, title: string, intro?: string) {
  // Not a live region: a redrawn map would be read out point by point. The events summary is the live one.
  const body = h('div', { class: 'panel-body', 'aria-busy': 'false' });
  const el = h('section', { class: `panel panel-${id}`, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), intro ? h('p', { class: 'intro' }, intro) : null, body);
  let generation = 0;
  return {
    el,
    body,
    async load(render: () => Promise<Node>): Promise<void> {
      const mine = ++generation;
      body.setAttribute('aria-busy', 'true');
      try {
        const node = await render();
        if (mine === generation) replace(body, node);
      } catch (err) {
        if (mine === generation) replace(body, h('p', { class: 'error', role: 'alert' }, `Could not load: ${(err as Error).message}`));
      } finally {
        if (mine === generation) body.setAttribute('aria-busy', 'false');
      }
    },
  };
}

/** The values of `keys` in `p`, as one string, to tell whether a panel must reload. */
export function signature(p: URLSearchParams, keys: readonly string[]): string {
  return keys.map((k) => `${k}=${p.get(k) ?? ''}`).join('&');
}
