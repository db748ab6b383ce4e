// The dyad dashboard: a dyad's cooperation and conflict over time with the
// evidence behind each point, the network of the most active dyads, and a
// page that codes pasted text. Everything comes from the server's JSON API;
// text from the store is always inserted as text, never as HTML.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';
import cytoscape from 'cytoscape';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
// Country shapes bundled with the dashboard (Natural Earth via world-atlas):
// no tile server, nothing fetched at run time.
import world from 'world-atlas/countries-110m.json';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend);

const $ = (id) => document.getElementById(id);
const QUADS = [
  { key: 'q1', label: 'Verbal cooperation', color: '#74c476' },
  { key: 'q2', label: 'Material cooperation', color: '#238b45' },
  { key: 'q3', label: 'Verbal conflict', color: '#fd8d3c' },
  { key: 'q4', label: 'Material conflict', color: '#d7301f' },
];

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: reported below */ }
  if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// The sentence of an event's evidence with its source, verb and target
// marked by their offsets: code points into the document's full text, and
// `sentence_span` says where the sentence starts (docs/events.md). A search
// for the words would mark "us" inside "use". A part outside the sentence (a
// target from an earlier sentence) or overlapping an earlier mark stays
// unmarked.
function highlighted(evidence) {
  const out = el('span');
  const chars = Array.from(evidence.sentence);  // code points, as the offsets count
  const [first] = evidence.sentence_span;
  const spans = [];
  for (const cls of ['source', 'verb', 'target']) {
    const [b, e] = evidence[cls] || [0, 0];
    const begin = b - first, end = e - first;
    if (end <= begin || begin < 0 || end > chars.length) continue;
    if (spans.some((s) => begin < s.end && s.begin < end)) continue;
    spans.push({ begin, end, cls });
  }
  spans.sort((x, y) => x.begin - y.begin);
  let at = 0;
  for (const s of spans) {
    out.append(chars.slice(at, s.begin).join(''), el('mark', { class: s.cls, title: s.cls, text: chars.slice(s.begin, s.end).join('') }));
    at = s.end;
  }
  out.append(chars.slice(at).join(''));
  return out;
}

function count(n, noun) { return `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`; }

function quadBadge(q) { return el('span', { class: `quad quad-${q}`, title: QUADS[q - 1]?.label || '', text: String(q) }); }

// ---- Views and navigation -------------------------------------------------

const views = ['dyad', 'network', 'try'];
function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const name = views.find((v) => path === `/${v}`) || 'dyad';
  for (const v of views) {
    $(`view-${v}`).hidden = v !== name;
    $(`nav-${v}`).classList.toggle('active', v === name);
  }
  if (name === 'network') showNetwork();
  if (name === 'dyad' && query) {
    const p = new URLSearchParams(query);
    if (p.get('a') && p.get('b')) {
      $('actor-a').value = p.get('a');
      $('actor-b').value = p.get('b');
      if (p.get('by')) $('period').value = p.get('by');
      showDyad();
    }
  }
}
window.addEventListener('hashchange', route);

async function loadStats() {
  try {
    const s = await api('/api/stats');
    $('stats').textContent = `${s.events.toLocaleString()} events · ${s.documents.toLocaleString()} documents · ${s.read_only ? 'read-only' : 'ingest on'}`;
  } catch (e) { $('stats').textContent = e.message; }
}

async function loadActors() {
  const { actors } = await api('/api/actors?limit=200');
  $('actor-list').replaceChildren(...actors.map((a) => el('option', { value: a.code, label: `${a.code} (${a.events.toLocaleString()} events)` })));
}

// ---- Dyad over time -------------------------------------------------------

let chart = null;
let current = null;   // { a, b, by, directed, from, to, rows }
let eventsQuery = null;

function periodRange(period, by) {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`];
  }
  if (by === 'week') {
    const d = new Date(`${period}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return [period, d.toISOString().slice(0, 10)];
  }
  return [period, period];
}

async function showDyad() {
  const a = $('actor-a').value.trim().toUpperCase();
  const b = $('actor-b').value.trim().toUpperCase();
  if (!a || !b) return;
  const by = $('period').value;
  const directed = $('directed').checked;
  const from = $('from').value;
  const to = $('to').value;
  const q = new URLSearchParams({ dyad: `${a},${b}`, by });
  if (directed) q.set('directed', '1');
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  $('dyad-status').textContent = 'Loading…';
  $('dyad-status').className = 'muted';
  let data;
  try {
    data = await api(`/api/series?${q}`);
  } catch (e) {
    $('dyad-status').textContent = e.message;
    $('dyad-status').className = 'error';
    return;
  }
  current = { a, b, by, directed, from, to, rows: data.rows };
  const total = data.rows.reduce((n, r) => n + r.events, 0);
  $('dyad-status').textContent = `${a} ${directed ? '→' : '↔'} ${b}: ${count(total, 'event')} in ${count(data.rows.length, by)}.`;
  drawChart(data.rows);
  drawMap();
  clearEvents();
  // The busiest period's events, so that the table is never empty at first.
  if (total) {
    let best = 0;
    data.rows.forEach((r, i) => { if (r.events > data.rows[best].events) best = i; });
    showEvents(best);
  }
}

function drawChart(rows) {
  const labels = rows.map((r) => r.period);
  const datasets = QUADS.map((q) => ({
    type: 'bar', label: q.label, data: rows.map((r) => r[q.key]), backgroundColor: q.color, stack: 'quad', yAxisID: 'y',
  }));
  datasets.push({
    type: 'line', label: 'Goldstein (mean)', data: rows.map((r) => (r.events ? r.goldstein_mean : null)),
    borderColor: '#1d2430', backgroundColor: '#1d2430', pointRadius: rows.length > 200 ? 0 : 2, borderWidth: 1.5,
    spanGaps: false, yAxisID: 'g',
  });
  if (chart) chart.destroy();
  chart = new Chart($('series-chart'), {
    data: { labels, datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, ticks: { maxTicksLimit: 24 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'events' } },
        g: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } },
      },
      onClick: (_evt, elements) => { if (elements.length) showEvents(elements[0].index); },
    },
  });
  window.dyadChart = chart;  // for the browser test: where the bars are drawn
}

// ---- The map ---------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';
const projection = geoNaturalEarth1().fitExtent([[4, 4], [956, 466]], { type: 'Sphere' });
const countries = feature(world, world.objects.countries);
let mapBase = null;

function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function mapBaseLayer() {
  if (mapBase) return mapBase;
  const path = geoPath(projection);
  mapBase = svg('g', { class: 'map-base' });
  mapBase.append(svg('path', { class: 'map-sphere', d: path({ type: 'Sphere' }) }));
  mapBase.append(svg('path', { class: 'map-graticule', d: path(geoGraticule10()) }));
  for (const f of countries.features) mapBase.append(svg('path', { class: 'map-country', d: path(f) }));
  return mapBase;
}

// The dyad's events (the first 1,000 in the filters of the chart) by place:
// one dot per place, its area by the number of events.
async function drawMap() {
  const map = $('map');
  const q = new URLSearchParams({ dyad: `${current.a},${current.b}`, limit: '1000', mentions: '1' });
  if (current.directed) q.set('directed', '1');
  if (current.from) q.set('from', current.from);
  if (current.to) q.set('to', current.to);
  map.replaceChildren(mapBaseLayer());
  let page;
  try { page = await api(`/api/events?${q}`); } catch (e) {
    $('map-status').textContent = e.message;
    return;
  }
  const places = new Map();
  let placed = 0;
  for (const ev of page.events) {
    const g = ev.action_geo;
    if (!g || g.lat == null || g.lon == null) continue;
    const key = `${g.lat.toFixed(2)},${g.lon.toFixed(2)}`;
    if (!places.has(key)) places.set(key, { geo: g, events: [] });
    places.get(key).events.push(ev);
    ++placed;
  }
  const dots = svg('g', { class: 'map-points' });
  for (const p of [...places.values()].sort((x, y) => y.events.length - x.events.length)) {
    const xy = projection([p.geo.lon, p.geo.lat]);
    if (!xy) continue;
    const dot = svg('circle', { class: 'map-point', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1),
      r: (3 + 2 * Math.sqrt(p.events.length)).toFixed(1), 'data-events': String(p.events.length) });
    const title = svg('title');
    title.textContent = `${p.geo.name}${p.geo.country_code ? ` (${p.geo.country_code})` : ''}: ${count(p.events.length, 'event')}`;
    dot.append(title);
    dot.addEventListener('click', () => showPlaceEvents(p));
    dots.append(dot);
  }
  map.append(dots);
  $('map-status').textContent = `Map: ${count(placed, 'event')} of ${page.events.length} with a place, at ${count(places.size, 'place')}; a bigger dot has more events. Click a dot to list its events.`;
}

function showPlaceEvents(p) {
  clearEvents();
  $('events-title').textContent = `Events at ${p.geo.name} (${p.events.length.toLocaleString()})`;
  const body = $('events-table').tBodies[0];
  for (const ev of p.events) body.append(eventRow(ev));
}

function clearEvents() {
  $('events-table').tBodies[0].replaceChildren();
  $('events-more').hidden = true;
  $('evidence').hidden = true;
  $('events-title').textContent = 'Events';
}

async function showEvents(index) {
  const row = current.rows[index];
  const [from, to] = periodRange(row.period, current.by);
  eventsQuery = new URLSearchParams({ dyad: `${current.a},${current.b}`, from, to, limit: '100', mentions: '1' });
  if (current.directed) eventsQuery.set('directed', '1');
  clearEvents();
  $('events-title').textContent = `Events of ${row.period} (${row.events.toLocaleString()})`;
  await loadEvents(null);
}

async function loadEvents(after) {
  const q = new URLSearchParams(eventsQuery);
  if (after) q.set('after', after);
  let page;
  try {
    page = await api(`/api/events?${q}`);
  } catch (e) {
    $('events-title').textContent = e.message;
    return;
  }
  const body = $('events-table').tBodies[0];
  for (const ev of page.events) body.append(eventRow(ev));
  const more = $('events-more');
  more.hidden = !page.next;
  more.onclick = () => loadEvents(page.next);
}

function eventRow(ev) {
  const m = ev.mentions[0];
  const evidence = m
    ? highlighted(m.evidence)
    : el('span', { class: 'muted', text: '(no mention)' });
  const tr = el('tr', { 'data-event': String(ev.id) },
    el('td', { text: ev.date ?? 'undated' }),
    el('td', { title: ev.source_name, text: ev.source }),
    el('td', { title: ev.target_name, text: ev.target }),
    el('td', { text: `${ev.code} ${ev.event_name}` }),
    el('td', {}, quadBadge(ev.quad_class)),
    el('td', { text: ev.goldstein.toFixed(1) }),
    el('td', { text: String(ev.num_mentions) }),
    el('td', { class: 'evidence' }, evidence));
  tr.addEventListener('click', () => {
    for (const r of tr.parentNode.children) r.classList.remove('selected');
    tr.classList.add('selected');
    showEvidence(ev.id);
  });
  return tr;
}

async function showEvidence(id) {
  const box = $('evidence-body');
  $('evidence').hidden = false;
  box.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
  let ev;
  try { ev = await api(`/api/events/${encodeURIComponent(id)}`); } catch (e) {
    box.replaceChildren(el('p', { class: 'error', text: e.message }));
    return;
  }
  const head = el('div', {},
    el('p', {}, el('strong', { text: `${ev.source} → ${ev.target}` }), ` ${ev.code} ${ev.event_name} `, quadBadge(ev.quad_class)),
    el('p', { class: 'muted', text: `${ev.date} · Goldstein ${ev.goldstein.toFixed(1)} · ${count(ev.num_mentions, 'mention')} in ${count(ev.num_articles, 'article')} from ${count(ev.num_sources, 'source')}${ev.action_geo ? ` · ${ev.action_geo.name}` : ''}` }),
    el('p', { class: 'legend small' }, el('mark', { class: 'source', text: 'source' }), el('mark', { class: 'verb', text: 'verb' }), el('mark', { class: 'target', text: 'target' })));
  const mentions = ev.mentions.map((m) => {
    const link = m.url ? el('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer', text: m.site || m.url }) : el('span', { text: m.site || m.source_file });
    return el('div', { class: 'mention' },
      el('div', {}, highlighted(m.evidence)),
      el('div', { class: 'meta' }, link, ` · document ${m.doc_id}, sentence ${m.sentence}${m.rule ? ` · rule ${m.rule}` : ''}`));
  });
  box.replaceChildren(head, ...mentions);
}

$('evidence-close').addEventListener('click', () => { $('evidence').hidden = true; });
$('dyad-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const a = $('actor-a').value.trim().toUpperCase();
  const b = $('actor-b').value.trim().toUpperCase();
  const target = `#/dyad?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&by=${$('period').value}`;
  if (location.hash === target) showDyad(); else location.hash = target;
});

// ---- Actor network --------------------------------------------------------

let network = null;
async function showNetwork() {
  if (network) return;
  const { dyads } = await api('/api/dyads?limit=60');
  const nodes = new Map();
  for (const d of dyads) for (const c of [d.a, d.b]) nodes.set(c, (nodes.get(c) || 0) + d.events);
  const max = Math.max(1, ...nodes.values());
  const maxEdge = Math.max(1, ...dyads.map((d) => d.events));
  network = cytoscape({
    container: $('network'),
    elements: [
      ...[...nodes].map(([id, n]) => ({ data: { id, size: 18 + 42 * Math.sqrt(n / max) } })),
      ...dyads.map((d) => ({ data: { id: `${d.a}-${d.b}`, source: d.a, target: d.b, events: d.events, width: 1 + 9 * (d.events / maxEdge) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(id)', width: 'data(size)', height: 'data(size)', 'background-color': '#2f6fde', color: '#1d2430', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7b8', opacity: 0.7, 'curve-style': 'haystack' } },
      { selector: 'edge:selected', style: { 'line-color': '#d7301f', opacity: 1 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 90 },
    wheelSensitivity: 0.3,
  });
  network.on('tap', 'edge', (e) => {
    const d = e.target.data();
    location.hash = `#/dyad?a=${d.source}&b=${d.target}&by=month`;
  });
  window.dyadNetwork = network;
}

// ---- Try it ---------------------------------------------------------------

$('try-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const doc = { text: $('try-text').value };
  if ($('try-title').value) doc.title = $('try-title').value;
  if ($('try-date').value) doc.date = $('try-date').value;
  const body = $('try-results').tBodies[0];
  body.replaceChildren();
  $('try-status').textContent = 'Coding…';
  $('try-status').className = 'muted';
  let out;
  try {
    out = await api('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
  } catch (err) {
    $('try-status').textContent = err.message;
    $('try-status').className = 'error';
    return;
  }
  $('try-status').textContent = `${count(out.events.length, 'event')} in ${count(out.sentences, 'sentence')}.`;
  out.events.forEach((ev, i) => {
    body.append(el('tr', {},
      el('td', { text: String(i + 1) }),
      el('td', { title: ev.source_text, text: ev.source }),
      el('td', { title: ev.target_text, text: ev.target }),
      el('td', { text: `${ev.code} ${ev.event_name}` }),
      el('td', {}, quadBadge(ev.quad_class)),
      el('td', { text: Number(ev.goldstein).toFixed(1) }),
      el('td', { class: 'evidence' }, highlighted(ev.evidence))));
  });
});

// ---- Start ----------------------------------------------------------------

loadStats();
loadActors().catch((e) => { $('dyad-status').textContent = e.message; });
route();
