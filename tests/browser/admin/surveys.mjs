// The admin area's staff survey steps as a keyboard-only user takes them in
// Chromium, one exported function a step, so that a walk can chain them
// with the other admin steps (imports, accounts, settings, audit):
//
//   import { runSurvey } from './admin/surveys.mjs';
//   await runSurvey(w, page, { period: '2026-Q3', team: 'T0001', label: 'desk' });
//
// `w` is the walk (tests/browser/server.mjs), `page` a page signed in as an
// admin. Each step checks what it must see with w.check and saves a
// screenshot named admin-surveys-LABEL-N-what.png.
import { readFileSync } from 'node:fs';

import { chromium, chromiumFlags } from '../server.mjs';
import { focusedButton, focusedLink, tabTo } from './keyboard.mjs';

export { tabTo };
export const focusedField = (id) => document.activeElement?.id === id;
const focusedSubmit = () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.closest('main form') !== null;
const focusedRadioOf = (name) => document.activeElement?.name === name && document.activeElement.type === 'radio';

export async function enter(page) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

// Tab to a link or button by its text and follow it with Enter.
export async function follow(w, page, text, what, kind = focusedLink) {
  const reached = await tabTo(page, kind, text, 120);
  w.check(reached, `${what}: Tab reaches "${text}"`);
  if (reached) await enter(page);
  return reached;
}

export const fits = async (w, page, what) => w.check(await page.evaluate(() =>
  document.documentElement.scrollWidth <= window.innerWidth), `${what} fits the window without sideways scrolling`);

function shooter(w, page, label) {
  let n = 0;
  return (what) => w.shot(page, `admin-surveys-${label}-${++n}-${what}`, { fullPage: true });
}

// From /admin: the survey runs, then "Open a survey" filled in and sent.
// Returns the run id.
export async function openSurvey(w, page, { period, label, contact = 'Workforce team, workforce@council.example' }) {
  const shot = shooter(w, page, `${label}-open`);
  await page.goto(`${w.base}/admin`);
  await follow(w, page, 'Run the staff survey', `${label}: admin home`);
  w.check((await page.textContent('h1')).trim() === 'Staff surveys', `${label}: the survey runs page`);
  await follow(w, page, 'Open a survey', `${label}: survey runs`);
  w.check((await page.textContent('h1')).trim() === 'Open a survey', `${label}: the open form`);
  // A first try with a bad period: the error summary names the field.
  w.check(await tabTo(page, focusedRadioOf, 'survey'), `${label}: Tab reaches the survey choice`);
  await page.keyboard.press('Space');
  w.check(await page.$eval('input[name="survey"]:checked', (e) => e.value).catch(() => null) === 'health-check',
          `${label}: health-check chosen with the keyboard`);
  w.check(await tabTo(page, focusedField, 'period'), `${label}: Tab reaches the period`);
  await page.keyboard.type('next quarter');
  await follow(w, page, 'Open the survey', `${label}: open form`, focusedButton);
  w.check((await page.title()).startsWith('Error: '), `${label}: a bad period: the title says Error`);
  const summary = await page.textContent('.govuk-error-summary');
  w.check(summary.includes('Enter the period as 2026-Q3'), `${label}: the error summary names the period`);
  w.check(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
          `${label}: the error summary has focus`);
  await shot('error');
  await fits(w, page, `${label}: the open form with its error`);
  w.check(await tabTo(page, focusedField, 'period'), `${label}: Tab reaches the period again`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(period);
  w.check(await tabTo(page, focusedField, 'contact'), `${label}: Tab reaches the contact`);
  await page.keyboard.type(contact);
  w.check(await tabTo(page, focusedField, 'closes'), `${label}: Tab reaches the closing date`);
  await page.keyboard.type('2099-12-31');
  await shot('form');
  await follow(w, page, 'Open the survey', `${label}: open form`, focusedButton);
  const run = `health-check-${period}`;
  await shot('sent');
  w.check((await page.textContent('.govuk-notification-banner', { timeout: 5000 }).catch(() => '')).includes('The survey is open'),
          `${label}: opened (${page.url()})`);
  w.check((await page.textContent('main')).includes(run), `${label}: the run page names ${run}`);
  await shot('opened');
  await fits(w, page, `${label}: the run page`);
  return run;
}

// On the run's page: "Issue links for a team", the team chosen, `count`
// single-use links downloaded as a CSV. Returns the links.
export async function downloadLinks(w, page, { team, count, label }) {
  const shot = shooter(w, page, `${label}-links`);
  await follow(w, page, 'Issue links for a team', `${label}: run page`);
  w.check(await tabTo(page, focusedField, 'team'), `${label}: Tab reaches the team`);
  for (let i = 0; i < 50 && await page.inputValue('#team') !== team; i++) await page.keyboard.press('ArrowDown');
  w.check(await page.inputValue('#team') === team, `${label}: ${team} chosen with the keyboard`);
  w.check(await page.$eval('input[name="how"]:checked', (e) => e.value).catch(() => null) === 'links',
          `${label}: single-use links is the way chosen first`);
  w.check(await tabTo(page, focusedField, 'count'), `${label}: Tab reaches how many links`);
  await page.keyboard.type(String(count));
  await shot('form');
  await fits(w, page, `${label}: the issue links form`);
  w.check(await tabTo(page, focusedButton, 'Issue the links'), `${label}: Tab reaches Issue the links`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
  w.check(csv[0] === 'team_id,link', `${label}: the CSV's header (${csv[0]})`);
  const links = csv.slice(1).map((line) => line.split(',')[1]);
  w.check(links.length === count && csv.slice(1).every((l) => l.startsWith(`${team},${w.base}/s/`)),
          `${label}: ${count} links for ${team} at this server (${csv[1]})`);
  w.check(download.suggestedFilename().endsWith('.csv'), `${label}: a .csv file (${download.suggestedFilename()})`);
  return links;
}

// A member of staff answers through `link` in a browser of their own
// (JavaScript off, keyboard only): every question the first answer, then
// the form's submit button on each page until the thank-you page.
export async function answerLink(w, link, { label, viewport }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(link);
    await follow(w, page, 'Start now', `${label}: the survey's start page`);
    for (let p = 0; p < 12 && !(await page.textContent('h1')).includes('Thank you'); p++) {
      const groups = await page.$$eval('main fieldset input[type="radio"]', (els) => [...new Set(els.map((e) => e.name))]);
      for (const name of groups) {
        if (await page.$(`input[name="${name}"]:checked`)) continue;
        if (await tabTo(page, focusedRadioOf, name)) await page.keyboard.press('Space');
      }
      const moved = await tabTo(page, focusedSubmit, null, 200);
      if (!moved) break;
      await enter(page);
    }
    w.check((await page.textContent('h1')).includes('Thank you'), `${label}: the response is sent (${page.url()})`);
    await w.shot(page, `admin-surveys-${label}-answer-thank-you`, { fullPage: true });
  } finally {
    await browser.close();
  }
}

// The survey runs page, then the run's page: `team`'s row counts the response.
export async function seeResponseCounted(w, page, { run, team, label }) {
  const shot = shooter(w, page, `${label}-status`);
  await page.goto(`${w.base}/admin/surveys`);
  const title = await page.$eval(`main a[href*="${encodeURIComponent(run)}"]`, (a) => a.textContent.trim());
  const listed = await page.$$eval('main table tbody tr:first-child td', (tds) => tds.map((t) => t.textContent.trim()));
  w.check(listed[3] === '1', `${label}: the runs list counts 1 response (${listed.join(' | ')})`);
  await shot('runs');
  await fits(w, page, `${label}: the survey runs`);
  await follow(w, page, title, `${label}: survey runs`);
  const cells = await page.$$eval(`tr[id$="-${team}"] td`, (tds) => tds.map((t) => t.textContent.trim()));
  w.check(cells[0] === '3' && cells[1] === '1' && cells[2] === '1',
          `${label}: ${team}: 3 links issued, 1 used, 1 response (${cells.join(' | ')})`);
  await shot('counted');
  await fits(w, page, `${label}: the run's status`);
}

// On the run's page: close it (its confirmation says what goes), then
// publish the results page. Returns the results page's link, shown once.
export async function closeAndPublish(w, page, { label }) {
  const shot = shooter(w, page, `${label}-close`);
  await follow(w, page, 'Close the survey', `${label}: run page`);
  const says = await page.textContent('main');
  w.check(says.includes('deletes the answers saved on') && says.includes('single-use link') &&
          says.includes('keeps the 1 response submitted'), `${label}: the confirmation says what closing deletes`);
  await shot('confirm');
  await fits(w, page, `${label}: the close confirmation`);
  await follow(w, page, 'Close the survey', `${label}: close confirmation`, focusedButton);
  w.check((await page.textContent('.govuk-notification-banner')).includes('The survey is closed'), `${label}: closed`);
  await follow(w, page, 'Publish the results page for staff', `${label}: closed run`);
  await shot('publish');
  await follow(w, page, 'Publish the results page', `${label}: publish confirmation`, focusedButton);
  const link = await page.getAttribute('#results-link', 'href');
  w.check(link?.startsWith(`${w.base}/r/`), `${label}: the results link is shown (${link})`);
  await shot('published');
  await fits(w, page, `${label}: the published page`);
  await follow(w, page, 'Go back to the run', `${label}: published`);
  w.check(!(await page.content()).includes(link), `${label}: the link is shown once only`);
  return link;
}

// The published results page, opened without signing in.
export async function openPublished(w, link, { label, viewport }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  const page = await (await browser.newContext({ viewport, javaScriptEnabled: false })).newPage();
  try {
    const response = await page.goto(link);
    w.check(response.status() === 200, `${label}: the results page opens without an account (${response.status()})`);
    w.check((await page.textContent('main')).includes('response'), `${label}: it shows the responses`);
    await w.shot(page, `admin-surveys-${label}-results-page`, { fullPage: true });
    await fits(w, page, `${label}: the results page`);
  } finally {
    await browser.close();
  }
}

// The whole survey cycle: open, links, one response, counted, closed,
// published, the published page.
export async function runSurvey(w, page, { period, team, label, viewport }) {
  const run = await openSurvey(w, page, { period, label });
  const links = await downloadLinks(w, page, { team, count: 3, label });
  await answerLink(w, links[0], { label, viewport });
  await seeResponseCounted(w, page, { run, team, label });
  const published = await closeAndPublish(w, page, { label });
  await openPublished(w, published, { label, viewport });
  return { run, published };
}
