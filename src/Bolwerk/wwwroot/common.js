// Shared by the pages: the token (kept for the browser session only), API calls that turn a
// problem response into a readable error, and the Dutch/English strings from i18n/*.json
// (Dutch by default; the choice is remembered). Elements carry data-i18n="key".
'use strict';

const bolwerk = {
  token: sessionStorage.getItem('bolwerk-token') ?? '',
  lang: localStorage.getItem('bolwerk-lang') ?? 'nl',
  strings: {},

  async api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers ?? {}), Authorization: `Bearer ${bolwerk.token}`, ...(options.body ? { 'Content-Type': 'application/json' } : {}) } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(`${response.status} ${problem.title ?? ''}${problem.detail ? ': ' + problem.detail : ''}`);
    }
    return response.json();
  },

  t(key) { return bolwerk.strings[key] ?? key; },

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

  // The navigation, token form and language link every page shows, written into its <nav id="nav">.
  navigation() {
    const nav = document.getElementById('nav');
    if (!nav) return;
    nav.innerHTML = `
      <a href="map.html" data-i18n="nav.map"></a> <a href="screening.html" data-i18n="nav.screening"></a>
      <a href="strategy.html" data-i18n="nav.strategy"></a> <a href="cases.html" data-i18n="nav.cases"></a> <a href="fimi.html" data-i18n="nav.fimi"></a>
      <form id="login" hidden><label><span data-i18n="login.token"></span> <input id="token" type="password" size="40" autocomplete="off" placeholder="bwk_…"></label> <button type="submit" data-i18n="login.open"></button></form>
      <a href="#" id="language"></a>`;
  },

  async translate() {
    bolwerk.strings = await (await fetch(`i18n/${bolwerk.lang}.json`)).json();
    document.documentElement.lang = bolwerk.lang;
    for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = bolwerk.t(element.dataset.i18n);
    for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = bolwerk.t(element.dataset.i18nPlaceholder);
    const other = document.getElementById('language');
    if (other) other.textContent = bolwerk.lang === 'nl' ? 'English' : 'Nederlands';
  },

  // The login form (token) and the language switch every page has; calls start() once a token is known.
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
    form.addEventListener('submit', event => {
      event.preventDefault();
      bolwerk.token = document.getElementById('token').value.trim();
      sessionStorage.setItem('bolwerk-token', bolwerk.token);
      form.hidden = true;
      start();
    });
    if (bolwerk.token) start(); else form.hidden = false;
  },
};
