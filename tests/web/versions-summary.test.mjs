// Change summaries in the reader's language and script: the 2008 Art. 21 of
// Law ZRU-154 compared with its 2021 place (Art. 27) in each of the four
// interfaces. The summary opens with the article as the interface names it,
// speaks only that interface's script (no Cyrillic in the Latin Uzbek or
// English summary, no Latin letters in the Russian or Cyrillic Uzbek one) and
// never shows an internal id such as art_1__para_1. Runs against the server
// on corpus/ (QONUN_CORPUS_URL, see run.sh).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORPUS_BASE, gotoApp, openBrowser, setUiLanguage } from './lib.mjs';

const skipCorpus = !CORPUS_BASE && 'no server on corpus/ (missing, or not accepted by qonun check)';

const INTERFACES = [
  { code: 'en', title: /^Article 27 “.+”$/, moved: 'moved from Article 21 to Article 27', latin: true },
  { code: 'ru', title: /^Статья 27 «.+»$/, moved: 'статья 21 → статья 27: перенесено', latin: false },
  { code: 'uz-Latn', title: /^27-modda «.+»$/, moved: '21-modda → 27-modda: koʻchirildi', latin: true },
  { code: 'uz-Cyrl', title: /^27-модда «.+»$/, moved: '21-модда → 27-модда: кўчирилди', latin: false },
];

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

for (const ui of INTERFACES) {
  test(`the ${ui.code} interface names the compared article in its own language and script`, { skip: skipCorpus }, async () => {
    const b = await openBrowser({ origin: CORPUS_BASE });
    const { page } = b;
    try {
      await gotoApp(page, '#/', CORPUS_BASE);
      await setUiLanguage(page, ui.code);
      await gotoApp(page, '#/akn/uz/act/2008-04-17/zru-154/eng@2008-04-18/~art_21', CORPUS_BASE);
      await page.waitForSelector('#provision-title');
      await page.check('.timeline .version[data-date="2008-04-18"] input.pick');
      await page.check('.timeline .version[data-date="2021-02-19"] input.pick');
      await page.waitForSelector('#diff-output .diff-summary li');
      const lines = (await page.locator('#diff-output .diff-summary li').allTextContents()).map((s) => s.trim());
      assert.ok(lines.length >= 2, `summary ${JSON.stringify(lines)}`);
      assert.match(lines[0], ui.title);
      assert.ok(lines.some((l) => l.startsWith(ui.moved)), `summary ${JSON.stringify(lines)} should include "${ui.moved}"`);
      for (const line of lines) {
        assert.doesNotMatch(line, /art_|para_|__/, `internal id in "${line}"`);
        assert.doesNotMatch(line, ui.latin ? CYRILLIC : LATIN, `wrong script in "${line}"`);
      }
      assert.equal(new Set(lines).size, lines.length, 'no line twice');
      assert.deepEqual(b.problems, []);
    } finally {
      await b.close();
    }
  });
}
