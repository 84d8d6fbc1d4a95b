// Browser test of the weekly action digest (README "Weekly action
// digests"), in Debian's headless Chromium with the real SMTP server of the
// mail tests (tests/support/smtp_server.py): a manager gives an overdue
// action's owner an email address on the action's page with the keyboard
// alone (a wrong one first, refused with the error summary); an admin finds
// the digest page from the admin home, sends this week's digest now with
// the keyboard, and the owner's digest and the director's copy arrive in
// the SMTP server's folder, parsed back with Python's email package; the
// page then shows the week sent and offers no second sending; at 360 px
// nothing scrolls sideways. Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/action_digest.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Walk, root } from './server.mjs';
import { tabTo, focusedButton, focusedLink } from './admin/keyboard.mjs';

const w = new Walk('action_digest.mjs');
const { check } = w;
const OWNER = 'pat.owner@northshire.example';
const DIRECTOR = 'director@northshire.example';
w.demo(4, 6);
w.addUser('admin', 'admin');
w.addUser('manager', 'manager', '--team', 'T0001');
w.addUser(DIRECTOR, 'director');
const iso = (d) => d.toISOString().slice(0, 10);
const daysFromNow = (n) => iso(new Date(Date.now() + n * 86400000));
const added = w.hc(['action', 'add', '--scope', 'T0001', '--area', 'workload', '--title', 'Recruit two social workers',
                    '--owner', 'Pat Owner', '--due', daysFromNow(-10), '--period', '2026-Q3']);
const id = added.match(/action (\d+)/)[1];
w.hc(['action', 'add', '--scope', 'T0001', '--area', 'workload', '--title', 'Plan next year\'s intake',
      '--owner', 'Pat Owner', '--owner-email', OWNER, '--due', daysFromNow(40), '--period', '2026-Q3']);

// The SMTP server: resolves to its port once it accepts connections.
const mailFolder = join(w.work, 'mail');
function startSmtp() {
  const smtp = spawn('/usr/bin/python3', [join(root, 'tests/support/smtp_server.py'), '--folder', mailFolder],
                     { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    let out = '';
    smtp.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/PORT (\d+)/);
      if (m) ok({ smtp, port: Number(m[1]) });
    });
    smtp.on('exit', (code) => fail(new Error(`smtp_server.py exited ${code}`)));
  });
}

// The messages in the folder, parsed, once `count` have arrived (at most 60 s).
async function messages(count) {
  for (let i = 0; i < 600; i++) {
    const files = existsSync(mailFolder) ? readdirSync(mailFolder).filter((f) => f.endsWith('.eml')).sort() : [];
    if (files.length >= count)
      return files.map((f) => JSON.parse(execFileSync('/usr/bin/python3', [join(root, 'tests/support/parse_mail.py'),
                                                                             join(mailFolder, f)], { encoding: 'utf8' })));
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

async function signIn(browser, user, width = 1366) {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 740 } });
  const page = await context.newPage();
  await w.signIn(page, user);
  return page;
}

const focusedIs = (sel) => document.activeElement?.matches(sel) ?? false;

let smtp;
process.on('exit', () => smtp?.kill('SIGTERM'));  // w.run exits the process, passed or failed
await w.run(async () => {
  const started = await startSmtp();
  smtp = started.smtp;
  const config = join(w.work, 'healthcheck.conf');
  // Sunday 23:59: the schedule does not beat the admin to it (unless the walk runs in that minute).
  writeFileSync(config, ['smtp-host = 127.0.0.1', `smtp-port = ${started.port}`, 'smtp-tls = none',
                         'mail-from = Northshire health check <healthcheck@northshire.example>',
                         'base-url = https://hc.northshire.example', 'digest-day = sunday', 'digest-time = 23:59',
                         ''].join('\n'));
  const base = await w.serve({ globalArgs: ['--config', config] });
  const browser = await w.launch();

  // --- The manager gives the owner an address, by keyboard. ---
  let page = await signIn(browser, 'manager');
  await page.goto(`${base}/dashboard/actions/${id}`);
  check((await page.textContent('.govuk-summary-list')).includes('None: no weekly digest'), 'no address yet');
  check(await tabTo(page, focusedIs, '#owner_email'), 'Tab reaches the owner\'s email address');
  await page.keyboard.type('pat at northshire');
  check(await tabTo(page, focusedButton, 'Save the update'), 'Tab reaches Save the update');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const summary = page.locator('.govuk-error-summary');
  check(await summary.count() === 1 && (await summary.textContent()).includes('Enter the owner\'s email address in the correct format'),
        'a wrong address is refused in the error summary');
  check(await page.$$eval('.govuk-error-summary__list a', (a) => a.map((x) => x.getAttribute('href')).join()) === '#owner_email',
        'the summary links to the field');
  check((await page.title()).startsWith('Error'), 'the title says there is an error');
  check(await page.inputValue('#owner_email') === 'pat at northshire', 'what was typed is shown back');
  await w.shot(page, 'digest-1-refused', { fullPage: true });
  await page.focus('#owner_email');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(OWNER);
  check(await tabTo(page, focusedButton, 'Save the update'), 'Tab reaches Save the update again');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.textContent('.govuk-summary-list')).includes(OWNER), 'the action shows the owner\'s address');
  await page.context().close();

  // --- The admin sends this week's digest now, by keyboard. ---
  page = await signIn(browser, 'admin');
  await page.goto(`${base}/admin`);
  check(await tabTo(page, focusedLink, 'Weekly action digests'), 'the admin home lists the digest page');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check(new URL(page.url()).pathname === '/admin/digests', `the digest page (${page.url()})`);
  const facts = await page.textContent('.govuk-summary-list');
  check(facts.includes('Sunday 23:59') && facts.includes(DIRECTOR), `the schedule and the director's address (${facts.replace(/\s+/g, ' ')})`);
  check(await tabTo(page, focusedButton, 'Send this week\'s digest now'), 'Tab reaches Send this week\'s digest now');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.textContent('main')).includes('This week\'s digest is queued'), 'the digest is queued');
  const got = await messages(2);
  check(got.length === 2, `the owner's digest and the director's copy arrived (${got.length})`);
  const owner = got.find((m) => m.to === OWNER), director = got.find((m) => m.to === DIRECTOR);
  check(owner && director, `one to the owner, one to the director (${got.map((m) => m.to)})`);
  for (const m of [owner, director].filter(Boolean)) {
    const text = m.parts.find((p) => p.content_type === 'text/plain')?.text ?? '';
    check(m.defects.length === 0 && m.content_type === 'multipart/alternative' &&
          m.parts.some((p) => p.content_type === 'text/html'), `${m.to}: well-formed text and HTML`);
    check(text.includes('Recruit two social workers') && text.includes(`https://hc.northshire.example/dashboard/actions/${id}`),
          `${m.to}: the overdue action and its link`);
    check(!text.includes('Plan next year'), `${m.to}: not the action due in 40 days`);
  }
  await page.reload();
  check(await page.getByRole('button', { name: 'Send this week\'s digest now' }).count() === 0,
        'no second sending offered this week');
  check((await page.locator('#digest-weeks').count()) === 1, 'the week is listed among the latest digests');
  await w.shot(page, 'digest-2-sent', { fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  check(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'nothing scrolls sideways at 360 px');
  await w.shot(page, 'digest-3-360', { fullPage: true });
  const audit = w.hc(['audit', '--since', '2000-01-01', '--kind', 'action-digest']);
  check(audit.includes('action-digest') && !audit.includes(OWNER), 'audited with counts, not addresses');
});
