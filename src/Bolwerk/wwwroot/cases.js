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

let shownCase = null;

async function show(id) {
  const [c, options] = await Promise.all([bolwerk.api(`/api/v1/cases/${id}`), bolwerk.api(`/api/v1/cases/${id}/options`)]);
  shownCase = c.id;
  document.getElementById('case-title').textContent = `${c.id}: ${c.title}`;
  document.getElementById('case-meta').textContent = `${c.type} · ${c.domain} · ${c.state} · ${c.tlp} · ${c.owner}`;
  document.querySelector('#evidence tbody').replaceChildren(...c.evidence.map(e => cells(document.createElement('tr'), [`${e.summary} (${e.source}: ${e.reference})`, e.grade, e.tlp])));
  document.getElementById('withheld').textContent = c.evidenceWithheld ? `${c.evidenceWithheld} ${bolwerk.t('cases.withheld')}` : '';
  items(document.getElementById('attributions'), c.attributions.map(a => `${a.actor} (${a.kind}): ${a.describe} — ${a.basis}`));
  document.querySelector('#options tbody').replaceChildren(...options.map(o => cells(document.createElement('tr'),
    [o.level, o.name, o.available ? '✓' : '–', (o.available ? o.reasons : o.missing).join('; ')])));
  items(document.getElementById('decisions'), c.decisions.map(d => `${d.at.slice(0, 10)} ${d.option}: ${d.rationale} (${d.decider})${d.prerequisitesMissing.length ? ' — ' + bolwerk.t('cases.missing') + ': ' + d.prerequisitesMissing.join('; ') : ''}`));
  document.getElementById('move-to').replaceChildren(...c.nextStates.map(state => Object.assign(document.createElement('option'), { value: state, textContent: state })));
  document.getElementById('move-form').hidden = !bolwerk.may('analyst') || c.nextStates.length === 0;
  document.getElementById('decision-option').replaceChildren(...options.map(o => Object.assign(document.createElement('option'), { value: o.option, textContent: `${o.level} · ${o.name}${o.available ? '' : ' (' + bolwerk.t('cases.notYet') + ')'}` })));
  document.getElementById('case').hidden = false;
  document.getElementById('report').onclick = () => report(c.id);
  window.bolwerkPage = { ...window.bolwerkPage, shown: c.id, options: options.length };
}

// The report needs the bearer token, so it is fetched and handed to the browser as a file.
async function report(id) {
  document.getElementById('status').textContent = await bolwerk.download(`/api/v1/cases/${id}/report?format=html`, `${id}.html`) ?? '';
}

// Each form posts to the case shown and redraws it; the server's refusal (a missing field, an illegal move) is shown as it says it.
function caseForm(formId, path, body) {
  document.getElementById(formId).addEventListener('submit', async event => {
    event.preventDefault();
    const status = document.getElementById('status');
    try {
      await bolwerk.api(`/api/v1/cases/${shownCase}/${path}`, { method: 'POST', body: JSON.stringify(body()) });
      event.target.reset();
      status.textContent = '';
      await Promise.all([show(shownCase), list()]);
      window.bolwerkPage.changes = (window.bolwerkPage.changes ?? 0) + 1;
    } catch (error) { status.textContent = error.message; }
  });
}

const value = id => document.getElementById(id).value.trim();
const grades = [...'ABCDEF'].flatMap(r => [...'123456'].map(c => r + c));
document.getElementById('evidence-grade').replaceChildren(...grades.map(g => Object.assign(document.createElement('option'), { textContent: g, selected: g === 'B2' })));
caseForm('evidence-form', 'evidence', () => ({ source: value('evidence-source'), reference: value('evidence-reference'), summary: value('evidence-summary'),
  grade: value('evidence-grade'), tlp: value('evidence-tlp'), releasable: document.getElementById('evidence-releasable').checked }));
caseForm('attribution-form', 'attributions', () => ({ actor: value('attribution-actor'), kind: value('attribution-kind'), confidence: value('attribution-confidence'),
  basis: value('attribution-basis'), dissent: value('attribution-dissent') || null, declassifiable: false }));
caseForm('decision-form', 'decisions', () => ({ option: value('decision-option'), rationale: value('decision-rationale'), decider: value('decision-decider') }));
caseForm('move-form', 'moves', () => ({ to: value('move-to'), reason: value('move-reason') || null }));
document.getElementById('new-case-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    const opened = await bolwerk.api('/api/v1/cases', { method: 'POST', body: JSON.stringify({ title: value('new-title'), type: value('new-type'), domain: value('new-domain'), tlp: value('new-tlp') }) });
    event.target.reset();
    await list();
    await show(opened.id);
  } catch (error) { document.getElementById('status').textContent = error.message; }
});

async function list() {
  const cases = await bolwerk.api('/api/v1/cases');
    document.querySelector('#cases tbody').replaceChildren(...cases.map(c => {
    const row = cells(document.createElement('tr'), [`${c.id}: ${c.title}`, c.type, c.state, c.tlp, c.updatedAt.slice(0, 16).replace('T', ' ')]);
    row.tabIndex = 0;
    row.style.cursor = 'pointer';
    row.addEventListener('click', () => show(c.id).catch(e => { document.getElementById('status').textContent = e.message; }));
    row.addEventListener('keydown', event => { if (event.key === 'Enter') row.click(); });
    return row;
  }));
  window.bolwerkPage = { ...window.bolwerkPage, cases: cases.length };
}

async function load() {
  try {
    await list();
    window.bolwerkPage.ready = true;
  } catch (error) {
    document.getElementById('status').textContent = error.message;
    document.getElementById('login').hidden = false;
  }
}

bolwerk.page(load);
