// Reads a GraphML or GEXF file with graphology's own parsers and prints what they saw as JSON:
// node /edge counts, every node's and edge's attributes, and whether each edge is undirected.
// usage: node read-graph.js graphml|gexf FILE
'use strict';
const fs = require('fs');
const Graph = require('graphology');

const [format, file] = process.argv.slice(2);
const parsers = { graphml: require('graphology-graphml'), gexf: require('graphology-gexf') };
if (!parsers[format] || !file) {
  console.error('usage: node read-graph.js graphml|gexf FILE');
  process.exit(2);
}

const graph = parsers[format].parse(Graph, fs.readFileSync(file, 'utf8'));
const clean = attributes => Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'null'));
const result = {
  order: graph.order,
  size: graph.size,
  attributes: clean(graph.getAttributes()),
  nodes: graph.mapNodes((key, attributes) => ({ key, attributes: clean(attributes) })),
  edges: graph.mapEdges((key, attributes, source, target, sa, ta, undirected) => ({ key, source, target, undirected, attributes: clean(attributes) })),
};
process.stdout.write(JSON.stringify(result));
