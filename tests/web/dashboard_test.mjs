// End-to-end test of the dashboard in Debian's headless Chromium, driven by
// Playwright (playwright-core from web/node_modules):
//
//   node tests/web/dashboard_test.mjs --dyad build/dyad --out build/web-test
//        [--db STORE] [--readme-shot docs/dashboard.png]
//
// It makes a small store with `dyad ingest` (the bundled examples, a few
// documents written below and, when ../shared is there, the seed article),
// starts `dyad serve` on a free loopback port and then, as a person would:
// loads the dashboard, chooses CHN and RUS, sees the chart, clicks a bar and
// sees its events with highlighted evidence, opens an event's evidence, looks
// at the actor network, and codes the seed article on the try-it page.
// Screenshots go to --out. Exits 77 (skipped) when Chromium, playwright-core
// or the built dashboard is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const dyad = resolve(args.dyad || join(root, 'build/dyad'));
const out = resolve(args.out || join(dirname(dyad), 'web-test'));
// $CHROMIUM names another browser binary.
// ../shared material is read when it is there, but never ends up in a file
// of the project: the README's screenshot is taken without it.
const useShared = !args['readme-shot'];
const chromiumPath = (process.env.CHROMIUM ? [process.env.CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
  .find(existsSync);

function skip(why) {
  console.log(`web_dashboard: skipped: ${why}`);
  process.exit(77);
}
if (!existsSync(dyad)) skip(`no dyad binary at ${dyad}`);
if (!chromiumPath) skip('Chromium is not installed (apt-get install chromium; scripts/deps.sh does it)');
if (!existsSync(join(dirname(dyad), 'web/index.html'))) skip('the dashboard is not built (npm ci in web/, then build)');
let chromium;
try {
  ({ chromium } = createRequire(join(root, 'web/package.json'))('playwright-core'));
} catch {
  skip('playwright-core is not installed (npm ci in web/; scripts/deps.sh does it)');
}

mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'dyad-web-test-'));
let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log(`ok   ${what}`); } else { failed++; console.log(`FAIL ${what}`); }
  return ok;
}

// ---- The store ---------------------------------------------------------------
// A few short reports between China and Russia over several months, so that
// the chart has more than one bar; the coder decides what they contain.
const docs = [
  ['2020-01-14', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.'],
  ['2020-02-11', 'Russia praised China for its help after the floods, the Kremlin said on Tuesday.'],
  ['2020-03-17', 'China accused Russia of violating the border agreement on Monday.'],
  ['2020-04-21', 'Russia signed a trade agreement with China in Beijing on Tuesday.'],
  ['2020-05-12', 'China criticized Russia over the new gas prices on Tuesday.'],
  ['2020-06-09', 'Russian Foreign Minister Sergei Lavrov visited China on Tuesday.'],
];
const jsonl = docs.map(([date, text], i) => JSON.stringify({ id: `e2e-${i}`, url: `https://e2e.example/${i}`, date, text })).join('\n');
writeFileSync(join(work, 'docs.jsonl'), `${jsonl}\n`);
// --db STORE runs the same steps on an existing store (e.g. the 1,000,000
// events of bench/README.md, to time the page on it).
const store = args.db ? resolve(args.db) : join(work, 'store.sqlite');
if (!args.db) {
  const inputs = [join(root, 'examples'), join(work, 'docs.jsonl')];
  const seedJsonl = join(root, '../shared/dev/seed-article.jsonl');
  if (useShared && existsSync(seedJsonl)) inputs.push(seedJsonl);
  const ingest = spawnSync(dyad, ['ingest', ...inputs, '--date', '2020-06-04', '--db', store], { encoding: 'utf8' });
  if (!check(ingest.status === 0, 'dyad ingest makes the test store')) {
    console.log(ingest.stderr);
    process.exit(1);
  }
}

// ---- The server --------------------------------------------------------------
const env = { ...process.env };
delete env.DYAD_TOKEN;
const server = spawn(dyad, ['serve', '--db', store, '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolveBase, reject) => {
  let text = '';
  const timer = setTimeout(() => reject(new Error(`dyad serve did not start: ${text}`)), 60000);
  server.stderr.on('data', (d) => {
    text += d;
    const m = text.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) { clearTimeout(timer); resolveBase(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${text}`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
const shot = (name) => page.screenshot({ path: join(out, name), fullPage: true });

try {
  // Load and choose CHN and RUS.
  const t0 = Date.now();
  await page.goto(base);
  await page.waitForSelector('#actor-list option', { state: 'attached', timeout: 30000 });
  await page.waitForFunction(() => /events/.test(document.getElementById('stats').textContent), null, { timeout: 30000 });
  check(await page.locator('#actor-list option').count() > 0,
    `the dashboard loads with its actor list and counts (${Date.now() - t0} ms on a server just started)`);
  const tReload = Date.now();
  await page.reload();
  await page.waitForSelector('#actor-list option', { state: 'attached', timeout: 30000 });
  await page.waitForFunction(() => /events/.test(document.getElementById('stats').textContent), null, { timeout: 30000 });
  const calls = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((r) => `${new URL(r.name).pathname.replace(/^\/api\//, '')} ${Math.round(r.duration)} ms`));
  check(true, `and again in ${Date.now() - tReload} ms once its counts are cached (${calls.join(', ')})`);
  await page.fill('#actor-a', 'CHN');
  await page.fill('#actor-b', 'RUS');
  const t1 = Date.now();
  await page.click('#show');
  await page.waitForFunction(() => /events? in /.test(document.getElementById('dyad-status').textContent), null, { timeout: 20000 });
  const series = await page.evaluate(() => ({
    labels: window.dyadChart.data.labels.length,
    events: window.dyadChart.data.datasets.slice(0, 4).reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0),
  }));
  check(series.labels > 1 && series.events > 0,
    `the chart shows CHN-RUS: ${series.events} events over ${series.labels} months (${Date.now() - t1} ms from the click)`);
  check(await page.locator('#series-chart').isVisible(), 'the chart is visible');

  // The map: the dyad's events drawn at their places over bundled country
  // shapes; clicking a dot lists that place's events.
  await page.waitForSelector('#events-table tbody tr', { timeout: 20000 });
  await page.waitForSelector('#map .map-point', { timeout: 20000 });
  const map = await page.evaluate(() => ({
    countries: document.querySelectorAll('#map .map-country').length,
    points: document.querySelectorAll('#map .map-point').length,
    first: Number(document.querySelector('#map .map-point').getAttribute('data-events')),
  }));
  check(map.countries > 100 && map.points > 0,
    `the map draws ${map.countries} countries and ${map.points} places of CHN-RUS events`);
  await page.locator('#map .map-point').first().dispatchEvent('click');
  await page.waitForFunction(() => /^Events at /.test(document.getElementById('events-title').textContent), null, { timeout: 20000 });
  const placeRows = await page.locator('#events-table tbody tr').count();
  check(placeRows === map.first, `clicking a dot lists its ${map.first} events (${placeRows} rows)`);

  // Click a bar (the one with most events) and see its events.
  const bar = await page.evaluate(() => {
    const c = window.dyadChart;
    const totals = c.data.labels.map((_, i) => c.data.datasets.slice(0, 4).reduce((n, d) => n + d.data[i], 0));
    const i = totals.indexOf(Math.max(...totals));
    const ds = c.data.datasets.findIndex((d, k) => k < 4 && d.data[i] > 0);
    const el = c.getDatasetMeta(ds).data[i];
    const box = c.canvas.getBoundingClientRect();
    return { i, label: c.data.labels[i], events: totals[i], x: box.left + el.x, y: box.top + (el.y + el.base) / 2 };
  });
  await page.evaluate(() => { document.querySelector('#events-table tbody').replaceChildren(); });
  const t2 = Date.now();
  await page.mouse.click(bar.x, bar.y);
  await page.waitForSelector('#events-table tbody tr', { timeout: 20000 });
  const rows = await page.locator('#events-table tbody tr').count();
  check(rows === Math.min(bar.events, 100),
    `clicking the bar of ${bar.label} lists its ${bar.events} events (${rows} rows on the first page, ${Date.now() - t2} ms)`);
  check(await page.textContent('#events-title').then((t) => t.includes(bar.label)), 'the table is titled with the period');
  const marks = await page.locator('#events-table tbody tr').first().locator('mark').evaluateAll((ms) => ms.map((m) => m.className));
  check(marks.includes('verb') && (marks.includes('source') || marks.includes('target')),
    `the evidence sentence has its parts highlighted (${marks.join(', ')})`);
  await shot('01-dyad-chart-and-events.png');

  // Open one event's evidence.
  await page.locator('#events-table tbody tr').first().click();
  await page.waitForSelector('#evidence .mention', { timeout: 20000 });
  const mentions = await page.locator('#evidence .mention').count();
  const wanted = await page.evaluate(async () => {
    const id = document.querySelector('#events-table tbody tr.selected').dataset.event;
    return (await (await fetch(`/api/events/${id}`)).json()).num_mentions;
  });
  check(mentions === wanted && mentions > 0, `the evidence panel shows all ${wanted} mentions of the event`);
  check(await page.locator('#evidence .mention mark.verb').count() > 0, 'each mention marks the verb');
  await shot('02-evidence.png');
  if (args['readme-shot']) {
    mkdirSync(dirname(resolve(args['readme-shot'])), { recursive: true });
    await page.screenshot({ path: resolve(args['readme-shot']), fullPage: false });
  }

  // The actor network.
  await page.click('#nav-network');
  await page.waitForFunction(() => window.dyadNetwork && window.dyadNetwork.nodes().length > 1, null, { timeout: 20000 });
  const net = await page.evaluate(() => ({ nodes: window.dyadNetwork.nodes().length, edges: window.dyadNetwork.edges().length }));
  check(net.edges > 0, `the network shows ${net.nodes} actors and ${net.edges} dyads`);
  await shot('03-network.png');

  // Code the seed article (or, without ../shared, one of the texts above).
  await page.click('#nav-try');
  let title = 'Talks';
  let text = docs.map((d) => d[1]).join('\n');
  const seedTxt = join(root, '../shared/dev/seed-article.txt');
  const haveSeed = useShared && existsSync(seedTxt);
  if (haveSeed) {
    const lines = readFileSync(seedTxt, 'utf8').split('\n');
    title = lines[0];
    text = lines.slice(1).join('\n').trim();
  }
  await page.fill('#try-title', title);
  await page.fill('#try-text', text);
  await page.click('#try-code');
  await page.waitForFunction(() => /events? in /.test(document.getElementById('try-status').textContent), null, { timeout: 30000 });
  const coded = await page.locator('#try-results tbody tr').count();
  const direct = spawnSync(dyad, ['code', '-'], { input: JSON.stringify({ id: '1', title, text }), encoding: 'utf8' });
  const want = direct.stdout.split('\n').filter((l) => l.trim()).length;
  check(coded > 0 && coded === want, `the try-it page codes the ${haveSeed ? 'seed article' : 'sample text'}: ${coded} events (dyad code: ${want})`);
  check(await page.locator('#try-results tbody tr').first().locator('mark.verb').count() > 0, 'its evidence is highlighted');
  // The marks are the spans the offsets give, not a search for the words
  // (which would mark "us" inside "use").
  const firstEvent = JSON.parse(direct.stdout.split('\n')[0]);
  const marked = await page.locator('#try-results tbody tr').first().locator('mark')
    .evaluateAll((ms) => ms.map((m) => [m.className, m.textContent]));
  const sentenceChars = Array.from(firstEvent.evidence.sentence);
  const [sentenceBegin] = firstEvent.evidence.sentence_span;
  const byOffsets = marked.every(([cls, t]) => {
    const [b, e] = firstEvent.evidence[cls];
    return sentenceChars.slice(b - sentenceBegin, e - sentenceBegin).join('') === t;
  });
  check(marked.length > 0 && byOffsets, `each mark is the span its offsets give (${marked.map(([c, t]) => `${c}: ${t}`).join('; ')})`);
  await shot('04-try-it.png');
  check(pageErrors.length === 0, `no script errors on the page${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`);
} catch (e) {
  failed++;
  console.log(`FAIL ${e.message}`);
  await shot('failure.png').catch(() => {});
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots: ${out}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
