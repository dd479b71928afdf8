import type { El, Nod } from './meta-tags.js';

// Elements whose content is never article text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'input', 'form', 'head', 'nav']);
// Elements that end a paragraph: text on either side of them is a separate paragraph.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/**
 * Visible text of an element as paragraphs separated by a blank line: each block element (p, h1–h6, li, div, …)
 * is its own paragraph, whitespace inside a paragraph collapses to one space. Iterative, so absurdly deep
 * markup cannot overflow the stack.
 */
export function blockText(root: El): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // A stack of nodes to visit; the marker `null` after a block's children closes that block.
  const stack: (Nod | null)[] = [root as unknown as Nod];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as unknown as El;
    const tag = (el.localName ?? el.tagName).toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}
