// The landing page: the server's health (no sign-in needed) and the desks.
'use strict';

fetch('/healthz').then(r => r.json())
  .then(h => { document.getElementById('health').textContent = `${h.status} (${h.engine}, schema ${h.schemaVersion})`; })
  .catch(() => { document.getElementById('health').textContent = '—'; });
bolwerk.page(() => {});
