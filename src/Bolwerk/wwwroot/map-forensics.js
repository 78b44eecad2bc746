// Forensics on the picture: click a watched asset, choose the fault time (the picture's time by
// default), and the server ranks the vessels whose tracks came near it (GET
// /api/v1/maritime/forensics). A candidate's track is drawn on the map with its speed over time
// beside the list; one click opens a case with the candidate as its first evidence.
'use strict';

const forensicLayer = L.layerGroup().addTo(map);
let forensicAsset = null;

function localInput(iso) { return new Date(iso).toISOString().slice(0, 16); } // datetime-local, read as UTC below

// Called by the asset layers: a click on an asset (not on a vessel above it) chooses it.
function chooseAsset(id, name) {
  forensicAsset = { id, name };
  document.getElementById('forensics').hidden = false;
  document.getElementById('forensic-asset').textContent = `${name ?? id} (${id})`;
  const at = document.getElementById('forensic-at');
  if (!at.value && state.at) at.value = localInput(state.at);
  document.getElementById('forensic-at').focus();
  state.forensicAsset = id;
}

function speedChart(candidate, faultTime) {
  const svg = document.getElementById('speed');
  svg.replaceChildren();
  const ns = 'http://www.w3.org/2000/svg';
  const points = candidate.track.filter(p => p.speedKnots !== null);
  state.speedPoints = points.length;
  if (points.length < 2) return;
  const [w, h, pad] = [320, 120, 24];
  const t0 = Date.parse(points[0].time); const t1 = Date.parse(points[points.length - 1].time);
  const vmax = Math.max(1, ...points.map(p => p.speedKnots));
  const x = t => pad + (w - pad - 4) * (t - t0) / Math.max(1, t1 - t0);
  const y = v => h - pad + 4 - (h - pad) * v / vmax;
  const line = document.createElementNS(ns, 'polyline');
  line.setAttribute('points', points.map(p => `${x(Date.parse(p.time)).toFixed(1)},${y(p.speedKnots).toFixed(1)}`).join(' '));
  Object.entries({ fill: 'none', stroke: '#2471a3', 'stroke-width': 1.5 }).forEach(([k, v]) => line.setAttribute(k, v));
  const fault = Date.parse(faultTime);
  const marker = document.createElementNS(ns, 'line');
  Object.entries({ x1: x(fault), x2: x(fault), y1: 4, y2: h - pad + 4, stroke: '#c0392b', 'stroke-dasharray': '3 2' }).forEach(([k, v]) => marker.setAttribute(k, v));
  const label = (tx, ty, text) => { const e = document.createElementNS(ns, 'text'); e.setAttribute('x', tx); e.setAttribute('y', ty); e.setAttribute('font-size', 10); e.textContent = text; return e; };
  svg.append(marker, line, label(2, 12, `${vmax.toFixed(1)} kn`), label(2, h - pad + 4, '0'),
    label(pad, h - 4, points[0].time.slice(11, 16)), label(w - 40, h - 4, points[points.length - 1].time.slice(11, 16)));
  svg.setAttribute('aria-label', `${bolwerk.t('forensics.speed')}: ${candidate.name ?? candidate.mmsi}`);
}

function showCandidate(candidate, answer) {
  forensicLayer.clearLayers();
  const line = candidate.track.map(p => [p.latitude, p.longitude]);
  if (line.length) {
    L.polyline(line, { color: '#c0392b', weight: 3, interactive: false }).addTo(forensicLayer);
    map.fitBounds(L.latLngBounds(line).pad(0.2), { animate: false });
  }
  speedChart(candidate, answer.faultTime);
  state.trackShown = candidate.mmsi;
}

// A case from a candidate: a cable-sabotage case for the caller's organisation with the candidate's evidence as its first item.
async function caseFromCandidate(candidate, answer, button) {
  const title = `${answer.assetName ?? answer.assetId}: ${candidate.name ?? candidate.mmsi} (${bolwerk.t('forensics.rank')} ${candidate.rank})`;
  const opened = await api('/api/v1/cases', { method: 'POST', body: JSON.stringify({ title, type: 'cable-sabotage', domain: 'maritime', occurredAt: answer.faultTime, affectedAssets: [answer.assetId], tlp: 'amber' }) });
  const summary = `MMSI ${candidate.mmsi}${candidate.imo ? ' IMO ' + candidate.imo : ''}, score ${candidate.score}: ${candidate.reasons.join('; ')}`;
  await api(`/api/v1/cases/${opened.id}/evidence`, { method: 'POST', body: JSON.stringify({
    source: 'forensics', reference: `forensics ${answer.assetId} ${answer.faultTime} ±${(Date.parse(answer.to) - Date.parse(answer.faultTime)) / 3_600_000} h r=${answer.radiusMetres} m`,
    summary, grade: 'B2', tlp: 'amber' }) });
  button.replaceWith(`→ ${opened.id}`);
  statusLine.textContent = `${opened.id} opened (cable-sabotage)`;
  state.lastCase = opened.id;
}

async function runForensics(event) {
  event.preventDefault();
  if (!forensicAsset) return;
  const at = new Date(document.getElementById('forensic-at').value + 'Z').toISOString();
  const query = new URLSearchParams({ asset: forensicAsset.id, at, windowHours: document.getElementById('forensic-window').value, radius: document.getElementById('forensic-radius').value });
  const list = document.getElementById('candidates');
  list.replaceChildren();
  document.getElementById('forensic-coverage').textContent = '…';
  try {
    const answer = await api(`/api/v1/maritime/forensics?${query}`);
    document.getElementById('forensic-coverage').textContent = `${answer.candidates.length} ${bolwerk.t('forensics.candidates')}; ${answer.coverage}`;
    for (const c of answer.candidates) {
      const item = document.createElement('li');
      item.tabIndex = 0;
      item.textContent = `${c.name ?? c.mmsi} · ${c.score.toFixed(2)} · ${Math.round(c.closestApproachMeters)} m · ${Math.round(c.minutesNearAsset)} min`;
      item.title = c.reasons.join('\n');
      const reasons = document.createElement('small');
      reasons.textContent = ` ${c.reasons.slice(0, 2).join('; ')}`;
      item.append(reasons);
      item.addEventListener('click', () => showCandidate(c, answer));
      item.addEventListener('keydown', e => { if (e.key === 'Enter') showCandidate(c, answer); });
      if (bolwerk.may('analyst')) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = bolwerk.t('map.openCase');
        button.addEventListener('click', e => { e.stopPropagation(); caseFromCandidate(c, answer, button).catch(error => { statusLine.textContent = error.message; }); });
        item.append(' ', button);
      }
      list.append(item);
    }
    state.forensics = { candidates: answer.candidates.length, first: answer.candidates[0]?.mmsi ?? null, thin: answer.coverageThin };
    if (answer.candidates.length) showCandidate(answer.candidates[0], answer);
  } catch (error) {
    document.getElementById('forensic-coverage').textContent = error.message;
  }
}

document.getElementById('forensic-query').addEventListener('submit', runForensics);
document.getElementById('forensic-close').addEventListener('click', () => {
  document.getElementById('forensics').hidden = true;
  forensicLayer.clearLayers();
  forensicAsset = null;
});
