// Screening one name against the newest version of every imported list, with each match's explanation.
'use strict';

document.getElementById('query').addEventListener('submit', async event => {
  event.preventDefault();
  const query = { name: document.getElementById('name').value.trim(), schema: document.getElementById('schema').value || null };
  try {
    const result = await bolwerk.api('/api/v1/sanctions/screen', { method: 'POST', body: JSON.stringify({ queries: [query] }) });
    document.getElementById('lists').textContent = `${bolwerk.t('screening.lists')}: ${result.lists.map(l => l.listKey ?? l.version ?? l).join(', ')}`;
    const matches = result.results[0].matches;
    document.querySelector('#matches tbody').replaceChildren(...matches.map(m => {
      const tr = document.createElement('tr');
      for (const text of [m.score.toFixed(2), `${m.matchedName} (${m.schema})`, m.programs.join(', '), m.explanation]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }));
    document.getElementById('matches').hidden = matches.length === 0;
    document.getElementById('none').hidden = matches.length > 0;
    window.bolwerkPage = { ready: true, matches: matches.length };
  } catch (error) {
    document.getElementById('status').textContent = error.message;
  }
});

bolwerk.page(() => { window.bolwerkPage = { ready: true, matches: -1 }; });
