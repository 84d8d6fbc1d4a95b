// Browser walk of survey invitations by email, as an admin, keyboard only,
// against the test SMTP server (tests/support/smtp_server.py): a run opened,
// five addresses invited, the five messages read from the server's folder,
// two responses through two of their links, a reminder batch now, exactly
// three reminders (to the three unused links), the run closed, and a byte
// search of the SQLite database files for the addresses and the links'
// hashes: none. At 1366 px; at 360 px the forms again on a second run (a
// wrong line, a batch at a date and time).
//
// The server is started with HEALTHCHECK_TEST_REMINDER_QUIET_SECONDS=2 (a
// setting for tests only: in service a batch waits 60 s after any change).
//
//   node tests/browser/admin_invitations.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Walk } from './server.mjs';
import { answerLink, fits, follow, openSurvey } from './admin/surveys.mjs';
import { batches, inviteByEmail, scheduleReminders } from './admin/invitations.mjs';
import { focusedButton } from './admin/keyboard.mjs';

const w = new Walk('admin_invitations.mjs');
const { check } = w;
w.demo(3, 6);
w.addUser('admin', 'admin');

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
// Waits (polling, up to `seconds`) until `ready()` holds; its last value.
async function waitFor(ready, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await ready()) return true;
    await sleep(500);
  }
  return ready();
}
const linkIn = (m) => (m.parts[0].text.match(/http:\/\/127\.0\.0\.1:\d+\/s\/[0-9a-f]{32}/) || [''])[0];
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

const addresses = ['ann.lee@staff.example', 'bob.khan@staff.example', 'cat.jones@staff.example',
                   'dan.obi@staff.example', 'eve.may@staff.example'];

await w.run(async () => {
  const smtp = await w.smtp();
  const port = await freePort();
  const config = join(w.work, 'healthcheck.conf');
  writeFileSync(config, `smtp-host = 127.0.0.1\nsmtp-port = ${smtp.port}\nsmtp-tls = none\n` +
                        'mail-from = Northshire health check <healthcheck@northshire.example>\nmail-max-reminders = 2\n');
  await w.serve({ port, globalArgs: ['--config', config], args: ['--base-url', `http://127.0.0.1:${port}`],
                  env: { HEALTHCHECK_TEST_REMINDER_QUIET_SECONDS: '2' } });
  const browser = await w.launch();
  const desk = { width: 1366, height: 768 };
  const context = await browser.newContext({ viewport: desk, javaScriptEnabled: false });
  const page = await context.newPage();
  await w.signIn(page, 'admin');
  const run = await openSurvey(w, page, { period: '2026-Q4', label: 'desk' });
  await inviteByEmail(w, page, { team: 'T0001', addresses, label: 'desk' });

  // The five invitations, one per address, each with its own link.
  check(await waitFor(() => smtp.messages().length >= 5, 60), 'five messages arrive');
  const invitations = smtp.messages();
  check(invitations.length === 5, `exactly five invitations (${invitations.length})`);
  check(invitations.every((m) => m.defects.length === 0 && m.content_type === 'multipart/alternative'),
        'each is well-formed text and HTML');
  check(JSON.stringify(invitations.map((m) => m.to).sort()) === JSON.stringify([...addresses].sort()),
        'one to each address');
  const links = invitations.map(linkIn);
  check(new Set(links).size === 5 && links.every((l) => l.startsWith(w.base + '/s/')), 'five different links');
  check(invitations.every((m) => m.parts[0].text.includes('Your answers are anonymous') &&
                                 m.parts[0].text.includes('until the survey closes')),
        'each says what anonymity means and how long the address is kept');

  // Two people answer.
  await answerLink(w, links[0], { label: 'desk', viewport: desk });
  await answerLink(w, links[1], { label: 'desk', viewport: desk });

  // A reminder batch now: three reminders, to the three unused links.
  await page.reload();
  await scheduleReminders(w, page, { label: 'desk' });
  check(await waitFor(() => smtp.messages().length >= 8, 90), 'the reminders arrive');
  await page.reload();
  const rows = await batches(page);
  check(rows.length === 1 && rows[0][1] === 'Sent' && rows[0][2] === '3', `the batch is sent, 3 reminders (${rows})`);
  const queue = w.hc(['mail', 'queue', '--kind', 'reminder'], '').trim().split('\n').filter(Boolean);
  check(queue.length === 3, `exactly three reminders were ever queued (${queue.length})`);
  const reminders = smtp.messages().slice(5);
  check(reminders.length === 3, `exactly three reminders arrived (${reminders.length})`);
  const unused = invitations.slice(2).map((m) => m.to).sort();
  check(JSON.stringify(reminders.map((m) => m.to).sort()) === JSON.stringify(unused),
        `only to the unused links (${reminders.map((m) => m.to)})`);
  check(reminders.every((m) => m.subject.startsWith('Reminder:') && linkIn(m) && !links.includes(linkIn(m))),
        'each reminder carries a new link');
  await w.shot(page, 'admin-invitations-desk-reminded', { fullPage: true });

  // Closing: the confirmation says the addresses go; then nothing is left.
  await page.goto(`${w.base}/admin/surveys/run?run=${encodeURIComponent(run)}`);
  await follow(w, page, 'Close the survey', 'desk: run page');
  check((await page.textContent('main')).includes('deletes the 5 email addresses'),
        'the confirmation says the 5 addresses are deleted');
  await follow(w, page, 'Close the survey', 'desk: close confirmation', focusedButton);
  check((await page.textContent('.govuk-notification-banner')).includes('The survey is closed'), 'closed');
  await fits(w, page, 'desk: the closed run');
  const audit = w.hc(['audit', '--since', '2000-01-01']);
  check(audit.includes('invite: 5 email invitation(s) for T0001') && audit.includes('remind: reminder batch at'),
        'the audit records the invitations and the batch, as counts');
  check(addresses.every((a) => !audit.includes(a)), 'the audit holds no address');

  // At 360 px: the forms on a second run (a wrong line, a batch at a time).
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const small = await phone.newPage();
  await w.signIn(small, 'admin');
  await openSurvey(w, small, { period: '2027-Q1', label: 'phone' });
  await inviteByEmail(w, small, { team: 'T0002', addresses: ['fay.ross@staff.example'], label: 'phone' });
  await scheduleReminders(w, small, { label: 'phone', at: { date: '2099-01-05', time: '09:00' } });
  const waiting = await batches(small);
  check(waiting.length === 1 && waiting[0][0] === '2099-01-05 09:00' && waiting[0][1] === 'Waiting',
        `the batch waits for its time (${waiting})`);

  // Every link's hash and every address of the closed run: not in the files.
  await context.close();
  await phone.close();
  await w.stopServer();
  const file = w.db.slice('sqlite:'.length);
  let bytes = Buffer.alloc(0);
  for (const suffix of ['', '-wal']) {
    try { bytes = Buffer.concat([bytes, readFileSync(file + suffix)]); } catch { /* no log: fine */ }
  }
  check(bytes.length > 0, 'the database files were read');
  for (const a of addresses) check(!bytes.includes(a), `no trace of ${a} in the database files`);
  const tokens = [...links, ...reminders.map(linkIn)].map((l) => l.split('/s/')[1]);
  check(tokens.every((t) => !bytes.includes(sha256(t))), 'no hash of any link sent in the database files');
});
