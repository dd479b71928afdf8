/**
 * @module
 * Building DOM without markup strings. Every text goes in as a Text node, so article text (which
 * is untrusted) can never become elements; there is no innerHTML anywhere in the UI.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** `h('a', { href: '/x', onclick: f }, 'text', child)`: attributes are set with setAttribute, `on*` functions as listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** Makes an SVG shape act as a button: focusable, announced, Enter/Space activate it. */
export function asButton<E extends Element>(el: E, label: string, activate: () => void): E {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.addEventListener('click', activate);
  el.addEventListener('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') {
      e.preventDefault();
      activate();
    }
  });
  return el;
}

/** Only http(s) links are made clickable; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Announces a message to screen readers and shows it in the status line. */
export function announce(message: string): void {
  const el = document.getElementById('status');
  if (el) el.textContent = message;
}

/**
 * One tab stop for a group of buttons (the points of a chart): Tab enters at the current one, the
 * arrow keys, Home and End move between them. A chart of 500 points is otherwise 500 tab stops.
 */
export function rovingFocus(group: Element, items: readonly Element[]): void {
  items.forEach((el, i) => el.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  group.addEventListener('keydown', (e) => {
    const k = (e as KeyboardEvent).key;
    const at = items.indexOf(document.activeElement as Element);
    if (at < 0) return;
    const to = k === 'ArrowRight' || k === 'ArrowDown' ? at + 1 : k === 'ArrowLeft' || k === 'ArrowUp' ? at - 1 : k === 'Home' ? 0 : k === 'End' ? items.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = items[Math.max(0, Math.min(items.length - 1, to))]!;
    items[at]!.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as HTMLElement | SVGElement).focus();
  });
}
