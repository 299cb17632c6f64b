// Curated queries: the catalog, and one form per query generated from its parameter schema (kind, default, bounds);
// results as a table and a graph, with a download button per export format. /query/NAME?k=v runs it at once.
import { api, download } from '../api.js';
import { h, clear, toast } from '../dom.js';
import { createGraph } from '../graph.js';
import { navigate } from '../main.js';
import { entityLink, entityPath } from './common.js';

let catalogCache = null;
const catalog = async () => (catalogCache ??= await api.catalog());

export async function queriesView() {
  const queries = await catalog();
  const element = h('section', { class: 'page' }, h('h1', {}, 'Curated queries'),
    h('ul', { class: 'catalog', id: 'catalog' }, queries.map((q) => h('li', {},
      h('a', { href: `/query/${encodeURIComponent(q.name)}` }, q.name), ' — ', q.description))));
  return { element, title: 'Queries' };
}

export async function queryView(name, searchParams) {
  const queries = await catalog();
  const query = queries.find((q) => q.name === name);
  if (!query) throw new Error(`No curated query is named '${name}'.`);
  const formats = await api.formats();
  const inputs = new Map();
  const results = h('div', { class: 'results-area', id: 'query-results' });
  let graph;

  const fields = query.parameters.map((p) => {
    const id = `param-${p.name}`;
    const given = searchParams.get(p.name);
    const bounds = [p.min !== null && p.min !== undefined ? `≥ ${p.min}` : '', p.max !== null && p.max !== undefined ? `≤ ${p.max}` : ''].filter(Boolean).join(', ');
    let control;
    if (p.kind === 'edgeTypes') {
      const chosen = new Set((given ?? '').split(',').filter(Boolean));
      control = h('div', { class: 'choices', id }, (p.allowed ?? []).map((type) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: type, checked: chosen.has(type) }), ' ', type)));
      inputs.set(p.name, () => [...control.querySelectorAll('input:checked')].map((i) => i.value).join(','));
    } else {
      const type = p.kind === 'int' || p.kind === 'float' ? 'number' : p.kind === 'date' ? 'date' : 'text';
      control = h('input', { id, name: p.name, type, required: p.required, min: p.min ?? undefined, max: p.max ?? undefined,
        step: p.kind === 'float' ? 'any' : undefined, value: given ?? '', placeholder: p.default !== null && p.default !== undefined ? `default ${p.default}` : p.required ? 'required' : 'optional' });
      inputs.set(p.name, () => control.value.trim());
    }
    return h('div', { class: p.kind === 'edgeTypes' ? 'field wide' : 'field' }, h('label', { for: id }, p.name, p.required ? ' *' : ''), control,
      h('small', {}, p.description, bounds ? ` (${bounds})` : '', ` · ${p.kind}`));
  });

  const parameters = () => {
    const values = {};
    for (const [key, read] of inputs) {
      const value = read();
      if (value) values[key] = value;
    }
    return values;
  };

  async function run() {
    const values = parameters();
    const path = `/query/${encodeURIComponent(name)}?${new URLSearchParams(values)}`;
    if (location.pathname + location.search !== path) history.replaceState(null, '', path);
    clear(results, h('p', { class: 'hint' }, 'Running…'));
    try {
      const started = performance.now();
      const response = await api.run(name, values);
      const took = Math.round(performance.now() - started);
      show(response, values, took);
    } catch (error) {
      clear(results, h('p', { class: 'error', id: 'query-error' }, error.message));
    }
  }

  function show(response, values, took) {
    graph?.destroy();
    const canvas = h('div', { class: 'canvas result-graph', id: 'result-graph' });
    const names = new Map(response.graph.nodes.map((n) => [n.id, n.name]));
    const exports = h('div', { class: 'exports', id: 'exports' }, 'Export: ', formats.map((f) => h('button', { type: 'button', class: 'small', 'data-format': f.name,
      onclick: () => download(`/api/queries/${encodeURIComponent(name)}?${new URLSearchParams({ ...values, format: f.name })}`, `${name}.${f.extension}`)
        .then((late) => late && toast([`${f.name} export ready: `, late]))
        .catch((e) => toast(e.message, true)) }, f.name)));
    clear(results,
      h('p', { class: 'counts', id: 'query-counts' }, `${response.rows.length} row(s)${response.truncated ? ` of ${response.totalRows} (cut at the service's limit)` : ''}, ${response.graph.nodes.length} nodes, ${response.graph.relationships.length} edges · ${took} ms`),
      exports,
      h('div', { class: 'two' },
        h('div', { class: 'table-wrap' }, h('table', { class: 'result-table', id: 'result-table' },
          h('thead', {}, h('tr', {}, response.columns.map((c) => h('th', {}, c)))),
          h('tbody', {}, response.rows.map((row) => h('tr', {}, row.map((cell, i) => h('td', {}, render(cell, response.columns[i], names)))))))),
        canvas));
    graph = createGraph(canvas, { onOpen: (id) => navigate(`/entity/${entityPath(id)}`), onExpand: (id) => navigate(`/entity/${entityPath(id)}`) });
    graph.set(response.graph);
  }

  const element = h('section', { class: 'page query-page' },
    h('h1', {}, query.name), h('p', {}, query.description), h('p', { class: 'hint' }, 'Returns: ', query.returns),
    h('form', { class: 'query-form', id: 'query-form', onsubmit: (event) => { event.preventDefault(); run(); } },
      fields, h('button', { type: 'submit', id: 'run-query' }, 'Run')),
    results);

  return {
    element,
    title: query.name,
    mounted() {
      if ([...searchParams.keys()].length > 0 || query.parameters.every((p) => !p.required)) return run();
      element.querySelector('input')?.focus();
      return undefined;
    },
    dispose() { graph?.destroy(); },
  };
}

function render(cell, column, names) {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.map((c) => (typeof c === 'object' ? JSON.stringify(c) : String(c))).join(' · ');
  if (typeof cell === 'object') return JSON.stringify(cell);
  const text = String(cell);
  if (/^(person|organization|country|place|border|agreement):/.test(text)) return entityLink(text, names.get(text) ?? text);
  // Edge keys (TYPE|source|target) may break after each '|', so a narrow column does not stretch the table.
  if (text.includes('|') && !text.includes(' ')) return text.split('|').flatMap((part, i) => (i === 0 ? [part] : [h('wbr'), `|${part}`]));
  return text;
}
