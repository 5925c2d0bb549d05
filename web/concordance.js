// The implementation matrix (#/concordance?work=…): each article of a treaty
// with the national provisions that implement it and the gaps, from
// GET /api/v1/concordance/matrix. The view a trainer uses to explain how
// Uzbekistan implements the Trafficking Protocol and UNTOC.
//
// app.js owns routing and the DOM helpers; it hands them in as `ui`
// ({ h, t, api, setView, errorBox, state, uiApiLang, workName, langAttr }),
// so this file builds elements only through h() and never writes HTML.

const STRINGS = {
  en: {
    title: 'Implementation matrix',
    link: 'Implementation matrix: treaty articles and the national provisions that implement them',
    intro: 'Each article of the treaty, with the national provisions linked to it in the concordance. Articles no national provision implements are listed as gaps.',
    treaty: 'Treaty',
    gaps_only: 'Show only articles without an implementing provision',
    col_article: 'Article',
    col_status: 'Status',
    col_national: 'National provisions',
    implemented: 'implemented',
    partially_implemented: 'partly implemented',
    related_only: 'related provisions only',
    not_covered: 'gap: not covered',
    not_applicable: 'no national measure needed',
    not_assessed: 'not assessed',
    rel_implements: 'implements',
    rel_partially_implements: 'partly implements',
    rel_corresponds: 'corresponds',
    none: 'No treaty in the index.',
    summary: 'Articles by status',
  },
  ru: {
    title: 'Матрица имплементации',
    link: 'Матрица имплементации: статьи договора и национальные нормы, которые их реализуют',
    intro: 'Каждая статья договора и национальные нормы, связанные с ней в конкордансе. Статьи, которые не реализует ни одна национальная норма, показаны как пробелы.',
    treaty: 'Договор',
    gaps_only: 'Только статьи без реализующей нормы',
    col_article: 'Статья',
    col_status: 'Состояние',
    col_national: 'Национальные нормы',
    implemented: 'реализована',
    partially_implemented: 'реализована частично',
    related_only: 'только смежные нормы',
    not_covered: 'пробел: не охвачена',
    not_applicable: 'национальные меры не требуются',
    not_assessed: 'не оценивалась',
    rel_implements: 'реализует',
    rel_partially_implements: 'реализует частично',
    rel_corresponds: 'соответствует',
    none: 'В индексе нет договоров.',
    summary: 'Статьи по состоянию',
  },
  'uz-Latn': {
    title: 'Implementatsiya matritsasi',
    link: 'Implementatsiya matritsasi: shartnoma moddalari va ularni amalga oshiruvchi milliy normalar',
    intro: 'Shartnomaning har bir moddasi va konkordansda unga bogʻlangan milliy normalar. Hech bir milliy norma amalga oshirmagan moddalar boʻshliq sifatida koʻrsatiladi.',
    treaty: 'Shartnoma',
    gaps_only: 'Faqat amalga oshiruvchi normasi yoʻq moddalar',
    col_article: 'Modda',
    col_status: 'Holati',
    col_national: 'Milliy normalar',
    implemented: 'amalga oshirilgan',
    partially_implemented: 'qisman amalga oshirilgan',
    related_only: 'faqat turdosh normalar',
    not_covered: 'boʻshliq: qamrab olinmagan',
    not_applicable: 'milliy chora talab etilmaydi',
    not_assessed: 'baholanmagan',
    rel_implements: 'amalga oshiradi',
    rel_partially_implements: 'qisman amalga oshiradi',
    rel_corresponds: 'mos keladi',
    none: 'Indeksda shartnoma yoʻq.',
    summary: 'Moddalar holati boʻyicha',
  },
  'uz-Cyrl': {
    title: 'Имплементация матрицаси',
    link: 'Имплементация матрицаси: шартнома моддалари ва уларни амалга оширувчи миллий нормалар',
    intro: 'Шартноманинг ҳар бир моддаси ва конкордансда унга боғланган миллий нормалар. Ҳеч бир миллий норма амалга оширмаган моддалар бўшлиқ сифатида кўрсатилади.',
    treaty: 'Шартнома',
    gaps_only: 'Фақат амалга оширувчи нормаси йўқ моддалар',
    col_article: 'Модда',
    col_status: 'Ҳолати',
    col_national: 'Миллий нормалар',
    implemented: 'амалга оширилган',
    partially_implemented: 'қисман амалга оширилган',
    related_only: 'фақат турдош нормалар',
    not_covered: 'бўшлиқ: қамраб олинмаган',
    not_applicable: 'миллий чора талаб этилмайди',
    not_assessed: 'баҳоланмаган',
    rel_implements: 'амалга оширади',
    rel_partially_implements: 'қисман амалга оширади',
    rel_corresponds: 'мос келади',
    none: 'Индексда шартнома йўқ.',
    summary: 'Моддалар ҳолати бўйича',
  },
};

const STATUSES = ['implemented', 'partially_implemented', 'related_only', 'not_covered', 'not_applicable', 'not_assessed'];
const GAPS = new Set(['not_covered', 'not_assessed']);

export function matrixText(ui, key) {
  const table = STRINGS[ui] || STRINGS.en;
  return table[key] ?? STRINGS.en[key] ?? key;
}

// The link shown on the home page.
export function matrixLink(ui) {
  const { h, state } = ui;
  return h('p', { class: 'matrix-link' }, h('a', { href: '#/concordance', id: 'matrix-link' }, matrixText(state.ui, 'link')));
}

export async function renderMatrix(params, ui) {
  const { h, api, setView, errorBox, state, uiApiLang, workName, langAttr } = ui;
  const s = (key) => matrixText(state.ui, key);
  const nav = state.nav;
  state.current = { kind: 'concordance' };
  document.title = `${s('title')} — ${ui.t('app_title')}`;
  const treaties = state.works.filter((w) => w.level === 'international');
  if (!treaties.length) {
    setView(h('section', { class: 'matrix' }, h('h1', { text: s('title') }), h('p', { class: 'muted', text: s('none') })));
    return;
  }
  const wanted = params.get('work') || '';
  const treaty = treaties.find((w) => w.uri === wanted || (w.aliases || []).includes(wanted)) ||
    treaties.find((w) => /protocol/.test(w.uri)) || treaties[0];
  const lang = uiApiLang();
  const gapsOnly = params.get('gaps') === '1';

  const hashFor = (work, gaps) => `#/concordance?work=${encodeURIComponent(work)}${gaps ? '&gaps=1' : ''}`;
  const select = h('select', { id: 'matrix-work' }, treaties.map((w) => h('option', { value: w.uri, selected: w.uri === treaty.uri }, workName(w))));
  select.addEventListener('change', () => { location.hash = hashFor(select.value, gapsOnly); });
  const gapsBox = h('input', { type: 'checkbox', id: 'matrix-gaps', checked: gapsOnly });
  gapsBox.addEventListener('change', () => { location.hash = hashFor(treaty.uri, gapsBox.checked); });
  const body = h('div', { class: 'matrix-body' }, h('p', { class: 'loading', text: ui.t('loading') }));
  setView(
    h('section', { class: 'matrix', 'aria-labelledby': 'matrix-title' },
      h('h1', { id: 'matrix-title', text: s('title') }),
      h('p', { class: 'intro', text: s('intro') }),
      h('div', { class: 'matrix-controls' },
        h('label', { for: 'matrix-work', text: s('treaty') }), ' ', select, ' ',
        h('label', { class: 'check' }, gapsBox, ' ', s('gaps_only'))),
      body),
  );

  let data;
  try {
    data = await api('/api/v1/concordance/matrix', { work: treaty.uri, lang });
  } catch (err) {
    if (nav === state.nav) body.replaceChildren(errorBox(err, () => renderMatrix(params, ui)));
    return;
  }
  if (nav !== state.nav) return;

  const counts = data.counts || {};
  const summary = h('ul', { class: 'matrix-summary', 'aria-label': s('summary') },
    STATUSES.filter((st) => counts[st]).map((st) =>
      h('li', { class: `status-chip status-${st}`, 'data-status': st }, `${s(st)}: `, h('strong', { text: counts[st] }))));

  const rows = data.articles.filter((a) => !gapsOnly || GAPS.has(a.status));
  const table = h('table', { class: 'matrix-table', id: 'matrix-table', 'data-work': data.work, 'data-gaps': gapsOnly ? '1' : '0' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: s('col_article') }), h('th', { scope: 'col', text: s('col_status') }), h('th', { scope: 'col', text: s('col_national') }))),
    h('tbody', {}, rows.map((a) => h('tr', { 'data-eid': a.eId, 'data-status': a.status, class: `status-${a.status}` },
      h('th', { scope: 'row' }, h('a', { href: `#${a.permalink}`, lang: langAttr(data.lang) }, [a.num, a.heading].filter(Boolean).join(' '))),
      h('td', {}, h('span', { class: `badge status-badge status-${a.status}`, text: s(a.status) })),
      h('td', {}, a.links.length
        ? h('ul', { class: 'matrix-links' }, a.links.map((l) => h('li', { 'data-work': l.national_work, 'data-eid': l.national_eid },
          l.permalink ? h('a', { href: `#${l.permalink}`, lang: langAttr(data.lang) }, l.citation || l.national_eid) : h('span', { text: `${l.national_work_name || l.national_work} ${l.national_eid}` }),
          l.heading ? h('span', { class: 'muted', lang: langAttr(data.lang) }, ` — ${l.heading}`) : '',
          ' ', h('span', { class: `relation relation-${l.relation}`, text: `(${s(`rel_${l.relation}`)})` }),
          l.note ? h('p', { class: 'note', lang: 'en', text: l.note }) : '')))
        : a.gap_note ? h('p', { class: 'gap-note', lang: 'en', text: a.gap_note }) : '')))),
  );
  body.replaceChildren(h('h2', { text: data.work_name, lang: langAttr(data.lang) }), summary, table);
}
