// Shared by the pages: sign-in (name and password, or an API token; the token is kept for the
// browser session only), who is signed in and what their role may do, API calls that turn a
// problem response into a readable error, and the Dutch/English strings from i18n/*.json (Dutch
// by default; the choice is remembered). Elements carry data-i18n="key"; elements only a role
// may use carry data-min-role="analyst|coordinator|admin" and are removed from view for others.
'use strict';

const roleRank = { viewer: 0, analyst: 1, coordinator: 2, admin: 3 };

const bolwerk = {
  token: sessionStorage.getItem('bolwerk-token') ?? '',
  me: JSON.parse(sessionStorage.getItem('bolwerk-me') ?? 'null'),
  lang: localStorage.getItem('bolwerk-lang') ?? 'nl',
  strings: {},

  async api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers ?? {}), Authorization: `Bearer ${bolwerk.token}`, ...(options.body && typeof options.body === 'string' ? { 'Content-Type': 'application/json' } : {}) } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(`${response.status} ${problem.title ?? ''}${problem.detail ? ': ' + problem.detail : ''}`);
    }
    return response.status === 204 ? null : response.json();
  },

  t(key) { return bolwerk.strings[key] ?? key; },

  // An element holding text ('–' for none).
  text(tag, value) { const e = document.createElement(tag); e.textContent = value ?? '–'; return e; },

  // True when the signed-in role may do what `role` may (the server checks again; this only keeps
  // buttons a role cannot use out of view).
  may(role) { return bolwerk.me !== null && roleRank[bolwerk.me.role] >= roleRank[role]; },

  // Fetches a file the token may read and hands it to the browser; a refusal comes back as the problem's text.
  async download(path, fileName) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${bolwerk.token}` } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      return `${response.status} ${problem.title ?? ''}${problem.detail ? ': ' + problem.detail : ''}`;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    link.click();
    return null;
  },

  // The skip link, navigation, sign-in form, who is signed in and the language link every page
  // shows, written into its <nav id="nav">.
  navigation() {
    const nav = document.getElementById('nav');
    if (!nav) return;
    const skip = document.createElement('a');
    skip.href = '#content'; skip.className = 'skip'; skip.dataset.i18n = 'nav.skip';
    document.body.prepend(skip);
    const here = location.pathname.split('/').pop() || 'index.html';
    const link = (href, key) => `<a href="${href}" data-i18n="${key}"${href === here ? ' aria-current="page"' : ''}></a>`;
    nav.setAttribute('aria-label', 'Bolwerk');
    nav.innerHTML = `
      ${link('map.html', 'nav.map')} ${link('screening.html', 'nav.screening')} ${link('cases.html', 'nav.cases')}
      ${link('fimi.html', 'nav.fimi')} ${link('strategy.html', 'nav.strategy')}
      <form id="login" hidden>
        <label><span data-i18n="login.name"></span> <input id="login-name" autocomplete="username" size="14"></label>
        <label><span data-i18n="login.password"></span> <input id="login-password" type="password" autocomplete="current-password" size="14"></label>
        <button type="submit" id="sign-in" data-i18n="login.signIn"></button>
        <details><summary data-i18n="login.useToken"></summary>
          <label><span data-i18n="login.token"></span> <input id="token" type="password" size="30" autocomplete="off" placeholder="bwk_…"></label>
          <button type="button" id="use-token" data-i18n="login.open"></button></details>
        <span id="login-error" role="alert"></span>
      </form>
      <span id="who" hidden></span> <button type="button" id="sign-out" hidden data-i18n="login.signOut"></button>
      <a href="#" id="language"></a>`;
  },

  async translate() {
    bolwerk.strings = await (await fetch(`i18n/${bolwerk.lang}.json`)).json();
    document.documentElement.lang = bolwerk.lang;
    for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = bolwerk.t(element.dataset.i18n);
    for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = bolwerk.t(element.dataset.i18nPlaceholder);
    for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', bolwerk.t(element.dataset.i18nLabel));
    const other = document.getElementById('language');
    if (other) { other.textContent = bolwerk.lang === 'nl' ? 'English' : 'Nederlands'; other.lang = bolwerk.lang === 'nl' ? 'en' : 'nl'; }
    bolwerk.showWho();
  },

  showWho() {
    const who = document.getElementById('who');
    if (!who) return;
    who.hidden = bolwerk.me === null;
    document.getElementById('sign-out').hidden = bolwerk.me === null;
    if (bolwerk.me) who.textContent = `${bolwerk.me.name} (${bolwerk.t('role.' + bolwerk.me.role)}, ${bolwerk.me.organisation})`;
    for (const element of document.querySelectorAll('[data-min-role]')) element.hidden = !bolwerk.may(element.dataset.minRole);
  },

  async signedIn(token, me, start) {
    bolwerk.token = token;
    bolwerk.me = me ?? await bolwerk.api('/api/v1/me');
    sessionStorage.setItem('bolwerk-token', token);
    sessionStorage.setItem('bolwerk-me', JSON.stringify(bolwerk.me));
    document.getElementById('login').hidden = true;
    bolwerk.showWho();
    start();
  },

  signOut() {
    sessionStorage.removeItem('bolwerk-token');
    sessionStorage.removeItem('bolwerk-me');
    location.reload();
  },

  // The sign-in form and the language switch every page has; calls start() once signed in.
  async page(start) {
    bolwerk.navigation();
    await bolwerk.translate();
    document.getElementById('language')?.addEventListener('click', async event => {
      event.preventDefault();
      bolwerk.lang = bolwerk.lang === 'nl' ? 'en' : 'nl';
      localStorage.setItem('bolwerk-lang', bolwerk.lang);
      await bolwerk.translate();
      document.dispatchEvent(new Event('bolwerk:language'));
    });
    const form = document.getElementById('login');
    const error = document.getElementById('login-error');
    form.addEventListener('submit', async event => {
      event.preventDefault();
      error.textContent = '';
      const response = await fetch('/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: document.getElementById('login-name').value, password: document.getElementById('login-password').value }) });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) { error.textContent = response.status === 429 ? bolwerk.t('login.tooMany') : bolwerk.t('login.failed'); return; }
      document.getElementById('login-password').value = '';
      await bolwerk.signedIn(answer.token, { ...answer.user, session: true }, start);
    });
    document.getElementById('use-token').addEventListener('click', async () => {
      error.textContent = '';
      try { await bolwerk.signedIn(document.getElementById('token').value.trim(), null, start); } catch { bolwerk.token = ''; error.textContent = bolwerk.t('login.failed'); }
    });
    document.getElementById('sign-out').addEventListener('click', async () => {
      // A password sign-in's token is revoked on the server; an API token pasted in is only forgotten here.
      if (bolwerk.me?.session) await bolwerk.api('/api/v1/session', { method: 'DELETE' }).catch(() => {});
      bolwerk.signOut();
    });
    if (bolwerk.token && bolwerk.me) start(); else form.hidden = false;
  },
};
