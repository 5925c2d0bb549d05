// Takes the README's screenshots of the main screens from a real run:
//   node screenshots.mjs OUTPUT_DIR
// with QONUN_CORPUS_URL (the real corpus; preferred) or QONUN_URL set, as
// run.sh --docs does. Each screen is shown in a different interface language.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BASE, CORPUS_BASE, gotoApp, openBrowser, setUiLanguage } from './lib.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node screenshots.mjs OUTPUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const base = CORPUS_BASE || BASE;
const real = Boolean(CORPUS_BASE);
const ARTICLE = real ? '/akn/uz/act/1994-09-22/2012-xii' : '/akn/uz/act/1994-09-22/test-1';
const EID = real ? 'art_135' : 'art_5';
const FROM = real ? '2008-09-16' : '1995-04-01';
const TO = real ? '2025-05-19' : '2020-08-18';
const QUERY = real ? 'forced labour' : 'recruitment';
const LOCALES = { en: 'en-GB', ru: 'ru-RU', 'uz-Latn': 'uz-UZ', 'uz-Cyrl': 'uz-UZ' };

async function shoot(name, ui, hash, prepare, { viewport = { width: 1280, height: 860 }, fullPage = false, filters = false } = {}) {
  const b = await openBrowser({ origin: base, viewport, locale: LOCALES[ui] });
  try {
    const { page } = b;
    await gotoApp(page, '#/', base);
    await setUiLanguage(page, ui);
    await gotoApp(page, hash, base);
    if (!filters) await page.evaluate(() => document.getElementById('filters').removeAttribute('open'));
    await prepare(page);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    assert.deepEqual(b.problems, [], `${name}: console errors`);
    console.log(`wrote ${file}`);
  } finally {
    await b.close();
  }
}

await shoot('search-results-en', 'en', `#/search?q=${encodeURIComponent(QUERY)}`, async (page) => {
  await page.waitForSelector('#results .result');
}, { filters: true });

await shoot('provision-timeline-ru', 'ru', `#${ARTICLE}/rus@${TO}/~${EID}`, async (page) => {
  await page.waitForSelector('.timeline .version');
  await page.waitForSelector('.concordance-box ul, .concordance-box p.muted');
});

await shoot('compare-inline-uz-latn', 'uz-Latn', `#${ARTICLE}/${real ? 'uzb' : 'eng'}@${TO}/~${EID}?view=compare&from=${FROM}&to=${TO}&only=1`, async (page) => {
  await page.waitForSelector('#diff-output .diff');
}, { viewport: { width: 1280, height: 1000 } });

await shoot('compare-side-by-side-en', 'en', `#${ARTICLE}/eng@${TO}/~${EID}?view=compare&from=${FROM}&to=${TO}&mode=side&only=1`, async (page) => {
  await page.waitForSelector('.diff-table');
}, { viewport: { width: 1280, height: 1000 } });

await shoot('parallel-uz-cyrl', 'uz-Cyrl', `#${ARTICLE}/${real ? 'uzb' : 'rus'}@${TO}/~${EID}?view=parallel`, async (page) => {
  await page.waitForSelector('.parallel-table');
});

await shoot('cite-dialog-ru', 'ru', `#${ARTICLE}/rus@${TO}/~${EID}`, async (page) => {
  await page.waitForSelector('#cite-button');
  await page.click('#cite-button');
  await page.check('#cite-form input[name="style"][value="full"]');
  await page.waitForFunction(() => document.getElementById('cite-text').value.includes('/#/akn/'));
  await page.click('#cite-copy');
  await page.waitForFunction(() => document.getElementById('cite-status').textContent.length > 0);
});

await shoot('phone-provision-en', 'en', `#${ARTICLE}/eng@${TO}/~${EID}`, async (page) => {
  await page.waitForSelector('.timeline .version');
}, { viewport: { width: 390, height: 844 } });

await shoot('changes-ru', 'ru', `#/changes?from=${real ? '2019-01-01' : '1995-04-01'}&to=${real ? '2025-12-31' : '2020-12-31'}`, async (page) => {
  await page.waitForSelector('#changes-list .changes-version');
}, { viewport: { width: 1280, height: 1000 } });

await shoot('handout-uz-latn', 'uz-Latn', `#/handout?items=${real ? '2012-xii~art_135~2025-05-19' : 'test-1~art_5~2020-08-18'}&langs=${real ? 'uzb,rus' : 'eng,rus'}`, async (page) => {
  await page.waitForSelector('.handout-items .handout-item .handout-text');
}, { viewport: { width: 1280, height: 1000 } });

await shoot('phone-results-uz-cyrl', 'uz-Cyrl', `#/search?q=${encodeURIComponent(QUERY)}`, async (page) => {
  await page.waitForSelector('#results .result');
  await page.waitForSelector('#facets-toggle');
}, { viewport: { width: 390, height: 844 } });
