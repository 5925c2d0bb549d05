// Qonun's web page: search, read, compare versions, parallel languages, cite.
// Plain JS on the HTTP API (/api/v1/…, /akn/…); no framework, no build step.
// Routes live in the hash so that a permalink works:
//   #/                      home
//   #/search?q=…&work=…&in=…&type=…&at=…
//   #/akn/uz/act/…/rus@2020-08-18/~art_135[?view=compare&from=…&to=…&mode=side]
//   #/concordance?work=…[&gaps=1]   implementation matrix (concordance.js)
//   #/changes?from=…&to=…[&work=…]  what changed between two dates (changes.js)
// The page never writes HTML from the API except snippets and diffs, and those
// only after checking that they hold nothing but text and <mark>/<ins>/<del>.

import { STRINGS, UI_LANGUAGES } from './i18n.js';
import { matrixLink, renderMatrix } from './concordance.js';
import { changesLink, renderChanges } from './changes.js';
import { initHandout, inHandout, renderHandout, toggleHandout, updateHandoutLink } from './handout.js';

const STORAGE_KEY = 'qonun.ui';
const PAGE_SIZE = 10;
const API_LANGS = ['eng', 'rus', 'uzb'];
const BCP47 = { eng: 'en', rus: 'ru', uzb: 'uz' };

const state = {
  ui: 'en',
  works: [],
  nav: 0, // bumped on every navigation; late answers for older views are dropped
  scrollTarget: null, // where a view reached by Back/Forward scrolls once drawn
  current: null, // what the view shows: { kind, ... }
  facetsOpen: false, // on a phone, the reader opened the facet filters
};

const $ = (id) => document.getElementById(id);

// ---- strings ------------------------------------------------------------------

function t(key, vars = {}) {
  const table = STRINGS[state.ui] || STRINGS.en;
  let s = table[key] ?? STRINGS.en[key] ?? key;
  for (const [k, v] of Object.entries(vars)) {
    s = s.split(`{${k}}`).join(String(v));
  }
  return s;
}

function plural(base, n) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(state.ui).select(n);
  } catch {
    /* keep "other" */
  }
  const table = STRINGS[state.ui] || STRINGS.en;
  const key = table[`${base}_${category}`] !== undefined ? `${base}_${category}` : `${base}_other`;
  return t(key, { n });
}

function uiApiLang() {
  return (UI_LANGUAGES.find((l) => l.code === state.ui) || UI_LANGUAGES[3]).api;
}

// The language of change summaries: as uiApiLang, with Uzbek in the UI's script.
function uiSummaryLang() {
  const ui = UI_LANGUAGES.find((l) => l.code === state.ui) || UI_LANGUAGES[3];
  return ui.summary || ui.api;
}

function langName(code) {
  return API_LANGS.includes(code) ? t(`lang_${code}`) : code;
}

function pickUiLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* storage may be off */
  }
  if (saved && STRINGS[saved]) return saved;
  const nav = (navigator.language || 'en').toLowerCase();
  if (nav.startsWith('ru')) return 'ru';
  if (nav.startsWith('uz')) return nav.includes('cyrl') ? 'uz-Cyrl' : 'uz-Latn';
  return 'en';
}

function setUiLanguage(code, remember) {
  state.ui = STRINGS[code] ? code : 'en';
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, state.ui);
    } catch {
      /* storage may be off */
    }
  }
  document.documentElement.lang = state.ui;
  $('ui-lang').value = state.ui;
  applyStaticStrings();
  fillFilterOptions();
  updateHandoutLink();
}

function applyStaticStrings() {
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  }
}

// ---- DOM helpers ----------------------------------------------------------------

// h('a', {href: '#/', class: 'x'}, 'text', child, …): attributes are set with
// setAttribute, children are text nodes or elements; never innerHTML.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Parses an HTML fragment from the API in an inert <template> and returns it
// only if every element is one of `allowed` (upper-case tag names) with no
// attributes; otherwise the plain text. Scripts in a template never run and
// its images never load, so parsing it is safe; only checked nodes are used.
function safeFragment(html, allowed) {
  const tpl = document.createElement('template');
  tpl.innerHTML = String(html ?? '');
  const walker = document.createTreeWalker(tpl.content, NodeFilter.SHOW_ALL);
  let ok = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE || !allowed.includes(node.tagName) || node.attributes.length > 0) {
      ok = false;
      break;
    }
  }
  if (ok) return tpl.content;
  return document.createTextNode(tpl.content.textContent || '');
}

function announce(message) {
  const live = $('live');
  live.textContent = '';
  // A fresh text node makes screen readers read the same message again.
  window.setTimeout(() => {
    live.textContent = message;
  }, 30);
}

// Dates read dd.mm.yyyy in every interface language; <time> keeps ISO.
function fmtDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(iso || '');
}

function timeEl(date) {
  return date ? h('time', { datetime: date }, fmtDate(date)) : '';
}

function inForce(from, to) {
  if (!from) return '';
  const span = h('span', { class: 'in-force' });
  const text = to ? t('in_force_range', { from: '\u0000', to: '\u0001' }) : t('in_force_since', { from: '\u0000' });
  // Put <time> elements where the placeholders were.
  for (const part of text.split(/(\u0000|\u0001)/)) {
    if (part === '\u0000') span.append(timeEl(from));
    else if (part === '\u0001') span.append(timeEl(to));
    else if (part) span.append(part);
  }
  return span;
}

function hashFor(aknPath, params) {
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString() : '';
  return `#${aknPath}${query ? `?${query}` : ''}`;
}

function permalinkUrl(aknPath) {
  return `${location.origin}/#${aknPath}`;
}

function langAttr(code) {
  return BCP47[code] || code;
}

// ---- API ---------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, code, message, param) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', String(e && e.message ? e.message : e));
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok || body === null) {
    const err = (body && body.error) || {};
    throw new ApiError(err.status || response.status, err.code || 'http', err.message || response.statusText, err.param);
  }
  return body;
}

function errorMessage(err) {
  if (!(err instanceof ApiError)) return t('err_500');
  if (err.status === 0) return t('err_network');
  if (err.status === 400) {
    if (/quot/i.test(err.message || '')) return t('err_quote');
    if (err.param) return `${t('err_400')} ${t('err_param', { param: paramName(err.param) })}`;
    return t('err_400');
  }
  if (err.status === 404) return t('err_404');
  if (err.status === 503) return t('err_503');
  return t('err_500');
}

function paramName(param) {
  const key = `param_${param}`;
  const s = t(key);
  return s === key ? param : s;
}

function errorTitle(err) {
  const status = err instanceof ApiError ? err.status : 500;
  if (status === 400) return t('err_title_400');
  if (status === 404) return t('err_title_404');
  return t('err_title');
}

// An error in the interface language, with what to do next: fix the field
// the server named, drop an unclosed quotation mark, search instead of a
// missing address, or (only when trying again can help) try again. The
// server's own message, in English, is kept folded away under "details".
// `page`: the error is the whole view (its title is the page's h1).
function errorBox(err, retry, { page = false } = {}) {
  const status = err instanceof ApiError ? err.status : 500;
  const box = h(
    'div',
    { class: 'error-box', role: 'alert', 'data-status': err instanceof ApiError ? err.status : '' },
    h(page ? 'h1' : 'h2', { class: 'error-title', text: errorTitle(err) }),
    h('p', { class: 'error-message', text: errorMessage(err) }),
  );
  const steps = h('p', { class: 'error-steps button-row' });
  if (status === 400 && /quot/i.test(err.message || '')) {
    const fixed = $('q').value.replace(/["«»“”„]/g, ' ').replace(/\s+/g, ' ').trim();
    if (fixed) steps.append(h('button', { type: 'button', class: 'primary next-step', onclick: () => { $('q').value = fixed; submitSearch(); }, text: t('step_drop_quote', { q: fixed }) }));
  } else if (status === 400 && err.param) {
    const field = { q: 'q', at: 'f-at', work: 'f-work', in: 'f-in', type: 'f-type' }[err.param];
    if (field) {
      steps.append(h('button', { type: 'button', class: 'primary next-step', onclick: () => { $('filters').open = true; $(field).focus(); }, text: t('step_fix_field', { param: paramName(err.param) }) }));
    }
  } else if (status === 404) {
    steps.append(h('a', { class: 'button next-step', href: '#/' }, t('step_home')));
  }
  if (retry && (status === 0 || status >= 500)) {
    steps.append(h('button', { type: 'button', onclick: retry, text: t('retry') }));
  }
  if (steps.childNodes.length) box.append(steps);
  if (err instanceof ApiError && err.message && err.status !== 0) {
    box.append(h('details', { class: 'error-detail' }, h('summary', { text: t('err_detail') }), h('p', { lang: 'en', text: err.message })));
  }
  return box;
}

// ---- routing ----------------------------------------------------------------------

function parseRoute() {
  let raw = location.hash.startsWith('#') ? location.hash.slice(1) : '';
  // An /akn/… address opened directly (the server sends this page to
  // browsers): the path is the route until the reader goes elsewhere.
  if (!raw && location.pathname.startsWith('/akn/')) raw = location.pathname.replace(/\.html$/, '') + location.search;
  if (!raw.startsWith('/')) return { name: 'home', params: new URLSearchParams() };
  const cut = raw.indexOf('?');
  let path = cut < 0 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  try {
    path = decodeURI(path);
  } catch {
    /* keep as is */
  }
  if (path === '/' || path === '') return { name: 'home', params };
  if (path === '/search') return { name: 'search', params };
  if (path === '/handout') return { name: 'handout', params };
  if (path.startsWith('/akn/')) return { name: 'akn', path, params };
  if (path === '/concordance') return { name: 'concordance', params };
  if (path === '/changes') return { name: 'changes', params };
  return { name: 'missing', params };
}

// ---- scroll restoration ------------------------------------------------------------

// Views are drawn after their answer arrives, too late for the browser's own
// scroll restoration: each history entry keeps its scroll in history.state,
// and a view reached by Back or Forward returns there once it is drawn.
function saveScroll() {
  try {
    history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '');
  } catch {
    /* too many calls in a short time: the next one will do */
  }
}

function watchScroll() {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  let timer = 0;
  window.addEventListener('scroll', () => {
    const nav = state.nav;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (nav === state.nav) saveScroll();
    }, 120);
  });
  // A click that navigates records the scroll first, before the entry changes.
  document.addEventListener('click', saveScroll, true);
}

function restoreScroll(nav) {
  if (nav !== state.nav || state.scrollTarget === null) return;
  const y = state.scrollTarget;
  window.scrollTo(0, y);
  if (Math.abs(window.scrollY - y) <= 1) state.scrollTarget = null;
}

function route() {
  const r = parseRoute();
  state.nav += 1;
  const saved = history.state && typeof history.state.scroll === 'number' ? history.state.scroll : null;
  state.scrollTarget = saved;
  closeSuggestions();
  if (r.name === 'home') return renderHome();
  if (r.name === 'search') return renderSearch(r.params);
  if (r.name === 'handout') return renderHandout(r.params);
  if (r.name === 'akn') return renderProvision(r.path, r.params);
  if (r.name === 'concordance') return renderMatrix(r.params, matrixUi());
  if (r.name === 'changes') return renderChanges(r.params, changesUi());
  return renderMissing();
}

function setView(...children) {
  const view = $('view');
  view.replaceChildren(...children.flat());
  return view;
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

// ---- home ---------------------------------------------------------------------------

function workName(w) {
  return (w.names && (w.names[uiApiLang()] || w.names.eng || Object.values(w.names)[0])) || w.slug || w.uri;
}

// The language workName answers in, as a lang attribute.
function workNameLang(w) {
  if (w.names && w.names[uiApiLang()]) return langAttr(uiApiLang());
  return w.names && w.names.eng ? 'en' : undefined;
}

function renderHome() {
  state.current = { kind: 'home' };
  document.title = t('app_title');
  syncForm(new URLSearchParams());
  const list = h('ul', { class: 'works-list' });
  for (const w of state.works) {
    const lang = w.languages.includes(uiApiLang()) ? uiApiLang() : w.languages[0];
    list.append(
      h(
        'li',
        {},
        h('a', { href: `#${w.uri}/${lang}`, lang: workNameLang(w) }, workName(w)),
        h(
          'p',
          { class: 'meta' },
          h('span', { class: `badge level-${w.level}`, text: t(`level_${w.level}`) }),
          ' ',
          w.aliases && w.aliases.length ? `${w.aliases.slice(0, 3).join(' · ')} · ` : '',
          t('versions_count', { list: (w.versions || []).join(', ') }),
          ' · ',
          w.languages.map(langName).join(', '),
        ),
      ),
    );
  }
  setView(
    h(
      'section',
      { class: 'home' },
      h('h1', { class: 'home-title', text: t('home_heading') }),
      h('p', { class: 'intro', text: t('home_intro') }),
      state.works.some((w) => w.level === 'international') ? matrixLink(matrixUi()) : '',
      state.works.length ? changesLink(changesUi()) : '',
      state.works.length ? h('h2', { text: t('works_heading') }) : '',
      state.works.length ? list : '',
    ),
  );
  restoreScroll(state.nav);
}

// The first day any text in the collection was in force.
function earliestVersion() {
  let first = '';
  for (const w of state.works) {
    for (const v of w.versions || []) if (!first || v < first) first = v;
  }
  return first;
}

// What concordance.js (the implementation matrix) borrows from this file.
function matrixUi() {
  return { h, t, api, setView, errorBox, state, uiApiLang, workName, langAttr };
}

// What changes.js (what changed between two dates) borrows from this file.
function changesUi() {
  return { h, t, api, setView, errorBox, state, uiApiLang, uiSummaryLang, workName, langAttr, fmtDate, timeEl, go };
}

function renderMissing() {
  state.current = { kind: 'missing' };
  document.title = `${t('err_title_404')} — ${t('app_title')}`;
  setView(
    h(
      'div',
      { class: 'error-box', role: 'alert', 'data-status': '404' },
      h('h1', { class: 'error-title', text: t('err_title_404') }),
      h('p', { class: 'error-message', text: t('err_route') }),
      h('p', { class: 'error-steps' }, h('a', { class: 'button next-step', href: '#/' }, t('step_home'))),
    ),
  );
}

// ---- filters and search form -----------------------------------------------------------

function fillFilterOptions() {
  const work = $('f-work');
  const keepWork = work.value;
  work.replaceChildren(h('option', { value: '' }, t('f_any_work')));
  for (const w of state.works) {
    work.append(h('option', { value: w.slug, lang: workNameLang(w) }, workName(w)));
  }
  work.value = keepWork;
  if (work.value !== keepWork) work.value = '';
  transliterateOptions(work);

  const lang = $('f-in');
  const keepLang = lang.value;
  lang.replaceChildren(h('option', { value: '' }, t('f_any_lang')), ...API_LANGS.map((l) => h('option', { value: l }, langName(l))));
  lang.value = keepLang;

  const type = $('f-type');
  const keepType = type.value;
  type.replaceChildren(
    h('option', { value: '' }, t('f_any_type')),
    h('option', { value: 'national' }, t('level_national')),
    h('option', { value: 'international' }, t('level_international')),
  );
  type.value = keepType;
}

function formParams() {
  const params = {
    q: $('q').value.trim(),
    work: $('f-work').value,
    in: $('f-in').value,
    type: $('f-type').value,
    at: $('f-at').value,
  };
  return new URLSearchParams(Object.entries(params).filter(([, v]) => v));
}

function syncForm(params) {
  if (params.has('q') || state.current?.kind === 'search') $('q').value = params.get('q') || '';
  $('f-work').value = params.get('work') || '';
  if ($('f-work').value !== (params.get('work') || '')) $('f-work').value = '';
  $('f-in').value = params.get('in') || '';
  $('f-type').value = params.get('type') || '';
  $('f-at').value = params.get('at') || '';
}

function submitSearch() {
  const params = formParams();
  if (!params.get('q')) {
    $('q').focus();
    return;
  }
  closeSuggestions();
  go(`#/search?${params.toString()}`);
}

// ---- search results --------------------------------------------------------------------

async function renderSearch(params) {
  const nav = state.nav;
  state.current = { kind: 'search', params };
  syncForm(params);
  const q = params.get('q') || '';
  document.title = `${q} — ${t('app_title')}`;
  if (!q) return renderHome();

  const list = h('ol', { class: 'results', id: 'results' });
  const heading = h('h1', { class: 'results-heading', id: 'results-heading', tabindex: '-1' }, t('loading'));
  const section = h('section', { class: 'search-results', 'aria-labelledby': 'results-heading', 'aria-busy': 'true' }, heading);
  setView(section);

  // A date before the oldest text in the collection: say so, and offer the
  // two searches that make sense, rather than an empty list.
  const at = params.get('at') || '';
  const first = earliestVersion();
  if (/^\d{4}-\d{2}-\d{2}$/.test(at) && first && at < first) {
    section.setAttribute('aria-busy', 'false');
    heading.textContent = t('at_none_title', { date: fmtDate(at) });
    const retarget = (date) => () => {
      const p2 = new URLSearchParams(params);
      if (date) p2.set('at', date);
      else p2.delete('at');
      go(`#/search?${p2.toString()}`);
    };
    section.append(
      h('div', { class: 'error-box at-none', role: 'alert', 'data-status': 'at' },
        h('p', { class: 'error-message', text: t('at_none', { date: fmtDate(at), first: fmtDate(first) }) }),
        h('p', { class: 'error-steps button-row' },
          h('button', { type: 'button', class: 'primary next-step', id: 'at-first', onclick: retarget(first), text: t('at_use_first', { first: fmtDate(first) }) }),
          h('button', { type: 'button', class: 'next-step', id: 'at-drop', onclick: retarget(''), text: t('at_drop') }),
        ),
      ),
    );
    announce(heading.textContent);
    return;
  }

  const query = {
    q,
    lang: uiApiLang(),
    in: params.get('in'),
    work: params.get('work'),
    type: params.get('type'),
    at: params.get('at'),
    as_typed: params.get('as_typed'),
    limit: PAGE_SIZE,
  };

  let data;
  try {
    data = await api('/api/v1/search', query);
  } catch (err) {
    if (nav !== state.nav) return;
    section.setAttribute('aria-busy', 'false');
    section.replaceChildren(errorBox(err, () => route(), { page: true }));
    announce(errorMessage(err));
    return;
  }
  if (nav !== state.nav) return;
  section.setAttribute('aria-busy', 'false');

  // Past the engine's counting limit the total is an estimate: say so.
  const approx = data.total_exact === false ? '≈ ' : '';
  const count = `${approx}${plural('results', data.total)} ${t('results_for', { q })}`;
  heading.textContent = count;
  announce(count);

  if (data.corrected_query) {
    // The query as typed found (almost) nothing: these are the correction's
    // results; the query as typed stays one click away.
    const p = new URLSearchParams(params);
    p.set('as_typed', '1');
    section.append(
      h('p', { class: 'corrected' }, `${t('showing_results_for')}: `, h('strong', {}, data.corrected_query), '. ',
        h('a', { href: `#/search?${p.toString()}`, class: 'as-typed' }, `${t('search_as_typed')}: ${q}`)),
    );
  }
  if (data.suggestion) {
    const p = new URLSearchParams(params);
    p.set('q', data.suggestion);
    section.append(
      h('p', { class: 'did-you-mean' }, `${t('did_you_mean')}: `, h('a', { href: `#/search?${p.toString()}`, class: 'suggestion' }, data.suggestion), '?'),
    );
  }
  if (!data.results.length) {
    section.append(h('p', { class: 'no-results', text: t('no_results') }));
    return;
  }
  section.append(facetFilters(params, data.facets || {}));
  section.append(list);
  appendResults(list, data.results);
  if (params.get('group') === 'act') groupByAct(list);
  restoreScroll(nav);

  let offset = data.results.length;
  if (offset < data.total) {
    const more = h('button', { type: 'button', class: 'more', text: t('more_results') });
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await api('/api/v1/search', { ...query, offset });
        if (nav !== state.nav) return;
        const first = appendResults(list, next.results);
        offset += next.results.length;
        if (first) first.querySelector('a').focus();
        if (offset >= next.total || !next.results.length) more.remove();
        else more.disabled = false;
      } catch (err) {
        more.replaceWith(errorBox(err));
      }
    });
    section.append(more);
  }
}

function appendResults(list, results) {
  let first = null;
  for (const r of results) {
    const href = `#${r.expression}/~${r.eId}`;
    const title = [r.num, r.heading].filter(Boolean).join(' ');
    const crumbs = (r.breadcrumb || []).map((b) => [b.num, b.heading].filter(Boolean).join(' ')).filter(Boolean);
    const snippet = h('p', { class: 'snippet', lang: langAttr(r.lang) });
    snippet.append(safeFragment(r.snippet, ['MARK']));
    const li = h(
      'li',
      { class: 'result', 'data-eid': r.eId, 'data-lang': r.lang, 'data-work': r.work },
      h('h2', { class: 'result-title' }, h('a', { href, class: 'result-link' }, h('span', { class: 'citation', lang: langAttr(r.lang), text: r.citation }), title ? ' — ' : '', h('span', { lang: langAttr(r.lang) }, title))),
      h('p', { class: 'crumbs', lang: langAttr(r.lang) }, [r.work_name, ...crumbs].join(' › ')),
      snippet,
      h(
        'p',
        { class: 'meta' },
        inForce(r.valid_from, r.valid_to),
        ' · ',
        h('span', { class: 'langs' }, `${t('languages')}: `, (r.languages || []).map((l, i) => [i ? ', ' : '', h('span', { class: l === r.lang ? 'lang-current' : '' }, langName(l))])),
        r.status === 'summary' || r.status === 'translation' ? [' · ', h('span', { class: 'badge status', title: t(`status_${r.status}`), text: t(`status_${r.status}_short`) })] : '',
      ),
    );
    list.append(li);
    if (!first) first = li;
  }
  return first;
}

// ---- filters from the facet counts, hits grouped by act ---------------------------------------

// The server counts the matching articles per act, language and level: each
// count is a link that narrows the search to it (or, when it is the filter in
// use, widens it again); "group by act" puts the hits under their act.
function facetFilters(params, facets) {
  const link = (key, value, label, count, labelLang) => {
    const next = new URLSearchParams(params);
    const active = params.get(key) === value;
    if (active) next.delete(key);
    else next.set(key, value);
    return h(
      'li',
      {},
      h('a', { href: `#/search?${next.toString()}`, class: `facet${active ? ' active' : ''}`, 'aria-current': active ? 'true' : undefined, 'data-key': key, 'data-value': value }, h('span', { lang: labelLang }, label), ' ', h('span', { class: 'count', text: `(${count})` })),
    );
  };
  const groups = [];
  const works = (facets.work || []).map((f) => ({ f, w: state.works.find((w) => w.uri === f.value) })).filter(({ w }) => w);
  if (works.length) groups.push([t('f_work'), works.map(({ f, w }) => link('work', w.slug, workName(w), f.count, workNameLang(w)))]);
  const langs = (facets.lang || []).filter((f) => API_LANGS.includes(f.value));
  if (langs.length) groups.push([t('f_lang'), langs.map((f) => link('in', f.value, langName(f.value), f.count))]);
  const levels = (facets.level || []).filter((f) => f.value === 'national' || f.value === 'international');
  if (levels.length) groups.push([t('f_type'), levels.map((f) => link('type', f.value, t(`level_${f.value}`), f.count))]);
  const grouped = params.get('group') === 'act';
  const toggle = new URLSearchParams(params);
  if (grouped) toggle.delete('group');
  else toggle.set('group', 'act');
  // On a phone the filter links would fill the first screen: they fold
  // behind a toggle ("Narrow the results", with the number of filters in use), closed until
  // the reader opens it; it then stays open while they refine the search.
  const phone = window.matchMedia('(max-width: 600px)').matches;
  const inUse = ['work', 'in', 'type'].filter((k) => params.get(k)).length;
  const fold = h(
    'details',
    { class: 'facets-fold', id: 'facets-fold', open: !phone || state.facetsOpen },
    h('summary', { id: 'facets-toggle' }, t('facets'), inUse ? ` (${inUse})` : ''),
    groups.map(([title, items]) => h('div', { class: 'facet-group' }, h('span', { class: 'facet-title', text: `${title}:` }), h('ul', {}, items))),
  );
  fold.addEventListener('toggle', () => {
    if (phone) state.facetsOpen = fold.open;
  });
  return h(
    'nav',
    { class: 'facets', 'aria-label': t('facets') },
    fold,
    h('p', { class: 'facet-group' }, h('a', { href: `#/search?${toggle.toString()}`, id: 'group-toggle', 'data-grouped': grouped ? 'true' : 'false', text: t(grouped ? 'ungroup' : 'group_by_act') })),
  );
}

// Puts the hits of each act together under the act's name, in the order the
// act first appears in the ranking.
function groupByAct(list) {
  const order = [];
  const byWork = new Map();
  for (const li of [...list.children]) {
    const work = li.dataset.work || '';
    if (!byWork.has(work)) {
      byWork.set(work, []);
      order.push(work);
    }
    byWork.get(work).push(li);
  }
  list.replaceChildren();
  list.classList.add('grouped');
  for (const work of order) {
    const w = state.works.find((x) => x.uri === work);
    const items = byWork.get(work);
    // Under their act's heading, the hits' titles go one level down.
    for (const title of items.flatMap((li) => [...li.querySelectorAll(':scope > h2.result-title')])) {
      title.replaceWith(h('h3', { class: 'result-title' }, [...title.childNodes]));
    }
    list.append(h('li', { class: 'act-group', 'data-work': work }, h('h2', { class: 'act-heading', lang: w ? workNameLang(w) : undefined }, w ? workName(w) : work, ' ', h('span', { class: 'count', text: `(${items.length})` })), h('ol', { class: 'results' }, items)));
  }
}

// ---- type-ahead ---------------------------------------------------------------------------

const suggest = { timer: 0, seq: 0, items: [], active: -1 };

function closeSuggestions() {
  // Drop a pending or late answer too: it must not reopen the list.
  window.clearTimeout(suggest.timer);
  suggest.seq += 1;
  const list = $('suggest-list');
  if (!list) return;
  list.hidden = true;
  list.replaceChildren();
  suggest.items = [];
  suggest.active = -1;
  $('q').setAttribute('aria-expanded', 'false');
  $('q').removeAttribute('aria-activedescendant');
}

function showSuggestions(items) {
  const list = $('suggest-list');
  list.replaceChildren();
  suggest.items = items;
  suggest.active = -1;
  if (!items.length) {
    list.hidden = true;
    $('q').setAttribute('aria-expanded', 'false');
    return;
  }
  items.forEach((s, i) => {
    const li = h(
      'li',
      { role: 'option', id: `suggest-${i}`, class: 'suggest-item', 'aria-selected': 'false' },
      h('span', { class: 'suggest-text', text: s.text }),
      h('span', { class: 'suggest-kind', text: t(`kind_${s.kind}`) }),
    );
    // mousedown, not click: it comes before the input's blur.
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      pickSuggestion(i);
    });
    list.append(li);
  });
  list.hidden = false;
  $('q').setAttribute('aria-expanded', 'true');
}

function moveSuggestion(step) {
  if (!suggest.items.length) return;
  const n = suggest.items.length;
  suggest.active = suggest.active < 0 && step < 0 ? n - 1 : (suggest.active + step + n) % n;
  for (const [i, li] of [...$('suggest-list').children].entries()) {
    li.setAttribute('aria-selected', i === suggest.active ? 'true' : 'false');
  }
  $('q').setAttribute('aria-activedescendant', `suggest-${suggest.active}`);
}

function pickSuggestion(i) {
  const s = suggest.items[i];
  if (!s) return;
  $('q').value = s.text;
  closeSuggestions();
  submitSearch();
}

function onQueryInput() {
  window.clearTimeout(suggest.timer);
  const q = $('q').value.trim();
  if (q.length < 2) {
    closeSuggestions();
    return;
  }
  suggest.timer = window.setTimeout(async () => {
    const seq = ++suggest.seq;
    try {
      const data = await api('/api/v1/suggest', { q, limit: 8 });
      if (seq !== suggest.seq || $('q').value.trim() !== q || document.activeElement !== $('q')) return;
      showSuggestions(data.suggestions || []);
    } catch {
      if (seq === suggest.seq) closeSuggestions();
    }
  }, 150);
}

function onQueryKey(e) {
  const open = !$('suggest-list').hidden;
  if (e.key === 'ArrowDown') {
    if (open) {
      e.preventDefault();
      moveSuggestion(1);
    }
  } else if (e.key === 'ArrowUp') {
    if (open) {
      e.preventDefault();
      moveSuggestion(-1);
    }
  } else if (e.key === 'Escape') {
    if (open) {
      e.preventDefault();
      closeSuggestions();
    }
  } else if (e.key === 'Enter') {
    if (open && suggest.active >= 0) {
      e.preventDefault();
      pickSuggestion(suggest.active);
    }
  }
}

// ---- provision view ------------------------------------------------------------------------

async function renderProvision(aknPath, params) {
  const nav = state.nav;
  const same = state.current?.kind === 'provision' && state.current.path === aknPath;
  if (!same) {
    setView(h('p', { class: 'loading', text: t('loading') }));
  }
  let p;
  try {
    p = await api(aknPath);
  } catch (err) {
    if (nav !== state.nav) return;
    state.current = { kind: 'error' };
    setView(errorBox(err, () => route(), { page: true }));
    announce(errorMessage(err));
    return;
  }
  if (nav !== state.nav) return;
  const view = params.get('view') || 'text';
  state.current = { kind: 'provision', path: aknPath, p, params, view };
  const isWork = !p.eId;
  const title = isWork ? p.long_title || p.work_name : provisionTitle(p);
  document.title = `${isWork ? p.work_name : `${p.citation} — ${title}`} — ${t('app_title')}`;

  // Breadcrumb: work › chapter › … › this provision.
  const crumbs = h('ol');
  crumbs.append(h('li', {}, isWork ? h('span', { 'aria-current': 'page', text: p.work_name }) : h('a', { href: `#${p.expression}` }, p.work_name)));
  for (const b of p.breadcrumb || []) {
    crumbs.append(h('li', {}, h('a', { href: `#${p.expression}/~${b.eId}` }, [b.num, b.heading].filter(Boolean).join(' '))));
  }
  if (!isWork) crumbs.append(h('li', {}, h('span', { 'aria-current': 'page', text: p.num || p.heading || p.eId })));
  const breadcrumb = h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb'), lang: langAttr(p.lang) }, crumbs);

  const notice = provenanceBox(p);

  const header = h(
    'header',
    { class: 'provision-header' },
    h('h1', { id: 'provision-title', tabindex: '-1', lang: langAttr(p.lang) }, title),
    h(
      'p',
      { class: 'meta' },
      p.citation ? [h('span', { class: 'citation', lang: langAttr(p.lang), text: p.citation }), ' · '] : '',
      inForce(p.valid_from, p.valid_to),
      ' · ',
      h('span', { class: 'doc-lang', text: langName(p.lang) }),
    ),
    notice,
    isWork ? '' : h('p', { class: 'print-only' }, `${p.citation} — ${permalinkUrl(p.permalink)}`),
  );

  // Tabs: text, compare, parallel; then cite and print.
  const panels = {
    text: h('div', { class: 'panel', id: 'panel-text', role: 'tabpanel', 'aria-labelledby': 'tab-text' }),
    compare: h('div', { class: 'panel', id: 'panel-compare', role: 'tabpanel', 'aria-labelledby': 'tab-compare' }),
    parallel: h('div', { class: 'panel', id: 'panel-parallel', role: 'tabpanel', 'aria-labelledby': 'tab-parallel' }),
  };
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': title });
  const tabNames = isWork ? ['text', 'compare'] : ['text', 'compare', 'parallel'];
  for (const name of tabNames) {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, class: 'tab', text: t(`tab_${name}`) });
    tab.addEventListener('click', () => selectTab(name, true));
    tab.addEventListener('keydown', (e) => {
      const i = tabNames.indexOf(name);
      let j = -1;
      if (e.key === 'ArrowRight') j = (i + 1) % tabNames.length;
      if (e.key === 'ArrowLeft') j = (i - 1 + tabNames.length) % tabNames.length;
      if (e.key === 'Home') j = 0;
      if (e.key === 'End') j = tabNames.length - 1;
      if (j >= 0) {
        e.preventDefault();
        selectTab(tabNames[j], true);
        $(`tab-${tabNames[j]}`).focus();
      }
    });
    tabs.append(tab);
  }
  const actions = h('div', { class: 'actions' });
  if (!isWork) {
    actions.append(h('button', { type: 'button', id: 'cite-button', class: 'primary', onclick: () => openCite(p), text: t('cite') }));
    actions.append(handoutButton(p));
  }
  actions.append(h('button', { type: 'button', id: 'print-button', onclick: () => window.print(), text: t('print') }));
  const toolbar = h('div', { class: 'toolbar' }, tabs, actions);

  panels.text.append(renderTree(p, isWork));

  const aside = h('aside', { class: 'side', 'aria-label': t('timeline') });
  const timelineBox = h('section', { class: 'timeline-box', 'aria-labelledby': 'timeline-heading' }, h('h2', { id: 'timeline-heading', text: t('timeline') }), h('p', { class: 'loading', text: t('loading') }));
  const readingBox = buildReadingBox(p, nav);
  aside.append(readingBox.tools, timelineBox, readingBox.contents);
  if (!isWork) {
    const others = (p.languages || []).filter((l) => l !== p.lang);
    if (others.length) {
      aside.append(
        h(
          'section',
          { class: 'languages-box' },
          h('h2', { text: t('other_languages') }),
          h('ul', {}, others.map((l) => h('li', {}, h('a', { href: `#${p.work}/${l}@${p.valid_from}/~${p.eId}`, hreflang: langAttr(l), class: 'other-lang', 'data-lang': l }, langName(l))))),
        ),
      );
    }
    const concordanceBox = h('section', { class: 'concordance-box', 'aria-labelledby': 'concordance-heading' }, h('h2', { id: 'concordance-heading', text: t('concordance') }), h('p', { class: 'loading', text: t('loading') }));
    aside.append(concordanceBox);
    loadConcordance(p, concordanceBox, nav);
  }

  const layout = h('div', { class: 'provision-layout' }, h('div', { class: 'provision-main' }, toolbar, panels.text, panels.compare, panels.parallel, readingBox.pager), aside);
  setView(h('article', { class: 'provision', 'data-eid': p.eId || '', 'data-lang': p.lang, 'data-valid-from': p.valid_from }, breadcrumb, header, layout));

  state.current.panels = panels;
  state.current.tabNames = tabNames;
  selectTab(tabNames.includes(view) ? view : 'text', false);
  if (!same) $('provision-title').focus({ preventScroll: state.scrollTarget !== null });
  restoreScroll(nav);

  const timeline = await loadTimeline(p, timelineBox, nav);
  if (nav !== state.nav) return;
  state.current.timeline = timeline;
  buildComparePanel(p, timeline, params);
  if (!isWork) buildParallelPanel(p, params);
  restoreScroll(nav);
}

function selectTab(name, updateHash) {
  const cur = state.current;
  if (!cur || cur.kind !== 'provision') return;
  cur.view = name;
  for (const n of cur.tabNames) {
    const tab = $(`tab-${n}`);
    const selected = n === name;
    tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    tab.tabIndex = selected ? 0 : -1;
    cur.panels[n].hidden = !selected;
  }
  if (updateHash) {
    const params = new URLSearchParams(cur.params);
    if (name === 'text') params.delete('view');
    else params.set('view', name);
    const hash = hashFor(cur.path, Object.fromEntries(params));
    history.replaceState(null, '', hash);
    cur.params = params;
  }
  if (name === 'compare' && cur.runCompare && !cur.compared) cur.runCompare();
  if (name === 'parallel' && cur.runParallel && !cur.paralleled) cur.runParallel();
}

function renderTree(p, isWork) {
  const root = h('div', { class: 'provision-text', lang: langAttr(p.lang) });
  const nodes = isWork ? p.provisions || [] : [p.provision];
  for (const n of nodes) root.append(renderNode(p, n, 0, !isWork));
  return root;
}

function renderNode(p, n, depth, isRoot) {
  const box = h('div', { class: `prov prov-${n.element} depth-${Math.min(depth, 5)}`, 'data-eid': n.eId, id: `p-${n.eId}` });
  const label = [n.num, n.heading].filter(Boolean).join(' ');
  if (isRoot) {
    // The article's own number and heading are the page's h1.
  } else if (n.heading || ['article', 'chapter', 'section', 'part', 'title', 'book'].includes(n.element)) {
    const tag = depth <= 1 ? 'h2' : 'h3';
    box.append(h(tag, { class: 'prov-heading' }, h('a', { href: `#${p.expression}/~${n.eId}` }, label || n.eId)));
  } else if (n.num) {
    box.append(h('a', { class: 'prov-num', href: `#${p.expression}/~${n.eId}`, title: n.eId }, n.num), ' ');
  }
  if (n.text) box.append(h('span', { class: 'prov-body', text: n.text }));
  if (n.children && n.children.length) {
    const kids = h('div', { class: 'prov-children' });
    for (const c of n.children) kids.append(renderNode(p, c, depth + 1, false));
    box.append(kids);
  }
  if (n.wrap_up) box.append(h('p', { class: 'prov-wrap', text: n.wrap_up }));
  return box;
}

// ---- reading an act: contents, previous/next, chapter, search within, date ----------------------

// The act's table of contents (from /api/v1/works/{slug}, in the language and
// on the date shown), previous and next article, the whole chapter, a search
// inside the act and a date to read it as of. Returns the parts to place.
function buildReadingBox(p, nav) {
  const work = state.works.find((w) => w.uri === p.work);
  const slug = work ? work.slug : p.work;

  const query = h('input', { type: 'search', id: 'act-q', name: 'q', required: true, 'aria-label': t('act_search_label') });
  const searchForm = h('form', { class: 'act-search', id: 'act-search', role: 'search', 'aria-label': t('act_search_label') }, h('label', { for: 'act-q', text: t('act_search_label') }), h('div', { class: 'search-row' }, query, h('button', { type: 'submit', text: t('search_button') })));
  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = query.value.trim();
    if (!q) return query.focus();
    go(`#/search?${new URLSearchParams({ q, work: slug }).toString()}`);
  });

  const date = h('input', { type: 'date', id: 'act-at', value: p.valid_from, min: '1991-01-01', max: '2100-12-31' });
  const dateForm = h('form', { class: 'act-date', id: 'act-date', novalidate: true }, h('label', { for: 'act-at', text: t('act_at_label') }), h('div', { class: 'search-row' }, date, h('button', { type: 'submit', text: t('act_at_go') })));
  dateForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return date.focus();
    go(`#${p.work}/${p.lang}@${date.value}${p.eId ? `/~${p.eId}` : ''}`);
  });

  const feed = `/api/v1/feed?${new URLSearchParams({ work: slug, ...(p.eId ? { eid: p.eId } : {}), lang: p.lang }).toString()}`;
  const feedLink = h('p', { class: 'feed-line' }, h('a', { href: feed, type: 'application/atom+xml', id: 'feed-link', text: t(p.eId ? 'feed_provision' : 'feed_act') }));
  const tools = h('section', { class: 'reading-tools', 'aria-labelledby': 'reading-heading' }, h('h2', { id: 'reading-heading', text: t('act_tools') }), searchForm, dateForm, feedLink);
  const contents = h('section', { class: 'toc-box', 'aria-labelledby': 'toc-heading' }, h('h2', { id: 'toc-heading', text: t('toc') }), h('p', { class: 'loading', text: t('loading') }));
  const pager = h('nav', { class: 'pager', 'aria-label': t('pager') });
  loadContents(p, slug, contents, pager, nav);
  return { tools, contents, pager };
}

async function loadContents(p, slug, box, pager, nav) {
  let data;
  try {
    data = await api(`/api/v1/works/${encodeURIComponent(slug)}`, { lang: p.lang, at: p.valid_from });
  } catch (err) {
    if (nav === state.nav) box.replaceChildren(h('h2', { text: t('toc') }), errorBox(err));
    return;
  }
  if (nav !== state.nav || !data.toc) return;
  const base = data.toc.expression;
  const articles = [];
  const here = new Set([p.eId, ...(p.breadcrumb || []).map((b) => b.eId)]);
  const list = (items) =>
    h(
      'ol',
      {},
      items.map((item) => {
        if (item.element === 'article') articles.push(item);
        const label = [item.num, item.heading].filter(Boolean).join(' ');
        const current = item.eId === p.eId;
        return h(
          'li',
          { class: here.has(item.eId) ? 'on-path' : '' },
          current ? h('span', { 'aria-current': 'page', text: label }) : h('a', { href: `#${base}/~${item.eId}` }, label),
          item.children && item.children.length ? list(item.children) : '',
        );
      }),
    );
  box.replaceChildren(h('h2', { id: 'toc-heading', text: t('toc') }), h('nav', { class: 'toc', lang: langAttr(p.lang), 'aria-labelledby': 'toc-heading' }, list(data.toc.items || [])));

  // Previous and next article, and the chapter this one is in.
  const articleId = p.element === 'article' ? p.eId : (p.breadcrumb || []).find((b) => b.element === 'article')?.eId;
  const i = articles.findIndex((a) => a.eId === articleId);
  const link = (a, key, rel) => h('a', { href: `#${base}/~${a.eId}`, rel, class: `pager-${rel}` }, `${t(key)}: `, h('span', { lang: langAttr(p.lang) }, [a.num, a.heading].filter(Boolean).join(' ')));
  if (i > 0) pager.append(link(articles[i - 1], 'prev_article', 'prev'));
  if (i >= 0 && i + 1 < articles.length) pager.append(link(articles[i + 1], 'next_article', 'next'));
  const chapter = (p.breadcrumb || []).find((b) => b.element === 'chapter');
  if (chapter) pager.append(h('a', { href: `#${base}/~${chapter.eId}`, class: 'pager-chapter' }, `${t('whole_chapter')}: `, h('span', { lang: langAttr(p.lang) }, [chapter.num, chapter.heading].filter(Boolean).join(' '))));
}

// ---- handout ----------------------------------------------------------------------------------

// "Add to handout" on a provision: a toggle, remembered in the browser.
function handoutButton(p) {
  const item = { work: p.work, eId: p.eId, at: p.valid_from };
  const button = h('button', { type: 'button', id: 'handout-button' });
  const show = () => {
    const on = inHandout(item);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = t(on ? 'handout_added' : 'handout_add');
  };
  button.addEventListener('click', () => {
    const added = toggleHandout(item);
    show();
    announce(t(added ? 'handout_added' : 'handout_add'));
  });
  show();
  return button;
}

// ---- titles -----------------------------------------------------------------------------------

function isInternational(workUri) {
  return state.works.some((w) => w.uri === workUri && w.level === 'international');
}

// The number printed before a point or part, without brackets or dot: "(a)" → "a".
function bareNum(num) {
  return String(num || '').replace(/[().\s]/g, '');
}

// A part or point is named with its article and borrows the article's
// heading: "Article 135, part 2 — Trafficking in persons"; anything else by
// its own number and heading.
function provisionTitle(p) {
  const own = [p.num, p.heading].filter(Boolean).join(' ');
  const m = /^art_([^_]+)__/.exec(p.eId || '');
  if (!m) return own || p.eId || '';
  const intl = isInternational(p.work);
  const trail = [...(p.breadcrumb || []), { eId: p.eId, element: p.element, num: p.num, heading: p.heading }];
  const article = trail.find((b) => b.element === 'article');
  const labels = [t('title_article', { n: m[1] })];
  for (const b of trail.slice(trail.indexOf(article) + 1)) {
    const n = bareNum(b.num) || (b.eId || '').split('_').pop();
    if (b.element === 'paragraph') labels.push(t(intl ? 'title_paragraph' : 'title_part', { n }));
    else if (b.element === 'point') labels.push(t(intl ? 'title_subparagraph' : 'title_point', { n }));
    else if (b.num) labels.push(b.num);
  }
  const heading = article && article.heading ? article.heading : p.heading;
  return `${labels.join(', ')}${heading ? ` — ${heading}` : ''}`;
}

// ---- provenance -------------------------------------------------------------------------------

// Where the text comes from: its status (official, translation, our summary),
// whether its facts are confirmed, the official source, this wording's dates
// and the acts that amended it. Every provision shows it.
function provenanceBox(p) {
  const status = ['official', 'translation', 'summary'].includes(p.status) ? p.status : 'official';
  const official = /^https?:\/\//i.test(p.official_source || '')
    ? h('a', { href: p.official_source, rel: 'noopener noreferrer', class: 'official-link' }, t('official_text'))
    : h('span', { class: 'muted no-source', text: t('official_source_none') });
  const box = h(
    'div',
    { class: 'provenance', 'data-status': status, 'data-verification': p.verification || '' },
    h('p', { class: `status-notice status-${status}`, role: 'note' }, h('strong', { text: t(`status_${status}`) }), ' ', official),
  );
  if (p.verification === 'illustrative') {
    const note = h('p', { class: 'verification-notice', role: 'note' }, h('strong', { text: t('verification_illustrative') }));
    if (p.verification_note) {
      note.append(' ', h('details', { class: 'verification-note' }, h('summary', { text: t('verification_details') }), h('p', { lang: 'en', text: p.verification_note })));
    }
    box.append(note);
  }
  const acts = [];
  const seen = new Set();
  for (const a of p.amended_by || []) {
    if (!a.href || seen.has(a.href)) continue;
    seen.add(a.href);
    const known = state.works.some((w) => w.uri === a.href);
    acts.push(known ? h('a', { href: `#${a.href}`, class: 'amending-act' }, a.show_as || a.href) : h('span', { class: 'amending-act', title: a.href, text: a.show_as || a.href }));
  }
  box.append(
    h(
      'p',
      { class: 'wording' },
      `${t('wording')}: `,
      inForce(p.valid_from, p.valid_to),
      acts.length ? ['. ', `${t('amended_by_acts')} `, acts.map((el, i) => [i ? '; ' : '', el])] : '',
    ),
  );
  return box;
}

// ---- timeline -------------------------------------------------------------------------------

async function loadTimeline(p, box, nav) {
  let data;
  try {
    // Anchored at the shown version: the timeline of this text, followed
    // through renumbering, not of whatever bears its eId today.
    data = await api('/api/v1/versions', { work: p.work, eid: p.eId, lang: p.lang, at: p.eId ? p.valid_from : undefined });
  } catch (err) {
    if (nav === state.nav) box.replaceChildren(h('h2', { text: t('timeline') }), errorBox(err));
    return [];
  }
  if (nav !== state.nav) return [];
  const versions = data.versions || [];
  const list = h('ol', { class: 'timeline' });
  const picked = [];
  const checkboxes = [];
  for (const v of versions) {
    const current = v.valid_from === p.valid_from;
    const openable = v.expression && v.change !== 'repealed';
    const link = openable ? `#${v.expression}${p.eId ? `/~${v.eId || p.eId}` : ''}` : null;
    const change = v.change ? h('span', { class: `change change-${v.change}`, text: t(`change_${v.change}`) }) : '';
    const acts = (v.acts || []).filter((a) => !p.eId || a.touches_provision);
    const li = h(
      'li',
      { class: `version${current ? ' current' : ''}`, 'data-date': v.valid_from },
      h(
        'div',
        { class: 'version-line' },
        link && !current ? h('a', { href: link, class: 'version-date' }, timeEl(v.valid_from)) : h('span', { class: 'version-date' }, timeEl(v.valid_from)),
        ' ',
        change,
        current ? h('span', { class: 'badge shown', text: t('shown_now') }) : '',
      ),
      acts.length ? h('p', { class: 'acts' }, `${t('amended_by')} `, acts.map((a, i) => [i ? '; ' : '', h('span', { class: 'act', text: a.show_as || a.href })])) : '',
    );
    if (openable) {
      const cb = h('input', { type: 'checkbox', class: 'pick', value: v.valid_from, 'aria-label': t('compare_this_label', { date: fmtDate(v.valid_from) }) });
      cb.addEventListener('change', () => {
        const i = picked.indexOf(v.valid_from);
        if (cb.checked && i < 0) picked.push(v.valid_from);
        if (!cb.checked && i >= 0) picked.splice(i, 1);
        while (picked.length > 2) {
          const dropped = picked.shift();
          for (const other of checkboxes) if (other.value === dropped) other.checked = false;
        }
        if (picked.length === 2) {
          const [a, b] = [...picked].sort();
          const cur = state.current;
          if (cur && cur.setCompare) {
            cur.setCompare(a, b);
            selectTab('compare', true);
            cur.runCompare();
          }
        }
      });
      checkboxes.push(cb);
      li.append(h('label', { class: 'pick-label' }, cb, ' ', t('compare_this')));
    }
    list.append(li);
  }
  // The dates this wording stood (not those of the consolidated version),
  // and the numbers the provision had ("Article 21 (2008) → Article 27 (2021)").
  const shown = versions.find((v) => v.valid_from === p.valid_from) || versions.find((v) => v.eId === p.eId && !v.valid_to);
  const wording = shown && shown.wording_from
    ? h('p', { class: 'wording-dates' }, ...wordingText(shown.wording_from, shown.wording_to))
    : '';
  const numbers = data.numbers_line ? h('p', { class: 'numbers-line', text: t('numbers_over_time', { line: data.numbers_line }) }) : '';
  box.replaceChildren(h('h2', { id: 'timeline-heading', text: t('timeline') }), wording, numbers, h('p', { class: 'hint', text: t('timeline_hint') }), list);
  return versions.filter((v) => v.expression && v.change !== 'repealed');
}

function wordingText(from, to) {
  const text = to ? t('wording_range', { from: '\u0000', to: '\u0001' }) : t('wording_since', { from: '\u0000' });
  return text.split(/(\u0000|\u0001)/).filter(Boolean).map((part) => (part === '\u0000' ? timeEl(from) : part === '\u0001' ? timeEl(to) : part));
}

// ---- concordance -------------------------------------------------------------------------------

async function loadConcordance(p, box, nav) {
  let data;
  try {
    data = await api('/api/v1/concordance', { work: p.work, eid: p.eId, lang: uiApiLang() });
  } catch (err) {
    if (nav === state.nav) box.replaceChildren(h('h2', { text: t('concordance') }), errorBox(err));
    return;
  }
  if (nav !== state.nav) return;
  const heading = h('h2', { id: 'concordance-heading', text: t('concordance') });
  if (!data.links || !data.links.length) {
    box.replaceChildren(heading, h('p', { class: 'muted', text: t('concordance_none') }));
    return;
  }
  const list = h('ul', { class: 'concordance' });
  for (const link of data.links) {
    const label = link.other_citation || `${link.other_work_name || link.other_work} ${link.other_eid}`;
    const target = link.other_permalink ? h('a', { href: `#${link.other_permalink}`, lang: langAttr(uiApiLang()) }, label) : h('span', { lang: langAttr(uiApiLang()), text: label });
    list.append(
      h(
        'li',
        {},
        h('span', { class: `relation rel-${link.relation}`, text: t(`rel_${link.relation}`) }),
        ' ',
        target,
        link.other_heading ? ` — ${link.other_heading}` : '',
        link.note ? h('p', { class: 'note', lang: 'en', text: link.note }) : '',
      ),
    );
  }
  box.replaceChildren(heading, list);
}

// ---- compare ------------------------------------------------------------------------------------

function buildComparePanel(p, timeline, params) {
  const panel = state.current.panels.compare;
  const cur = state.current;
  const dates = timeline.map((v) => v.valid_from);
  if (dates.length < 2) {
    panel.replaceChildren(h('p', { class: 'muted', text: t('no_changes') }));
    return;
  }
  const option = (v) => h('option', { value: v.valid_from }, `${fmtDate(v.valid_from)}${v.change ? ` — ${t(`change_${v.change}`)}` : ''}`);
  const from = h('select', { id: 'cmp-from' }, timeline.map(option));
  const to = h('select', { id: 'cmp-to' }, timeline.map(option));
  const here = dates.indexOf(p.valid_from);
  const defTo = here >= 0 ? p.valid_from : dates[dates.length - 1];
  const defFrom = here > 0 ? dates[here - 1] : dates[0] === defTo ? dates[1] : dates[0];
  from.value = dates.includes(params.get('from')) ? params.get('from') : defFrom;
  to.value = dates.includes(params.get('to')) ? params.get('to') : defTo;
  if (from.value === to.value && here === 0) to.value = dates[1];

  const modeName = 'cmp-mode';
  const inline = h('input', { type: 'radio', name: modeName, value: 'inline', id: 'cmp-inline' });
  const side = h('input', { type: 'radio', name: modeName, value: 'side', id: 'cmp-side' });
  (params.get('mode') === 'side' ? side : inline).checked = true;
  const onlyChanged = h('input', { type: 'checkbox', id: 'cmp-only' });
  onlyChanged.checked = params.get('only') === '1';
  const go = h('button', { type: 'submit', class: 'primary', id: 'cmp-go', text: t('compare_go') });
  const out = h('div', { class: 'diff-output', id: 'diff-output', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'compare-form', id: 'compare-form' },
    h('div', { class: 'field' }, h('label', { for: 'cmp-from', text: t('compare_from') }), from),
    h('div', { class: 'field' }, h('label', { for: 'cmp-to', text: t('compare_to') }), to),
    h(
      'fieldset',
      { class: 'mode' },
      h('legend', { text: t('mode') }),
      h('label', { for: 'cmp-inline' }, inline, ' ', t('mode_inline')),
      h('label', { for: 'cmp-side' }, side, ' ', t('mode_side')),
    ),
    h('label', { class: 'only', for: 'cmp-only' }, onlyChanged, ' ', t('changes_only')),
    go,
  );
  panel.replaceChildren(form, out);

  let last = null; // the last diff answer, re-drawn when the layout changes
  const draw = () => {
    if (!last) return;
    out.replaceChildren(renderDiff(last.data, last.from, last.to, side.checked ? 'side' : 'inline', onlyChanged.checked));
  };
  const remember = () => {
    const q = new URLSearchParams(cur.params);
    q.set('view', 'compare');
    q.set('from', from.value);
    q.set('to', to.value);
    if (side.checked) q.set('mode', 'side');
    else q.delete('mode');
    if (onlyChanged.checked) q.set('only', '1');
    else q.delete('only');
    cur.params = q;
    history.replaceState(null, '', hashFor(cur.path, Object.fromEntries(q)));
  };
  const run = async () => {
    cur.compared = true;
    let a = from.value;
    let b = to.value;
    if (a > b) [a, b] = [b, a];
    const nav = state.nav;
    out.setAttribute('aria-busy', 'true');
    out.replaceChildren(h('p', { class: 'loading', text: t('loading') }));
    remember();
    try {
      // The provision's eId in the older version (it may have had another number then).
      const older = timeline.find((v) => v.valid_from === a);
      const data = await api('/api/v1/diff', { work: p.work, eid: (older && older.eId) || p.eId, lang: p.lang, from: a, to: b, ui: uiSummaryLang() });
      if (nav !== state.nav) return;
      last = { data, from: a, to: b };
      draw();
      announce(t('compare_heading', { from: fmtDate(a), to: fmtDate(b) }));
    } catch (err) {
      if (nav !== state.nav) return;
      out.replaceChildren(errorBox(err, run));
    } finally {
      out.setAttribute('aria-busy', 'false');
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  for (const el of [inline, side, onlyChanged]) {
    el.addEventListener('change', () => {
      remember();
      draw();
    });
  }
  cur.runCompare = run;
  cur.compared = false;
  cur.setCompare = (a, b) => {
    from.value = a;
    to.value = b;
  };
  if (cur.view === 'compare') run();
}

function renderDiff(data, fromDate, toDate, mode, onlyChanged) {
  const wrap = h('section', { class: `diff diff-${mode}`, 'aria-labelledby': 'diff-heading' });
  wrap.append(h('h2', { id: 'diff-heading', text: t('compare_heading', { from: fmtDate(fromDate), to: fmtDate(toDate) }) }));
  wrap.append(
    h(
      'p',
      { class: 'legend' },
      `${t('legend')}: `,
      h('ins', { text: t('legend_ins') }),
      ' ',
      h('del', { text: t('legend_del') }),
    ),
  );
  const summary = data.summary || [];
  wrap.append(h('h3', { text: t('diff_summary') }));
  if (summary.length) {
    wrap.append(h('ul', { class: 'diff-summary' }, summary.map((line) => h('li', { text: line }))));
  } else {
    wrap.append(h('p', { class: 'muted', text: t('no_changes') }));
  }
  const units = (data.units || []).filter((u) => !onlyChanged || u.change !== 'unchanged');
  const lang = state.current?.p?.lang;
  if (mode === 'side') {
    const table = h(
      'table',
      { class: 'diff-table', lang: langAttr(lang) },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'unit-col', text: t('diff_unit') }), h('th', { scope: 'col', text: t('diff_before', { date: fmtDate(fromDate) }) }), h('th', { scope: 'col', text: t('diff_after', { date: fmtDate(toDate) }) }))),
    );
    const body = h('tbody');
    for (const u of units) {
      const before = h('td', { class: 'before', 'data-label': t('diff_before', { date: fmtDate(fromDate) }) });
      const after = h('td', { class: 'after', 'data-label': t('diff_after', { date: fmtDate(toDate) }) });
      if (u.change !== 'added') append(before, diffNodes(u, ['equal', 'delete']));
      if (u.change !== 'removed') append(after, diffNodes(u, ['equal', 'insert']));
      body.append(
        h('tr', { class: `unit unit-${u.change} depth-${Math.min(u.depth || 0, 5)}`, 'data-identity': u.identity || '' }, h('th', { scope: 'row', class: 'unit-label' }, u.label, ' ', changeBadge(u.change)), before, after),
      );
    }
    table.append(body);
    wrap.append(h('div', { class: 'table-scroll' }, table));
  } else {
    const list = h('div', { class: 'diff-units', lang: langAttr(lang) });
    for (const u of units) {
      const text = h('p', { class: 'unit-text' });
      append(text, diffNodes(u, ['equal', 'delete', 'insert']));
      list.append(
        h(
          'div',
          { class: `unit unit-${u.change} depth-${Math.min(u.depth || 0, 5)}`, 'data-identity': u.identity || '' },
          h('h4', { class: 'unit-label' }, u.label, ' ', changeBadge(u.change)),
          text,
        ),
      );
    }
    wrap.append(list);
  }
  return wrap;
}

// A unit's word diff as nodes, from its ops (text only, never HTML): each
// deletion and insertion carries a label for screen readers and copied text
// (visually hidden), and a deletion glued to the insertion that replaces it
// gets a space, so «восьми» → «десяти» never reads «восьмидесяти».
function diffNodes(u, kinds) {
  const ops = (u.diff && u.diff.ops) || [];
  const out = [];
  const space = /\s/;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (!kinds.includes(op.op)) continue;
    if (op.op === 'equal') {
      out.push(op.text);
      continue;
    }
    const del = op.op === 'delete';
    out.push(h(del ? 'del' : 'ins', {}, h('span', { class: 'visually-hidden diff-label', text: `${t(del ? 'legend_del' : 'legend_ins')}: ` }), op.text));
    const next = ops[i + 1];
    if (del && next && next.op === 'insert' && kinds.includes('insert') && op.text && next.text && !space.test(op.text.slice(-1)) && !space.test(next.text[0])) {
      out.push(' ');
    }
  }
  return out;
}

function changeBadge(change) {
  if (!change || change === 'unchanged') return '';
  return h('span', { class: `badge change-${change}`, text: t(`unit_${change}`) });
}

// ---- parallel view ----------------------------------------------------------------------------

function buildParallelPanel(p, params) {
  const cur = state.current;
  const panel = cur.panels.parallel;
  const available = API_LANGS.filter((l) => (p.languages || []).includes(l));
  const wanted = (params.get('langs') || '').split(',').filter((l) => available.includes(l));
  const chosen = wanted.length >= 2 ? wanted : available.slice(0, 3);
  const boxes = available.map((l) => {
    const cb = h('input', { type: 'checkbox', value: l, id: `par-${l}`, class: 'par-lang' });
    cb.checked = chosen.includes(l);
    return cb;
  });
  const out = h('div', { class: 'parallel-output', id: 'parallel-output', 'aria-live': 'polite' });
  const fieldset = h(
    'fieldset',
    { class: 'parallel-langs' },
    h('legend', { text: t('parallel_choose') }),
    boxes.map((cb) => h('label', { for: cb.id }, cb, ' ', langName(cb.value))),
  );
  panel.replaceChildren(fieldset, out);
  if (available.length < 2) {
    out.replaceChildren(h('p', { class: 'muted', text: t('parallel_missing') }));
    return;
  }
  const run = async () => {
    cur.paralleled = true;
    const langs = boxes.filter((cb) => cb.checked).map((cb) => cb.value);
    const q = new URLSearchParams(cur.params);
    q.set('view', 'parallel');
    q.set('langs', langs.join(','));
    cur.params = q;
    history.replaceState(null, '', hashFor(cur.path, Object.fromEntries(q)));
    const nav = state.nav;
    out.setAttribute('aria-busy', 'true');
    out.replaceChildren(h('p', { class: 'loading', text: t('loading') }));
    const answers = await Promise.all(
      langs.map((l) =>
        l === p.lang
          ? Promise.resolve(p)
          : api('/api/v1/provision', { work: p.work, eid: p.eId, lang: l, at: p.valid_from }).catch((err) => ({ error: err, lang: l })),
      ),
    );
    if (nav !== state.nav) return;
    out.setAttribute('aria-busy', 'false');
    out.replaceChildren(renderParallel(langs, answers));
  };
  for (const cb of boxes) {
    cb.addEventListener('change', () => {
      const n = boxes.filter((b) => b.checked).length;
      if (n > 3) cb.checked = false;
      if (n < 1) cb.checked = true;
      run();
    });
  }
  cur.runParallel = run;
  cur.paralleled = false;
  if (cur.view === 'parallel') run();
}

function flatten(node, depth, out) {
  out.push({ eId: node.eId, depth, num: node.num, heading: node.heading, text: node.text, wrap: node.wrap_up });
  for (const c of node.children || []) flatten(c, depth + 1, out);
  return out;
}

function renderParallel(langs, answers) {
  // Rows are sub-provisions (by eId), columns languages.
  const rows = [];
  const byLang = answers.map((a) => {
    const map = new Map();
    if (a && a.provision) for (const item of flatten(a.provision, 0, [])) map.set(item.eId, item);
    return map;
  });
  const seen = new Set();
  for (const map of byLang) {
    for (const [eId, item] of map) {
      if (!seen.has(eId)) {
        seen.add(eId);
        rows.push({ eId, depth: item.depth });
      }
    }
  }
  const table = h(
    'table',
    { class: `parallel-table cols-${langs.length}` },
    h('thead', {}, h('tr', {}, langs.map((l, i) => h('th', { scope: 'col', lang: langAttr(l) }, langName(l), answers[i] && answers[i].valid_from ? h('span', { class: 'col-date' }, ' · ', timeEl(answers[i].valid_from)) : '')))),
  );
  const body = h('tbody');
  for (const row of rows) {
    const tr = h('tr', { class: `depth-${Math.min(row.depth, 5)}`, 'data-eid': row.eId });
    langs.forEach((l, i) => {
      const a = answers[i];
      const item = byLang[i].get(row.eId);
      const td = h('td', { lang: langAttr(l), 'data-label': langName(l) });
      if (a && a.error) {
        if (row === rows[0]) td.append(h('p', { class: 'muted', text: errorMessage(a.error) }));
      } else if (item) {
        if (row.depth === 0) td.append(h('strong', { class: 'par-title' }, [item.num, item.heading].filter(Boolean).join(' ')));
        else if (item.num || item.heading) td.append(h('span', { class: 'prov-num' }, [item.num, item.heading].filter(Boolean).join(' ')), ' ');
        if (item.text) td.append(h('span', { text: item.text }));
        if (item.wrap) td.append(h('p', { class: 'prov-wrap', text: item.wrap }));
      } else {
        td.append(h('span', { class: 'muted', text: '—' }));
      }
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(body);
  return h('div', { class: 'table-scroll' }, table);
}

// ---- cite ------------------------------------------------------------------------------------

const cite = { data: null, p: null };

async function openCite(p) {
  const dialog = $('cite-dialog');
  cite.p = p;
  cite.data = null;
  $('cite-text').value = t('loading');
  $('cite-status').textContent = '';
  $('cite-note').hidden = true;
  const link = permalinkUrl(p.permalink);
  $('cite-permalink').href = `#${p.permalink}`;
  $('cite-permalink').textContent = link;
  $('cite-open').href = `#${p.permalink}`;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  try {
    cite.data = await api('/api/v1/cite', { work: p.work, eid: p.eId, lang: p.lang, at: p.valid_from });
    await transliterateCitations(cite.data);
  } catch (err) {
    $('cite-text').value = errorMessage(err);
    return;
  }
  if (cite.p !== p) return;
  fillCite();
  $('cite-copy').focus();
}

function citeChoice() {
  const data = cite.data;
  if (!data) return null;
  const want = uiApiLang();
  const citations = data.citations || {};
  const lang = citations[want] ? want : citations[cite.p.lang] ? cite.p.lang : Object.keys(citations)[0];
  return { lang, item: citations[lang] || {}, fallback: lang !== want };
}

function citeText() {
  const choice = citeChoice();
  if (!choice) return '';
  const style = document.querySelector('#cite-form input[name="style"]:checked')?.value || 'short';
  const citation = choice.item[style] || choice.item.short || choice.item.full || '';
  return `${citation} — ${permalinkUrl(citePermalink())}`;
}

// The citation links to the text in its own language (the server gives one
// permalink per language); the document's own permalink until it answers.
function citePermalink() {
  const choice = citeChoice();
  return (choice && choice.item.permalink) || cite.p.permalink;
}

function fillCite() {
  const choice = citeChoice();
  if (!choice) return;
  const note = $('cite-note');
  if (choice.fallback) {
    note.textContent = t('cite_lang_note', { lang: langName(uiApiLang()), doc: langName(choice.lang) });
    note.hidden = false;
  } else {
    note.hidden = true;
  }
  const text = $('cite-text');
  text.value = citeText();
  text.setAttribute('lang', choice.item.transliterated ? state.ui : langAttr(choice.lang));
  $('cite-translit').hidden = !choice.item.transliterated;
  const link = citePermalink();
  $('cite-permalink').href = `#${link}`;
  $('cite-permalink').textContent = permalinkUrl(link);
  $('cite-open').href = `#${link}`;
}

async function copyText(text) {
  const status = $('cite-status');
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    // Fallback: select the text in a hidden textarea and copy it.
    const area = h('textarea', { class: 'clipboard-fallback', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    $('cite-dialog').append(area);
    area.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
  }
  status.textContent = ok ? t('copied') : t('copy_failed');
  if (!ok) {
    $('cite-text').focus();
    $('cite-text').select();
  }
  return ok;
}

// ---- Uzbek in the reader's script ------------------------------------------------------------

// In an Uzbek interface, Uzbek text in the other script (a Cyrillic-only
// treaty in the Latin interface, say) is shown transliterated by the server
// (/api/v1/transliterate, one set of rules for the whole project), marked
// as such. Only text known to be Uzbek (lang="uz") is touched: Russian and
// English never go through it. A MutationObserver catches every part of a
// view as it arrives.
const translit = { done: new WeakSet(), timer: 0, pending: false };

function uzTarget() {
  if (state.ui === 'uz-Latn') return { to: 'latn', other: /[\u0400-\u04FF]/ };
  if (state.ui === 'uz-Cyrl') return { to: 'cyrl', other: /[A-Za-z]/ };
  return null;
}

async function transliterateTexts(to, texts) {
  const out = [];
  // Requests stay well under the server's limits (200 texts, 48 KiB).
  let batch = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const url = new URL('/api/v1/transliterate', location.origin);
    url.searchParams.set('to', to);
    batch.forEach((text, i) => url.searchParams.set(`t${i}`, text));
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new ApiError(response.status, 'http', response.statusText);
    const body = await response.json();
    out.push(...body.texts);
    batch = [];
    bytes = 0;
  };
  for (const text of texts) {
    const size = new TextEncoder().encode(text).length;
    if (batch.length >= 150 || bytes + size > 12000) await flush();
    batch.push(text);
    bytes += size;
  }
  await flush();
  return out;
}

async function transliterateView() {
  const target = uzTarget();
  if (!target) return;
  const nodes = [];
  const walker = document.createTreeWalker($('view'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (translit.done.has(node) || !target.other.test(node.data)) continue;
    const owner = node.parentElement && node.parentElement.closest('[lang]');
    if (!owner || owner.getAttribute('lang') !== 'uz') continue;
    nodes.push(node);
  }
  if (!nodes.length) return;
  for (const node of nodes) translit.done.add(node);
  let texts;
  try {
    texts = await transliterateTexts(target.to, nodes.map((n) => n.data));
  } catch {
    return; // the text stays as published
  }
  if (uzTarget()?.to !== target.to) return;
  let changed = false;
  nodes.forEach((node, i) => {
    if (texts[i] === undefined || texts[i] === node.data) return;
    node.data = texts[i];
    changed = true;
    const owner = node.parentElement.closest('[lang]');
    owner.setAttribute('lang', state.ui);
    owner.dataset.transliterated = target.to;
    owner.title = t('transliterated_title');
  });
  if (changed && !$('view').querySelector('.translit-note')) {
    $('view').prepend(h('p', { class: 'translit-note', role: 'note', text: t(`transliterated_note_${target.to}`) }));
  }
  const title = $('provision-title');
  if (title && title.dataset.transliterated) document.title = `${title.textContent} — ${t('app_title')}`;
}

// Options of a <select> (outside the view) named in Uzbek.
async function transliterateOptions(select) {
  const target = uzTarget();
  if (!target) return;
  const options = [...select.options].filter((o) => o.getAttribute('lang') === 'uz' && target.other.test(o.text));
  if (!options.length) return;
  try {
    const texts = await transliterateTexts(target.to, options.map((o) => o.text));
    options.forEach((o, i) => {
      o.text = texts[i];
      o.setAttribute('lang', state.ui);
      o.dataset.transliterated = target.to;
    });
  } catch {
    /* shown as published */
  }
}

function scheduleTransliteration() {
  if (!uzTarget()) return;
  window.clearTimeout(translit.timer);
  translit.timer = window.setTimeout(transliterateView, 30);
}

// The cite dialog's Uzbek citations, in the interface's script.
async function transliterateCitations(data) {
  const target = uzTarget();
  const item = data && data.citations && data.citations.uzb;
  if (!target || !item) return;
  const keys = ['short', 'full'].filter((k) => typeof item[k] === 'string' && target.other.test(item[k]));
  if (!keys.length) return;
  try {
    const texts = await transliterateTexts(target.to, keys.map((k) => item[k]));
    keys.forEach((k, i) => {
      item[k] = texts[i];
    });
    item.transliterated = true;
  } catch {
    /* shown as published */
  }
}

// ---- start ----------------------------------------------------------------------------------

function wire() {
  const select = $('ui-lang');
  select.replaceChildren(...UI_LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code }, l.label)));
  select.addEventListener('change', () => {
    setUiLanguage(select.value, true);
    route();
  });

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    submitSearch();
  });
  $('q').addEventListener('input', onQueryInput);
  $('q').addEventListener('keydown', onQueryKey);
  $('q').addEventListener('blur', () => window.setTimeout(closeSuggestions, 100));
  for (const id of ['f-work', 'f-in', 'f-type', 'f-at']) {
    $(id).addEventListener('change', () => {
      if ($('q').value.trim()) submitSearch();
    });
  }
  $('f-clear').addEventListener('click', () => {
    for (const id of ['f-work', 'f-in', 'f-type', 'f-at']) $(id).value = '';
    if ($('q').value.trim()) submitSearch();
  });

  $('skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    $('main').focus();
  });

  for (const radio of document.querySelectorAll('#cite-form input[name="style"]')) {
    radio.addEventListener('change', fillCite);
  }
  $('cite-copy').addEventListener('click', () => copyText(citeText()));
  $('cite-copy-link').addEventListener('click', () => cite.p && copyText(permalinkUrl(citePermalink())));
  $('cite-open').addEventListener('click', () => $('cite-dialog').close());
  $('cite-permalink').addEventListener('click', () => $('cite-dialog').close());

  window.addEventListener('hashchange', route);
}

async function start() {
  initHandout({ h, t, api, state, go, setView, langName, langAttr, fmtDate, permalinkUrl, uiApiLang, uiSummaryLang, inForce });
  wire();
  watchScroll();
  new MutationObserver(scheduleTransliteration).observe($('view'), { childList: true, subtree: true, characterData: true });
  setUiLanguage(pickUiLanguage(), false);
  // On a phone the filters start folded, unless a filter is in use.
  if (window.matchMedia('(max-width: 760px)').matches && !/[?&](work|in|type|at)=/.test(location.hash)) {
    $('filters').open = false;
  }
  try {
    const data = await api('/api/v1/works');
    state.works = data.works || [];
  } catch {
    state.works = [];
  }
  fillFilterOptions();
  updateHandoutLink();
  route();
  document.body.dataset.ready = 'true';
}

start();
