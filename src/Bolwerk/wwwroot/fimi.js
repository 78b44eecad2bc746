// The FIMI desk: stored detection runs, their networks with the analysts' decisions, a network's
// timeline, example texts and DISARM suggestions (confirm or reject each), and the run as STIX at
// a chosen TLP (never below the run's own marking: the server refuses, and the page says so).
'use strict';

function text(tag, value) { const e = document.createElement(tag); e.textContent = value ?? '–'; return e; }

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

async function showNetwork(id) {
  const n = await bolwerk.api(`/api/v1/fimi/networks/${id}`);
  document.getElementById('network-title').textContent = `${n.network.kind} · ${n.network.accounts.length} ${bolwerk.t('fimi.accounts').toLowerCase()} · ${n.tlp}`;
  timeline(n.network.timeline ?? []);
  document.getElementById('examples').replaceChildren(...(n.network.exampleTexts ?? []).map(t => text('li', t)));
  const decided = Object.fromEntries(n.current.map(t => [t.technique, t.decision]));
  document.querySelector('#suggestions tbody').replaceChildren(...n.suggestions.map(s => {
    const row = document.createElement('tr');
    row.append(text('td', `${s.id} ${s.name}`), text('td', s.reason), text('td', decided[s.id] ?? ''));
    const actions = document.createElement('td');
    for (const decision of ['confirm', 'reject']) {
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
