// Browser walk of the settings and audit pages, keyboard only, at 1366 and
// 360 px, in Debian's headless Chromium: an admin changes one threshold
// (vacancy rate's green limit, on three teams rated by hand:
// tests/support/vacancy_teams.h), sees the preview name the one team
// whose rating changes colour, saves; a director sees the overview's
// colour follow; the admin finds the change in the audit log and filters
// it by kind. The steps are admin/settings.mjs's, for the coordinator's
// whole-cycle walk. Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/admin_settings.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Walk } from './server.mjs';
import { changeThreshold, findInAudit, overviewRow, saveThresholds } from './admin/settings.mjs';

const w = new Walk('admin_settings.mjs');
const { check } = w;
writeFileSync(join(w.work, 'teams.csv'), 'team_id,name,service,locality\nT1,Alder team,children,North\n' +
              'T2,Birch team,children,North\nT3,Cedar team,children,North\n');
let staff = 'staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date,name\n';
let id = 0;
for (const [team, inPost] of [['T1', 19], ['T2', 17], ['T3', 15]])
  for (let k = 0; k < inPost; k++) staff += `S${++id},${team},social_worker,permanent,1,2020-01-01,,,\n`;
writeFileSync(join(w.work, 'staff.csv'), staff);
writeFileSync(join(w.work, 'establishment.csv'),
              'team_id,effective_from,budgeted_fte\nT1,2020-01-01,20\nT2,2020-01-01,20\nT3,2020-01-01,20\n');
w.hc(['import', '--extracted', '2026-09-30', ...['teams', 'staff', 'establishment'].map((f) => join(w.work, `${f}.csv`))]);
w.addUser('admin', 'admin');
w.addUser('director', 'director');

async function window(browser, user, width) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 780 } });
  const page = await context.newPage();
  await w.signIn(page, user);
  return { context, page };
}

await w.run(async () => {
  await w.serve();
  const browser = await w.launch();
  const director = await window(browser, 'director', 1366);
  const before = await overviewRow(w, director.page, 'Birch team');
  check(before[0] === 'Amber', `Birch's workload is amber before (${before})`);

  const admin = await window(browser, 'admin', 1366);
  let page = admin.page;
  const count = await changeThreshold(w, page, 'vacancy_rate', 'green', '20');
  check(count === 'In 2026-Q3, 1 of 12 team area ratings would change colour, in 1 team.', `counted by hand: ${count}`);
  check((await page.textContent('#preview')).includes('Birch team'), 'the preview names Birch team');
  await w.shot(page, 'admin-settings-preview-1366', { fullPage: true });
  await saveThresholds(w, page);
  await w.shot(page, 'admin-settings-saved-1366', { fullPage: true });

  const after = await overviewRow(w, director.page, 'Birch team');
  check(after[0] === 'Green', `the director's overview follows: Birch's workload is green (${after})`);
  await w.shot(director.page, 'admin-settings-overview-after-1366', { fullPage: true });

  const rows = await findInAudit(w, page, 'settings-change');
  check(rows.some((r) => r.includes('vacancy_rate green 10 -> 20')), 'the audit log names the change, from and to');
  await w.shot(page, 'admin-settings-audit-1366', { fullPage: true });

  // A phone: the same steps, the threshold put back.
  const phone = await window(browser, 'admin', 360);
  page = phone.page;
  const back = await changeThreshold(w, page, 'vacancy_rate', 'green', '10');
  check(back.startsWith('In 2026-Q3, 1 of 12 team area ratings'), `360 px: the preview of putting it back: ${back}`);
  await w.shot(page, 'admin-settings-preview-360', { fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 360, `360 px: the page does not scroll sideways (${wide} px); the table scrolls in its region`);
  await saveThresholds(w, page);
  const phoneRows = await findInAudit(w, page, 'settings-change');
  check(phoneRows.some((r) => r.includes('vacancy_rate green 20 -> 10')), '360 px: the second change is in the log');
  await w.shot(page, 'admin-settings-audit-360', { fullPage: true });
});
