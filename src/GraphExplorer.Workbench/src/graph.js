// The interactive graph: Cytoscape.js with the fCoSE layout, colours per label from the Browser style, node size by
// degree, filters by edge type, label and date range, neighbour expansion and keyboard selection.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { labelStyles } from './dom.js';

cytoscape.use(fcose);

const directed = new Set(['SIGNED', 'ACCUSED', 'ATTACKED', 'VISITED', 'HOLDS_ROLE', 'BACKED_BY', 'PARTY_TO', 'CONCERNS']);
const captions = {
  MET_WITH: 'met', SIGNED: 'signed', ACCUSED: 'accused', ATTACKED: 'attacked', FOUGHT: 'fought', VISITED: 'visited',
  HOLDS_ROLE: 'role', BACKED_BY: 'backed by', PARTY_TO: 'party to', COOPERATES_WITH: 'cooperates', CONCERNS: 'concerns',
};

function style() {
  const rules = [
    { selector: 'node', style: {
      'background-color': '#A5ABB6', 'border-color': '#9AA1AC', 'border-width': 2, label: 'data(name)',
      width: 'data(size)', height: 'data(size)', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 120, color: '#1d2430', 'min-zoomed-font-size': 5,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1d2430' } },
    { selector: 'node.centre', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#1d2430' } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#A5ABB6', 'curve-style': 'bezier', 'target-arrow-color': '#A5ABB6',
      'font-size': 7, color: '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8, label: 'data(caption)' } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
    { selector: 'edge:selected', style: { width: 3, 'line-color': '#1d2430', 'target-arrow-color': '#1d2430' } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  for (const [label, colours] of Object.entries(labelStyles)) {
    rules.push({ selector: `node[label = "${label}"]`, style: { 'background-color': colours.color, 'border-color': colours.border } });
  }
  return rules;
}

export function createGraph(container, { onOpen, onSelect, onExpand } = {}) {
  const cy = cytoscape({ container, style: style(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
  let filters = { types: null, labels: null, from: '', to: '', undated: true };
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', 'Graph: arrow keys select a node, Enter opens it, e expands its neighbours');

  function resize() {
    const nodes = cy.nodes();
    const max = Math.max(1, ...nodes.map((n) => n.degree(false)));
    nodes.forEach((n) => n.data('size', 18 + 52 * Math.sqrt(n.degree(false) / max)));
  }

  function add(graph, centreId) {
    const added = cy.collection();
    cy.batch(() => {
      for (const node of graph.nodes ?? []) {
        if (cy.getElementById(node.id).nonempty()) continue;
        added.merge(cy.add({ group: 'nodes', data: { id: node.id, name: node.name, label: node.label, aliases: node.aliases, size: 20 } }));
      }
      for (const r of graph.relationships ?? []) {
        if (cy.getElementById(r.key).nonempty()) continue;
        if (cy.getElementById(r.source).empty() || cy.getElementById(r.target).empty()) continue;
        const caption = r.type === 'HOLDS_ROLE' && r.title ? r.title : r.type === 'ACCUSED' && r.allegation ? `accused: ${r.allegation}` : captions[r.type] ?? r.type;
        added.merge(cy.add({ group: 'edges', classes: directed.has(r.type) ? 'directed' : '', data: {
          id: r.key, source: r.source, target: r.target, type: r.type, date: r.date ?? '', caption, relationship: r } }));
      }
    });
    cy.nodes().removeClass('centre');
    if (centreId) cy.getElementById(centreId).addClass('centre');
    resize();
    applyFilters(filters);
    return added;
  }

  function set(graph, centreId) {
    cy.elements().remove();
    add(graph, centreId);
    layout();
  }

  function layout(animate = false) {
    const visible = cy.elements().not('.filtered');
    if (visible.length === 0) return;
    visible.layout({
      name: 'fcose', quality: 'default', randomize: true, animate, fit: true, padding: 30,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 90, edgeElasticity: () => 0.35, nodeSeparation: 90,
      packComponents: true, tile: true, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20, numIter: 2500,
    }).run();
  }

  function applyFilters(next) {
    filters = { ...filters, ...next };
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes().forEach((n) => {
        if (filters.labels && !filters.labels.has(n.data('label'))) n.addClass('filtered');
      });
      cy.edges().forEach((e) => {
        const date = e.data('date');
        const hidden = (filters.types && !filters.types.has(e.data('type')))
          || e.source().hasClass('filtered') || e.target().hasClass('filtered')
          || (!date && !filters.undated && (filters.from || filters.to))
          || (date && filters.from && date < filters.from)
          || (date && filters.to && date > filters.to);
        if (hidden) e.addClass('filtered');
      });
    });
  }

  function ordered() {
    return cy.nodes().not('.filtered').sort((a, b) => b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
  }

  function select(node) {
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 150 });
    onSelect?.(node.data());
  }

  cy.on('tap', 'node', (event) => select(event.target));
  cy.on('dbltap', 'node', (event) => onExpand?.(event.target.id()));
  cy.on('tap', 'edge', (event) => onSelect?.({ edge: event.target.data('relationship') }));

  container.addEventListener('keydown', (event) => {
    const nodes = ordered();
    if (nodes.length === 0) return;
    const current = cy.nodes(':selected').first();
    const index = current.nonempty() ? nodes.indexOf(current) : -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'j') {
      select(nodes[(index + 1) % nodes.length]);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'k') {
      select(nodes[(index - 1 + nodes.length) % nodes.length]);
    } else if (event.key === 'Enter' && current.nonempty()) {
      onOpen?.(current.id());
    } else if (event.key === 'e' && current.nonempty()) {
      onExpand?.(current.id());
    } else if (event.key === 'f') {
      cy.fit(cy.elements().not('.filtered'), 30);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });

  return {
    cy,
    set,
    add: (graph, centreId) => { const added = add(graph, centreId); if (added.length > 0) layout(); return added; },
    layout,
    applyFilters,
    nodeIds: () => cy.nodes().map((n) => n.id()),
    visibleNodes: () => ordered().map((n) => ({ id: n.id(), name: n.data('name'), label: n.data('label') })),
    visibleCounts: () => ({ nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length }),
    destroy: () => cy.destroy(),
  };
}
