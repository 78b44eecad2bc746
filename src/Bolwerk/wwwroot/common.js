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
