// The case desk: the cases the caller may read; a case with its graded evidence (what the marking
// withholds is counted, not shown), attributions with confidence, the response options from the
// lowest escalation up with why each applies or what is missing, decisions, and the report.
'use strict';

function cells(row, values) {
  for (const value of values) {
    const td = document.createElement('td');
    td.textContent = value ?? '–';
    row.append(td);
  }
  return row;
}

function items(list, values) {
  list.replaceChildren(...(values.length ? values : [bolwerk.t('cases.none')]).map(text => { const li = document.createElement('li'); li.textContent = text; return li; }));
}

async function show(id) {
  const [c, options] = await Promise.all([bolwerk.api(`/api/v1/cases/${id}`), bolwerk.api(`/api/v1/cases/${id}/options`)]);
  document.getElementById('case-title').textContent = `${c.id}: ${c.title}`;
  document.getElementById('case-meta').textContent = `${c.type} · ${c.domain} · ${c.state} · ${c.tlp} · ${c.owner}`;
  document.querySelector('#evidence tbody').replaceChildren(...c.evidence.map(e => cells(document.createElement('tr'), [`${e.summary} (${e.source}: ${e.reference})`, e.grade, e.tlp])));
  document.getElementById('withheld').textContent = c.evidenceWithheld ? `${c.evidenceWithheld} ${bolwerk.t('cases.withheld')}` : '';
  items(document.getElementById('attributions'), c.attributions.map(a => `${a.actor} (${a.kind}): ${a.describe} — ${a.basis}`));
  document.querySelector('#options tbody').replaceChildren(...options.map(o => cells(document.createElement('tr'),
    [o.level, o.name, o.available ? '✓' : '–', (o.available ? o.reasons : o.missing).join('; ')])));
  items(document.getElementById('decisions'), c.decisions.map(d => `${d.at.slice(0, 10)} ${d.option}: ${d.rationale} (${d.decider})`));
  document.getElementById('case').hidden = false;
  document.getElementById('report').onclick = () => report(c.id);
  window.bolwerkPage = { ...window.bolwerkPage, shown: c.id, options: options.length };
}

// The report needs the bearer token, so it is fetched and handed to the browser as a file.
async function report(id) {
  document.getElementById('status').textContent = await bolwerk.download(`/api/v1/cases/${id}/report?format=html`, `${id}.html`) ?? '';
}

async function load() {
  try {
    const cases = await bolwerk.api('/api/v1/cases');
    document.querySelector('#cases tbody').replaceChildren(...cases.map(c => {
      const row = cells(document.createElement('tr'), [`${c.id}: ${c.title}`, c.type, c.state, c.tlp, c.updatedAt.slice(0, 16).replace('T', ' ')]);
      row.tabIndex = 0;
      row.style.cursor = 'pointer';
      row.addEventListener('click', () => show(c.id).catch(e => { document.getElementById('status').textContent = e.message; }));
      row.addEventListener('keydown', event => { if (event.key === 'Enter') row.click(); });
      return row;
    }));
    window.bolwerkPage = { ready: true, cases: cases.length };
  } catch (error) {
    document.getElementById('status').textContent = error.message;
    document.getElementById('login').hidden = false;
  }
}

bolwerk.page(load);
