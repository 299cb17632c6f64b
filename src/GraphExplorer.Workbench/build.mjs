// Builds the workbench into src/GraphExplorer.Api/Workbench/ (committed, embedded into the API assembly), so that
// `dotnet run` needs no Node. `node build.mjs --check` rebuilds into a temporary folder and fails when the committed
// bundle differs: CI runs it, as a test keeps cypher/browser/guide.html current.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const committed = join(here, '..', 'GraphExplorer.Api', 'Workbench');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'workbench-')) : committed;
mkdirSync(out, { recursive: true });

// Label colours come from the Neo4j Browser style, so the workbench and Browser draw the graph alike.
const grass = readFileSync(join(here, '..', '..', 'cypher', 'browser', 'graph-explorer.grass'), 'utf8');
const labelStyles = {};
for (const [, label, body] of grass.matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
  const value = (name) => body.match(new RegExp(`(?:^|\\s)${name}:\\s*([^;]+);`))?.[1].trim();
  labelStyles[label] = { color: value('color'), border: value('border-color'), text: value('text-color-internal') };
}

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  outfile: join(out, 'app.js'),
  legalComments: 'linked',
  define: { __LABEL_STYLES__: JSON.stringify(labelStyles) },
  logLevel: 'warning',
});
await build({
  entryPoints: [join(here, 'src', 'app.css')],
  bundle: true,
  minify: true,
  outfile: join(out, 'app.css'),
  logLevel: 'warning',
});
const labelCss = Object.entries(labelStyles)
  .map(([label, c]) => `.label-${label}{background:${c.color};border-color:${c.border};color:${c.text ?? '#fff'}}`).join('\n');
writeFileSync(join(out, 'app.css'), readFileSync(join(out, 'app.css'), 'utf8') + labelCss + '\n');
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'src', 'favicon.svg'), join(out, 'favicon.svg'));

if (check) {
  const differ = readdirSync(out).filter((file) => {
    try {
      return !readFileSync(join(out, file)).equals(readFileSync(join(committed, file)));
    } catch {
      return true;
    }
  });
  rmSync(out, { recursive: true, force: true });
  if (differ.length > 0) {
    console.error(`The committed workbench bundle is stale (${differ.join(', ')}): run 'npm run build' in src/GraphExplorer.Workbench and commit.`);
    process.exit(1);
  }
  console.log('workbench bundle: current');
}
