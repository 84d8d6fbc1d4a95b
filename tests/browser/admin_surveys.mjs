// Browser walk of the admin area's staff surveys in Debian's headless
// Chromium, keyboard only, as an admin, at 1366 and 360 px: opens a survey
// (a bad period first), downloads its links, answers through one of them,
// sees the response counted, closes and publishes the run and opens the
// published page (the steps are tests/browser/admin/surveys.mjs). Then the
// audit holds each step. Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/admin_surveys.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { Walk } from './server.mjs';
import { runSurvey } from './admin/surveys.mjs';

const w = new Walk('admin_surveys.mjs');
const { check } = w;
w.demo(3, 6);  // its imported survey runs are 2026-Q2 and 2026-Q3: the walks open later ones
w.addUser('admin', 'admin');

await w.run(async () => {
  await w.serve();
  const browser = await w.launch();
  const walks = [{ label: 'desk', period: '2026-Q4', viewport: { width: 1366, height: 768 } },
                 { label: 'phone', period: '2027-Q1', viewport: { width: 360, height: 740 } }];
  for (const { label, period, viewport } of walks) {
    const context = await browser.newContext({ viewport, acceptDownloads: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await w.signIn(page, 'admin');
    await runSurvey(w, page, { period, team: 'T0001', label, viewport });
    await context.close();
  }
  const audit = w.hc(['audit', '--since', '2000-01-01']);
  for (const step of ['open: ', 'invite: 3 link(s) for T0001', 'close: ', 'publish: results page for staff'])
    check(audit.split('\n').filter((l) => l.includes('admin') && l.includes(step)).length === 2,
          `the audit holds "${step}" for both runs`);
});
