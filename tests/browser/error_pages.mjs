// Browser test of the error pages, in Debian's headless Chromium
// (playwright-core): as each role and not signed in, an unknown address
// (404), a page the role may not open (403) and an unknown results link
// (the same 404) have the site's header when signed in and say where the
// role goes next, a link that gets there; at 1366 and 360 px. Screenshots
// go to ARTIFACTS_DIR.
//
//   node tests/browser/error_pages.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { Walk } from './server.mjs';

const w = new Walk('error_pages.mjs');
const { check } = w;
w.demo(3, 3);
w.addUser('admin', 'admin');
w.addUser('analyst', 'analyst');
w.addUser('manager', 'manager', '--team', 'T0001');
w.addUser('director', 'director');
w.addUser('member', 'member');

// Each visitor: a page it may not open, and the link it is told to follow
// with where that link must land.
const visitors = [
  { user: '', next: '/login', lands: '/login' },
  { user: 'admin', forbidden: '/dashboard', next: '/admin', lands: '/admin' },
  // The imports' pages are the imports' page set's: only the link is checked.
  { user: 'analyst', forbidden: '/dashboard', next: '/admin/imports', lands: null },
  { user: 'manager', forbidden: '/admin', next: '/dashboard/team/T0001', lands: '/dashboard/team/T0001' },
  { user: 'director', forbidden: '/admin', next: '/dashboard', lands: '/dashboard' },
  { user: 'member', forbidden: '/admin', next: '/dashboard', lands: '/dashboard' },
];

await w.run(async () => {
  const base = await w.serve();
  const browser = await w.launch();
  for (const v of visitors) {
    const who = v.user || 'not signed in';
    for (const width of [1366, 360]) {
      const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 740 } });
      const page = await context.newPage();
      if (v.user) await w.signIn(page, v.user);
      const pages = [['/no-such-page', 404], ['/r/0123456789abcdef0123456789abcdef', 404]];
      if (v.forbidden) pages.push([v.forbidden, 403]);
      let notFound = null;
      for (const [path, status] of pages) {
        const response = await page.goto(`${base}${path}`);
        check(response.status() === status, `${who} ${path}: ${status} (${response.status()})`);
        check(response.headers()['content-type'].startsWith('text/html'), `${who} ${path}: a page, not plain text`);
        const header = await page.locator('nav[aria-label="Sections"]').count();
        const signOut = await page.locator('button:has-text("Sign out")').count();
        check(header === (v.user ? 1 : 0) && signOut === (v.user ? 1 : 0),
              `${who} ${path}: the site's header ${v.user ? 'with' : 'without'} Sign out`);
        const main = await page.textContent('main');
        check(!main.includes('ask your administrator'), `${who} ${path}: no "ask your administrator"`);
        if (v.user === 'admin') check(!main.includes('administrator'), `admin ${path}: not sent to an administrator`);
        check(await page.locator(`main a[href="${v.next}"]`).count() >= 1, `${who} ${path}: a link to ${v.next}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        check(wide <= width + 2, `${who} ${path} fits ${width} px (${wide}px)`);
        if (status === 404) {
          if (notFound === null) notFound = main;
          else check(main === notFound, `${who}: an unknown results link reads as any unknown address`);
        }
        const name = `error-${v.user || 'anonymous'}-${status}-${width}`;
        if (path !== '/r/0123456789abcdef0123456789abcdef') await w.shot(page, name, { fullPage: true });
      }
      if (width === 1366 && v.lands) {
        await Promise.all([page.waitForNavigation(), page.locator(`main a[href="${v.next}"]`).first().click()]);
        check(new URL(page.url()).pathname === v.lands, `${who}: the link leads to ${v.lands} (${page.url()})`);
      }
      await context.close();
    }
  }
});
