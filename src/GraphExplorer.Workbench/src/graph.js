// The interactive graph: Cytoscape.js with the fCoSE layout followed by an overlap removal (so no two nodes cover each
// other), colours per label from the Browser style, node size by degree, filters by edge type, label and date range,
// neighbour expansion and keyboard selection.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { separate } from './separate.js';
import { labelStyles } from './dom.js';

cytoscape.use(fcose);

const directed = new Set(['SIGNED', 'ACCUSED', 'ATTACKED', 'VISITED', 'HOLDS_ROLE', 'BACKED_BY', 'PARTY_TO', 'CONCERNS']);
const captions = {
  MET_WITH: 'met', SIGNED: 'signed', ACCUSED: 'accused', ATTACKED: 'attacked', FOUGHT: 'fought', VISITED: 'visited',
  HOLDS_ROLE: 'role', BACKED_BY: 'backed by', PARTY_TO: 'party to', COOPERATES_WITH: 'cooperates', CONCERNS: 'concerns',
};

const LABEL_FONT_SIZE = 13;
const LABEL_MAX_WIDTH = 120;
// Below this size on screen a name is unreadable: labels are hidden until the analyst zooms in.
const MIN_LABEL_PIXELS = 7;
const MAX_FIT_ZOOM = 1.6;

function style() {
  const rules = [
    { selector: 'node', style: {
      'background-color': '#A5ABB6', 'border-color': '#9AA1AC', 'border-width': 2, label: 'data(name)',
      width: 'data(size)', height: 'data(size)', 'font-size': LABEL_FONT_SIZE, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': LABEL_MAX_WIDTH, color: '#1d2430', 'min-zoomed-font-size': MIN_LABEL_PIXELS,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
    // Labels that would collide with a more connected node's label, or cover a node, are left out (see placeLabels);
    // the selected node always shows its name.
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1d2430', label: 'data(name)', 'z-index': 10 } },
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

  // Label placement as Bloom and sigma.js do it: nodes by degree, the selected and centre nodes first; a label is
  // drawn only where it covers neither an earlier label nor a node that comes before it, at the zoom in view (so a
  // hub keeps its name even where a minor node lies under it). Zooming in makes room, so more names appear; every
  // name stays in the list of nodes in view and in the details panel.
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map();
  function textWidth(text) {
    if (!widths.has(text)) {
      measure.font = `${LABEL_FONT_SIZE}px ${getComputedStyle(container).fontFamily || 'sans-serif'}`;
      widths.set(text, Math.min(LABEL_MAX_WIDTH, measure.measureText(text).width));
    }
    return widths.get(text);
  }

  function placeLabels() {
    const zoom = cy.zoom();
    const nodes = cy.nodes().not('.filtered');
    if (nodes.length === 0) return;
    const bodies = nodes.map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) }));
    const placed = [];
    const hits = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const first = (n) => (n.selected() ? 2 : 0) + (n.hasClass('centre') ? 1 : 0);
    const order = nodes.sort((a, b) => first(b) - first(a) || b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
    const rank = new Map(order.map((n, index) => [n.id(), index]));
    const quiet = [];
    const loud = [];
    order.forEach((n, index) => {
      const position = n.renderedPosition();
      const half = (textWidth(n.data('name') ?? '') * zoom) / 2 + 2;
      const top = position.y + (n.renderedHeight() / 2) + (3 * zoom);
      const box = { x1: position.x - half, x2: position.x + half, y1: top, y2: top + ((LABEL_FONT_SIZE + 4) * zoom) };
      const free = LABEL_FONT_SIZE * zoom >= MIN_LABEL_PIXELS
        && !placed.some((other) => hits(box, other))
        && !bodies.some((body) => rank.get(body.id) < index && hits(box, body.box));
      if (free || n.selected()) { placed.push(box); loud.push(n); } else quiet.push(n);
    });
    cy.batch(() => {
      cy.collection(quiet).addClass('quiet');
      cy.collection(loud).removeClass('quiet');
    });
  }

  let placing = 0;
  function schedulePlacement() {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(placeLabels);
  }
  cy.on('zoom pan resize', schedulePlacement);
  cy.on('select unselect', 'node', schedulePlacement);

  // Size by degree; a big graph gets smaller nodes, so that a few hundred fit the canvas without covering each other.
  function resize() {
    const nodes = cy.nodes();
    const max = Math.max(1, ...nodes.map((n) => n.degree(false)));
    const scale = Math.min(1, Math.sqrt(100 / Math.max(1, nodes.length)));
    nodes.forEach((n) => n.data('size', scale * (18 + 52 * Math.sqrt(n.degree(false) / max))));
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

  // fCoSE places the graph (spectral start, then a force-directed polish); its repulsion keeps nodes apart on the
  // whole but gives no guarantee, and a dense core of a few hundred nodes kept dozens of pairs on top of each other.
  // separate() then moves only the nodes that still touch, by the least that parts them. The polish stops early on
  // large graphs: past a few hundred iterations it moves nodes by less than the overlap removal does.
  function layout(animate = false) {
    const visible = cy.elements().not('.filtered');
    if (visible.length === 0) return;
    performance.mark('workbench-layout-start');
    const nodes = visible.nodes().length;
    const placed = visible.layout({
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false, padding: 30,
      // Hubs push harder and their edges are longer, so a dense core opens up instead of piling nodes on each other.
      nodeRepulsion: (n) => 9000 + (2500 * n.degree(false)),
      idealEdgeLength: (e) => 70 + (8 * Math.sqrt(e.source().degree(false) + e.target().degree(false))),
      edgeElasticity: () => 0.35, nodeSeparation: 100,
      packComponents: true, tile: true, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20,
      numIter: nodes > 150 ? 600 : 2500,
    });
    placed.one('layoutstop', () => {
      apart(visible.nodes());
      performance.measure('workbench-layout', 'workbench-layout-start');
      fit(visible, animate);
      placeLabels();
    });
    placed.run();
  }

  // A graph of a node or two is not blown up to fill the canvas: names stay at reading size.
  function fit(elements, animate) {
    const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.fit(elements, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(elements);
    }
    if (animate) {
      const after = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.viewport(before);
      cy.animate({ ...after, duration: 300 });
    }
  }

  // Node bodies are drawn as circles but read (and hit-tested) as boxes: keeping the boxes apart keeps both apart.
  function apart(nodes) {
    if (nodes.length < 2) return;
    const boxes = nodes.map((n) => ({ node: n, ...n.position(), half: n.outerWidth() / 2 }));
    separate(boxes, 6);
    cy.batch(() => boxes.forEach((box) => box.node.position({ x: box.x, y: box.y })));
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
    schedulePlacement();
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
      fit(cy.elements().not('.filtered'), false);
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
