// The settings and audit steps of an admin's browser walk, keyboard only,
// exported so that one walk can chain them with the other admin parts
// (imports, surveys, accounts): each takes the Walk (server.mjs) and a
// signed-in page, moves by Tab and Enter as a keyboard user would, and
// counts its checks on the walk.
//
//   import { changeThreshold, saveThresholds, overviewRow, findInAudit } from './admin/settings.mjs';
//   const preview = await changeThreshold(w, page, 'vacancy_rate', 'green', '20');
//   await saveThresholds(w, page);
//   await findInAudit(w, page, 'settings-change');

// Presses Tab until the focused element passes `test` (given the element
// as { tag, id, text, name, value }); throws after `limit` presses.
export async function tabTo(page, test, what, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? { tag: a.tagName.toLowerCase(), id: a.id, text: (a.textContent || '').trim(), name: a.name || '',
                   value: a.value || '' } : null;
    });
    if (el && test(el)) return el;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

// Follows the link or presses the button with this text, by keyboard.
export async function activate(page, text) {
  await tabTo(page, (el) => (el.tag === 'a' || el.tag === 'button') && el.text === text, `"${text}"`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

// Replaces the text of the field with this id, by keyboard.
export async function typeInto(page, id, text) {
  await tabTo(page, (el) => el.id === id, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

// From the admin area's front page to the thresholds, sets `metric`'s
// `which` ('green' or 'amber') limit to `value` and checks the change;
// returns the preview's count sentence.
export async function changeThreshold(w, page, metric, which, value) {
  await page.goto(`${w.base}/admin`);
  await activate(page, 'Settings');
  w.check(new URL(page.url()).pathname === '/admin/settings', 'the task list leads to the settings');
  await activate(page, 'Change the thresholds');
  w.check((await page.textContent('h1')).includes('Thresholds'), 'the thresholds table');
  await typeInto(page, `${which}-${metric}`, value);
  await activate(page, 'Check the change');
  const count = (await page.textContent('#preview-count').catch(() => '')).trim();
  w.check(/team area ratings would change colour/.test(count), `the preview says what would change: ${count}`);
  return count;
}

// Saves what was checked; lands on the settings with the success banner.
export async function saveThresholds(w, page) {
  await activate(page, 'Save the thresholds');
  w.check((await page.textContent('main')).includes('The thresholds are saved'), 'saved, and the page says so');
}

// The overview's row of `team` as its status words ("Green", "Amber", ...).
export async function overviewRow(w, page, team) {
  await page.goto(`${w.base}/dashboard`);
  const row = page.locator('table.hc-heatmap tr', { hasText: team });
  return (await row.locator('.hc-cell__status').allTextContents()).map((s) => s.trim());
}

// Opens the audit log from the header, filters it by kind (chosen in the
// select by typing, as a keyboard does) and checks every entry shown is of
// that kind; returns the entries' "To what" and "Details" texts.
export async function findInAudit(w, page, kind) {
  await page.goto(`${w.base}/admin`);
  await activate(page, 'Audit');
  w.check((await page.textContent('h1')).includes('Audit log'), 'the header leads to the audit log');
  await tabTo(page, (el) => el.id === 'kind', 'the kind of event');
  await page.keyboard.type(kind);
  await activate(page, 'Filter');
  w.check(new URL(page.url()).searchParams.get('kind') === kind, `filtered by ${kind}: ${page.url()}`);
  const kinds = await page.locator('#audit tbody tr td:nth-child(3)').allTextContents();
  w.check(kinds.length > 0 && kinds.every((k) => k.trim() === kind), `every entry shown is a ${kind}`);
  return page.locator('#audit tbody tr').allTextContents();
}
