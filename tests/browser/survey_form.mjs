// Browser test of the staff survey form in a real headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core), JavaScript
// switched off: sets up a demo council, opens the health-check survey,
// starts `healthcheck serve`, then answers and submits the whole survey
// with the keyboard only, once in a 360-pixel phone window and once in a
// desk-sized one. Screenshots of every page are kept in ARTIFACTS_DIR.
//
//   node tests/browser/survey_form.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(join(root, 'src/web/package.json'));
const { chromium } = require('playwright-core');

const [binary, artifacts] = process.argv.slice(2);
if (!binary || !artifacts) {
  console.error('usage: survey_form.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR');
  process.exit(2);
}
mkdirSync(artifacts, { recursive: true });

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) { passed++; } else { failed++; console.log(`FAIL: ${what}`); }
}

const work = mkdtempSync(join(tmpdir(), 'hc-browser-'));
const db = `sqlite:${join(work, 'hc.db')}`;
const env = { ...process.env, HEALTHCHECK_SURVEYS: join(root, 'surveys'),
              HEALTHCHECK_ASSETS: join(root, 'src/web/node_modules/govuk-frontend/dist/govuk') };
const hc = (...args) => execFileSync(binary, ['--db', db, ...args], { env, encoding: 'utf8' });
hc('demo', '--out', join(work, 'demo'), '--teams', '2', '--months', '1');
hc('import', join(work, 'demo'));
hc('survey', 'open', '--survey', 'health-check', '--period', '2026-Q3', '--teams', 'T0001');
hc('council', 'set', '--name', 'Northshire Council');  // the header's name

const server = spawn(binary, ['--db', db, 'serve', '--port', '0'],
                     { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => { serverLog += d; });
const base = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/Serving on (http:\/\/[0-9.]+:\d+)\//);
    if (m) ok(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`healthcheck serve exited ${code}: ${serverLog}`)));
  setTimeout(() => fail(new Error('healthcheck serve did not start')), 15000);
});

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Presses Tab until the focused element satisfies `is` (observed, never clicked).
async function tabTo(page, is, arg, limit = 15) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is, arg)) return true;
  }
  return false;
}
const focusedRadioOf = (name) => document.activeElement?.name === name && document.activeElement.type === 'radio';
const focusedTextarea = (name) => document.activeElement?.tagName === 'TEXTAREA' && document.activeElement.name === name;
const focusedButton = (text) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === text;
const focusedLink = (text) => document.activeElement?.tagName === 'A' && document.activeElement.textContent.trim() === text;

async function pressAndWait(page, key) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

async function answerSection(page, label) {
  const questions = await page.$$eval('fieldset, textarea', (els) => els.map((e) =>
    e.tagName === 'TEXTAREA' ? { name: e.name, text: true } : { name: e.querySelector('input').name, text: false }));
  for (const [i, q] of questions.entries()) {
    if (q.text) {
      check(await tabTo(page, focusedTextarea, q.name), `${label}: Tab reaches the text box ${q.name}`);
      await page.keyboard.type('More quiet rooms, please.');
      continue;
    }
    check(await tabTo(page, focusedRadioOf, q.name), `${label}: Tab reaches question ${q.name}`);
    const value = (i % 5) + 1;
    if (value === 1) await page.keyboard.press('Space');
    for (let k = 1; k < value; k++) await page.keyboard.press('ArrowDown');
    const checked = await page.$eval(`input[name="${q.name}"]:checked`, (e) => e.value).catch(() => null);
    check(checked === String(value), `${label}: ${q.name} answered ${value} with the keyboard (got ${checked})`);
  }
}

async function run(name, viewport, link) {
  const profile = mkdtempSync(join(tmpdir(), 'hc-chromium-'));  // a new, empty --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: flags, viewport, javaScriptEnabled: false });
  const page = context.pages()[0] ?? await context.newPage();
  const shot = (what) => page.screenshot({ path: join(artifacts, `${name}-${what}.png`), fullPage: true });
  const fitsWidth = async (what) => check(await page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth), `${name}: ${what} fits ${viewport.width}px without sideways scrolling`);
  try {
    await page.goto(link);
    check(await page.getAttribute('html', 'lang') === 'en', `${name}: lang="en"`);
    check((await page.textContent('header')).includes('Northshire Council'), `${name}: council name in the header`);
    check(!(await page.content()).includes('GOV.UK'), `${name}: no GOV.UK branding`);
    check(await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('GDS Transport')) === false,
          `${name}: not the GDS Transport font`);
    await shot('0-start');
    await fitsWidth('the start page');
    check(await tabTo(page, focusedLink, 'Skip to main content', 2), `${name}: the skip link comes first`);
    check(await tabTo(page, focusedLink, 'Start now'), `${name}: Tab reaches Start now`);
    await pressAndWait(page, 'Enter');

    if (name === 'phone') {
      // Continue without answering: the error summary, focused, lists every question.
      check(await tabTo(page, focusedButton, 'Continue', 40), `${name}: Tab reaches Continue`);
      await pressAndWait(page, 'Enter');
      check((await page.title()).startsWith('Error: '), `${name}: title says Error`);
      const items = await page.$$eval('.govuk-error-summary__list a', (a) => a.map((x) => x.textContent));
      check(items.length === 6 && items[0] === 'Select how much you agree that your caseload is manageable', `${name}: error summary lists 6 (${items[0]})`);
      check(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
            `${name}: the error summary has focus`);
      await shot('1-errors');
    }
    for (let s = 1; s <= 5; s++) {
      const caption = (await page.textContent('.govuk-caption-l'))?.trim();
      check(caption === `Section ${s} of 5`, `${name}: progress reads "Section ${s} of 5" (got "${caption}")`);
      check(await page.$$eval('fieldset', (f) => f.every((x) => x.querySelector('legend'))), `${name}: every fieldset has a legend`);
      await answerSection(page, `${name} section ${s}`);
      await shot(`${s + 1}-section-${s}`);
      await fitsWidth(`section ${s}`);
      check(await tabTo(page, focusedButton, 'Continue'), `${name}: Tab reaches Continue on section ${s}`);
      const focusColour = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
      check(focusColour === 'rgb(255, 221, 0)', `${name}: focused button is visibly highlighted (${focusColour})`);
      await pressAndWait(page, 'Enter');
    }
    check((await page.textContent('h1')).includes('Check your answers'), `${name}: check your answers page`);
    check((await page.textContent('main')).includes('More quiet rooms, please.'), `${name}: the comment is shown back`);
    await shot('7-check');
    await fitsWidth('check your answers');
    check(await tabTo(page, focusedButton, 'Submit your answers', 80), `${name}: Tab reaches Submit your answers`);
    await pressAndWait(page, 'Enter');
    check((await page.textContent('h1')).trim() === 'Thank you', `${name}: thank-you page`);
    await shot('8-thank-you');
    await page.goto(link);
    check((await page.textContent('h1')).trim() === 'This link has already been used', `${name}: the link is used up`);
    await shot('9-used-link');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  const links = hc('survey', 'invite', 'health-check-2026-Q3', '--team', 'T0001', '--count', '2', '--base-url', base)
    .trim().split('\n');
  await run('phone', { width: 360, height: 740 }, links[0]);
  await run('desk', { width: 1280, height: 900 }, links[1]);
  const status = hc('survey', 'status', 'health-check-2026-Q3');
  check(/T0001\s+2\s+2\s+2\s/.test(status), `2 links issued, 2 used, 2 responses stored:\n${status}`);
  const unknown = await fetch(`${base}/s/0123456789abcdef0123456789abcdef`);
  check(unknown.status === 404 && (await unknown.text()).includes('This link does not work'), 'unknown link message');
  const token = links[0].split('/s/')[1];
  check(!serverLog.includes(token), 'the server log holds no token');
} catch (e) {
  failed++;
  console.log(`FAIL: ${e.stack || e}`);
} finally {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots in ${artifacts}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
