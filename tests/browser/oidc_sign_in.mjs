// Signing in with the council's account in Chromium, through a real OpenID
// Connect provider's own login page (LemonLDAP::NG, started here on
// 127.0.0.1 by tests/support/oidc_provider.pl): "Sign in with your council
// account" on the sign-in page, the provider's form filled as each demo
// user, and the health check's page each lands on: the admin area for an
// admin app role, the overview for a director's, the page saying whom to
// ask for someone without a mapped role. Then the provider stopped: a clear
// page, and the local admin password (break-glass) still signs in.
//
//   node oidc_sign_in.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Walk, root, startServer } from './server.mjs';

const w = new Walk('oidc_sign_in.mjs');
const CONTACT = 'the Performance Team (performance@council.example)';

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

// Starts the provider; resolves to { issuer, process } once it answers.
function startProvider(redirectUri) {
  const idp = spawn('/usr/bin/perl', [join(root, 'tests/support/oidc_provider.pl'), '--dir', join(w.work, 'idp'),
    '--client-id', 'healthcheck', '--client-secret', 'a test client secret', '--redirect-uri', redirectUri,
    '--roles', JSON.stringify({ dwho: 'HealthCheck.Admin', rtyler: 'HealthCheck.Director' })],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    idp.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/PORT (\d+)/);
      if (m) ok({ issuer: `http://127.0.0.1:${m[1]}`, process: idp });
    });
    idp.on('exit', (code) => fail(new Error(`the provider exited ${code}`)));
  });
}

// From the sign-in page, through the provider's own form as `user`
// (the Demo users' password is their name); the page it ends on.
async function councilSignIn(browser, user) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${w.base}/login`);
  await Promise.all([page.waitForNavigation(), page.click('text=Sign in with your council account')]);
  w.check(page.url().startsWith(issuer), `${user}: on the provider's own login page`);
  await page.fill('#userfield', user);
  await page.fill('#passwordfield', user);
  await Promise.all([page.waitForURL(`${w.base}/**`), page.click('#lform button[type="submit"]')]);
  return page;
}

let issuer;
await w.run(async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const provider = await startProvider(`${base}/sign-in/oidc/callback`);
  issuer = provider.issuer;
  const roles = join(w.work, 'directory-roles');
  writeFileSync(roles, 'role admin approle HealthCheck.Admin\nrole director approle HealthCheck.Director\n');
  const config = join(w.work, 'healthcheck.conf');
  writeFileSync(config, [`directory-roles = ${roles}`, `directory-contact = ${CONTACT}`, `oidc-issuer = ${issuer}`,
    'oidc-client-id = healthcheck', `oidc-redirect-url = ${base}/sign-in/oidc/callback`, ''].join('\n'));
  w.addUser('root', 'admin');  // the break-glass admin with a local password
  const env = { ...w.env, HEALTHCHECK_OIDC_CLIENT_SECRET: 'a test client secret' };
  const { server, log } = await startServer(w.binary, w.db, env, [], { port, globalArgs: ['--config', config] });
  Object.assign(w, { base, server, serverLog: log });
  const browser = await w.launch();

  const admin = await councilSignIn(browser, 'dwho');
  w.check(new URL(admin.url()).pathname === '/admin', `the admin lands on the admin area (${admin.url()})`);
  w.check((await admin.context().cookies()).every((c) => !/token/i.test(c.name) && !c.value.includes('.ey')),
          'no token among the browser\'s cookies');
  await w.shot(admin, 'oidc-admin');

  const director = await councilSignIn(browser, 'rtyler');
  w.check(new URL(director.url()).pathname === '/dashboard', `the director lands on the overview (${director.url()})`);
  const forbidden = await director.goto(`${w.base}/admin`);
  w.check(forbidden.status() === 403, 'the director is not let into the admin area');

  const nobody = await councilSignIn(browser, 'msmith');
  const text = await nobody.textContent('main');
  w.check(text.includes('You cannot use the health check yet') && text.includes(CONTACT),
          'someone without a mapped role is told whom to ask');
  await w.shot(nobody, 'oidc-no-role');

  // The provider down.
  provider.process.kill('SIGKILL');
  await new Promise((ok) => provider.process.on('exit', ok));
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${w.base}/login`);
  const [down] = await Promise.all([page.waitForNavigation(), page.click('text=Sign in with your council account')]);
  w.check(down.status() === 503 && (await page.textContent('h1')).includes('sign-in service is not answering'),
          'the provider down: a page that says so');
  await w.shot(page, 'oidc-provider-down');
  await Promise.all([page.waitForNavigation(), page.click('text=Sign in with a health check password')]);
  const landed = await w.signIn(page, 'root', { here: true });
  w.check(landed.pathname === '/admin', 'the local admin password still signs in');
});
