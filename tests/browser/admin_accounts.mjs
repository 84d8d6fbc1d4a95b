// Browser walk of the accounts pages, keyboard only, at 1366 and 360 px
// wide: an admin adds a manager for a team and gets their set-password link,
// signs out; the manager sets their password with the link (a mismatch
// first) and signs in, landing on their team's page. The steps are in
// tests/browser/admin/accounts.mjs. Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/admin_accounts.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { PASSWORD, Walk } from './server.mjs';
import { addManager, setPasswordWithLink, signInAsManager, signInByKeyboard, signOut } from './admin/accounts.mjs';

const w = new Walk('admin_accounts.mjs');
w.demo(4, 6);
w.addUser('admin', 'admin');

await w.run(async () => {
  await w.serve();
  const browser = await w.launch();
  for (const [width, height] of [[1366, 768], [360, 740]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const shot = `accounts-${width}`;
    const username = `manager${width}`;
    const landed = await signInByKeyboard(w, page, 'admin', PASSWORD);
    w.check(landed.pathname === '/admin', `${width}px: the admin lands on /admin`);
    const link = await addManager(w, page, { username, team: 'T0002', shot });
    await signOut(w, page);
    await setPasswordWithLink(w, page, link, 'the manager chose this', { shot });
    await signInAsManager(w, page, { username, password: 'the manager chose this', team: 'T0002', shot });
    // Nothing is wider than the window.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    w.check(overflow <= 0, `${width}px: no sideways scrolling on the team page (${overflow})`);
    await context.close();
  }
});
