// Shared by the browser walks (tests/browser/*.mjs), so that each walk says
// only what it does and checks: the command line, the pass/fail count, a
// scratch SQLite database with the `healthcheck` command run on it,
// `healthcheck serve` on a free port, Chromium with the flags every walk
// launches it with, signing in, and the end of a walk (cleaning up, the
// "N passed, M failed" line and the exit status).
//
//   const w = new Walk('dashboard.mjs');          // node dashboard.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//   w.demo(6, 12);
//   w.addUser('director', 'director');
//   await w.run(async () => {
//     await w.serve();                            // w.base: 'http://127.0.0.1:PORT'
//     const page = await (await w.launch()).newPage();
//     await w.signIn(page, 'director');
//     w.check((await page.textContent('h1')).includes('overview'), 'the overview');
//   });                                           // exits 0 or 1
//
// Not thread-safe in any sense that matters: one walk a process.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const { chromium } = createRequire(join(root, 'src/web/package.json'))('playwright-core');

// Every test account's password (long enough for the password rules).
export const PASSWORD = 'a long test password 1';

export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                              '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Resolves to { base: 'http://127.0.0.1:PORT', server, log() } once the
// server says where it serves; rejects if it exits or is silent for 15 s.
// log() is what it has written to stderr so far. globalArgs go before the
// command (['--config', FILE]).
export function startServer(binary, db, env, extraArgs = [], globalArgs = []) {
  const server = spawn(binary, [...globalArgs, '--db', db, 'serve', '--port', '0', ...extraArgs],
                       { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  return new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Serving on (http:\/\/[0-9.]+:\d+)\//);
      if (m) ok({ base: m[1], server, log: () => log });
    });
    server.on('exit', (code) => fail(new Error(`healthcheck serve exited ${code}: ${log}`)));
    setTimeout(() => fail(new Error('healthcheck serve did not start')), 15000);
  });
}

// One walk: its arguments, its scratch folder and database, its server and
// browser, and its count of checks.
export class Walk {
  // Reads HEALTHCHECK_BINARY and ARTIFACTS_DIR from the command line (exits
  // 2 with a usage line without them) and makes a scratch folder.
  constructor(script) {
    const [binary, artifacts] = process.argv.slice(2);
    if (!binary || !artifacts) {
      console.error(`usage: ${script} HEALTHCHECK_BINARY ARTIFACTS_DIR`);
      process.exit(2);
    }
    mkdirSync(artifacts, { recursive: true });
    this.binary = binary;
    this.artifacts = artifacts;
    this.work = mkdtempSync(join(tmpdir(), `hc-${script.replace(/\.mjs$/, '')}-`));
    this.db = `sqlite:${join(this.work, 'hc.db')}`;
    this.env = { ...process.env, HEALTHCHECK_SURVEYS: join(root, 'surveys'),
                 HEALTHCHECK_ASSETS: join(root, 'src/web/node_modules/govuk-frontend/dist/govuk') };
    this.passed = 0;
    this.failed = 0;
    this.check = this.check.bind(this);
  }

  // Counts a check; prints "FAIL: what" when it does not hold.
  check(ok, what) {
    if (ok) { this.passed++; } else { this.failed++; console.log(`FAIL: ${what}`); }
  }

  // Runs `healthcheck --db DB ...args` with `input` on stdin; its stdout.
  //   w.hc(['metrics', '--period', '2026-Q3', '--format', 'json'])
  hc(args, input) {
    return execFileSync(this.binary, ['--db', this.db, ...args], { env: this.env, encoding: 'utf8', input });
  }

  // A demo council of `teams` teams and `months` months of records, imported.
  demo(teams, months) {
    const out = join(this.work, 'demo');
    this.hc(['demo', '--out', out, '--teams', String(teams), '--months', String(months)]);
    this.hc(['import', out]);
  }

  // An account with PASSWORD: w.addUser('manager', 'manager', '--team', 'T0001').
  addUser(user, role, ...extra) {
    this.hc(['user', 'add', '--role', role, ...extra, user], `${PASSWORD}\n${PASSWORD}\n`);
  }

  // Imports another tool's export of the health-check survey for `period`:
  // a response for each [team, answer] of `responses`, answer(k) being the
  // answer to the k-th scale question. Returns the scale questions' ids.
  //   w.importSurvey('2026-Q3', [['T0001', () => 4], ['T0002', (k) => 1 + (k % 5)]])
  importSurvey(period, responses) {
    const survey = JSON.parse(readFileSync(join(root, 'surveys/health-check.json'), 'utf8'));
    const ids = survey.sections.flatMap((sec) => sec.questions).filter((q) => q.type !== 'text').map((q) => q.id);
    const rows = [['team_id', ...ids], ...responses.map(([team, answer]) => [team, ...ids.map((_, k) => answer(k))])];
    const csv = join(this.work, 'responses.csv');
    writeFileSync(csv, rows.map((r) => r.join(',')).join('\n') + '\n');
    this.hc(['survey', 'import', csv, '--survey', 'health-check', '--period', period]);
    return ids;
  }

  // Starts `healthcheck serve` on the walk's database (globalArgs before
  // the command: ['--config', FILE]); sets and returns w.base.
  async serve(globalArgs = []) {
    const { base, server, log } = await startServer(this.binary, this.db, this.env, [], globalArgs);
    Object.assign(this, { base, server, serverLog: log });
    return base;
  }

  // Launches Debian's headless Chromium (closed at the end of the walk).
  async launch() {
    this.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
    return this.browser;
  }

  // Signs `user` in with PASSWORD, from /login or, with here, from the
  // sign-in page `page` is already on; the URL it lands on.
  async signIn(page, user, { here = false } = {}) {
    if (!here) await page.goto(`${this.base}/login`);
    await page.fill('#username', user);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
    return new URL(page.url());
  }

  // Saves a screenshot of `page` as ARTIFACTS_DIR/NAME.png.
  shot(page, name, options = {}) {
    return page.screenshot({ path: join(this.artifacts, `${name}.png`), ...options });
  }

  // Runs the walk's `body`, an exception counting as a failure; then closes
  // the browser, stops the server, removes the scratch folder, prints the
  // count and exits 0 if every check held, else 1.
  async run(body) {
    try {
      await body();
    } catch (e) {
      this.failed++;
      console.log(`FAIL: ${e.stack || e}`);
    } finally {
      await this.browser?.close();
      this.server?.kill('SIGTERM');
      rmSync(this.work, { recursive: true, force: true });
    }
    console.log(`screenshots in ${this.artifacts}`);
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exit(this.failed ? 1 : 0);
  }
}
