// Screening: one name against the newest version of every imported list with each match's
// explanation; a CSV of names in batches (the API takes up to 1,000 a call; the page sends 100 at
// a time so the progress bar moves) with the results to download; the list versions, their
// differences, and (coordinators) importing a new version.
'use strict';

const text = bolwerk.text;
const row = values => { const tr = document.createElement('tr'); tr.append(...values.map(v => text('td', v))); return tr; };

document.getElementById('query').addEventListener('submit', async event => {
  event.preventDefault();
  const query = { name: document.getElementById('name').value.trim(), schema: document.getElementById('schema').value || null };
  try {
    const result = await bolwerk.api('/api/v1/sanctions/screen', { method: 'POST', body: JSON.stringify({ queries: [query] }) });
    document.getElementById('lists').textContent = `${bolwerk.t('screening.lists')}: ${result.lists.map(l => `${l.listKey} v${l.version}`).join(', ')}`;
    const matches = result.results[0].matches;
    document.querySelector('#matches tbody').replaceChildren(...matches.map(m => row([m.score.toFixed(2), `${m.matchedName} (${m.schema})`, m.programs.join(', '), m.explanation])));
    document.getElementById('matches').hidden = matches.length === 0;
    document.getElementById('none').hidden = matches.length > 0;
    window.bolwerkPage = { ...window.bolwerkPage, matches: matches.length };
  } catch (error) {
    document.getElementById('status').textContent = error.message;
  }
});

// A batch: a CSV with a header naming at least "name" (also schema, country, birthDate, imo, mmsi, id).
const BatchSize = 100;
let batchResults = [];
document.getElementById('batch').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('batch-file').files[0];
  const parsed = Papa.parse(await file.text(), { header: true, skipEmptyLines: 'greedy', transformHeader: h => h.trim() });
  const count = document.getElementById('batch-count');
  if (!parsed.meta.fields?.includes('name')) { count.textContent = `${file.name}: ${bolwerk.t('screening.needsName')}`; return; }
  const rows = parsed.data.map((r, i) => ({ line: i + 2, query: { id: r.id || String(i + 2), name: (r.name ?? '').trim(), schema: r.schema || null, country: r.country || null, birthDate: r.birthDate || null, imo: r.imo || null, mmsi: r.mmsi || null } }));
  const empty = rows.filter(r => !r.query.name);
  const queries = rows.filter(r => r.query.name);
  const progress = document.getElementById('batch-progress');
  progress.hidden = false; progress.max = queries.length; progress.value = 0;
  batchResults = [];
  const body = document.querySelector('#batch-results tbody');
  body.replaceChildren();
  try {
    for (let start = 0; start < queries.length; start += BatchSize) {
      const chunk = queries.slice(start, start + BatchSize);
      const answer = await bolwerk.api('/api/v1/sanctions/screen', { method: 'POST', body: JSON.stringify({ queries: chunk.map(c => c.query) }) });
      answer.results.forEach((result, i) => {
        const best = result.matches[0];
        batchResults.push({ line: chunk[i].line, name: chunk[i].query.name, best });
        if (best) body.append(row([chunk[i].line, chunk[i].query.name, best.score.toFixed(2), `${best.matchedName} (${best.schema})`, best.programs.join(', ')]));
      });
      progress.value = start + chunk.length;
      count.textContent = `${progress.value} / ${queries.length}`;
    }
    const hits = batchResults.filter(r => r.best).length;
    count.textContent = `${queries.length} ${bolwerk.t('screening.screened')}, ${hits} ${bolwerk.t('screening.withMatches')}${empty.length ? `; ${bolwerk.t('screening.skipped')}: ${empty.map(r => r.line).join(', ')}` : ''}`;
    document.getElementById('batch-results').hidden = hits === 0;
    document.getElementById('batch-download').hidden = false;
    window.bolwerkPage = { ...window.bolwerkPage, batch: { screened: queries.length, hits } };
  } catch (error) {
    count.textContent = error.message;
  }
});

document.getElementById('batch-download').addEventListener('click', () => {
  const csv = Papa.unparse(batchResults.map(r => ({ line: r.line, name: r.name, score: r.best?.score ?? '', matchedName: r.best?.matchedName ?? '', schema: r.best?.schema ?? '',
    entityId: r.best?.entityId ?? '', programs: r.best?.programs.join('; ') ?? '', explanation: r.best?.explanation ?? '' })));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  link.download = 'screening-results.csv';
  link.click();
});

async function showDiff(key, from, to) {
  const d = await bolwerk.api(`/api/v1/sanctions/lists/${encodeURIComponent(key)}/diff?from=${from}&to=${to}`);
  document.getElementById('diff-title').textContent = `${key}: v${d.from.version} → v${d.to.version}`;
  document.getElementById('diff-summary').textContent =
    `${d.added.length} ${bolwerk.t('screening.added')}, ${d.removed.length} ${bolwerk.t('screening.removed')}, ${d.changed.length} ${bolwerk.t('screening.changed')}, ${d.unchanged} ${bolwerk.t('screening.unchanged')}`;
  const entries = [...d.added.map(e => ['+', e]), ...d.removed.map(e => ['−', e]), ...d.changed.map(e => ['~', e])];
  document.querySelector('#diff-entries tbody').replaceChildren(...entries.slice(0, 500).map(([mark, e]) => row([mark, e.name, e.schema, e.fields.join(', ')])));
  document.getElementById('diff').hidden = false;
  window.bolwerkPage = { ...window.bolwerkPage, diff: { added: d.added.length, removed: d.removed.length, changed: d.changed.length } };
}

async function versions() {
  const all = await bolwerk.api('/api/v1/sanctions/lists');
  document.querySelector('#versions tbody').replaceChildren(...all.map(v => {
    const tr = row([v.listKey, v.version, v.format, v.entities, v.importedAt.slice(0, 16).replace('T', ' ') + ' ' + v.importedBy, v.sourceFile]);
    const earlier = all.filter(o => o.listKey === v.listKey && o.version < v.version).at(-1);
    const cell = document.createElement('td');
    if (earlier) {
      const button = text('button', `${bolwerk.t('screening.diff')} v${earlier.version}`);
      button.type = 'button';
      button.addEventListener('click', () => showDiff(v.listKey, earlier.version, v.version).catch(e => { document.getElementById('status').textContent = e.message; }));
      cell.append(button);
    }
    tr.append(cell);
    return tr;
  }));
  window.bolwerkPage = { ...window.bolwerkPage, versions: all.length };
}

document.getElementById('import').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('import-file').files[0];
  try {
    const result = await bolwerk.api(`/api/v1/sanctions/lists?fileName=${encodeURIComponent(file.name)}`, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
    document.getElementById('status').textContent = result.created ? `${result.version.listKey} v${result.version.version}: ${result.version.entities}` : `${file.name}: ${bolwerk.t('screening.sameFile')}`;
    await versions();
  } catch (error) { document.getElementById('status').textContent = error.message; }
});

bolwerk.page(async () => {
  window.bolwerkPage = { ready: false, matches: -1 };
  try { await versions(); } catch (error) { document.getElementById('status').textContent = error.message; }
  window.bolwerkPage.ready = true;
});
