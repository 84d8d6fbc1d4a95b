// The steps of taking in the exports in the browser (/admin/imports), as an
// admin would with the keyboard only, exported so that one walk of the
// whole quarterly cycle can chain them with the other admin parts'
// (tests/browser/admin_imports.mjs runs them on their own):
//
//   const files = writeDemoExports(w);                 // the demo council's CSV files, and a broken copy
//   await checkBrokenExports(w, page, files, 'wide');  // a check showing an error's line and column
//   await importDemoExports(w, page, files, 'wide');   // a good upload, checked, then imported
//   await seeImportHistory(w, page, 'wide');           // the history lists the files
//
// `page` is signed in as an admin (or an analyst) and may be on any page
// with the header's Data section; each step starts from the header.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { focusedButton, focusedLink, tabTo } from './keyboard.mjs';

export const EXTRACTED = '2026-09-30';

export { tabTo };
const focusedRadio = (value) => document.activeElement?.type === 'radio' && document.activeElement.value === value;
const focusedInput = (name) => document.activeElement?.name === name;

// Follows a link or presses a button found by Tab from the top of the page.
async function activate(w, page, is, text, key = 'Enter') {
  await page.focus('body');
  await page.evaluate(() => document.activeElement?.blur());
  w.check(await tabTo(page, is, text), `Tab reaches "${text}"`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

// Waits while the page follows a job (it reloads itself with <meta refresh>).
async function untilDone(page) {
  for (let i = 0; i < 60; i++) {
    if (!(await page.$('meta[http-equiv="refresh"]'))) return true;
    await page.waitForNavigation({ waitUntil: 'load', timeout: 10000 }).catch(() => {});
  }
  return false;
}

// `healthcheck demo` writes the demo council's exports; its contract CSV
// files (the survey answers are another import's), and a copy of
// teams.csv with one row whose service is not the contract's.
export function writeDemoExports(w, teams = 4, months = 6) {
  const dir = join(w.work, 'exports');
  w.hc(['demo', '--out', dir, '--teams', String(teams), '--months', String(months)]);
  const good = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.startsWith('staff-survey')).map((f) => join(dir, f));
  const brokenDir = join(w.work, 'broken');
  mkdirSync(brokenDir, { recursive: true });
  let text = readFileSync(join(dir, 'teams.csv'), 'utf8');
  if (!text.endsWith('\n')) text += '\n';
  const badLine = text.split('\n').length;  // the appended row's line
  const broken = join(brokenDir, 'teams.csv');
  writeFileSync(broken, `${text}TBAD,Broken team,martians,\n`);
  return { good, broken: [broken, join(dir, 'staff.csv')], badLine };
}

// From the header's Data link: the upload form filled with the keyboard.
async function uploadWithKeyboard(w, page, paths, label) {
  await activate(w, page, focusedLink, 'Data');
  w.check((await page.textContent('h1')).includes('Take in the exports'), `${label}: the upload page`);
  w.check(await tabTo(page, focusedRadio, 'exports'), `${label}: Tab reaches "The council's exports"`);
  await page.keyboard.press('Space');
  w.check(await page.isChecked('input[name="what"][value="exports"]'), `${label}: exports chosen with Space`);
  w.check(await tabTo(page, focusedInput, 'files'), `${label}: Tab reaches the file upload`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(paths);
  w.check(await tabTo(page, focusedInput, 'extracted'), `${label}: Tab reaches the extract date`);
  await page.keyboard.type(EXTRACTED);
  w.check(await tabTo(page, focusedButton, 'Upload and check'), `${label}: Tab reaches "Upload and check"`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  w.check(/\/admin\/imports\/\d+$/.test(new URL(page.url()).pathname), `${label}: the upload's page (${page.url()})`);
  w.check(await untilDone(page), `${label}: the check finished`);
}

export async function checkBrokenExports(w, page, files, label) {
  await uploadWithKeyboard(w, page, files.broken, `${label} broken`);
  w.check((await page.textContent('h1')).includes('Check of the files'), `${label}: the check's page`);
  const summary = (await page.textContent('.govuk-error-summary')) || '';
  w.check(summary.includes(`teams.csv line ${files.badLine}, service`),
          `${label}: the error summary names the file, line ${files.badLine} and the column (${summary.trim().slice(0, 200)})`);
  const row = (await page.textContent('#errors tbody')) || '';
  w.check(row.includes('martians') && row.includes(`line ${files.badLine}`), `${label}: the problems table shows the value`);
  w.check(await page.isVisible('button:has-text("Import the valid rows and set the rest aside")'),
          `${label}: the valid rows can be imported alone`);
  await w.shot(page, `admin-imports-check-error-${label}`, { fullPage: true });
}

export async function importDemoExports(w, page, files, label) {
  await uploadWithKeyboard(w, page, files.good, `${label} good`);
  w.check((await page.textContent('main')).includes('No errors: the files can be imported'), `${label}: no errors`);
  await w.shot(page, `admin-imports-check-ok-${label}`, { fullPage: true });
  w.check(await tabTo(page, focusedButton, 'Import'), `${label}: Tab reaches "Import"`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  w.check(await untilDone(page), `${label}: the import finished`);
  const main = await page.textContent('main');
  w.check(main.includes('Import complete'), `${label}: import complete`);
  w.check(main.includes('are ready for the dashboard'), `${label}: the figures are ready`);
  await w.shot(page, `admin-imports-done-${label}`, { fullPage: true });
}

export async function seeImportHistory(w, page, label) {
  await activate(w, page, focusedLink, 'Data');
  await activate(w, page, focusedLink, 'See every import so far');
  w.check((await page.textContent('h1')).includes('Import history'), `${label}: the history`);
  const table = await page.textContent('table');
  w.check(table.includes('visits.csv') && table.includes('admin'), `${label}: the history lists the files and who`);
  w.check((await page.textContent('main')).includes('Ready for the dashboard up to'), `${label}: the figures' readiness`);
  await w.shot(page, `admin-imports-history-${label}`, { fullPage: true });
}
