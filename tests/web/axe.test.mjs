// Accessibility: axe-core (pinned in package.json) over every page type —
// home, results, provision, comparison, reading an act, handout,
// implementation matrix, what changed — in the four interface languages, on
// a desktop and a 390-px phone. A violation of moderate or worse impact
// fails the test, listed with the page, the rule and the elements.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { BASE, CORPUS_BASE, gotoApp, openBrowser, setUiLanguage } from './lib.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const AXE = readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WORK = '/akn/uz/act/1994-09-22/test-1';
const FAILING = new Set(['moderate', 'serious', 'critical']);

// [name, hash, selector that says the view is drawn, base URL]
const PAGES = [
  ['home', '#/', '.works-list'],
  ['results', '#/search?q=exploitation', '#results .result'],
  ['provision', `#${WORK}/eng@2020-08-18/~art_5`, '.timeline-box'],
  ['comparison', `#${WORK}/eng@2020-08-18/~art_5?view=compare&from=2008-09-16&to=2020-08-18`, '.diff-summary, .diff-unit'],
  ['reading', `#${WORK}/eng@2020-08-18`, '.toc-box, .reading-tools'],
  ['handout', '#/handout?items=test-1~art_5~2020-08-18,test-1~art_6~2020-08-18&langs=eng,rus', '.handout-items.cols-2 .handout-item'],
  ['concordance', '#/concordance', '#matrix-table', CORPUS_BASE],
  ['changes', '#/changes?from=1995-04-01&to=2021-01-01', '#changes-list'],
];

const VIEWPORTS = [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];

// Runs axe on each page of `pages` in one browser (the interface language is
// set once per origin); returns the failing violations as lines.
async function audit(base, pages, ui, viewport) {
  const found = [];
  const b = await openBrowser({ viewport, origin: base });
  const { page } = b;
  try {
    await gotoApp(page, '#/', base);
    await setUiLanguage(page, ui);
    for (const [name, hash, ready] of pages) {
      await gotoApp(page, hash, base);
      await page.waitForSelector(ready);
      // Let the Uzbek transliteration and late answers settle.
      await page.waitForLoadState('networkidle');
      // Evaluated through the DevTools protocol: the page's CSP does not apply.
      if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const v of results.violations) {
        if (!FAILING.has(v.impact)) continue;
        found.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    assert.deepEqual(b.problems, [], 'console errors');
  } finally {
    await b.close();
  }
  return found;
}

for (const ui of ['en', 'ru', 'uz-Latn', 'uz-Cyrl']) {
  for (const [device, viewport] of VIEWPORTS) {
    test(`axe: no moderate or worse violation (${ui}, ${device})`, { skip: !BASE && 'no server' }, async () => {
      const found = await audit(BASE, PAGES.filter((p) => !p[3]), ui, viewport);
      // The matrix needs the treaties of corpus/.
      if (CORPUS_BASE) found.push(...(await audit(CORPUS_BASE, PAGES.filter((p) => p[3]), ui, viewport)));
      assert.deepEqual(found, []);
    });
  }
}
