// End-to-end tests of the web page on the small test corpus (tests/data/minimal):
// one work "Test Code" (alias TK), English and Russian, versions 1995-04-01,
// 2008-09-16 and 2020-08-18; Article 5 changes its sanction and gains point (c)
// in 2020. Run by run.sh, which starts the server and sets QONUN_URL.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, BASE, gotoApp, openBrowser, screenshot, setUiLanguage, typeQuery } from './lib.mjs';

const WORK = '/akn/uz/act/1994-09-22/test-1';
const TITLE = { eng: 'Article 5. Recruitment of persons', rus: 'Статья 5. Вербовка людей' };
const DELETED = { eng: 'three', rus: 'трёх' };
const FULL_CITATION = {
  eng: 'Art. 5 of the Test Code (as amended by Test Law No. 2)',
  rus: 'ст. 5 Тестового кодекса (в редакции: Test Law No. 2)',
};

// What each interface language must show. uz-Latn and uz-Cyrl have no Uzbek
// text in this corpus, so their citation comes in the document's language
// with a note saying so.
const LANGS = [
  {
    code: 'en', query: 'recru', pick: 'Recruitment of persons', button: 'Search', count: '1 result',
    notice: 'Our summary — consult the official text.', compare: 'Compare versions', summary: 'sanction in Article 5, part 1 changed from 3–5 years to 5–8 years',
    copied: 'Copied to the clipboard.', quote: 'A quotation mark is not closed.', fallbackNote: false,
  },
  {
    code: 'ru', query: 'вербо', pick: 'Вербовка людей', button: 'Найти', count: '1 результат',
    notice: 'Наше изложение — сверяйтесь с официальным текстом.', compare: 'Сравнить редакции', summary: 'санкция (статья 5, часть 1) изменена',
    copied: 'Скопировано в буфер обмена.', quote: 'Кавычка не закрыта.', fallbackNote: false,
  },
  {
    code: 'uz-Latn', query: 'recru', pick: 'Recruitment of persons', button: 'Qidirish', count: '1 ta natija',
    notice: 'Bu bizning qisqacha bayonimiz — rasmiy matnga qarang.', compare: 'Tahrirlarni solishtirish', summary: '5-modda, 1-qism sanksiyasi oʻzgardi',
    copied: 'Nusxa olindi.', quote: 'Qoʻshtirnoq yopilmagan.', fallbackNote: true,
  },
  {
    code: 'uz-Cyrl', query: 'вербо', pick: 'Вербовка людей', button: 'Қидириш', count: '1 та натижа',
    notice: 'Бу бизнинг қисқача баёнимиз — расмий матнга қаранг.', compare: 'Таҳрирларни солиштириш', summary: '5-модда, 1-қисм санкцияси ўзгарди',
    copied: 'Нусха олинди.', quote: 'Қўштирноқ ёпилмаган.', fallbackNote: true,
  },
];

test('the server is up', { skip: !BASE && 'QONUN_URL is not set: run tests/web/run.sh' }, async () => {
  const res = await fetch(`${BASE}/health`);
  assert.equal(res.status, 200);
});

for (const L of LANGS) {
  test(`search → open → compare → cite → permalink (${L.code})`, { skip: !BASE }, async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await gotoApp(page);
      await setUiLanguage(page, L.code);
      assert.equal((await page.textContent('#search-button')).trim(), L.button);

      // Type-ahead: the suggestion comes from /api/v1/suggest; pick it with the keyboard.
      await typeQuery(page, L.query);
      await page.locator('#suggest-list [role="option"]', { hasText: L.pick }).first().waitFor();
      assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'true');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getAttribute('#q', 'aria-activedescendant'), 'suggest-0');
      await page.keyboard.press('Enter');

      await page.waitForSelector('#results .result');
      const heading = await page.textContent('#results-heading');
      assert.ok(heading.includes(L.count), `results heading "${heading}" should say "${L.count}"`);
      assert.ok((await page.locator('#results .snippet mark').count()) > 0, 'the snippet highlights the match');
      assert.match(await page.textContent('#results .result .citation'), /5/);
      assert.match(await page.textContent('#results .result .meta'), /1995|2008|2020/);
      await page.waitForFunction(() => document.getElementById('live').textContent.length > 0);
      await screenshot(page, `${L.code}-1-results`);

      // Open the result: breadcrumb, text with points, timeline, status notice.
      await page.click('#results .result-link >> nth=0');
      await page.waitForSelector('#provision-title');
      const docLang = await page.getAttribute('article.provision', 'data-lang');
      assert.ok(['eng', 'rus'].includes(docLang));
      assert.equal((await page.textContent('#provision-title')).trim(), TITLE[docLang]);
      assert.match(await page.textContent('nav.breadcrumb'), docLang === 'eng' ? /Test Code.*Chapter I/s : /Тестовый кодекс.*Глава I/s);
      assert.ok(await page.isVisible('#panel-text [data-eid="art_5__para_2__point_c"]'), 'point (c) is shown');
      assert.ok((await page.textContent('.status-notice')).includes(L.notice));
      assert.equal(await page.getAttribute('.status-notice a', 'href'), 'https://example.org/test-code');
      await page.waitForSelector('.timeline .version >> nth=2');
      assert.equal(await page.locator('.timeline .version').count(), 3);
      assert.equal((await page.textContent('#tab-compare')).trim(), L.compare);
      await page.waitForSelector('.concordance-box p.muted, .concordance-box ul');
      await screenshot(page, `${L.code}-2-provision`);

      // Compare: tick two versions on the timeline.
      await page.check('.timeline .version[data-date="1995-04-01"] input.pick');
      await page.check('.timeline .version[data-date="2020-08-18"] input.pick');
      await page.waitForSelector('#diff-output .diff');
      assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
      const summary = await page.locator('.diff-summary li').allTextContents();
      assert.ok(summary.length >= 2, 'the change summary lists the changes');
      assert.ok(summary.some((s) => s.includes(L.summary)), `summary ${JSON.stringify(summary)} should include "${L.summary}"`);
      assert.ok((await page.locator('#diff-output del', { hasText: DELETED[docLang] }).count()) >= 1);
      assert.ok((await page.locator('#diff-output .diff-units ins').count()) >= 1);
      assert.ok((await page.locator('#diff-output .unit-added').count()) >= 1, 'the inserted point is marked added');
      assert.match(page.url(), /view=compare&from=1995-04-01&to=2020-08-18/);
      // Insertions and deletions carry a line, not only a colour.
      const decorations = await page.evaluate(() => ({
        ins: getComputedStyle(document.querySelector('.diff-units ins')).textDecorationLine,
        del: getComputedStyle(document.querySelector('.diff-units del')).textDecorationLine,
      }));
      assert.equal(decorations.ins, 'underline');
      assert.equal(decorations.del, 'line-through');
      await screenshot(page, `${L.code}-3-compare-inline`);

      await page.check('#cmp-side');
      await page.waitForSelector('.diff-table');
      assert.ok((await page.locator('.diff-table td.before del').count()) >= 1);
      assert.ok((await page.locator('.diff-table td.after ins').count()) >= 1);
      assert.equal(await page.locator('.diff-table td.before ins').count(), 0);
      assert.equal(await page.locator('.diff-table td.after del').count(), 0);
      await screenshot(page, `${L.code}-4-compare-side`);

      // Parallel view: English and Russian side by side, aligned by sub-provision.
      await page.click('#tab-parallel');
      await page.waitForSelector('.parallel-table');
      const row = page.locator('.parallel-table tr[data-eid="art_5__para_2__point_c"] td');
      assert.equal(await row.count(), 2);
      assert.match(await row.nth(0).textContent(), /with transfer abroad/);
      assert.match(await row.nth(1).textContent(), /с вывозом за границу/);
      await screenshot(page, `${L.code}-5-parallel`);

      // Cite: full style, copy, then read the clipboard back.
      await page.click('#cite-button');
      await page.waitForSelector('#cite-dialog[open]');
      await page.waitForFunction(() => document.getElementById('cite-text').value.includes('/#/akn/'));
      await page.check('#cite-form input[name="style"][value="full"]');
      await page.click('#cite-copy');
      await page.waitForFunction((text) => document.getElementById('cite-status').textContent === text, L.copied);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const permalink = `${BASE}/#${WORK}/${docLang}@2020-08-18/~art_5`;
      assert.equal(copied, `${FULL_CITATION[docLang]} — ${permalink}`);
      assert.equal(await page.isVisible('#cite-note'), L.fallbackNote);
      await screenshot(page, `${L.code}-6-cite`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('cite-dialog').open);

      // The permalink opens the same provision version, in the remembered language.
      const again = await b.context.newPage();
      await again.goto(copied.split(' — ').pop());
      await again.waitForSelector('#provision-title');
      assert.equal(await again.getAttribute('article.provision', 'data-eid'), 'art_5');
      assert.equal(await again.getAttribute('article.provision', 'data-valid-from'), '2020-08-18');
      assert.equal(await again.getAttribute('article.provision', 'data-lang'), docLang);
      assert.equal(await again.getAttribute('html', 'lang'), L.code);
      assert.equal((await again.textContent('#search-button')).trim(), L.button);
      await again.close();

      assert.deepEqual(b.problems, [], 'no console errors or CSP violations');
    } finally {
      await b.close();
    }
  });
}

test('an older version: timeline link, its text, and its permalink', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page, `#${WORK}/rus@2020-08-18/~art_5`);
    await page.waitForSelector('.timeline .version >> nth=2');
    await page.click('.timeline .version[data-date="2008-09-16"] a.version-date');
    await page.waitForFunction(() => document.querySelector('article.provision')?.dataset.validFrom === '2008-09-16');
    assert.equal(await page.locator('#panel-text [data-eid="art_5__para_2__point_c"]').count(), 0, 'point (c) came in 2020');
    assert.match(await page.textContent('#panel-text'), /от пяти до восьми лет/);

    // A date inside the first version resolves to it.
    await page.goto(`${BASE}/#${WORK}/rus@2000-01-01/~art_5`);
    await page.waitForFunction(() => document.querySelector('article.provision')?.dataset.validFrom === '1995-04-01');
    assert.match(await page.textContent('#panel-text'), /от трёх до пяти лет/);

    // The English interface cites in English, linked to the English text of that version.
    await page.click('#cite-button');
    await page.waitForFunction(() => document.getElementById('cite-text').value.includes('@1995-04-01/~art_5'));
    assert.equal(await page.textContent('#cite-permalink'), `${BASE}/#${WORK}/eng@1995-04-01/~art_5`);
    await page.click('#cite-open');
    await page.waitForFunction(() => !document.getElementById('cite-dialog').open);
    assert.ok(page.url().endsWith(`#${WORK}/eng@1995-04-01/~art_5`));
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('the interface language is remembered between visits', { skip: !BASE }, async () => {
  const first = await openBrowser();
  const profile = first.userDataDir;
  try {
    await gotoApp(first.page);
    await setUiLanguage(first.page, 'uz-Cyrl');
  } finally {
    await first.close({ keepProfile: true });
  }
  const second = await openBrowser({ profile });
  try {
    await gotoApp(second.page);
    assert.equal(await second.page.getAttribute('html', 'lang'), 'uz-Cyrl');
    assert.equal(await second.page.inputValue('#ui-lang'), 'uz-Cyrl');
    assert.equal((await second.page.textContent('#search-button')).trim(), 'Қидириш');
    assert.equal(await second.page.getAttribute('#q', 'placeholder'), 'Сўзлар, "ибора" ёки ҳавола, масалан ЖК 135-модда');
  } finally {
    await second.close();
  }
});

for (const L of LANGS.filter((l) => l.code === 'en' || l.code === 'ru' || l.code === 'uz-Latn')) {
  test(`a 400 from the server is shown in the interface language (${L.code})`, { skip: !BASE }, async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await gotoApp(page);
      await setUiLanguage(page, L.code);
      await page.fill('#q', '"forced labour');
      const answer = page.waitForResponse((r) => r.url().includes('/api/v1/search'));
      await page.press('#q', 'Enter');
      assert.equal((await answer).status(), 400);
      const alert = page.locator('#view [role="alert"]');
      await alert.waitFor();
      assert.ok((await alert.textContent()).includes(L.quote), `the alert says "${L.quote}"`);
      assert.equal(await alert.getAttribute('data-status'), '400');
      await page.waitForFunction((q) => document.getElementById('live').textContent.includes(q), L.quote);
      // A late type-ahead answer must not reopen the list over the message.
      await page.waitForTimeout(500);
      assert.equal(await page.isHidden('#suggest-list'), true);
      await screenshot(page, `${L.code}-error-400`);
      // The page stays usable.
      await page.fill('#q', 'recruitment');
      await page.press('#q', 'Enter');
      await page.waitForSelector('#results .result');
      assert.deepEqual(b.problems, []);
    } finally {
      await b.close();
    }
  });
}

test('a 404 permalink is explained, not a blank page', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page, `#${WORK}/eng@1990-01-01/~art_5`);
    await page.selectOption('#ui-lang', 'ru');
    const alert = page.locator('#view [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Не найдено/);
    assert.equal(await alert.getAttribute('data-status'), '404');
    await gotoApp(page, '#/no/such/page');
    assert.match(await page.textContent('#view'), /Такой страницы нет/);
  } finally {
    await b.close();
  }
});

test('cross-language search from the box: an English query shows the Russian text in the Russian interface', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page);
    await setUiLanguage(page, 'ru');
    await page.fill('#q', 'recruitment');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results .result');
    assert.equal(await page.getAttribute('#results .result', 'data-lang'), 'rus');
    assert.match(await page.textContent('#results .result .snippet'), /Вербовка/);
    assert.match(await page.textContent('#results .result'), /английский, русский|русский/);
  } finally {
    await b.close();
  }
});

test('did you mean, and the filters: language, type, law as of', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page);
    await page.fill('#q', 'Recruting');
    await page.press('#q', 'Enter');
    // Nothing as typed: the correction's results, with the query as typed one click away.
    await page.waitForSelector('.corrected strong');
    assert.equal(await page.textContent('.corrected strong'), 'recruiting');
    await page.waitForSelector('#results .result');
    await page.click('.corrected a.as-typed');
    await page.waitForSelector('.did-you-mean a');
    assert.equal(await page.textContent('.did-you-mean a'), 'recruiting');
    await page.click('.did-you-mean a');
    await page.waitForSelector('#results .result');
    assert.equal(await page.inputValue('#q'), 'recruiting');

    // Search only the English texts, then only the Russian ones, for a Russian word;
    // hits are shown in the interface language (English) where they exist.
    await page.fill('#q', 'вербовка');
    await page.selectOption('#f-in', 'eng');
    await page.waitForFunction(() => location.hash.includes('in=eng'));
    await page.waitForSelector('.no-results');
    await page.selectOption('#f-in', 'rus');
    await page.waitForFunction(() => location.hash.includes('in=rus'));
    await page.waitForSelector('#results .result[data-lang="eng"]');

    // Law as of 2000: the 1995 version, with its old sanction.
    await page.selectOption('#f-in', '');
    await page.fill('#f-at', '2000-01-01');
    await page.dispatchEvent('#f-at', 'change');
    await page.waitForFunction(() => location.hash.includes('at=2000-01-01'));
    await page.waitForSelector('#results .result time[datetime="1995-04-01"]');
    assert.match(await page.textContent('#results .snippet'), /three to five years/);

    // Instruments: the work filter lists Test Code.
    assert.ok((await page.locator('#f-work option', { hasText: 'Test Code' }).count()) === 1);

    // International only: nothing in this corpus.
    await page.selectOption('#f-type', 'international');
    await page.waitForSelector('.no-results');
    assert.match(await page.textContent('#results-heading'), /^0 results/);

    await page.click('#f-clear');
    await page.waitForFunction(() => !location.hash.includes('type='));
    await page.waitForSelector('#results .result');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('snippets are inserted only when they hold nothing but text and <mark>', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await page.route('**/api/v1/search?**', async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      body.results[0].snippet = 'bad <img src="x" class="evil"> <mark>hit</mark><script>window.pwned=1</script>';
      body.results[0].heading = '<b class="evil">heading</b>';
      await route.fulfill({ response: res, json: body });
    });
    await gotoApp(page, '#/search?q=recruitment');
    await page.waitForSelector('#results .result');
    assert.equal(await page.locator('#results .evil').count(), 0);
    assert.equal(await page.locator('#results img, #results script, #results b').count(), 0);
    assert.match(await page.textContent('#results .snippet'), /bad\s+hit/);
    assert.match(await page.textContent('#results .result-title'), /<b class="evil">heading<\/b>/);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  } finally {
    await b.close();
  }
});

test('keyboard only: search, open a result, switch tabs, close the dialog', { skip: !BASE }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-link');
    await page.focus('#q');
    await page.keyboard.type('recruitment');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results .result');
    await page.focus('#results .result-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#provision-title');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'provision-title');
    await page.focus('#tab-text');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-compare');
    assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
    await page.waitForSelector('#diff-output .diff');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(outline, 'solid', 'focus is visible');
    await page.focus('#cite-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#cite-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('cite-dialog').open);
  } finally {
    await b.close();
  }
});

test('print layout and phone width', { skip: !BASE }, async () => {
  const b = await openBrowser({ viewport: { width: 390, height: 844 } });
  const { page } = b;
  try {
    await gotoApp(page, `#${WORK}/eng@2020-08-18/~art_5?view=compare&from=1995-04-01&to=2020-08-18`);
    await page.waitForSelector('#diff-output .diff');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    await screenshot(page, 'phone-compare');
    await page.click('#tab-parallel');
    await page.waitForSelector('.parallel-table');
    const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow2 <= 1, `parallel view fits a phone (overflow ${overflow2}px)`);
    await screenshot(page, 'phone-parallel');

    await page.click('#tab-compare');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#search-form'), false);
    assert.equal(await page.isVisible('.toolbar'), false);
    assert.equal(await page.isVisible('.print-only'), true);
    const marks = await page.evaluate(() => ({
      ins: getComputedStyle(document.querySelector('.diff ins')).textDecorationLine,
      del: getComputedStyle(document.querySelector('.diff del')).textDecorationLine,
      before: getComputedStyle(document.querySelector('.diff ins'), '::before').content,
    }));
    assert.deepEqual(marks, { ins: 'underline', del: 'line-through', before: '"[+"' });
    await screenshot(page, 'print-compare');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.pdf({ path: path.join(ARTIFACTS, 'compare-print.pdf'), format: 'A4' });
  } finally {
    await b.close();
  }
});
