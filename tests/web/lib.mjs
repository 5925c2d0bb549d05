// Shared helpers for the web tests: a fresh Chromium profile per browser,
// the servers' URLs from run.sh, screenshots into the artifacts folder, and
// a watch on console errors and Content-Security-Policy violations.

import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = process.env.QONUN_URL || '';
export const CORPUS_BASE = process.env.QONUN_CORPUS_URL || '';
export const ARTIFACTS = process.env.QONUN_WEB_ARTIFACTS || path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Opens Chromium on a fresh --user-data-dir (or `profile`, to test what a
// browser remembers between visits). Returns { context, page, problems, close }.
export async function openBrowser({ profile, viewport = { width: 1280, height: 900 }, origin = BASE, locale = 'en-US' } = {}) {
  const userDataDir = profile || mkdtempSync(path.join(tmpdir(), 'qonun-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    timeout: 60_000,
  });
  context.setDefaultTimeout(15_000);
  if (origin) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  const problems = [];
  const page = context.pages()[0] || (await context.newPage());
  watch(page, problems);
  context.on('page', (p) => watch(p, problems));
  return {
    context,
    page,
    problems,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function watch(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The API's own error answers (400, 404) are expected in some tests;
    // the browser logs them as failed resource loads.
    if (/Failed to load resource: the server responded with a status of (400|404)/.test(text)) return;
    problems.push(text);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
}

export async function gotoApp(page, hash = '#/', base = BASE) {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
}

export async function setUiLanguage(page, code) {
  await page.selectOption('#ui-lang', code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// Types like a person, so that the type-ahead fires.
export async function typeQuery(page, text) {
  await page.fill('#q', '');
  await page.locator('#q').pressSequentially(text, { delay: 40 });
}
