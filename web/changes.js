// What changed between two dates (#/changes?from=…&to=…&work=…): every new
// version of every act (or of one) that took effect after the first date and
// up to the second, the acts that brought it, a summary and the articles it
// added, amended, moved or repealed, each a link to its comparison. From
// GET /api/v1/changes; a prosecutor asks "what changed since …?".
//
// app.js owns routing and the DOM helpers and hands them in as `ui`
// ({ h, t, api, setView, errorBox, state, uiApiLang, uiSummaryLang, workName,
// langAttr, fmtDate, timeEl, go }); this file builds elements only through h().

const STRINGS = {
  en: {
    title: 'What changed',
    link: 'What changed between two dates',
    intro: 'The new versions of the acts that took effect after the first date and up to the second, with the articles each one changed.',
    from: 'After',
    to: 'Up to',
    work: 'Act',
    any_work: 'All acts',
    show: 'Show changes',
    range: 'Changes after {from} up to {to}',
    none: 'Nothing changed in this period.',
    took_effect: 'The act took effect.',
    repealed: 'The act ceased to have effect.',
    by: 'Brought by',
    articles: 'Articles',
    compare: 'compare',
    old_text: 'wording before',
    added: 'inserted',
    removed: 'repealed',
    changed: 'amended',
    renumbered: 'renumbered',
    moved: 'moved from {num}',
    more: '{n} more articles not listed: narrow the period or choose an act.',
    count_one: '{n} new version',
    count_other: '{n} new versions',
    bad_order: 'The second date must not be before the first.',
    feed: 'Atom feed of this act',
  },
  ru: {
    title: 'Что изменилось',
    link: 'Что изменилось между двумя датами',
    intro: 'Новые редакции актов, вступившие в силу после первой даты и не позднее второй, и статьи, которые изменила каждая из них.',
    from: 'После',
    to: 'По',
    work: 'Акт',
    any_work: 'Все акты',
    show: 'Показать изменения',
    range: 'Изменения после {from} по {to}',
    none: 'За этот период ничего не изменилось.',
    took_effect: 'Акт вступил в силу.',
    repealed: 'Акт утратил силу.',
    by: 'Внесены',
    articles: 'Статьи',
    compare: 'сравнить',
    old_text: 'прежняя редакция',
    added: 'включена',
    removed: 'исключена',
    changed: 'изменена',
    renumbered: 'перенумерована',
    moved: 'прежде {num}',
    more: 'Ещё статей не показано: {n}. Сократите период или выберите акт.',
    count_one: '{n} новая редакция',
    count_few: '{n} новые редакции',
    count_many: '{n} новых редакций',
    count_other: '{n} новой редакции',
    bad_order: 'Вторая дата не может быть раньше первой.',
    feed: 'Atom-лента этого акта',
  },
  'uz-Latn': {
    title: 'Nima oʻzgardi',
    link: 'Ikki sana oraligʻida nima oʻzgardi',
    intro: 'Birinchi sanadan keyin va ikkinchi sanagacha kuchga kirgan hujjatlarning yangi tahrirlari hamda har biri oʻzgartirgan moddalar.',
    from: 'Dan keyin',
    to: 'Gacha',
    work: 'Hujjat',
    any_work: 'Barcha hujjatlar',
    show: 'Oʻzgarishlarni koʻrsatish',
    range: '{from} dan keyin {to} gacha oʻzgarishlar',
    none: 'Bu davrda hech narsa oʻzgarmagan.',
    took_effect: 'Hujjat kuchga kirdi.',
    repealed: 'Hujjat oʻz kuchini yoʻqotdi.',
    by: 'Kiritgan hujjat',
    articles: 'Moddalar',
    compare: 'solishtirish',
    old_text: 'avvalgi tahrir',
    added: 'kiritildi',
    removed: 'chiqarildi',
    changed: 'oʻzgartirildi',
    renumbered: 'raqami oʻzgardi',
    moved: 'avval {num}',
    more: 'Yana {n} ta modda koʻrsatilmadi: davrni qisqartiring yoki hujjatni tanlang.',
    count_one: '{n} ta yangi tahrir',
    count_other: '{n} ta yangi tahrir',
    bad_order: 'Ikkinchi sana birinchisidan oldin boʻlishi mumkin emas.',
    feed: 'Bu hujjatning Atom lentasi',
  },
  'uz-Cyrl': {
    title: 'Нима ўзгарди',
    link: 'Икки сана оралиғида нима ўзгарди',
    intro: 'Биринчи санадан кейин ва иккинчи санагача кучга кирган ҳужжатларнинг янги таҳрирлари ҳамда ҳар бири ўзгартирган моддалар.',
    from: 'Дан кейин',
    to: 'Гача',
    work: 'Ҳужжат',
    any_work: 'Барча ҳужжатлар',
    show: 'Ўзгаришларни кўрсатиш',
    range: '{from} дан кейин {to} гача ўзгаришлар',
    none: 'Бу даврда ҳеч нарса ўзгармаган.',
    took_effect: 'Ҳужжат кучга кирди.',
    repealed: 'Ҳужжат ўз кучини йўқотди.',
    by: 'Киритган ҳужжат',
    articles: 'Моддалар',
    compare: 'солиштириш',
    old_text: 'аввалги таҳрир',
    added: 'киритилди',
    removed: 'чиқарилди',
    changed: 'ўзгартирилди',
    renumbered: 'рақами ўзгарди',
    moved: 'аввал {num}',
    more: 'Яна {n} та модда кўрсатилмади: даврни қисқартиринг ёки ҳужжатни танланг.',
    count_one: '{n} та янги таҳрир',
    count_other: '{n} та янги таҳрир',
    bad_order: 'Иккинчи сана биринчисидан олдин бўлиши мумкин эмас.',
    feed: 'Бу ҳужжатнинг Atom лентаси',
  },
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function changesText(ui, key, vars = {}) {
  const table = STRINGS[ui] || STRINGS.en;
  let s = table[key] ?? STRINGS.en[key] ?? key;
  for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

function countText(ui, n) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(ui).select(n);
  } catch {
    /* keep "other" */
  }
  const table = STRINGS[ui] || STRINGS.en;
  return changesText(ui, table[`count_${category}`] !== undefined ? `count_${category}` : 'count_other', { n });
}

// The link shown on the home page.
export function changesLink(ui) {
  const { h, state } = ui;
  return h('p', { class: 'changes-link' }, h('a', { href: '#/changes', id: 'changes-link' }, changesText(state.ui, 'link')));
}

// A year ago, and today, as the form's defaults.
function defaultRange() {
  const today = new Date();
  const iso = (d) => d.toISOString().slice(0, 10);
  const before = new Date(today);
  before.setFullYear(today.getFullYear() - 1);
  return { from: iso(before), to: iso(today) };
}

export async function renderChanges(params, ui) {
  const { h, api, setView, errorBox, state, workName, langAttr, fmtDate, timeEl } = ui;
  const s = (key, vars) => changesText(state.ui, key, vars);
  const nav = state.nav;
  state.current = { kind: 'changes' };
  document.title = `${s('title')} — ${ui.t('app_title')}`;
  const defaults = defaultRange();
  const fromValue = ISO.test(params.get('from') || '') ? params.get('from') : defaults.from;
  const toValue = ISO.test(params.get('to') || '') ? params.get('to') : defaults.to;
  const workValue = params.get('work') || '';

  const from = h('input', { type: 'date', id: 'changes-from', name: 'from', value: fromValue, min: '1991-01-01', max: '2100-12-31', required: true });
  const to = h('input', { type: 'date', id: 'changes-to', name: 'to', value: toValue, min: '1991-01-01', max: '2100-12-31', required: true });
  const work = h('select', { id: 'changes-work', name: 'work' },
    h('option', { value: '', text: s('any_work') }),
    state.works.map((w) => h('option', { value: w.slug, selected: w.slug === workValue || w.uri === workValue }, workName(w))));
  const problem = h('p', { class: 'form-problem', id: 'changes-problem', role: 'alert', hidden: true });
  const form = h('form', { class: 'changes-form', id: 'changes-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'changes-from', text: s('from') }), from),
    h('div', { class: 'field' }, h('label', { for: 'changes-to', text: s('to') }), to),
    h('div', { class: 'field' }, h('label', { for: 'changes-work', text: s('work') }), work),
    h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'primary', id: 'changes-show', text: s('show') })),
    problem);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!ISO.test(from.value) || !ISO.test(to.value) || to.value < from.value) {
      problem.textContent = s('bad_order');
      problem.hidden = false;
      (to.value < from.value ? to : from).focus();
      return;
    }
    const q = new URLSearchParams({ from: from.value, to: to.value });
    if (work.value) q.set('work', work.value);
    ui.go(`#/changes?${q.toString()}`);
  });

  const body = h('div', { class: 'changes-body', id: 'changes-body' }, h('p', { class: 'loading', text: ui.t('loading') }));
  setView(h('section', { class: 'changes', 'aria-labelledby': 'changes-title' },
    h('h1', { id: 'changes-title', text: s('title') }),
    h('p', { class: 'intro', text: s('intro') }),
    form,
    body));

  let data;
  try {
    data = await api('/api/v1/changes', { from: fromValue, to: toValue, work: workValue, lang: ui.uiApiLang(), ui: ui.uiSummaryLang(), limit: 500 });
  } catch (err) {
    if (nav === state.nav) body.replaceChildren(errorBox(err, () => renderChanges(params, ui)));
    return;
  }
  if (nav !== state.nav) return;

  const rangeLine = h('p', { class: 'changes-range' });
  // The dates as <time> elements where the placeholders stand.
  for (const part of s('range', { from: '\u0000', to: '\u0001' }).split(/(\u0000|\u0001)/)) {
    if (part === '\u0000') rangeLine.append(timeEl(data.from));
    else if (part === '\u0001') rangeLine.append(timeEl(data.to));
    else if (part) rangeLine.append(part);
  }
  const heading = h('h2', { id: 'changes-count', text: countText(state.ui, data.versions.length) });
  if (!data.versions.length) {
    body.replaceChildren(rangeLine, h('p', { class: 'muted', id: 'changes-none', text: s('none') }));
    return;
  }
  const list = h('ol', { class: 'changes-list', id: 'changes-list' });
  let unlisted = 0;
  for (const v of data.versions) {
    const lang = langAttr(v.lang);
    const date = fmtDate(v.valid_from);
    const before = v.previous ? v.previous.slice(v.previous.lastIndexOf('@') + 1) : '';
    unlisted += v.provisions_total - v.provisions.length;
    const item = h('li', { class: 'changes-version', 'data-work': v.work, 'data-date': v.valid_from },
      h('h3', {}, timeEl(v.valid_from), ' — ', h('a', { href: `#${v.expression || v.previous}`, lang, 'aria-label': `${v.work_name}, ${date}` }, v.work_name)));
    if (v.work_repealed) item.append(h('p', { class: 'changes-note', text: s('repealed') }));
    else if (!v.previous) item.append(h('p', { class: 'changes-note', text: s('took_effect') }));
    if (v.acts.length) {
      item.append(h('p', { class: 'changes-acts' }, `${s('by')}: `,
        v.acts.map((a, i) => [i ? '; ' : '', h('span', { lang, text: a.show_as || a.href })])));
    }
    if (v.summary.length) {
      item.append(h('ul', { class: 'changes-summary', lang: langAttr(ui.uiApiLang()) }, v.summary.map((line) => h('li', { text: line }))));
    }
    if (v.provisions.length) {
      const compareHash = (p) => {
        const q = new URLSearchParams({ view: 'compare', from: before, to: v.valid_from });
        return `#${p.change === 'removed' ? v.previous : v.expression}/~${p.eId}?${q.toString()}`;
      };
      item.append(h('p', { class: 'changes-articles-title', text: `${s('articles')}:` }),
        h('ul', { class: 'changes-articles' }, v.provisions.map((p) => h('li', { 'data-eid': p.eId, 'data-change': p.change },
          h('span', { class: `badge change-${p.change}`, text: s(p.change) }), ' ',
          h('span', { lang }, [p.num, p.heading].filter(Boolean).join(' ') || p.eId),
          p.moved && p.num_before ? h('span', { class: 'muted' }, ' (', h('span', { lang, text: s('moved', { num: p.num_before }) }), ')') : '',
          ' · ',
          p.change === 'removed' ? h('a', { href: `#${v.previous}/~${p.eId}`, class: 'old-text-link' }, s('old_text'))
            : h('a', { href: compareHash(p), class: 'compare-link' }, s('compare'))))));
    }
    const slug = v.work.slice(v.work.lastIndexOf('/') + 1);
    item.append(h('p', { class: 'meta' }, h('a', { href: `/api/v1/feed?work=${encodeURIComponent(slug)}&lang=${encodeURIComponent(ui.uiApiLang())}`, type: 'application/atom+xml', class: 'feed-link' }, s('feed'))));
    list.append(item);
  }
  body.replaceChildren(rangeLine, heading, list,
    data.truncated ? h('p', { class: 'note', id: 'changes-more', text: s('more', { n: unlisted }) }) : '');
}
