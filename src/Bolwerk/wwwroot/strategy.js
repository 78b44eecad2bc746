// The strategy dashboard: the IVS 2026–2030 indicators grouped by action line, each with its
// standing (coloured), latest value against the target, the delivery confidence and a chart of
// its series against the trajectory from baseline to target; every milestone with its status.
'use strict';

const svgNs = 'http://www.w3.org/2000/svg';

function cell(text, className) {
  const td = document.createElement('td');
  const span = document.createElement('span');
  span.textContent = text ?? '–';
  if (className) span.className = className;
  td.append(span);
  return td;
}

// The series (dots, solid; estimates hollow) against the straight path from baseline to target (dashed).
function chart(i) {
  const svg = document.createElementNS(svgNs, 'svg');
  const [w, h, pad] = [200, 56, 6];
  svg.setAttribute('width', w); svg.setAttribute('height', h); svg.setAttribute('role', 'img');
  svg.classList.add('chart');
  const points = i.series.map(o => ({ x: o.year, y: o.value, estimate: o.estimate }));
  const path = i.baseline !== null && i.target !== null ? [{ x: i.baselineYear, y: i.baseline }, { x: i.targetYear, y: i.target }] : [];
  const all = [...points, ...path];
  if (all.length === 0) { svg.setAttribute('aria-label', bolwerk.t('strategy.noSeries')); return svg; }
  const [x0, x1] = [Math.min(...all.map(p => p.x)), Math.max(...all.map(p => p.x))];
  const [y0, y1] = [Math.min(...all.map(p => p.y)), Math.max(...all.map(p => p.y))];
  const sx = x => pad + (w - 2 * pad) * (x - x0) / Math.max(1, x1 - x0);
  const sy = y => h - pad - (h - 2 * pad) * (y - y0) / Math.max(1e-9, y1 - y0);
  const add = (tag, attributes) => { const e = document.createElementNS(svgNs, tag); Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v)); svg.append(e); return e; };
  if (path.length) add('line', { x1: sx(path[0].x), y1: sy(path[0].y), x2: sx(path[1].x), y2: sy(path[1].y), stroke: '#7f8c8d', 'stroke-dasharray': '4 3', class: 'trajectory' });
  if (points.length > 1) add('polyline', { points: points.map(p => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' '), fill: 'none', stroke: '#1b4f72', 'stroke-width': 1.5 });
  for (const p of points) {
    add('circle', { cx: sx(p.x), cy: sy(p.y), r: 2.5, fill: p.estimate ? '#fdfefe' : '#1b4f72', stroke: '#1b4f72', class: 'observation' })
      .append(Object.assign(document.createElementNS(svgNs, 'title'), { textContent: `${p.x}: ${p.y}${p.estimate ? ' (est.)' : ''}` }));
  }
  if (path.length) add('circle', { cx: sx(path[1].x), cy: sy(path[1].y), r: 3, fill: '#c0392b', class: 'target' });
  svg.setAttribute('aria-label', `${i.name}: ${points.map(p => `${p.x} ${p.y}`).join(', ')}${path.length ? `; ${bolwerk.t('strategy.target')} ${i.target} (${i.targetYear})` : ''}`);
  return svg;
}

function indicatorTables(indicators) {
  const host = document.getElementById('lines');
  host.replaceChildren();
  const lines = [...new Set(indicators.map(i => i.actionLine))];
  for (const line of lines) {
    const heading = document.createElement('h3');
    heading.textContent = line;
    const table = document.createElement('table');
    table.className = 'indicators';
    const head = table.createTHead().insertRow();
    for (const key of ['strategy.indicator', 'strategy.standing', 'strategy.latest', 'strategy.target', 'strategy.confidence', 'strategy.chart']) {
      const th = document.createElement('th'); th.dataset.i18n = key; th.textContent = bolwerk.t(key); head.append(th);
    }
    const body = table.createTBody();
    for (const i of indicators.filter(x => x.actionLine === line)) {
      const row = body.insertRow();
      row.title = i.explanation;
      const chartCell = document.createElement('td'); chartCell.append(chart(i));
      const number = new Intl.NumberFormat(bolwerk.lang, { maximumFractionDigits: 2 });
      row.append(cell(i.name), cell(bolwerk.t('standing.' + i.standing), `standing standing-${i.standing}`),
        cell(i.latest === null ? null : `${number.format(i.latest)} ${i.unit} (${i.latestYear})`), cell(i.target === null ? null : `${number.format(i.target)} ${i.unit} (${i.targetYear})`),
        cell(i.deliveryConfidence), chartCell);
    }
    host.append(heading, table);
  }
}

let status = null;
function render() {
  if (!status) return;
  indicatorTables(status.indicators);
  document.querySelector('#milestones tbody').replaceChildren(...status.milestones.map(m => {
    const tr = document.createElement('tr');
    // The server words the status ("achieved …", "open, due …", "due today …", "overdue since …"); the page shows its kind, translated, and the words on hover.
    const kind = /^achieved/.test(m.status) ? 'achieved' : /^overdue/.test(m.status) ? 'overdue' : /^due/.test(m.status) ? 'due' : 'open';
    const statusCell = cell(bolwerk.t('milestone.' + kind), `standing status-${kind}`);
    statusCell.title = m.status;
    tr.append(cell(m.name), cell(m.actionLine), cell(m.due), statusCell);
    return tr;
  }));
}

async function load() {
  try {
    status = await bolwerk.api('/api/v1/strategy/status');
    render();
    document.getElementById('status').textContent = `${status.strategy} · ${status.asOf}`;
    window.bolwerkPage = { ready: true, indicators: status.indicators.length, milestones: status.milestones.length,
      lines: new Set(status.indicators.map(i => i.actionLine)).size, charted: status.indicators.filter(i => i.series.length > 0).length };
  } catch (error) {
    document.getElementById('status').textContent = error.message;
    document.getElementById('login').hidden = false;
  }
}

// The progress report (HTML with its charts), fetched with the token and handed to the browser as a file.
document.getElementById('report').addEventListener('click', async () => {
  document.getElementById('status').textContent = await bolwerk.download('/api/v1/strategy/report?format=html', 'ivs-progress-report.html') ?? '';
});
document.addEventListener('bolwerk:language', render);

bolwerk.page(load);
