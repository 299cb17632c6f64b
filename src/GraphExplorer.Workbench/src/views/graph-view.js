// The graph view: the most connected part of the graph, or one entity's neighbourhood (/?entity=ID), with filters.
import { api } from '../api.js';
import { h, clear, toast, labels, labelBadge } from '../dom.js';
import { createGraph } from '../graph.js';
import { edgeTypes, entityLink, evidenceItem, entityPath } from './common.js';
import { navigate } from '../main.js';

// The graph survives going to an entity page and back within the tab.
const kept = { data: null, key: null, filters: null };

export async function graphView(url) {
  const entityId = url.searchParams.get('entity');
  const key = entityId ? `entity:${entityId}` : 'overview';
  const canvas = h('div', { class: 'canvas', id: 'graph' });
  const details = h('aside', { class: 'details', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Select a node or an edge. Double-click a node, or press e, to expand its neighbours.'));
  const counts = h('p', { class: 'counts', id: 'graph-counts' });
  // The nodes in view as links: what the canvas shows, for screen readers and keyboard users.
  const nodeList = h('ul', { class: 'node-list', id: 'node-list' });
  const articles = new Map();
  const filters = kept.filters ?? { types: new Set(edgeTypes), labels: new Set(labels), from: '', to: '', undated: true };

  let graph;
  const remember = (response) => {
    for (const a of response.articles ?? []) articles.set(a.id, a);
    kept.data = merge(kept.data, response);
  };

  async function expand(id) {
    try {
      const entity = await api.entity(id);
      const response = { nodes: [entity.entity, ...entity.neighbours], relationships: entity.relationships, articles: entity.articles };
      remember(response);
      const added = graph.add(response);
      toast(`${entity.entity.name}: ${added.nodes().length} new node(s)`);
      updateCounts();
    } catch (error) {
      toast(error.message, true);
    }
  }

  function updateCounts() {
    const { nodes, edges } = graph.visibleCounts();
    counts.textContent = `${nodes} nodes, ${edges} edges shown`;
    clear(nodeList, graph.visibleNodes().map((n) => h('li', { 'data-id': n.id }, h('span', { class: `dot label-${n.label}` }), ' ', entityLink(n.id, n.name))));
  }

  function showNode(node) {
    clear(details,
      h('h2', {}, node.name), labelBadge(node.label),
      node.aliases?.length ? h('p', { class: 'aliases' }, 'Also: ', node.aliases.join(' · ')) : null,
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `/entity/${entityPath(node.id)}` }, 'Open entity page'),
        h('button', { type: 'button', onclick: () => expand(node.id) }, 'Expand neighbours')));
  }

  function showEdge(r) {
    clear(details, h('h2', {}, r.type.replaceAll('_', ' ').toLowerCase()),
      h('p', {}, entityLink(r.source, nameOf(r.source)), ' → ', entityLink(r.target, nameOf(r.target))),
      r.date ? h('p', {}, 'Date: ', r.date) : null, r.title ? h('p', {}, 'Title: ', r.title) : null,
      r.allegation ? h('p', {}, 'Allegation: ', r.allegation) : null,
      h('ul', { class: 'evidence-list' }, r.evidence.map((e) => evidenceItem(e, articles))));
  }

  const nameOf = (id) => graph.cy.getElementById(id).data('name') ?? id;

  const typeBoxes = edgeTypes.map((type) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'edge-type', value: type, checked: filters.types.has(type), onchange: onFilter }), ' ', type));
  const labelBoxes = labels.map((label) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'label', value: label, checked: filters.labels.has(label), onchange: onFilter }), ' ',
    h('span', { class: `dot label-${label}` }), ' ', label));
  const from = h('input', { type: 'date', id: 'date-from', value: filters.from, onchange: onFilter });
  const to = h('input', { type: 'date', id: 'date-to', value: filters.to, onchange: onFilter });
  const undated = h('input', { type: 'checkbox', id: 'undated', checked: filters.undated, onchange: onFilter });

  function onFilter() {
    filters.types = new Set(typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value));
    filters.labels = new Set(labelBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value));
    filters.from = from.value;
    filters.to = to.value;
    filters.undated = undated.checked;
    kept.filters = filters;
    graph.applyFilters(filters);
    updateCounts();
  }

  const sidebar = h('aside', { class: 'filters', 'aria-label': 'Filters' },
    h('h2', {}, entityId ? 'Neighbourhood' : 'Overview'),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: '/' }, 'Overview'),
      h('button', { type: 'button', onclick: () => graph.layout(true) }, 'Re-layout')),
    counts,
    h('fieldset', {}, h('legend', {}, 'Labels'), labelBoxes),
    h('fieldset', {}, h('legend', {}, 'Edge types'), typeBoxes),
    h('fieldset', {}, h('legend', {}, 'Dates'),
      h('label', { for: 'date-from' }, 'From '), from, h('label', { for: 'date-to' }, ' to '), to,
      h('label', { class: 'check' }, undated, ' facts without a date'),
      h('button', { type: 'button', class: 'link', onclick: () => { from.value = ''; to.value = ''; onFilter(); } }, 'Any date')),
    h('details', { class: 'nodes-in-view' }, h('summary', {}, 'Nodes in view'), nodeList));

  const element = h('section', { class: 'graph-page' }, sidebar, canvas, details);
  return {
    element,
    title: 'Graph',
    async mounted() {
      graph = createGraph(canvas, {
        onOpen: (id) => navigate(`/entity/${entityPath(id)}`),
        onExpand: expand,
        onSelect: (data) => (data.edge ? showEdge(data.edge) : showNode(data)),
      });
      graph.applyFilters(filters);
      try {
        if (kept.key !== key || !kept.data) {
          kept.key = key;
          kept.data = null;
          const response = entityId ? await neighbourhood(entityId) : await api.overview(300);
          remember(response);
        } else {
          for (const a of kept.data.articles ?? []) articles.set(a.id, a);
        }
        graph.set(kept.data, entityId);
        updateCounts();
        // Keyboard users land on the graph, unless they already went somewhere (the search box) while it loaded.
        if (document.activeElement === document.body || document.activeElement?.id === 'main') canvas.focus();
      } catch (error) {
        clear(details, h('p', { class: 'error' }, error.message));
      }
    },
    dispose() { graph?.destroy(); },
  };
}

async function neighbourhood(id) {
  const entity = await api.entity(id);
  return { nodes: [entity.entity, ...entity.neighbours], relationships: entity.relationships, articles: entity.articles };
}

function merge(previous, next) {
  if (!previous) return { nodes: [...next.nodes], relationships: [...next.relationships], articles: [...(next.articles ?? [])] };
  const ids = new Set(previous.nodes.map((n) => n.id));
  const keys = new Set(previous.relationships.map((r) => r.key));
  const articleIds = new Set(previous.articles.map((a) => a.id));
  return {
    nodes: [...previous.nodes, ...next.nodes.filter((n) => !ids.has(n.id))],
    relationships: [...previous.relationships, ...next.relationships.filter((r) => !keys.has(r.key))],
    articles: [...previous.articles, ...(next.articles ?? []).filter((a) => !articleIds.has(a.id))],
  };
}

/** Forgets the kept graph (after a curation changed it). */
export function forgetGraph() {
  kept.data = null;
  kept.key = null;
}
