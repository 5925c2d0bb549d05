// Versions on the page: the dates a wording stood, the numbers a provision
// had, deleted and inserted words kept apart, and comparisons of texts that
// carry markup rendered inert. The last test starts its own `qonun serve` on
// a copy of the small test corpus with markup in Article 5's number, heading
// and text (QONUN_BINARY, default build/cli/qonun, as run.sh).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BASE, CORPUS_BASE, gotoApp, openBrowser, setUiLanguage } from './lib.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const skipCorpus = !CORPUS_BASE && 'no server on corpus/ (missing, or not accepted by qonun check)';

test('Art. 135 part 2 shows the dates its wording stood, not those of the version', { skip: skipCorpus }, async () => {
  const b = await openBrowser({ origin: CORPUS_BASE });
  const { page } = b;
  try {
    await gotoApp(page, '#/', CORPUS_BASE);
    await setUiLanguage(page, 'en');
    await gotoApp(page, '#/akn/uz/act/1994-09-22/2012-xii/rus@2020-01-22/~art_135__para_2', CORPUS_BASE);
    await page.waitForSelector('.timeline-box .wording-dates');
    const text = await page.textContent('.timeline-box .wording-dates');
    // Dates as the interface writes them (dd.mm.yyyy).
    assert.match(text, /16\.09\.2008/);
    assert.match(text, /19\.05\.2025/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('a renumbered article lists its numbers over time', { skip: skipCorpus }, async () => {
  const b = await openBrowser({ origin: CORPUS_BASE });
  const { page } = b;
  try {
    await gotoApp(page, '#/', CORPUS_BASE);
    await setUiLanguage(page, 'en');
    await gotoApp(page, '#/akn/uz/act/2008-04-17/zru-154/eng@2008-04-18/~art_21', CORPUS_BASE);
    await page.waitForSelector('.timeline-box .numbers-line');
    assert.match(await page.textContent('.timeline-box .numbers-line'), /Article 21 \(2008\) → Article 27 \(2021\)/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('deleted and inserted words read apart, with labels', { skip: !BASE && 'no server' }, async () => {
  const b = await openBrowser();
  const { page } = b;
  try {
    await gotoApp(page);
    await setUiLanguage(page, 'en');
    await gotoApp(page, '#/akn/uz/act/1994-09-22/test-1/eng@2021-01-01/~art_5');
    await page.waitForSelector('#provision-title');
    await page.check('.timeline .version[data-date="1995-04-01"] input.pick');
    await page.check('.timeline .version[data-date="2020-08-18"] input.pick');
    await page.waitForSelector('#diff-output .diff-units');
    // Every change carries its label, and a deletion is never glued to the insertion after it.
    const labels = await page.locator('#diff-output .diff-units del .diff-label, #diff-output .diff-units ins .diff-label').count();
    const changes = await page.locator('#diff-output .diff-units del, #diff-output .diff-units ins').count();
    assert.ok(changes > 0);
    assert.equal(labels, changes);
    const glued = await page.evaluate(() =>
      [...document.querySelectorAll('#diff-output del')].filter((d) => d.nextSibling && d.nextSibling.nodeName === 'INS').length,
    );
    assert.equal(glued, 0);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

// A server on a copy of the test corpus with markup where data goes.
async function hostileServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'qonun-xss-'));
  const corpus = path.join(dir, 'corpus');
  cpSync(path.join(root, 'tests/data/minimal'), corpus, { recursive: true });
  const file = path.join(corpus, 'uz/act/test-code/eng@2020-08-18.xml');
  const hostile = '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &quot;&apos;&amp;';
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace('<num>Article 5.</num>', `<num>Article 5 ${hostile}.</num>`);
  xml = xml.replace('<heading>Recruitment of persons</heading>', `<heading>Recruitment ${hostile}</heading>`);
  xml = xml.replace('Recruiting persons for exploitation', `Recruiting ${hostile}`);
  writeFileSync(file, xml);
  const binary = process.env.QONUN_BINARY || path.join(root, 'build/cli/qonun');
  const server = spawn(binary, ['serve', '--port', '0', '--threads', '2', '--db', path.join(dir, 'db'), '--corpus', corpus, '--web', path.join(root, 'web')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    server.on('exit', (code) => reject(new Error(`qonun serve exited ${code}: ${log}`)));
  });
  return {
    url,
    stop() {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('a comparison of texts carrying markup is inert on the page', async () => {
  const server = await hostileServer();
  const b = await openBrowser({ origin: server.url });
  const { page } = b;
  try {
    await gotoApp(page, '#/', server.url);
    await setUiLanguage(page, 'en');
    await gotoApp(page, '#/akn/uz/act/1994-09-22/test-1/eng@2021-01-01/~art_5', server.url);
    await page.waitForSelector('#provision-title');
    await page.check('.timeline .version[data-date="1995-04-01"] input.pick');
    await page.check('.timeline .version[data-date="2020-08-18"] input.pick');
    await page.waitForSelector('#diff-output .diff-units');
    const result = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      xss: window.__xss === 1,
      text: document.body.textContent,
    }));
    assert.equal(result.images, 0);
    assert.equal(result.xss, false);
    assert.match(result.text, /<img src=x onerror="window.__xss=1">/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
    server.stop();
  }
});
