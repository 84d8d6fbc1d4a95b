// Browser test of action plans and results given back to staff, in Debian's
// headless Chromium (playwright-core): a director adds an action from the
// team page and updates it; a manager updates an action of their own team
// and is refused on another team (the form tampered with in the page, as an
// attacker would); members of staff open the published survey results page
// without an account, and it is gone after `survey unpublish`.
// Screenshots go to ARTIFACTS_DIR.
//
//   node tests/browser/actions.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { Walk } from './server.mjs';

const w = new Walk('actions.mjs');
const { check } = w;
const PERIOD = '2026-Q3';
const RUN = `health-check-${PERIOD}`;
w.demo(4, 6);
w.addUser('director', 'director');
w.addUser('manager', 'manager', '--team', 'T0001');
// A closed survey run of the period (imported responses: ten from T0001).
w.importSurvey(PERIOD, Array.from({ length: 10 }, (_, i) => ['T0001', (k) => 1 + ((i + k) % 5)]));

// A new window of desk size, signed in as `user`.
async function signIn(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await w.signIn(page, user);
  return { context, page };
}

const submit = (page) => Promise.all([page.waitForNavigation(), page.click('form[method="post"] button[type="submit"], form[method="post"] button.govuk-button')]);

await w.run(async () => {
  const base = await w.serve();
  const browser = await w.launch();
  // --- A director adds an action from the team page and updates it. ---
  const director = await signIn(browser, 'director');
  let page = director.page;
  await page.goto(`${base}/dashboard/team/T0001?period=${PERIOD}`);
  const workload = page.locator('#area-workload');
  check((await workload.textContent()).includes('No action agreed for this area.'), 'team page: no action yet');
  await Promise.all([page.waitForNavigation(), workload.getByRole('link', { name: 'Add an action' }).click()]);
  check(new URL(page.url()).pathname === '/dashboard/actions/new', `add form (${page.url()})`);
  check(await page.inputValue('#scope') === 'T0001' && await page.inputValue('#area') === 'workload',
        'the form is preset to the team and area');
  await page.fill('#title', 'Recruit two social workers');
  await page.fill('#owner', 'Head of children\'s social work');
  await page.fill('#due', '2027-03-31');
  await page.check('#needs_decision');
  await submit(page);
  check(/^\/dashboard\/actions\/\d+$/.test(new URL(page.url()).pathname), `added: ${page.url()}`);
  const actionUrl = page.url();
  check((await page.textContent('h1')).trim() === 'Recruit two social workers', 'the action page shows it');
  await page.check('input[name="status"][value="in_progress"]');
  await page.fill('#note', 'Two posts advertised');
  await submit(page);
  const shown = await page.textContent('main');
  check(shown.includes('In progress') && shown.includes('Two posts advertised') && shown.includes('director'),
        'director: status and dated note saved');
  await w.shot(page, 'actions-1-director', { fullPage: true });
  // A wrong date is shown back with a message that names the field.
  await page.goto(`${base}/dashboard/actions/new?scope=T0002&area=wellbeing`);
  await page.fill('#title', 'Protected time for supervision');
  await page.fill('#owner', 'Service manager');
  await page.evaluate(() => { document.querySelector('#due').type = 'text'; });
  await page.fill('#due', '31/03/2027');
  await submit(page);
  check((await page.textContent('.govuk-error-summary')).includes('Enter the due date as year-month-day'),
        'a bad date gets a plain message');
  await page.fill('#due', '2020-01-31');
  await submit(page);
  check((await page.textContent('main')).includes('Overdue'), 'an action past its due date is marked overdue');
  await page.goto(`${base}/dashboard/team/T0001?period=${PERIOD}`);
  check((await page.locator('#area-workload').textContent()).includes('Recruit two social workers'),
        'the team page lists the action under its area');
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  const overdueRow = await page.locator('#actions-T0002').textContent();
  check(overdueRow.includes('Overdue'), `overview counts the overdue action (${overdueRow.trim()})`);
  await w.shot(page, 'actions-2-overview', { fullPage: true });

  // --- A manager updates their own team's action, and is refused another team. ---
  const manager = await signIn(browser, 'manager');
  page = manager.page;
  await page.goto(actionUrl);
  await page.check('input[name="status"][value="done"]');
  await page.fill('#note', 'Both posts filled');
  await submit(page);
  check((await page.textContent('main')).includes('Both posts filled'), 'manager: own team updated');
  await page.goto(`${base}/dashboard/actions/new`);
  const scopes = await page.$$eval('#scope option', (o) => o.map((x) => x.value));
  check(scopes.length === 1 && scopes[0] === 'T0001', `manager may choose only their team (${scopes})`);
  // Tamper with the form: the server refuses all the same.
  await page.evaluate(() => { const o = document.createElement('option'); o.value = 'T0002'; o.selected = true;
                              document.querySelector('#scope').append(o); });
  await page.fill('#title', 'Not my team');
  await page.fill('#owner', 'Someone');
  await page.fill('#due', '2027-01-31');
  const [refusal] = await Promise.all([page.waitForNavigation(), page.click('form[method="post"] button.govuk-button')]);
  check(refusal.status() === 403, `manager refused on another team (${refusal.status()})`);
  check((await page.textContent('main')).includes('T0002 is not one of them'), 'the refusal says why');
  await w.shot(page, 'actions-3-manager-refused', { fullPage: true });
  const list = JSON.parse(w.hc(['action', 'list', '--format', 'json']));
  check(list.length === 2 && !list.some((a) => a.title === 'Not my team'), 'nothing stored by the refused attempt');
  check(list.find((a) => a.scope === 'T0001').status === 'done', 'the CLI sees the manager\'s update');

  // --- Results given back to staff, without an account. ---
  const published = w.hc(['survey', 'publish', RUN, '--base-url', base]);
  const link = published.match(/(http:\/\/\S+\/r\/[0-9a-f]{32})/)[1];
  const staff = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await staff.newPage();
  const response = await phone.goto(link);
  check(response.status() === 200, `results page served without sign-in (${response.status()})`);
  check(response.headers()['content-security-policy'] !== undefined, 'with the security headers');
  const text = await phone.textContent('main');
  check(text.includes('Staff survey results') && text.includes('You said, we did'), 'results and actions shown');
  check(text.includes('Recruit two social workers') || text.includes('Protected time for supervision') ||
        text.includes('No action agreed yet'), 'the actions section lists each area');
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 362, `fits a phone (${width}px)`);
  await w.shot(phone, 'actions-4-staff-results', { fullPage: true });
  w.hc(['survey', 'unpublish', RUN]);
  const gone = await phone.goto(link);
  check(gone.status() === 404, `gone after unpublish (${gone.status()})`);
});
