// Browser test of taking in the exports (/admin/imports) on a fresh
// database, keyboard only, at 1366 and 360 pixels, as an admin: the demo
// council's exports written by `healthcheck demo`, a broken copy checked
// (an error with its line and column), the good files checked and
// imported, then the import history. The steps live in admin/imports.mjs
// for the walk of the whole cycle. Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/admin_imports.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { Walk } from './server.mjs';
import { checkBrokenExports, importDemoExports, seeImportHistory, writeDemoExports } from './admin/imports.mjs';

const w = new Walk('admin_imports.mjs');
w.addUser('admin', 'admin');
const files = writeDemoExports(w);

await w.run(async () => {
  await w.serve();
  const browser = await w.launch();
  for (const [label, width, height] of [['wide', 1366, 768], ['phone', 360, 740]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await w.signIn(page, 'admin');
    await checkBrokenExports(w, page, files, label);
    await importDemoExports(w, page, files, label);
    await seeImportHistory(w, page, label);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    w.check(wide <= width, `${label}: nothing wider than the window (${wide} px)`);
    await context.close();
  }
});
