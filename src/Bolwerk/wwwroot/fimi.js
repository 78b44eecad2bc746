// The FIMI desk: stored detection runs, their networks with the analysts' decisions, a network's
// timeline, example texts and DISARM suggestions (confirm or reject each), and the run as STIX at
// a chosen TLP (never below the run's own marking: the server refuses, and the page says so).
'use strict';

const text = bolwerk.text;

function timeline(points) {
  const svg = document.getElementById('timeline');
  svg.replaceChildren();
  if (!points.length) return;
  const max = Math.max(...points.map(p => p.posts));
  const width = 600 / points.length;
  points.forEach((p, i) => {
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const h = Math.max(1, 56 * p.posts / max);
    bar.setAttribute('x', i * width); bar.setAttribute('y', 58 - h); bar.setAttribute('width', Math.max(1, width - 1)); bar.setAttribute('height', h);
    bar.setAttribute('fill', '#2471a3');
    bar.append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'), { textContent: `${p.hour} ${p.posts}` }));
    svg.append(bar);
  });
}

// The network as a graph: accounts as dots (bigger for more links), links as lines (thicker for
// more items co-shared), laid out by d3-force run to rest before drawing (a fixed number of ticks
// from d3's deterministic start, so the same network is drawn the same way).
function graph(accounts, links) {
  const svg = document.getElementById('graph');
  svg.replaceChildren();
  const ns = 'http://www.w3.org/2000/svg';
  const nodes = accounts.map(id => ({ id, degree: 0 }));
  const byId = new Map(nodes.map(n => [n.id, n]));
  const edges = links.filter(l => byId.has(l.a) && byId.has(l.b)).map(l => ({ source: l.a, target: l.b, items: l.items }));
  for (const e of edges) { byId.get(e.source).degree++; byId.get(e.target).degree++; }
  const [width, height] = [600, 360];
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(edges).id(n => n.id).distance(30))
    .force('charge', d3.forceManyBody().strength(-40))
    .force('x', d3.forceX(width / 2).strength(0.05)).force('y', d3.forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  const xs = nodes.map(n => n.x); const ys = nodes.map(n => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 20) / Math.max(1, maxX - minX), (height - 20) / Math.max(1, maxY - minY), 8);
  const [offsetX, offsetY] = [(width - (maxX - minX) * scale) / 2, (height - (maxY - minY) * scale) / 2];
  const at = n => [offsetX + (n.x - minX) * scale, offsetY + (n.y - minY) * scale];
  const maxItems = Math.max(1, ...edges.map(e => e.items));
  for (const e of edges) {
    const line = document.createElementNS(ns, 'line');
    const [[x1, y1], [x2, y2]] = [at(e.source), at(e.target)];
    Object.entries({ x1, y1, x2, y2, stroke: '#7f8c8d', 'stroke-opacity': 0.6, 'stroke-width': 0.5 + 2.5 * e.items / maxItems }).forEach(([k, v]) => line.setAttribute(k, v));
    line.append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${e.source.id} — ${e.target.id}: ${e.items}` }));
    svg.append(line);
  }
  for (const n of nodes) {
    const dot = document.createElementNS(ns, 'circle');
    const [cx, cy] = at(n);
    Object.entries({ cx, cy, r: Math.min(9, 2.5 + Math.sqrt(n.degree)), fill: '#2471a3', stroke: '#fdfefe', 'stroke-width': 0.8 }).forEach(([k, v]) => dot.setAttribute(k, v));
    dot.classList.add('account');
    dot.append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${n.id} (${n.degree})` }));
    svg.append(dot);
  }
  document.getElementById('graph-note').textContent = `${nodes.length} ${bolwerk.t('fimi.accounts').toLowerCase()}, ${edges.length} ${bolwerk.t('fimi.links')}`;
  window.bolwerkPage.graph = { nodes: nodes.length, links: edges.length };
}

async function showNetwork(id) {
  const n = await bolwerk.api(`/api/v1/fimi/networks/${id}`);
  document.getElementById('network-title').textContent = `${n.network.kind} · ${n.network.accounts.length} ${bolwerk.t('fimi.accounts').toLowerCase()} · ${n.tlp}`;
  timeline(n.network.timeline ?? []);
  graph(n.network.accounts, n.network.links ?? []);
  document.getElementById('examples').replaceChildren(...(n.network.exampleTexts ?? []).map(t => text('li', t)));
  const decided = Object.fromEntries(n.current.map(t => [t.technique, t.decision]));
  document.querySelector('#suggestions tbody').replaceChildren(...n.suggestions.map(s => {
    const row = document.createElement('tr');
    row.append(text('td', `${s.id} ${s.name}`), text('td', s.reason), text('td', decided[s.id] ?? ''));
    const actions = document.createElement('td');
    // Only the owner organisation's analysts may decide (the server checks); others see the decisions.
    for (const decision of bolwerk.may('analyst') ? ['confirm', 'reject'] : []) {
      const button = text('button', bolwerk.t(`fimi.${decision}`));
      button.type = 'button';
      button.dataset.decision = decision;
      button.addEventListener('click', async () => {
        try {
          await bolwerk.api(`/api/v1/fimi/networks/${id}/tags`, { method: 'POST', body: JSON.stringify({ technique: s.id, decision }) });
          await Promise.all([showNetwork(id), showRun(document.getElementById('runs').value)]);
          window.bolwerkPage.tagged = (window.bolwerkPage.tagged ?? 0) + 1;
        } catch (error) { document.getElementById('status').textContent = error.message; }
      });
      actions.append(button);
    }
    row.append(actions);
    return row;
  }));
  document.getElementById('network').hidden = false;
  window.bolwerkPage.shown = id;
}

async function showRun(id) {
  const detail = await bolwerk.api(`/api/v1/fimi/runs/${id}`);
  document.querySelector('#networks tbody').replaceChildren(...detail.networks.map(n => {
    const row = document.createElement('tr');
    row.append(text('td', n.kind), text('td', n.accounts), text('td', n.score.toFixed(2)), text('td', n.start.slice(0, 16).replace('T', ' ')),
      text('td', [...n.confirmed.map(t => '+' + t), ...n.rejected.map(t => '−' + t)].join(' ')));
    row.tabIndex = 0;
    row.style.cursor = 'pointer';
    row.addEventListener('click', () => showNetwork(n.id).catch(e => { document.getElementById('status').textContent = e.message; }));
    row.addEventListener('keydown', event => { if (event.key === 'Enter') row.click(); });
    return row;
  }));
  window.bolwerkPage.networks = detail.networks.length;
}

async function exportStix() {
  const run = document.getElementById('runs').value;
  const tlp = document.getElementById('tlp').value;
  document.getElementById('status').textContent =
    await bolwerk.download(`/api/v1/fimi/runs/${run}/stix${tlp ? '?tlp=' + encodeURIComponent(tlp) : ''}`, `${run}${tlp ? '-' + tlp : ''}.stix.json`) ?? '';
}

async function load() {
  try {
    const runs = await bolwerk.api('/api/v1/fimi/runs');
    const select = document.getElementById('runs');
    select.replaceChildren(...runs.map(r => Object.assign(text('option', `${r.id} · ${r.networks} · ${r.tlp}`), { value: r.id })));
    select.addEventListener('change', () => showRun(select.value));
    document.getElementById('export').addEventListener('click', () => exportStix());
    window.bolwerkPage = { ready: false, runs: runs.length };
    if (runs.length) await showRun(runs[0].id);
    window.bolwerkPage.ready = true;
  } catch (error) {
    document.getElementById('status').textContent = error.message;
    document.getElementById('login').hidden = false;
  }
}

bolwerk.page(load);
