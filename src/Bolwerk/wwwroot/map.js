// The common operating picture: an offline basemap (Natural Earth land via world-atlas), the
// infrastructure layers the server watches, every vessel's latest position at a chosen time (the
// archive can be replayed with the slider), and alerts — the list first, then live ones from the
// server-sent event stream. Everything comes from this server; no tiles or scripts from elsewhere.
'use strict';

const state = { vessels: 0, assets: 0, alerts: 0, ready: false, live: false };
window.bolwerkMap = state; // read by the browser tests
// For the tests and bench/map-20k: centre a position before clicking it, pan, zoom.
state.focus = (lat, lon, zoom = 12) => { map.setView([lat, lon], zoom, { animate: false }); };
state.panBy = (x, y) => { map.panBy([x, y], { animate: false }); };
state.home = () => { map.setView([59.5, 23.5], 6, { animate: false }); };
state.pointOf = (lat, lon) => { const p = map.latLngToContainerPoint([lat, lon]); return { x: p.x, y: p.y }; };
state.firstVesselNow = mmsi => (vesselCanvas._vessels ?? []).find(v => v.mmsi === mmsi);
state.zoomIn = done => { map.once('zoomend', done); map.zoomIn(1, { animate: false }); };

const statusLine = document.getElementById('status');
const map = L.map('map', { preferCanvas: true, zoomSnap: 0.5 }).setView([59.5, 23.5], 6);
const alertLayer = L.layerGroup().addTo(map);
// Whether a pan or zoom (animated, say after drawing an area) is still under way: the tests wait for rest.
map.on('movestart zoomstart', () => { state.moving = true; });
map.on('moveend zoomend', () => { state.moving = false; });
// The header grows when the time slider appears or the language changes: keep Leaflet's idea of the map's size true.
new ResizeObserver(() => map.invalidateSize({ animate: false })).observe(document.getElementById('map'));

// The shared call (common.js): bearer token, JSON body, a problem response as a readable error.
const api = bolwerk.api;

async function basemap() {
  const topology = await (await fetch('data/land-50m.json')).json();
  L.geoJSON(topojson.feature(topology, topology.objects.land), {
    style: { color: '#a6a08c', weight: 0.6, fillColor: '#efeadb', fillOpacity: 1 }, interactive: false,
  }).addTo(map);
}

const layerColours = {
  submarine_power_cables: '#c0392b', osm_anchorages: '#2471a3', osm_tss: '#7d3c98',
  offshore_wind: '#1e8449', emodnet_windfarms_point: '#1e8449', offshore_platforms: '#b9770e',
};

async function assets() {
  const { layers } = await api('/api/v1/maritime/assets');
  const overlays = {};
  for (const layer of layers) {
    const colour = layerColours[layer.name] ?? '#566573';
    const group = L.geoJSON(layer.geojson, {
      style: { color: colour, weight: 2, fillOpacity: 0.15 },
      pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: 3, color: colour }),
      onEachFeature: (feature, shape) => {
        shape.bindTooltip(feature.properties?.name ?? layer.name);
        // A click on the asset itself (a vessel drawn above it takes the click for its dossier) starts a forensic query.
        shape.on('click', event => {
          if (!vesselCanvas.vesselAt(event.containerPoint)) chooseAsset(feature.properties?.bolwerkId, feature.properties?.name);
        });
      },
    }).addTo(map);
    overlays[layer.name.replaceAll('_', ' ')] = group;
    state.assets += layer.geojson.features.length;
  }
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
}

function vesselColour(v) {
  if (v.classB) return '#7f8c8d';
  const type = v.shipType ?? 0;
  if (type >= 80 && type < 90) return '#c0392b'; // tankers
  if (type >= 70 && type < 80) return '#27ae60'; // cargo
  if (type >= 60 && type < 70) return '#2980b9'; // passenger
  return '#34495e';
}

const ArrowLimit = 3_000;

// An arrowhead of one colour pointing at step × 10°, 16 × 16 CSS pixels at the screen's pixel ratio; made once.
const sprites = new Map();
function arrowSprite(colour, step, ratio) {
  const key = `${colour}|${step}|${ratio}`;
  let sprite = sprites.get(key);
  if (sprite) return sprite;
  sprite = document.createElement('canvas');
  sprite.width = sprite.height = Math.ceil(16 * ratio);
  const g = sprite.getContext('2d');
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.translate(8, 8);
  g.rotate(step * Math.PI / 18);
  g.beginPath();
  g.moveTo(0, -7); g.lineTo(4, 4); g.lineTo(-4, 4); g.closePath(); // tip ahead (up before rotation)
  g.fillStyle = colour;
  g.fill();
  sprites.set(key, sprite);
  return sprite;
}

// Vessels on one canvas of their own: tens of thousands of points redraw in a few milliseconds,
// where one Leaflet marker per vessel took 150 ms a frame at 20,000 (bench/map-20k.sh). Clicks are
// hit-tested against the drawn points.
const VesselCanvas = L.Layer.extend({
  onAdd(m) {
    this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide');
    // Their own pane, above land, layers and alert rings (overlayPane 400) and below tooltips.
    const pane = m.getPane('vessels') ?? m.createPane('vessels');
    pane.style.zIndex = 450;
    pane.style.pointerEvents = 'none';
    pane.appendChild(this._canvas);
    m.on('move zoom viewreset resize', this._draw, this);
    this._draw();
  },
  onRemove(m) {
    this._canvas.remove();
    m.off('move zoom viewreset resize', this._draw, this);
  },
  setVessels(vessels) { this._vessels = vessels; this._draw(); },
  _draw() {
    const m = this._map;
    if (!m || !this._canvas) return;
    const size = m.getSize();
    const ratio = window.devicePixelRatio || 1;
    this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
    this._canvas.style.width = `${size.x}px`; this._canvas.style.height = `${size.y}px`;
    L.DomUtil.setPosition(this._canvas, m.containerPointToLayerPoint([0, 0]));
    const g = this._canvas.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    this._points = [];
    for (const v of this._vessels ?? []) {
      const p = m.latLngToContainerPoint([v.latitude, v.longitude]);
      if (p.x < -8 || p.y < -8 || p.x > size.x + 8 || p.y > size.y + 8) continue;
      this._points.push([p.x, p.y, v]);
    }
    // Zoomed in, a vessel with a heading (else, under way, its course) is an arrowhead pointing
    // that way (sprites made once per colour and 10° step); with more than ArrowLimit in view they
    // are small squares, as on other traffic maps: at 20,000 the arrowheads took 67 ms a frame
    // against 17 ms for squares (bench/map-20k.sh, docs/performance.md) and would not be legible.
    const arrows = this._points.length <= ArrowLimit;
    for (const [x, y, v] of this._points) {
      const colour = vesselColour(v);
      const bearing = !arrows ? null : v.heading !== null && v.heading >= 0 && v.heading < 360 ? v.heading : v.speedKnots > 0.5 ? v.courseDegrees : null;
      if (bearing === null || bearing === undefined) {
        g.fillStyle = colour;
        g.fillRect(x - 3, y - 3, 6, 6);
      } else {
        g.drawImage(arrowSprite(colour, Math.round(bearing / 10) % 36, ratio), x - 8, y - 8, 16, 16);
      }
    }
    state.arrows = arrows;
    state.inView = this._points.length;
  },
  vesselAt(point, tolerance = 6) {
    let best = null; let distance = tolerance * tolerance;
    for (const [x, y, v] of this._points ?? []) {
      const d = (x - point.x) ** 2 + (y - point.y) ** 2;
      if (d <= distance) { best = v; distance = d; }
    }
    return best;
  },
});
const vesselCanvas = new VesselCanvas().addTo(map);
map.on('click', event => { const v = vesselCanvas.vesselAt(event.containerPoint); if (v) dossier(v.mmsi); });

async function picture(at) {
  const query = at ? `?at=${encodeURIComponent(new Date(at).toISOString())}` : '';
  const p = await api(`/api/v1/maritime/picture${query}`);
  state.at = p.at;
  vesselCanvas.setVessels(p.vessels);
  state.vessels = p.vessels.length;
  state.firstVessel = p.vessels.length > 0 ? { mmsi: p.vessels[0].mmsi, latitude: p.vessels[0].latitude, longitude: p.vessels[0].longitude } : null;
  if (p.archiveFrom && p.archiveTo) {
    const slider = document.getElementById('time');
    slider.min = Date.parse(p.archiveFrom);
    slider.max = Date.parse(p.archiveTo);
    if (!at) slider.value = slider.max;
    document.getElementById('replay').hidden = false;
  }
  document.getElementById('clock').textContent = new Date(p.at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  statusLine.textContent = `${p.vessels.length} ${bolwerk.t('map.vessels')}`;
  applyFilters();
}

async function dossier(mmsi) {
  const box = document.getElementById('vessel');
  box.textContent = 'Loading…';
  try {
    const d = await api(`/api/v1/maritime/vessels/${mmsi}/dossier`);
    const list = document.createElement('dl');
    const add = (term, value) => { const dt = document.createElement('dt'); dt.textContent = term; const dd = document.createElement('dd'); dd.textContent = value; list.append(dt, dd); };
    add('MMSI', mmsi);
    for (const [key, value] of Object.entries(d)) {
      if (value === null || typeof value === 'object') continue;
      add(key, value);
    }
    if (d.risk) add('shadow-fleet risk', `${d.risk.score ?? ''}`);
    box.replaceChildren(list);
    state.dossier = mmsi;
  } catch (error) {
    box.textContent = error.message;
  }
}

function showAlert(alert, fresh) {
  const item = document.createElement('li');
  item.className = `severity-${(alert.severity ?? '').toLowerCase()}${fresh ? ' fresh' : ''}`;
  item.textContent = `${(alert.observedStart ?? '').slice(0, 16).replace('T', ' ')} ${alert.title} (${alert.tlp})`;
  const list = document.getElementById('alerts');
  if (fresh) list.prepend(item); else list.append(item);
  item.dataset.lat = alert.location?.latitude ?? '';
  item.dataset.lon = alert.location?.longitude ?? '';
  item.dataset.severity = (alert.severity ?? '').toLowerCase();
  item.dataset.kind = alert.kind ?? '';
  item.dataset.acknowledged = alert.acknowledgedBy ? 'yes' : 'no';
  item.tabIndex = 0;
  addKind(alert.kind);
  const caseButton = document.createElement('button');
  caseButton.type = 'button';
  caseButton.textContent = bolwerk.t('map.openCase');
  caseButton.title = 'Open a case with this alert as its first evidence';
  caseButton.addEventListener('click', event => { event.stopPropagation(); openCase(alert, caseButton).catch(error => { statusLine.textContent = error.message; }); });
  // Opening cases and acknowledging are an analyst's; a viewer sees the list without the buttons (the server refuses them anyway).
  if (bolwerk.may('analyst')) item.append(' ', caseButton);
  const acknowledged = by => { const mark = document.createElement('span'); mark.className = 'acknowledged'; mark.textContent = ` ✓ ${bolwerk.t('map.acknowledged')} ${by}`; return mark; };
  if (alert.acknowledgedBy) {
    item.append(acknowledged(alert.acknowledgedBy));
  } else if (bolwerk.may('analyst')) {
    const ackButton = document.createElement('button');
    ackButton.type = 'button';
    ackButton.textContent = bolwerk.t('map.acknowledge');
    ackButton.addEventListener('click', async event => {
      event.stopPropagation();
      try {
        const done = await api(`/api/v1/alerts/${alert.id}/acknowledgement`, { method: 'POST', body: JSON.stringify({}) });
        ackButton.replaceWith(acknowledged(done.acknowledgedBy));
        item.classList.remove('fresh');
        item.dataset.acknowledged = 'yes';
        applyFilters();
        state.acknowledged = (state.acknowledged ?? 0) + 1;
      } catch (error) { statusLine.textContent = error.message; }
    });
    item.append(' ', ackButton);
  }
  if (alert.location) {
    const where = [alert.location.latitude, alert.location.longitude];
    // Not interactive: the ring must not take the clicks meant for the vessel inside it; the list carries the details.
    L.circleMarker(where, { radius: fresh ? 10 : 7, color: '#e67e22', weight: 3, fill: false, interactive: false }).addTo(alertLayer);
    if (fresh) state.freshRings = (state.freshRings ?? 0) + 1;
    item.addEventListener('click', () => map.setView(where, Math.max(map.getZoom(), 9)));
    item.addEventListener('keydown', event => { if (event.key === 'Enter' && event.target === item) item.click(); });
  }
  applyFilters();
  state.alerts++;
  document.getElementById('alert-count').textContent = `(${state.alerts})`;
}

// A case from an alert: opened for the caller's organisation at the alert's marking, the alert as its first evidence.
async function openCase(alert, button) {
  const kind = alert.kind ?? '';
  const type = /anchor-drag|cable|loitering/.test(kind) ? 'cable-sabotage' : /watchlisted|rendezvous|identity|ais-gap/.test(kind) ? 'shadow-fleet' : 'other';
  const opened = await api('/api/v1/cases', { method: 'POST', body: JSON.stringify({ title: alert.title, type, domain: 'maritime', occurredAt: alert.observedStart, tlp: alert.tlp }) });
  await api(`/api/v1/cases/${opened.id}/evidence`, { method: 'POST', body: JSON.stringify({ alertId: alert.id }) });
  button.replaceWith(`→ ${opened.id}`);
  statusLine.textContent = `${opened.id} opened (${type})`;
  state.lastCase = opened.id;
}

async function alerts() {
  const page = await api('/api/v1/alerts?limit=200');
  for (const alert of page.items) showAlert(alert, false);
}

// Server-sent events need the bearer token, which EventSource cannot send: read the stream with fetch.
async function liveAlerts() {
  const response = await fetch('/api/v1/alerts/stream', { headers: { Authorization: `Bearer ${bolwerk.token}` } });
  if (!response.ok || !response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const kind = /^event: (.*)$/m.exec(event)?.[1];
      const data = event.split('\n').filter(l => l.startsWith('data: ')).map(l => l.slice(6)).join('\n');
      if (kind === 'ready') state.live = true;
      if (kind === 'alert' && data) showAlert(JSON.parse(data), true);
    }
  }
}

// The kinds seen so far, offered in the kind filter.
function addKind(kind) {
  const select = document.getElementById('filter-kind');
  if (!kind || [...select.options].some(o => o.value === kind)) return;
  select.append(Object.assign(document.createElement('option'), { value: kind, textContent: kind.replace(/^maritime\./, '') }));
}

// The alert list's filters (severity, kind, only unacknowledged) and an area drawn with shift +
// drag (Leaflet's box zoom): the map zooms to the area, the list keeps only the alerts inside it,
// and the status line counts the vessels inside it.
let area = null;
function applyFilters() {
  const inside = (lat, lon) => !area || (lat !== '' && area.contains([Number(lat), Number(lon)]));
  const severity = document.getElementById('filter-severity').value;
  const kind = document.getElementById('filter-kind').value;
  const open = document.getElementById('filter-open').checked;
  let shown = 0;
  for (const item of document.querySelectorAll('#alerts li')) {
    item.hidden = !inside(item.dataset.lat, item.dataset.lon) || (severity && item.dataset.severity !== severity)
      || (kind && item.dataset.kind !== kind) || (open && item.dataset.acknowledged === 'yes');
    if (!item.hidden) shown++;
  }
  state.alertsInArea = shown;
  const vessels = (vesselCanvas._vessels ?? []).filter(v => inside(v.latitude, v.longitude)).length;
  state.vesselsInArea = vessels;
  if (area) statusLine.textContent = `${vessels} ${bolwerk.t('map.vessels')} ${bolwerk.t('map.area')}`;
  document.getElementById('clear-area').hidden = !area;
}
map.on('boxzoomend', event => { area = event.boxZoomBounds; applyFilters(); });
document.getElementById('clear-area').addEventListener('click', () => { area = null; applyFilters(); });
for (const id of ['filter-severity', 'filter-kind', 'filter-open']) document.getElementById(id).addEventListener('change', applyFilters);

// Live: while the slider stands at the end of the archive the picture is fetched again every
// 30 seconds (the newest positions ingested meanwhile); moving the slider back pauses it.
const LiveRefreshMs = 1000 * Math.max(2, Number(new URLSearchParams(location.search).get('refresh') ?? 30)); // map.html?refresh=SECONDS
setInterval(() => {
  const slider = document.getElementById('time');
  // Within one step of the end counts as the end: a range input snaps its value to min + k × step.
  if (!state.ready || document.hidden || Number(slider.max) - Number(slider.value) >= Number(slider.step)) return;
  picture().then(() => { state.refreshed = (state.refreshed ?? 0) + 1; }).catch(e => { statusLine.textContent = e.message; });
}, LiveRefreshMs);

let replayTimer;
document.getElementById('time').addEventListener('input', event => {
  clearTimeout(replayTimer);
  replayTimer = setTimeout(() => picture(Number(event.target.value)).catch(e => { statusLine.textContent = e.message; }), 150);
});

async function start() {
  try {
    await Promise.all([assets(), picture(), alerts()]);
    state.ready = true;
    liveAlerts().catch(() => { state.live = false; });
  } catch (error) {
    statusLine.textContent = error.message;
    if (error.message.startsWith('401')) bolwerk.signOut(); else document.getElementById('login').hidden = false;
  }
}

basemap().then(() => bolwerk.page(start));
