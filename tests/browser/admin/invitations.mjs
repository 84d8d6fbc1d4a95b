// The admin area's survey invitations by email as a keyboard-only admin
// takes them in Chromium (tests/browser/admin_invitations.mjs chains them):
// a team's addresses typed into the form (a wrong line first, named by the
// error summary), a reminder batch scheduled now or at a date and time.
//
//   import { inviteByEmail, scheduleReminders } from './admin/invitations.mjs';
//   await inviteByEmail(w, page, { run, team: 'T0001', addresses, label: 'desk' });
//
// `page` is signed in as an admin and on the run's page. Screenshots are
// named admin-invitations-LABEL-N-what.png.
import { enter, fits, focusedField, follow, tabTo } from './surveys.mjs';
import { focusedButton } from './keyboard.mjs';

const focusedRadio = (value) => document.activeElement?.type === 'radio' && document.activeElement.value === value;

function shooter(w, page, label) {
  let n = 0;
  return (what) => w.shot(page, `admin-invitations-${label}-${++n}-what`.replace('what', what), { fullPage: true });
}

// Tab to the team select and choose `team` with the arrow keys.
async function chooseTeam(w, page, team, label) {
  w.check(await tabTo(page, focusedField, 'team'), `${label}: Tab reaches the team`);
  for (let i = 0; i < 50 && await page.inputValue('#team') !== team; i++) await page.keyboard.press('ArrowDown');
  w.check(await page.inputValue('#team') === team, `${label}: ${team} chosen with the keyboard`);
}

// From the run's page: "Invite by email and remind", a wrong line first
// (the error summary names it), then `addresses` sent. Leaves the page on
// the invitations page with its banner.
export async function inviteByEmail(w, page, { team, addresses, label }) {
  const shot = shooter(w, page, label);
  await follow(w, page, 'Invite by email and remind', `${label}: run page`);
  w.check((await page.textContent('h1')).trim() === 'Invite by email', `${label}: the invitations page`);
  await fits(w, page, `${label}: the invitations page`);
  await chooseTeam(w, page, team, label);
  w.check(await tabTo(page, focusedField, 'addresses'), `${label}: Tab reaches the addresses`);
  await page.keyboard.type(`${addresses[0]}\nnot an address\n`);
  await follow(w, page, 'Send the invitations', `${label}: invite form`, focusedButton);
  w.check((await page.title()).startsWith('Error: '), `${label}: a wrong line: the title says Error`);
  const summary = await page.textContent('.govuk-error-summary');
  w.check(summary.includes("Line 2: 'not an address' is not an email address"),
          `${label}: the error summary names line 2 and why (${summary.trim().replace(/\s+/g, ' ')})`);
  w.check(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
          `${label}: the error summary has focus`);
  await shot('error');
  await fits(w, page, `${label}: the invitations page with its error`);
  w.check(await page.inputValue('#team') === team, `${label}: the team is kept`);
  w.check(await tabTo(page, focusedField, 'addresses'), `${label}: Tab reaches the addresses again`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(addresses.join('\n'));
  await shot('form');
  await follow(w, page, 'Send the invitations', `${label}: invite form`, focusedButton);
  w.check((await page.textContent('.govuk-notification-banner').catch(() => '')).includes('The invitations are queued'),
          `${label}: the invitations are queued (${page.url()})`);
  const row = await page.$$eval('main table tbody tr:first-child td', (tds) => tds.map((t) => t.textContent.trim()));
  w.check(row[0] === String(addresses.length), `${label}: ${addresses.length} addresses counted (${row.join(' | ')})`);
  const main = await page.textContent('main');
  w.check(addresses.every((a) => !main.includes(a)), `${label}: the page shows no address`);
  await shot('queued');
}

// On the invitations page: a reminder batch now, or at `at` ({ date, time }).
export async function scheduleReminders(w, page, { label, at }) {
  const shot = shooter(w, page, `${label}-remind`);
  // Tab reaches the group's checked radio ("Now"); the arrow keys choose another.
  w.check(await tabTo(page, focusedRadio, 'now'), `${label}: Tab reaches "Now"`);
  await page.keyboard.press(at ? 'ArrowDown' : 'Space');
  w.check(await page.$eval('input[name="when"]:checked', (e) => e.value).catch(() => null) === (at ? 'at' : 'now'),
          `${label}: "${at ? 'At a date and time' : 'Now'}" chosen with the keyboard`);
  if (at) {
    w.check(await tabTo(page, focusedField, 'date'), `${label}: Tab reaches the date`);
    await page.keyboard.type(at.date);
    w.check(await tabTo(page, focusedField, 'time'), `${label}: Tab reaches the time`);
    await page.keyboard.type(at.time);
  }
  w.check(await tabTo(page, focusedButton, 'Schedule the reminders'), `${label}: Tab reaches Schedule the reminders`);
  await enter(page);
  w.check((await page.textContent('.govuk-notification-banner').catch(() => '')).includes('The reminders are scheduled'),
          `${label}: the reminders are scheduled`);
  await shot('scheduled');
  await fits(w, page, `${label}: the page with its batch`);
}

// The batches table's rows, as their cells' text.
export async function batches(page) {
  return page.$$eval('main table', (tables) => {
    const t = tables.find((x) => x.querySelector('caption')?.textContent.includes('Reminder batches'));
    return t ? [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent.trim())) : [];
  });
}
