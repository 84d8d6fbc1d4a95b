// The whole quarter's health check in the browser, as issue 20 asks: on a
// fresh database, keyboard only, as an admin, at 1366 and then at 360
// pixels: the exports uploaded (a check showing an error with its line and
// column, then a good import), a survey opened, its links downloaded, one
// answered through a link and seen counted, the run closed and published, a
// manager account added and its password set through the set-password link,
// one threshold changed with the director's overview following, and each
// of those steps found in the audit page. The steps are the admin walks'
// own (tests/browser/admin/*.mjs); this walk chains them.
//
//   node tests/browser/admin_cycle.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { PASSWORD, Walk } from './server.mjs';
import { checkBrokenExports, importDemoExports, writeDemoExports } from './admin/imports.mjs';
import { runSurvey } from './admin/surveys.mjs';
import { addManager, setPasswordWithLink, signInAsManager, signInByKeyboard, signOut } from './admin/accounts.mjs';
import { changeThreshold, findInAudit, overviewRow, saveThresholds } from './admin/settings.mjs';

const w = new Walk('admin_cycle.mjs');
const { check } = w;
w.addUser('admin', 'admin');        // the first admin: the one step that needs the shell
w.addUser('director', 'director');
const files = writeDemoExports(w);

// Limits to try at the desk, in turn, until one changes a rating's colour
// on the demo's figures; the phone puts it back to the shipped limit
// (reports/thresholds.csv), which changes the same ratings back.
const changes = [['vacancy_rate', 'green', '20', '10'], ['caseload_avg', 'green', '20', '16'],
                 ['vacancy_rate', 'amber', '40', '20'], ['caseload_avg', 'amber', '30', '20']];

await w.run(async () => {
  await w.serve();
  const browser = await w.launch();
  const director = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await w.signIn(director, 'director');
  const walks = [{ label: 'desk', period: '2026-Q4', viewport: { width: 1366, height: 768 }, team: 'T0002' },
                 { label: 'phone', period: '2027-Q1', viewport: { width: 360, height: 740 }, team: 'T0003' }];
  let tried = 0;
  let made = null;  // the desk's change, which the phone undoes
  for (const { label, period, viewport, team } of walks) {
    const context = await browser.newContext({ viewport, acceptDownloads: true, javaScriptEnabled: false });
    const page = await context.newPage();
    const landed = await signInByKeyboard(w, page, 'admin', PASSWORD);
    check(landed.pathname === '/admin', `${label}: the admin lands on the admin area`);

    // 1. The exports: a broken copy checked, then the good ones imported.
    await checkBrokenExports(w, page, files, `cycle-${label}`);
    await importDemoExports(w, page, files, `cycle-${label}`);

    // 2. The staff survey: opened, links, one answer, counted, closed, published.
    await runSurvey(w, page, { period, team: 'T0001', label: `cycle-${label}`, viewport });

    // 3. A manager's account and its set-password link.
    const username = `manager-${label}`;
    const link = await addManager(w, page, { username, team, shot: `cycle-accounts-${label}` });
    await signOut(w, page);
    await setPasswordWithLink(w, page, link, 'the manager chose this', { shot: `cycle-accounts-${label}` });
    await signInAsManager(w, page, { username, password: 'the manager chose this', team, shot: `cycle-accounts-${label}` });
    await signOut(w, page);
    await signInByKeyboard(w, page, 'admin', PASSWORD);

    // 4. One threshold, and the director's overview following it.
    let count = '';
    let metric = '';
    if (made) {
      const [m, which, , shipped] = made;
      count = await changeThreshold(w, page, m, which, shipped);
      metric = `${m} ${which} back to ${shipped}`;
    }
    while (!made && tried < changes.length) {
      const [m, which, value] = changes[tried++];
      count = await changeThreshold(w, page, m, which, value);
      metric = `${m} ${which}`;
      if (!/, 0 of /.test(count)) made = changes[tried - 1];
    }
    check(!/, 0 of /.test(count), `${label}: a threshold change that moves a colour (${metric}: ${count})`);
    const changed = (await page.locator('#preview tbody th').first().textContent()).trim();
    const before = await overviewRow(w, director, changed);
    await saveThresholds(w, page);
    const after = await overviewRow(w, director, changed);
    check(before.length > 0 && JSON.stringify(before) !== JSON.stringify(after),
          `${label}: the director's overview follows for ${changed} (${before} -> ${after})`);
    await w.shot(director, `cycle-overview-after-${label}`, { fullPage: true });

    // 5. Every step in the audit page.
    for (const kind of ['upload', 'import-check', 'import', 'survey-change', 'user-add', 'password-set',
                        'settings-change']) {
      const rows = await findInAudit(w, page, kind);
      check(rows.length > 0, `${label}: the audit page lists "${kind}" (${rows.length})`);
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= viewport.width, `${label}: the audit page fits the window (${wide} px)`);
    await w.shot(page, `cycle-audit-${label}`, { fullPage: true });
    await context.close();
  }
});
