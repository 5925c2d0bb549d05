// What changed between two dates (#/changes), on the small test corpus (one
// code: 1995, amended 2008 and 2020), in the four interface languages and on
// a phone: the period in dd.mm.yyyy, the new version with the act that
// brought it, the article it amended linked to its comparison, and the
// second date before the first caught in the form.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE, gotoApp, openBrowser, setUiLanguage } from './lib.mjs';

const TITLES = { en: 'What changed', ru: 'Что изменилось', 'uz-Latn': 'Nima oʻzgardi', 'uz-Cyrl': 'Нима ўзгарди' };
const AMENDED = { en: 'amended', ru: 'изменена', 'uz-Latn': 'oʻzgartirildi', 'uz-Cyrl': 'ўзгартирилди' };

for (const ui of Object.keys(TITLES)) {
  for (const width of [1366, 390]) {
    test(`changes between two dates (${ui}, ${width} px)`, { skip: !BASE && 'no server' }, async () => {
      const b = await openBrowser({ viewport: { width, height: width > 400 ? 900 : 844 } });
      const { page } = b;
      try {
        await gotoApp(page, '#/');
        await setUiLanguage(page, ui);
        // The home page links to the report.
        await page.click('#changes-link');
        await page.waitForSelector('#changes-form');
        await page.fill('#changes-from', '2008-09-16');
        await page.fill('#changes-to', '2021-01-01');
        await page.click('#changes-show');
        await page.waitForFunction(() => location.hash.includes('from=2008-09-16'));
        await page.waitForSelector('#changes-list .changes-version');
        assert.equal((await page.textContent('h1')).trim(), TITLES[ui]);
        const range = await page.textContent('.changes-range');
        assert.match(range, /16\.09\.2008/);
        assert.match(range, /01\.01\.2021/);
        // Only the 2020 version: 2008 took effect on the first day, which is excluded.
        const versions = await page.$$eval('.changes-version', (els) => els.map((e) => e.dataset.date));
        assert.deepEqual(versions, ['2020-08-18']);
        assert.match(await page.textContent('.changes-version h3'), /18\.08\.2020/);
        assert.match(await page.textContent('.changes-acts'), /Test Law No\. 2/);
        const article = page.locator('.changes-articles li[data-eid="art_5"]');
        assert.equal(await article.getAttribute('data-change'), 'changed');
        assert.match(await article.textContent(), new RegExp(AMENDED[ui]));
        assert.equal(await page.locator('.changes-articles li[data-eid="art_6"]').count(), 0);
        // No horizontal scroll, at any width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page ${overflow} px wider than the window`);
        // The article's link opens its comparison between the two wordings.
        await article.locator('a.compare-link').click();
        await page.waitForFunction(() => location.hash.includes('view=compare'));
        const hash = await page.evaluate(() => decodeURIComponent(location.hash));
        assert.match(hash, /eng@2020-08-18\/~art_5|rus@2020-08-18\/~art_5/);
        assert.match(hash, /from=2008-09-16/);
        assert.match(hash, /to=2020-08-18/);
        await page.waitForSelector('.diff-summary, .diff-unit, .diff');
        assert.deepEqual(b.problems, []);
      } finally {
        await b.close();
      }
    });
  }
}

test('changes: the second date before the first is caught in the form; the limit is said', { skip: !BASE && 'no server' }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page, '#/changes?from=2021-01-01&to=2021-06-01');
    await setUiLanguage(page, 'ru');
    await page.waitForSelector('#changes-none');
    await page.fill('#changes-from', '2020-01-01');
    await page.fill('#changes-to', '2019-01-01');
    await page.click('#changes-show');
    await page.waitForSelector('#changes-problem:not([hidden])');
    assert.match(await page.textContent('#changes-problem'), /раньше первой/);
    assert.ok(!(await page.evaluate(() => location.hash)).includes('2019-01-01'));
    // Both amendments since the code took effect, oldest first.
    await gotoApp(page, '#/changes?from=1995-04-01&to=2020-12-31');
    await page.waitForSelector('#changes-list');
    const dates = await page.$$eval('.changes-version', (els) => els.map((e) => e.dataset.date));
    assert.deepEqual(dates, ['2008-09-16', '2020-08-18']);
    assert.match(await page.textContent('#changes-count'), /2 новые редакции/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
