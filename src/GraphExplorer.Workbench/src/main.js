// The workbench: a small router over five views (graph, entity, article, queries, curation log) and the search box.
// Every view is a URL (/entity/ID, /article/ID#s-OFFSET, /query/NAME?k=v, /?entity=ID), so any of them can be shared.
import { entityPath } from './views/common.js';
import { api, apiKey, setApiKey, ApiError } from './api.js';
import { h, clear, toast, debounce } from './dom.js';
import { graphView } from './views/graph-view.js';
import { entityView } from './views/entity-view.js';
import { articleView } from './views/article-view.js';
import { queriesView, queryView } from './views/query-view.js';
import { curationsView } from './views/curations-view.js';

const main = document.getElementById('main');
let current = null;

const routes = [
  [/^\/$/, (match, url) => graphView(url)],
  [/^\/entity\/(.+)$/, (match) => entityView(decodeURIComponent(match[1]))],
  [/^\/article\/(.+)$/, (match, url) => articleView(decodeURIComponent(match[1]), url.hash)],
  [/^\/queries$/, () => queriesView()],
  [/^\/query\/([^/]+)$/, (match, url) => queryView(decodeURIComponent(match[1]), url.searchParams)],
  [/^\/curations$/, () => curationsView()],
];

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  render();
}

// Each render gets a number, so a render overtaken by a newer one (a quick second click) does not report itself done.
let renders = 0;

async function render() {
  const ticket = ++renders;
  const url = new URL(location.href);
  current?.dispose?.();
  current = null;
  // aria-busy tells assistive technology, the browser tests and the page timings that the view is still loading;
  // it turns false once the view has its data and has drawn it (graph laid out, query results shown).
  main.setAttribute('aria-busy', 'true');
  try {
    await show(url, ticket);
  } finally {
    if (ticket === renders) {
      main.setAttribute('aria-busy', 'false');
      performance.mark('workbench-ready', { detail: url.pathname });
    }
  }
}

async function show(url, ticket) {
  for (const [pattern, view] of routes) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    document.querySelectorAll('.nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === url.pathname));
    try {
      const next = await view(match, url);
      if (ticket !== renders) { next.dispose?.(); return; }
      current = next;
      clear(main, next.element);
      document.title = `${next.title ?? 'Workbench'} · GraphExplorer`;
      await next.mounted?.();
      if (url.hash) document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView({ block: 'center' });
    } catch (error) {
      if (ticket === renders) clear(main, failure(error));
    }
    return;
  }
  clear(main, h('section', { class: 'page' }, h('h1', {}, 'Not found'), h('p', {}, 'No page here. ', h('a', { href: '/' }, 'Back to the graph.'))));
}

export function failure(error) {
  if (error instanceof ApiError && error.status === 401) {
    return h('section', { class: 'page' }, h('h1', {}, 'An API key is needed'),
      h('p', {}, 'This service asks for an API key. Give one with the "API key" button at the top right.'));
  }
  return h('section', { class: 'page' }, h('h1', {}, error instanceof ApiError ? `Error ${error.status}` : 'Error'), h('p', { class: 'error' }, error.message));
}

// Links inside the app change the view without reloading the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/openapi')) return;
  event.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    history.pushState(null, '', url.hash);
    document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView({ block: 'center' });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', render);

// The search box: as you type, names and aliases, tolerant of typos and transliterations.
const input = document.getElementById('search');
const list = document.getElementById('search-results');
let results = [];
let active = -1;

function showResults(rows) {
  results = rows;
  active = rows.length > 0 ? 0 : -1;
  clear(list, rows.length === 0
    ? h('li', { class: 'empty' }, 'No entity matches')
    : rows.map((row, index) => h('li', { id: `search-option-${index}`, role: 'option', 'aria-selected': index === active ? 'true' : 'false',
      onmousedown: (event) => { event.preventDefault(); open(index); } },
    h('span', { class: `dot label-${row[1]}` }), h('span', { class: 'name' }, row[0]),
    row[3] !== row[0] ? h('span', { class: 'matched' }, `“${row[3]}”`) : null, h('span', { class: 'kind' }, row[1]))));
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  highlight();
}

function highlight() {
  [...list.children].forEach((item, index) => item.setAttribute('aria-selected', index === active ? 'true' : 'false'));
  if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`); else input.removeAttribute('aria-activedescendant');
}

function closeResults() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
}

function open(index) {
  const row = results[index];
  if (!row) return;
  closeResults();
  input.blur();
  navigate(`/entity/${entityPath(row[2])}`);
}

const lookup = debounce(async (text) => {
  try {
    const response = await api.search(text, 10);
    if (input.value.trim() === text) showResults(response.rows);
  } catch (error) {
    toast(error.message, true);
  }
}, 120);

input.addEventListener('input', () => {
  const text = input.value.trim();
  if (text.length < 2) { closeResults(); return; }
  lookup(text);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') { active = Math.min(results.length - 1, active + 1); highlight(); event.preventDefault(); }
  else if (event.key === 'ArrowUp') { active = Math.max(0, active - 1); highlight(); event.preventDefault(); }
  else if (event.key === 'Enter') { open(active); event.preventDefault(); }
  else if (event.key === 'Escape') { closeResults(); input.blur(); }
});
input.addEventListener('blur', () => setTimeout(closeResults, 150));

// Keys that work anywhere but in a text field.
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('input, textarea, select, [contenteditable]');
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const go = { g: '/', q: '/queries', c: '/curations' }[event.key];
  if (event.key === '/') { input.focus(); input.select(); event.preventDefault(); }
  else if (go && !event.target.closest('[role="application"]')) { navigate(go); event.preventDefault(); }
});

document.getElementById('key-button').addEventListener('click', () => {
  const key = window.prompt('API key for this service (kept for this tab only; empty to forget it):', apiKey());
  if (key !== null) { setApiKey(key.trim()); render(); }
});

render();
