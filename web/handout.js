// Handouts for trainers: provisions collected while searching and reading,
// kept in the browser (localStorage), put in order by hand, shown in one or
// two languages side by side with full citations and permalinks in the
// interface language, printed (PDF through the browser) or saved as Markdown
// or as a Word document (DOCX, written by the server).
// A handout has its own permalink: #/handout?items=…&langs=… holds it all.
//
// app.js passes in what it shares (the DOM builder, strings, the API client),
// so this file holds the handout's rules only.

const STORAGE_KEY = 'qonun.handout';
const MAX_ITEMS = 40;

let deps = null;

export function initHandout(shared) {
  deps = shared;
}

// ---- the list ---------------------------------------------------------------------

// An item is { work, eId, at }: the work URI, the provision, the day of its wording.
export function savedItems() {
  try {
    const items = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
    return Array.isArray(items) ? items.filter((i) => i && i.work && i.eId && i.at).slice(0, MAX_ITEMS) : [];
  } catch {
    return [];
  }
}

function saveItems(items) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items.slice(0, MAX_ITEMS)));
  } catch {
    /* storage may be off: the handout's permalink still carries it */
  }
  updateHandoutLink();
}

const same = (a, b) => a.work === b.work && a.eId === b.eId && a.at === b.at;

export function inHandout(item) {
  return savedItems().some((i) => same(i, item));
}

export function toggleHandout(item) {
  const items = savedItems();
  const at = items.findIndex((i) => same(i, item));
  if (at >= 0) items.splice(at, 1);
  else items.push(item);
  saveItems(items);
  return at < 0;
}

export function updateHandoutLink() {
  const link = document.getElementById('handout-link');
  if (!link || !deps) return;
  link.textContent = `${deps.t('handout')} (${savedItems().length})`;
}

// ---- the permalink: items=slug~eId~date,… (slugs keep it short) -------------------------

function encodeItems(items) {
  return items.map((i) => [slugOf(i.work), i.eId, i.at].join('~')).join(',');
}

function decodeItems(text) {
  const out = [];
  for (const part of String(text || '').split(',')) {
    const [slug, eId, at] = part.split('~');
    const work = deps.state.works.find((w) => w.slug === slug || w.uri === slug);
    if (work && eId && /^\d{4}-\d{2}-\d{2}$/.test(at || '')) out.push({ work: work.uri, eId, at });
  }
  return out.slice(0, MAX_ITEMS);
}

function slugOf(uri) {
  const work = deps.state.works.find((w) => w.uri === uri);
  return work ? work.slug : uri;
}

// The same handout as a Word document, written by the server
// (GET /api/v1/handout.docx) in the interface language and Uzbek script.
function docxUrl(items, langs) {
  const query = new URLSearchParams({ items: encodeItems(items), langs: langs.join(','), ui: deps.uiSummaryLang(), title: deps.t('handout') });
  return `/api/v1/handout.docx?${query.toString()}`;
}

function handoutHash(items, langs) {
  return `#/handout?${new URLSearchParams({ items: encodeItems(items), langs: langs.join(',') }).toString()}`;
}

// ---- the view ---------------------------------------------------------------------------

export async function renderHandout(params) {
  const { h, t, api, state, langName, langAttr, fmtDate, permalinkUrl } = deps;
  const nav = state.nav;
  const shared = params.has('items');
  const items = shared ? decodeItems(params.get('items')) : savedItems();
  const languages = ['eng', 'rus', 'uzb'];
  const wanted = (params.get('langs') || deps.uiApiLang()).split(',').filter((l) => languages.includes(l));
  const langs = [...new Set(wanted.length ? wanted : [deps.uiApiLang()])].slice(0, 2);
  state.current = { kind: 'handout' };
  document.title = `${t('handout')} — ${t('app_title')}`;

  const heading = h('h1', { id: 'handout-title', tabindex: '-1', text: t('handout') });
  const section = h('section', { class: 'handout', 'aria-labelledby': 'handout-title', 'data-count': String(items.length) }, heading);
  deps.setView(section);
  if (!items.length) {
    section.append(h('p', { class: 'muted', text: t('handout_empty') }));
    return;
  }

  const go = (nextItems, nextLangs) => {
    if (!shared) saveItems(nextItems);
    deps.go(shared ? handoutHash(nextItems, nextLangs) : `#/handout?langs=${nextLangs.join(',')}`);
  };

  const first = h('select', { id: 'handout-lang-1' }, languages.map((l) => h('option', { value: l }, langName(l))));
  const second = h('select', { id: 'handout-lang-2' }, h('option', { value: '', text: t('handout_one_lang') }), languages.map((l) => h('option', { value: l }, langName(l))));
  first.value = langs[0];
  second.value = langs[1] || '';
  const onLangs = () => go(items, [first.value, second.value].filter((l, i, all) => l && all.indexOf(l) === i));
  first.addEventListener('change', onLangs);
  second.addEventListener('change', onLangs);

  const permalink = `${location.origin}/${handoutHash(items, langs)}`;
  const controls = h(
    'div',
    { class: 'handout-controls' },
    h('div', { class: 'field' }, h('label', { for: 'handout-lang-1', text: t('handout_lang_1') }), first),
    h('div', { class: 'field' }, h('label', { for: 'handout-lang-2', text: t('handout_lang_2') }), second),
    h(
      'p',
      { class: 'button-row' },
      h('button', { type: 'button', id: 'handout-print', class: 'primary', onclick: () => window.print(), text: t('print') }),
      h('a', { class: 'button', id: 'handout-markdown', download: 'handout.md', href: '#', text: t('handout_markdown') }),
      h('a', { class: 'button', id: 'handout-docx', download: 'handout.docx', href: docxUrl(items, langs), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', text: t('handout_docx') }),
      shared ? h('button', { type: 'button', id: 'handout-keep', onclick: () => { saveItems(items); deps.go(`#/handout?langs=${langs.join(',')}`); }, text: t('handout_keep') }) : '',
    ),
    h('p', { class: 'permalink-line' }, `${t('permalink')}: `, h('a', { id: 'handout-permalink', href: handoutHash(items, langs) }, permalink)),
  );
  const list = h('ol', { class: `handout-items cols-${langs.length}` });
  section.append(controls, list);

  // Each provision: its citation in the interface language, its permalink,
  // and its text in each chosen language as of the wording's day.
  const answers = await Promise.all(
    items.map(async (item) => {
      const cite = await api('/api/v1/cite', { work: item.work, eid: item.eId, at: item.at }).catch(() => null);
      const texts = await Promise.all(langs.map((l) => api('/api/v1/provision', { work: item.work, eid: item.eId, lang: l, at: item.at }).catch(() => null)));
      return { item, cite, texts };
    }),
  );
  if (nav !== state.nav) return;

  const markdown = [`# ${t('handout')}`, ''];
  answers.forEach(({ item, cite, texts }, index) => {
    const want = deps.uiApiLang();
    const citations = (cite && cite.citations) || {};
    const chosen = citations[want] || citations[langs[0]] || Object.values(citations)[0] || {};
    const link = permalinkUrl(chosen.permalink || `${item.work}/${langs[0]}@${item.at}/~${item.eId}`);
    const citation = chosen.full || chosen.short || item.eId;
    const move = (delta) => () => {
      const next = [...items];
      const [moved] = next.splice(index, 1);
      next.splice(index + delta, 0, moved);
      go(next, langs);
    };
    const remove = () => go(items.filter((_, i) => i !== index), langs);
    const md = [];
    const columns = langs.map((l, i) => {
      const p = texts[i];
      const col = h('div', { class: 'handout-text', lang: langAttr(l), 'data-lang': l });
      if (!p || !p.provision) {
        col.append(h('p', { class: 'muted', text: t('parallel_missing') }));
        return col;
      }
      col.append(h('h3', { text: [p.num, p.heading].filter(Boolean).join(' ') || p.citation }));
      const lines = [];
      const walk = (n, depth) => {
        const line = [depth ? n.num : '', n.text].filter(Boolean).join(' ');
        if (line) lines.push({ depth, line });
        for (const c of n.children || []) walk(c, depth + 1);
        if (n.wrap_up) lines.push({ depth, line: n.wrap_up });
      };
      walk(p.provision, 0);
      for (const { depth, line } of lines) col.append(h('p', { class: `depth-${Math.min(depth, 5)}`, text: line }));
      col.append(h('p', { class: 'meta' }, deps.inForce(p.valid_from, p.valid_to)));
      md.push(`**${langName(l)}**`, '', ...lines.map(({ depth, line }) => `${'  '.repeat(Math.max(depth - 1, 0))}${depth ? '- ' : ''}${line}`), '');
      return col;
    });
    list.append(
      h(
        'li',
        { class: 'handout-item', 'data-eid': item.eId, 'data-work': item.work },
        h('h2', { class: 'handout-citation' }, h('strong', { lang: langAttr(chosen === citations[want] ? want : langs[0]), text: citation }), ' — ', h('a', { href: link.slice(link.indexOf('#')) }, link)),
        h(
          'p',
          { class: 'handout-order button-row' },
          h('button', { type: 'button', class: 'move-up', disabled: index === 0, onclick: move(-1), 'aria-label': t('handout_up'), text: '↑' }),
          h('button', { type: 'button', class: 'move-down', disabled: index === items.length - 1, onclick: move(1), 'aria-label': t('handout_down'), text: '↓' }),
          h('button', { type: 'button', class: 'remove', onclick: remove, text: t('handout_remove') }),
        ),
        h('div', { class: 'handout-columns' }, columns),
      ),
    );
    markdown.push(`## ${index + 1}. ${citation}`, '', `<${link}>`, '', ...md, '---', '');
  });
  markdown.push(`${t('permalink')}: <${permalink}>`, '');
  const blob = new Blob([markdown.join('\n')], { type: 'text/markdown;charset=utf-8' });
  document.getElementById('handout-markdown').href = URL.createObjectURL(blob);
}
