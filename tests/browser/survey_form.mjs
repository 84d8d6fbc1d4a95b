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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Walk, chromium, chromiumFlags } from './server.mjs';

const w = new Walk('survey_form.mjs');
const { check } = w;
w.demo(2, 1);
w.hc(['survey', 'open', '--survey', 'health-check', '--period', '2026-Q3', '--teams', 'T0001',
      '--contact', 'Workforce team, workforce@northshire.example']);
w.hc(['council', 'set', '--name', 'Northshire Council']);  // the header's name

// Presses Tab until the focused element satisfies `is` (observed, never
// clicked); returns how many presses that took, or 0 when `limit` did not
// get there.
async function tabCount(page, is, arg, limit = 15) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is, arg)) return i;
  }
  return 0;
}
const tabTo = async (page, is, arg, limit) => (await tabCount(page, is, arg, limit)) > 0;
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
    if (q.name === 'wl4') {
      // The sixth choice, after the "or": from the first, up wraps round to it.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowUp');
      const checked = await page.$eval(`input[name="${q.name}"]:checked`, (e) => e.value).catch(() => null);
      check(checked === 'prefer-not-to-say', `${label}: ${q.name} answered 'Prefer not to say' with the keyboard (got ${checked})`);
      continue;
    }
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
    executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags, viewport, javaScriptEnabled: false });
  const page = context.pages()[0] ?? await context.newPage();
  const shot = (what) => w.shot(page, `${name}-${what}`, { fullPage: true });
  const fitsWidth = async (what) => check(await page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth), `${name}: ${what} fits ${viewport.width}px without sideways scrolling`);
  try {
    await page.goto(link);
    check(await page.getAttribute('html', 'lang') === 'en', `${name}: lang="en"`);
    check((await page.textContent('header')).includes('Northshire Council'), `${name}: council name in the header`);
    check(!(await page.content()).includes('GOV.UK'), `${name}: no GOV.UK branding`);
    check(await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('GDS Transport')) === false,
          `${name}: not the GDS Transport font`);
    const kept = await page.textContent('main');
    check((await page.textContent('#what-is-kept'))?.trim() === 'What we keep, and for how long',
          `${name}: the start page says what is kept`);
    check(kept.split('not your link').length === 2 && !kept.includes('kept on your link'),
          `${name}: what is kept is said once, without "kept on your link"`);
    check(kept.includes("'Prefer not to say'"), `${name}: the start page tells of 'Prefer not to say'`);
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
      check(items[3] === 'Select how often you get supervision when it is due', `${name}: wl4's error reads as a sentence (${items[3]})`);
      check(await page.locator('.govuk-radios__divider').count() === 6 &&
            await page.locator('label:text-is("Prefer not to say")').count() === 6,
            `${name}: each question offers 'Prefer not to say' after an "or"`);
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
    const changes = await page.$$eval('main a', (a) => a.filter((x) => x.textContent.startsWith('Change')).length);
    check(changes === 5, `${name}: one Change link per section (got ${changes})`);
    check((await page.textContent('main')).includes("1 of them with 'Prefer not to say'"),
          `${name}: the summary counts the 'Prefer not to say'`);
    // From the top of the page: skip link, header, back link, 5 Changes, Submit.
    const tabs = await tabCount(page, focusedButton, 'Submit your answers', 80);
    console.log(`${name}: ${tabs} Tabs to Submit on the check page`);
    check(tabs > 0 && tabs <= 10, `${name}: Submit is at most 10 Tabs from the top of the check page (took ${tabs})`);
    await pressAndWait(page, 'Enter');
    check((await page.textContent('h1')).trim() === 'Thank you', `${name}: thank-you page`);
    check((await page.textContent('main')).includes('written comments only where at least 10 did'),
          `${name}: the thank-you page gives the comments rule`);
    await shot('8-thank-you');
    await page.goto(link);
    check((await page.textContent('h1')).trim() === 'This link has already been used', `${name}: the link is used up`);
    check(await page.getAttribute('main a[href^="mailto:"]', 'href') === 'mailto:workforce@northshire.example',
          `${name}: the survey contact is a mailto link`);
    await shot('9-used-link');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await w.run(async () => {
  const base = await w.serve();
  const links = w.hc(['survey', 'invite', 'health-check-2026-Q3', '--team', 'T0001', '--count', '2', '--base-url', base])
    .trim().split('\n');
  await run('phone', { width: 360, height: 740 }, links[0]);
  await run('desk', { width: 1280, height: 900 }, links[1]);
  const status = w.hc(['survey', 'status', 'health-check-2026-Q3']);
  check(/T0001\s+2\s+2\s+2\s/.test(status), `2 links issued, 2 used, 2 responses stored:\n${status}`);
  const unknown = await fetch(`${base}/s/0123456789abcdef0123456789abcdef`);
  check(unknown.status === 404 && (await unknown.text()).includes('This link does not work'), 'unknown link message');
  const token = links[0].split('/s/')[1];
  check(!w.serverLog().includes(token), 'the server log holds no token');
});
