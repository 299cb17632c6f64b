// Side by side with Kuzu (npm `kuzu`), on the synthetic graph of `bench queries` (100k entities, 1M facts by default):
//   1. builds the embedded store with `graph-explorer bench queries` (its bulk path, timed by the program itself),
//      which then times every curated query and logs each run (arguments, milliseconds, rows) to a file;
//   2. bulk-loads the same graph into a fresh Kuzu database with COPY from the CSV files that program wrote
//      (entities, articles, facts with their evidence sentence, mentions) and times it;
//   3. runs the 2-hop ego networks and shortest paths of step 1 on Kuzu with the very same arguments, checks that both
//      databases return the same edges and paths, and prints p50/p95 of both and their ratio.
//
//   cd bench/tools/kuzu && npm install && node compare.mjs [--nodes 100000] [--edges 1000000] [--samples 200] [--work DIR]
//   node compare.mjs --reuse yes --work DIR    # steps 2 and 3 only, on what step 1 left in DIR
//   --traversals N compares only the first N runs of each traversal (all by default)
//
// Wall and processor time are printed for both builds: on a shared machine the wall time measures the neighbours too.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '..', '..', '..');
const options = parseArguments(process.argv.slice(2), { nodes: '100000', edges: '1000000', samples: '200', work: path.join(tmpdir(), 'graph-explorer-kuzu'), reuse: 'no', traversals: '0' });
const kuzu = loadKuzu();

const work = path.resolve(options.work);
const store = path.join(work, 'bench.db');
const csv = path.join(work, 'csv');
const runsFile = path.join(work, 'runs.jsonl');
const oursFile = path.join(work, 'bench-queries.txt');
let ours;
if (options.reuse === 'yes') {
  ours = readFileSync(oursFile, 'utf8');
  rmSync(path.join(work, 'kuzu'), { recursive: true, force: true });
} else {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.log(`== embedded store: graph-explorer bench queries --nodes ${options.nodes} --edges ${options.edges} --samples ${options.samples}`);
  ours = await run(path.join(repository, 'graph-explorer'),
    ['bench', 'queries', '--file', store, '--nodes', options.nodes, '--edges', options.edges, '--samples', options.samples, '--csv', csv, '--runs', runsFile]);
  writeFileSync(oursFile, ours);
}
const built = /Built in ([\d.]+) s \(([\d.]+) s CPU\)/.exec(ours);
if (!built) {
  fail('bench queries did not print its build time (was the store file not fresh?)');
}
const oursBuild = { wall: Number(built[1]), cpu: Number(built[2]) };

console.log('== Kuzu: CREATE tables and COPY from the same graph\'s CSV files');
const kuzuPath = path.join(work, 'kuzu');
const database = new kuzu.Database(kuzuPath);
const connection = new kuzu.Connection(database);
const schema = [
  'CREATE NODE TABLE Entity(id STRING, label STRING, name STRING, PRIMARY KEY (id))',
  'CREATE NODE TABLE Article(id STRING, title STRING, published DATE, PRIMARY KEY (id))',
  'CREATE REL TABLE Fact(FROM Entity TO Entity, key STRING, type STRING, confidence DOUBLE, date DATE, article STRING, sentence STRING)',
  'CREATE REL TABLE Mentions(FROM Article TO Entity)',
];
const copies = [
  ['Entity', 'entities.csv'], ['Article', 'articles.csv'], ['Fact', 'facts.csv'], ['Mentions', 'mentions.csv'],
].map(([table, file]) => `COPY ${table} FROM '${path.join(csv, file).replaceAll("'", "\\'")}' (HEADER=true)`);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
for (const statement of [...schema, ...copies]) {
  const result = await connection.query(statement);
  const [row] = await result.getAll();
  if (statement.startsWith('COPY')) {
    console.log(`  ${row?.result ?? JSON.stringify(row)}`);
  }
}
const kuzuBuild = { wall: seconds(process.hrtime.bigint() - started), cpu: cpuSeconds(process.cpuUsage(cpuBefore)) };
console.log(`  Kuzu COPY: ${kuzuBuild.wall.toFixed(1)} s wall, ${kuzuBuild.cpu.toFixed(1)} s CPU; embedded store: ${oursBuild.wall.toFixed(1)} s wall, ${oursBuild.cpu.toFixed(1)} s CPU`);

console.log('== the same traversals on Kuzu, with the arguments the embedded store was timed with');
const runs = readFileSync(runsFile, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
const traversals = [
  { label: 'ego-network depth=2', measure: egoNetwork },
  { label: 'shortest-paths', measure: shortestPaths },
];
const ego = await connection.prepare(
  `MATCH (c:Entity {id: $id})-[:Fact*0..1]-(n:Entity) WITH DISTINCT n
   MATCH (n)-[r:Fact]->(b:Entity)
   RETURN n.name AS source, r.type AS type, b.name AS target, r.confidence AS confidence, r.key AS edge
   UNION
   MATCH (c:Entity {id: $id})-[:Fact*0..1]-(n:Entity) WITH DISTINCT n
   MATCH (a:Entity)-[r:Fact]->(n)
   RETURN a.name AS source, r.type AS type, n.name AS target, r.confidence AS confidence, r.key AS edge`);
const shortest = await connection.prepare(
  `MATCH (a:Entity {id: $from})-[r:Fact* ALL SHORTEST 1..6]-(b:Entity {id: $to})
   RETURN length(r) AS hops, properties(rels(r), 'key') AS keys`);
const lines = [];
for (const traversal of traversals) {
  const all = runs.filter(r => r.query === traversal.label);
  const mine = Number(options.traversals) > 0 ? all.slice(0, Number(options.traversals)) : all;
  const warmUp = mine.slice(0, Math.max(1, Math.floor(mine.length / 10)));
  for (const r of warmUp) {
    await traversal.measure(r);
  }
  const times = [];
  const cpu = process.cpuUsage();
  let same = 0;
  const differences = [];
  for (const r of mine) {
    const { milliseconds, matches, detail } = await traversal.measure(r);
    times.push(milliseconds);
    if (matches) {
      same++;
    } else if (differences.length < 3) {
      differences.push(detail);
    }
  }
  const kuzuCpu = cpuSeconds(process.cpuUsage(cpu)) * 1000 / mine.length;
  const ourTimes = mine.map(r => r.milliseconds);
  const line = {
    label: traversal.label, runs: mine.length, same, kuzuCpu,
    ours: { p50: percentile(ourTimes, 0.5), p95: percentile(ourTimes, 0.95) },
    kuzu: { p50: percentile(times, 0.5), p95: percentile(times, 0.95) },
  };
  lines.push(line);
  for (const detail of differences) {
    console.log(`  differs: ${detail}`);
  }
}

console.log();
console.log(`Build of ${Number(options.nodes).toLocaleString('en')} entities, ${Number(options.edges).toLocaleString('en')} facts (measured on a shared machine):`);
console.log(`  embedded store (bulk path)  ${oursBuild.wall.toFixed(1)} s wall, ${oursBuild.cpu.toFixed(1)} s CPU`);
console.log(`  Kuzu COPY                   ${kuzuBuild.wall.toFixed(1)} s wall, ${kuzuBuild.cpu.toFixed(1)} s CPU (all Kuzu threads)`);
console.log(`  embedded / Kuzu             x${(oursBuild.wall / kuzuBuild.wall).toFixed(2)} wall, x${(oursBuild.cpu / kuzuBuild.cpu).toFixed(2)} CPU`);
console.log('Traversals, same arguments on both (ms):');
for (const l of lines) {
  console.log(`  ${l.label.padEnd(22)} n=${l.runs}  embedded p50=${l.ours.p50.toFixed(2)} p95=${l.ours.p95.toFixed(2)}  Kuzu p50=${l.kuzu.p50.toFixed(2)} p95=${l.kuzu.p95.toFixed(2)}`
    + `  Kuzu/embedded p50 x${(l.kuzu.p50 / l.ours.p50).toFixed(2)} p95 x${(l.kuzu.p95 / l.ours.p95).toFixed(2)}  Kuzu CPU/run ${l.kuzuCpu.toFixed(2)} ms  same results ${l.same}/${l.runs}`);
  console.log(`    (the embedded store's CPU per run is on its 'bench queries' line above)`);
}
await connection.close();
await database.close();

// One 2-hop ego network: every edge at the centre or at a neighbour, sorted and cut as the curated query does.
async function egoNetwork(r) {
  const clock = process.hrtime.bigint();
  const result = await connection.execute(ego, { id: r.arguments.entity });
  const rows = (await result.getAll())
    .sort((x, y) => compare(x.source, y.source) || compare(x.type, y.type) || compare(x.target, y.target) || compare(x.edge, y.edge))
    .slice(0, 500);
  const milliseconds = seconds(process.hrtime.bigint() - clock) * 1000;
  const theirs = rows.map(row => row.edge).join(' ');
  const mine = r.rows.map(row => row[4]).join(' ');
  return { milliseconds, matches: theirs === mine, detail: `ego ${r.arguments.entity}: embedded ${r.rows.length} edges, Kuzu ${rows.length}` };
}

// All shortest paths (at most 6 hops) between two entities, ordered by length then keys and cut at 100 as the curated query does.
async function shortestPaths(r) {
  const clock = process.hrtime.bigint();
  const result = await connection.execute(shortest, { from: r.arguments.from, to: r.arguments.to });
  const rows = (await result.getAll())
    .map(row => ({ hops: Number(row.hops), keys: row.keys }))
    .sort((x, y) => x.hops - y.hops || compareLists(x.keys, y.keys))
    .slice(0, 100);
  const milliseconds = seconds(process.hrtime.bigint() - clock) * 1000;
  const theirs = rows.map(row => `${row.hops}:${row.keys.join(',')}`).join(' ');
  const mine = r.rows.map(row => `${row[0]}:${row[3].join(',')}`).join(' ');
  return { milliseconds, matches: theirs === mine, detail: `paths ${r.arguments.from} -> ${r.arguments.to}: embedded ${r.rows.length} (${r.rows[0]?.[0]} hops), Kuzu ${rows.length} (${rows[0]?.hops} hops)` };
}

function compare(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareLists(x, y) {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compare(x[i], y[i]);
    if (c !== 0) {
      return c;
    }
  }
  return x.length - y.length;
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

function seconds(nanoseconds) {
  return Number(nanoseconds) / 1e9;
}

function cpuSeconds(usage) {
  return (usage.user + usage.system) / 1e6;
}

// Runs a program, echoing its output, and resolves with that output; a non-zero exit ends this script.
function run(program, args) {
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd: repository, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', chunk => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', code => (code === 0 ? resolve(output) : fail(`${path.basename(program)} ${args.join(' ')} exited with ${code}`)));
  });
}

// npm may install kuzu without running its install script (which copies the prebuilt binary for this platform).
function loadKuzu() {
  const require = createRequire(import.meta.url);
  const folder = path.join(here, 'node_modules', 'kuzu');
  if (!existsSync(folder)) {
    fail(`kuzu is not installed: run 'npm install' in ${here}`);
  }
  if (!existsSync(path.join(folder, 'kuzujs.node'))) {
    const prebuilt = path.join(folder, 'prebuilt', `kuzujs-${process.platform}-${process.arch}.node`);
    if (!existsSync(prebuilt)) {
      fail(`kuzu has no prebuilt binary for ${process.platform}-${process.arch}`);
    }
    copyFileSync(prebuilt, path.join(folder, 'kuzujs.node'));
    const sources = path.join(folder, 'kuzu-source', 'tools', 'nodejs_api', 'src_js');
    for (const file of readdirSync(sources).filter(f => /\.(m?js|d\.ts)$/.test(f))) {
      copyFileSync(path.join(sources, file), path.join(folder, file));
    }
  }
  return require('kuzu');
}

function parseArguments(argv, defaults) {
  const result = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in defaults) || argv[i + 1] === undefined) {
      fail(`unknown or incomplete option '${argv[i]}' (known: ${Object.keys(defaults).map(k => '--' + k).join(', ')})`);
    }
    result[name] = argv[i + 1];
  }
  return result;
}

function fail(message) {
  console.error(`compare.mjs: ${message}`);
  process.exit(2);
}
