// Tests on the real corpus (corpus/), run only when run.sh could start a
// server on it (the folder exists and `qonun check` accepts it); otherwise
// they are skipped. QONUN_CORPUS_URL is that server.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORPUS_BASE, gotoApp, openBrowser, screenshot, setUiLanguage, typeQuery } from './lib.mjs';

const skip = !CORPUS_BASE && 'no server on corpus/ (missing, or not accepted by qonun check)';
const ART_135 = '/akn/uz/act/1994-09-22/2012-xii/rus@2020-08-18/~art_135';

test('cross-script: a Cyrillic Uzbek query finds Latin Uzbek text', { skip }, async () => {
  const b = await openBrowser({ origin: CORPUS_BASE });
  const { page } = b;
  try {
    await gotoApp(page, '#/', CORPUS_BASE);
    await setUiLanguage(page, 'uz-Cyrl');
    await typeQuery(page, 'мажбурий меҳнат');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results .result');
    // The matches come from text published in Latin letters although the
    // query was Cyrillic; the Cyrillic interface shows them transliterated.
    await page.waitForSelector('#results .result[data-lang="uzb"] .snippet[data-transliterated="cyrl"]');
    const marks = await page.locator('#results .result[data-lang="uzb"] .snippet[data-transliterated="cyrl"] mark').allTextContents();
    assert.ok(marks.some((m) => /^мажбур/i.test(m)), `transliterated matches among ${JSON.stringify(marks.slice(0, 10))}`);
    await screenshot(page, 'corpus-cross-script');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('Article 135: the permalink opens it, two versions compare, the citation copies', { skip }, async () => {
  const b = await openBrowser({ origin: CORPUS_BASE });
  const { page } = b;
  try {
    await gotoApp(page, '#/', CORPUS_BASE);
    await setUiLanguage(page, 'ru');
    await gotoApp(page, `#${ART_135}`, CORPUS_BASE);
    await page.waitForSelector('#provision-title');
    assert.match(await page.textContent('#provision-title'), /135/);
    assert.equal(await page.getAttribute('article.provision', 'data-lang'), 'rus');
    await page.waitForSelector('.timeline .version >> nth=1');
    const dates = await page.locator('.timeline .version input.pick').evaluateAll((els) => els.map((e) => e.value));
    assert.ok(dates.length >= 2, `Article 135 has versions ${dates}`);
    await page.check(`.timeline input.pick[value="${dates[0]}"]`);
    await page.check(`.timeline input.pick[value="${dates[dates.length - 1]}"]`);
    await page.waitForSelector('#diff-output .diff');
    assert.ok((await page.locator('.diff-summary li').count()) >= 1);
    assert.ok((await page.locator('#diff-output ins, #diff-output del').count()) >= 1);
    await screenshot(page, 'corpus-art135-compare');

    await page.click('#cite-button');
    await page.waitForFunction(() => document.getElementById('cite-text').value.includes('/#/akn/'));
    await page.click('#cite-copy');
    await page.waitForFunction(() => document.getElementById('cite-status').textContent.length > 0);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /135/);
    // The permalink names the version shown (the one in force on 2020-08-18).
    const shown = await page.getAttribute('article.provision', 'data-valid-from');
    assert.ok(copied.endsWith(`${CORPUS_BASE}/#/akn/uz/act/1994-09-22/2012-xii/rus@${shown}/~art_135`), copied);
    await page.keyboard.press('Escape');

    const again = await b.context.newPage();
    await again.goto(copied.split(' — ').pop());
    await again.waitForSelector('#provision-title');
    assert.equal(await again.getAttribute('article.provision', 'data-eid'), 'art_135');
    assert.equal(await again.getAttribute('article.provision', 'data-lang'), 'rus');
    assert.equal(await again.getAttribute('article.provision', 'data-valid-from'), shown);
    await again.close();
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('the implementation matrix: Protocol articles, their national provisions, the gaps', { skip }, async () => {
  const b = await openBrowser({ origin: CORPUS_BASE });
  const { page } = b;
  const PROTOCOL = '/akn/un/act/protocol/un-ga/2000-11-15/tip-protocol';
  const UNTOC = '/akn/un/act/convention/un-ga/2000-11-15/untoc';
  try {
    await gotoApp(page, '#/', CORPUS_BASE);
    await setUiLanguage(page, 'ru');
    await page.click('#matrix-link');
    await page.waitForSelector(`#matrix-table[data-work="${PROTOCOL}"][data-gaps="0"]`);
    assert.equal(await page.locator('#matrix-table tbody tr').count(), 20);
    // Criminalisation (Art. 5) is implemented, among others by Criminal Code Art. 135, cited in Russian.
    const art5 = page.locator('#matrix-table tr[data-eid="art_5"]');
    assert.equal(await art5.getAttribute('data-status'), 'implemented');
    const cc135 = art5.locator('li[data-work="/akn/uz/act/1994-09-22/2012-xii"][data-eid="art_135"] a');
    assert.match(await cc135.textContent(), /135/);
    assert.match(await art5.locator('.status-badge').textContent(), /реализована/);
    // A gap is visible, with the reason.
    const art13 = page.locator('#matrix-table tr[data-eid="art_13"]');
    assert.equal(await art13.getAttribute('data-status'), 'not_covered');
    assert.match(await art13.locator('.gap-note').textContent(), /Art\. 13/);
    assert.ok((await page.locator('.matrix-summary [data-status="not_covered"]').count()) === 1);
    await screenshot(page, 'corpus-matrix-protocol');

    // Only the gaps: the rows left are the ones with no implementing provision.
    await page.check('#matrix-gaps');
    await page.waitForSelector('#matrix-table[data-gaps="1"]');
    const statuses = await page.locator('#matrix-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.status));
    assert.ok(statuses.length >= 1 && statuses.length < 20, `gap rows ${statuses}`);
    assert.ok(statuses.every((st) => st === 'not_covered' || st === 'not_assessed'), `${statuses}`);
    assert.match(page.url(), /gaps=1/);

    // UNTOC from the selector; then a national provision opens from the matrix.
    await page.selectOption('#matrix-work', UNTOC);
    await page.waitForSelector(`#matrix-table[data-work="${UNTOC}"]`);
    await page.uncheck('#matrix-gaps');
    await page.waitForSelector(`#matrix-table[data-work="${UNTOC}"][data-gaps="0"]`);
    assert.equal(await page.locator('#matrix-table tbody tr').count(), 41);
    await gotoApp(page, `#/concordance?work=${encodeURIComponent(PROTOCOL)}`, CORPUS_BASE);
    await page.waitForSelector(`#matrix-table[data-work="${PROTOCOL}"]`);
    await page.locator('#matrix-table tr[data-eid="art_5"] li[data-eid="art_135"] a').click();
    await page.waitForSelector('article.provision[data-eid="art_135"]');
    assert.equal(await page.getAttribute('article.provision', 'data-lang'), 'rus');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
