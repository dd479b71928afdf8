import { codedHighlights } from '../../../src/server/highlights.js';
import type { CodedArticle, Coder } from '../../../src/core/index.js';
import { announce, h, replace } from '../dom.js';
import { fromCoded } from '../render/event-item.js';
import { eventList } from '../render/event-list.js';
import { highlightedText } from '../render/highlighted-text.js';
import { highlightLegend } from '../render/legend.js';
import type { View } from './view.js';

const SAMPLE =
  'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. ' +
  'The two leaders signed a strategic partnership agreement. South Korea condemned the deal on Thursday.';

let coder: Promise<Coder> | null = null;

/**
 * The coder itself, loaded into the page on first use (a separate bundle of the pure core with its
 * dictionaries and small gazetteer). Nothing is sent to the server: this is the proof the core does
 * no I/O.
 */
function loadCoder(): Promise<Coder> {
  coder ??= import('../../../src/core/index.js').then((core) => core.createCoder());
  coder.catch(() => (coder = null));
  return coder;
}

export function codeBoxView(): View {
  const text = h('textarea', { id: 'code-text', name: 'text', rows: 8, required: true, spellcheck: 'false' });
  text.value = SAMPLE;
  const published = h('input', { id: 'code-published', name: 'published', type: 'date', value: '2024-06-20' });
  const result = h('div', { class: 'code-result' }); // the status line announces the outcome
  const button = h('button', { type: 'submit' }, 'Code in this browser');
  const form = h(
    'form',
    { class: 'code-form' },
    h('div', { class: 'field wide' }, h('label', { for: 'code-text' }, 'News text'), text),
    h('div', { class: 'field' }, h('label', { for: 'code-published' }, 'Published (resolves “on Wednesday”)'), published),
    h('div', { class: 'buttons' }, button),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    announce('Loading the coder…');
    try {
      const c = await loadCoder();
      const t0 = performance.now();
      const coded = c.code({ text: text.value, ...(published.value ? { published: published.value } : {}) });
      const ms = Math.round(performance.now() - t0);
      replace(result, render(text.value, coded, ms));
      announce(`Coded in your browser in ${ms} ms: ${coded.events.length} event${coded.events.length === 1 ? '' : 's'}.`);
    } catch (err) {
      replace(result, h('p', { class: 'error', role: 'alert' }, `The coder failed: ${(err as Error).message}`));
      announce('The coder failed.');
    } finally {
      button.disabled = false;
    }
  });
  const el = h(
    'div',
    { class: 'code-view' },
    h('h1', { id: 'view-title', tabindex: '-1' }, 'Code this text'),
    h('p', { class: 'intro' }, 'The coder runs inside this page: the text never leaves your browser, and no server call is made. It uses the bundled dictionaries and the small built-in gazetteer.'),
    form,
    result,
  );
  return { el, update() {} };
}

function render(text: string, coded: CodedArticle, ms: number): HTMLElement {
  return h(
    'div',
    {},
    h('p', { class: 'summary' }, `${coded.events.length} event${coded.events.length === 1 ? '' : 's'}, ${coded.entities.length} actors, ${coded.places.length} places; coded in ${ms} ms by coder ${coded.coder.version} in this browser.`),
    ...coded.warnings.map((w) => h('p', { class: 'warning' }, w)),
    highlightLegend(),
    highlightedText(text, coded.sentences, codedHighlights(coded)),
    eventList(coded.events.map(fromCoded)),
  );
}
