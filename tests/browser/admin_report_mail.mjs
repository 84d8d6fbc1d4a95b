// The members' report by email in the browser, as an admin, keyboard and
// mouse alike: two members' addresses added at /admin/report-mail (a bad
// line first, refused with its line named), "send now" confirmed with the
// addresses shown, and the two messages read back from the real SMTP
// server's folder (tests/support/smtp_server.py): one each, with the PDF
// attached. At 1366 and 360 px.
//
//   node admin_report_mail.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Walk, root } from './server.mjs';

const w = new Walk('admin_report_mail.mjs');
w.demo(6, 12);
w.addUser('admin', 'admin');

// Debian's aiosmtpd on a free port, writing each message to a folder.
function startSmtp(folder) {
  const smtp = spawn('/usr/bin/python3', [join(root, 'tests/support/smtp_server.py'), '--folder', folder],
                     { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    smtp.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/PORT (\d+)/);
      if (m) ok({ smtp, port: Number(m[1]) });
    });
    smtp.on('exit', (code) => fail(new Error(`smtp_server.py exited ${code}`)));
    setTimeout(() => fail(new Error('smtp_server.py did not start')), 15000);
  });
}

async function messagesIn(folder, count) {
  for (let i = 0; i < 600; i++) {  // the sender prints the PDF with Chromium: up to a minute
    const names = readdirSync(folder).filter((n) => n.endsWith('.eml'));
    if (names.length >= count) return names.map((n) => readFileSync(join(folder, n), 'latin1'));
    await new Promise((r) => setTimeout(r, 100));
  }
  return readdirSync(folder).filter((n) => n.endsWith('.eml')).map((n) => readFileSync(join(folder, n), 'latin1'));
}

let smtp;
process.on('exit', () => smtp?.kill());  // w.run ends the process
await w.run(async () => {
  const folder = join(w.work, 'mail');
  mkdirSync(folder);
  const started = await startSmtp(folder);
  smtp = started.smtp;
  const conf = join(w.work, 'healthcheck.conf');
  writeFileSync(conf, `smtp-host = 127.0.0.1\nsmtp-port = ${started.port}\nsmtp-tls = none\n` +
                      'mail-from = Health check <healthcheck@northshire.example>\n' +
                      'base-url = https://hc.northshire.example\n');
  await w.serve({ globalArgs: ['--config', conf] });
  const page = await (await w.launch()).newPage({ viewport: { width: 1366, height: 900 } });
  await w.signIn(page, 'admin');

  await page.goto(`${w.base}/admin`);
  await Promise.all([page.waitForNavigation(), page.click('a[href="/admin/report-mail"]')]);
  w.check((await page.textContent('h1')).includes("Members' report by email"), 'the page from the admin tasks');

  // A bad line is named; nothing is added.
  await page.fill('#addresses', 'cllr.jones@northshire.example\npat at council');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/report-mail/add"] button')]);
  const summary = await page.textContent('.govuk-error-summary');
  w.check(summary.includes('Line 2'), 'the error summary names line 2');
  w.check((await page.title()).startsWith('Error:'), 'the title says there is an error');

  await page.fill('#addresses', 'cllr.jones@northshire.example\ncllr.khan@northshire.example');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/report-mail/add"] button')]);
  const listed = await page.textContent('main');
  w.check(listed.includes('cllr.khan@northshire.example') && listed.includes('It reaches 2 address(es).'),
          'both addresses subscribed');
  await w.shot(page, 'admin_report_mail_1366');

  // At 360 px nothing is wider than the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  const over = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > 361 && !e.closest('.hc-scroll')).slice(0, 5)
    .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).join('; '));
  w.check(wide <= 360, `no sideways scrolling at 360 px (${wide}): ${over}`);
  await w.shot(page, 'admin_report_mail_360');
  await page.setViewportSize({ width: 1366, height: 900 });

  // Send now: who will get it, then the messages.
  await Promise.all([page.waitForNavigation(), page.click('a[href="/admin/report-mail/send"]')]);
  const confirm = await page.textContent('main');
  w.check(confirm.includes('cllr.jones@northshire.example') && confirm.includes('cllr.khan@northshire.example'),
          'the confirmation names who will get it');
  await page.focus('form[action="/admin/report-mail/send"] button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  w.check((await page.textContent('.govuk-notification-banner')).includes('on its way to 2 address(es)'),
          'sent, says the banner');

  const got = await messagesIn(folder, 2);
  w.check(got.length === 2, `two messages arrived (${got.length})`);
  for (const to of ['cllr.jones@northshire.example', 'cllr.khan@northshire.example']) {
    const mine = got.filter((m) => m.includes(`\r\nTo: ${to}\r\n`));
    w.check(mine.length === 1, `one message to ${to}`);
    w.check(mine.length === 1 && /Content-Type: application\/pdf/.test(mine[0]) &&
            mine[0].includes('JVBERi0'), `${to}'s message carries a PDF`);  // base64 of "%PDF-"
  }
  await page.goto(`${w.base}/admin/report-mail`);
  w.check((await page.textContent('#report-sendings')) !== null, 'the sending is listed');
});
