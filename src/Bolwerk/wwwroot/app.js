// Minimal landing page: health, then the alerts the token may read. The map UI lands with the web interface issue.
const health = document.getElementById('health');
fetch('/healthz').then(r => r.json()).then(h => { health.textContent = `${h.status} (${h.engine}, schema v${h.schemaVersion})`; })
  .catch(() => { health.textContent = 'unreachable'; });

const tokenInput = document.getElementById('token');
tokenInput.value = sessionStorage.getItem('bolwerk-token') ?? '';

document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  sessionStorage.setItem('bolwerk-token', token);
  const status = document.getElementById('status');
  const response = await fetch('/api/v1/alerts?limit=200', { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    status.textContent = `${response.status}: ${problem.title ?? 'request failed'}${problem.detail ? ' — ' + problem.detail : ''}`;
    return;
  }
  const page = await response.json();
  status.textContent = `${page.items.length} alerts${page.withheld ? `, ${page.withheld} withheld by TLP marking` : ''}`;
  const body = document.querySelector('#alerts tbody');
  body.replaceChildren(...page.items.map(alert => {
    const row = document.createElement('tr');
    const position = alert.location ? `${alert.location.latitude.toFixed(4)}, ${alert.location.longitude.toFixed(4)}` : '';
    for (const text of [alert.observedStart, alert.severity, alert.title, position, alert.tlp]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    row.lastChild.className = 'tlp';
    return row;
  }));
  document.getElementById('alerts').hidden = false;
});
