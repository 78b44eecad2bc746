// The strategy dashboard: every indicator of the IVS 2026–2030 with its standing (coloured), latest
// value against the target and the delivery confidence; every milestone with its status.
'use strict';

function row(cells, classes = []) {
  const tr = document.createElement('tr');
  cells.forEach((text, i) => {
    const td = document.createElement('td');
    const span = document.createElement('span');
    span.textContent = text ?? '–';
    if (classes[i]) span.className = classes[i];
    td.append(span);
    tr.append(td);
  });
  return tr;
}

async function load() {
  try {
    const status = await bolwerk.api('/api/v1/strategy/status');
    document.querySelector('#indicators tbody').replaceChildren(...status.indicators.map(i => row(
      [i.name, i.actionLine, i.standing, i.latest === null ? null : `${i.latest} ${i.unit} (${i.latestYear})`, i.target === null ? null : `${i.target} ${i.unit} (${i.targetYear})`, i.deliveryConfidence],
      [null, null, `standing standing-${i.standing}`])));
    document.querySelector('#milestones tbody').replaceChildren(...status.milestones.map(m => row([m.name, m.actionLine, m.due, m.status], [null, null, null, `standing status-${m.status}`])));
    document.getElementById('status').textContent = `${status.strategy} · ${status.asOf}`;
    window.bolwerkPage = { ready: true, indicators: status.indicators.length, milestones: status.milestones.length };
  } catch (error) {
    document.getElementById('status').textContent = error.message;
    document.getElementById('login').hidden = false;
  }
}

// The progress report (HTML with its charts), fetched with the token and handed to the browser as a file.
document.getElementById('report').addEventListener('click', async () => {
  document.getElementById('status').textContent = await bolwerk.download('/api/v1/strategy/report?format=html', 'ivs-progress-report.html') ?? '';
});

bolwerk.page(load);
