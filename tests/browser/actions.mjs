// Browser test of action plans and results given back to staff, in Debian's
// headless Chromium (playwright-core): a director adds an action from the
// team page and updates it; a manager updates an action of their own team
// and is refused on another team (the form tampered with in the page, as an
// attacker would); members of staff open the published survey results page
// without an account, and it is gone after `survey unpublish`. The action
// pages have the site's header and breadcrumbs, name teams and say who
// changed an action in words, at 1366 and 360 px; the add form is used with
// the keyboard alone and shows every problem at once. The staff survey page
// opens on the run taking answers. Screenshots go to ARTIFACTS_DIR.
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

// A new window of desk size (or `width` wide), signed in as `user`.
async function signIn(browser, user, width = 1366) {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 740 } });
  const page = await context.newPage();
  await w.signIn(page, user);
  return { context, page };
}

// Presses Tab until `selector` has the focus (at most 80 times); whether it got it.
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return true;
  }
  return false;
}

// The site's header, Sign out and breadcrumbs are on the page.
async function hasSiteNavigation(page) {
  return await page.locator('nav[aria-label="Sections"]').count() === 1 &&
         await page.locator('button:has-text("Sign out")').count() === 1 &&
         await page.locator('nav.govuk-breadcrumbs').count() === 1;
}

const fitsWidth = async (page) => page.evaluate(() => document.documentElement.scrollWidth);

const submit = (page) => Promise.all([page.waitForNavigation(), page.click('main form[method="post"] button[type="submit"], main form[method="post"] button.govuk-button')]);

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

  // --- The action pages: header, breadcrumbs, names, a readable last change. ---
  w.hc(['action', 'add', '--scope', 'T0003', '--area', 'tools', '--title', 'New laptops for the team',
        '--owner', 'IT lead', '--due', '2027-02-28', '--period', PERIOD]);
  await page.goto(`${base}/dashboard/team/T0003?period=${PERIOD}`);
  const teamName = (await page.textContent('nav.govuk-breadcrumbs li:last-child')).trim();  // the team page's own name
  await page.goto(`${base}/dashboard/actions`);
  check(await hasSiteNavigation(page), 'action list: the header, Sign out and breadcrumbs');
  const headings = await page.$$eval('main h2', (h) => h.map((x) => x.textContent.trim()));
  check(!headings.some((h) => /^T\d{4}$/.test(h)), `action list: teams by name, not id (${headings})`);
  check(headings.includes(teamName), `action list names ${teamName} (${headings})`);
  await w.shot(page, 'actions-5-list-1366', { fullPage: true });
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'New laptops for the team' }).click()]);
  const cliRow = await page.locator('.govuk-summary-list').textContent();
  check(!cliRow.includes('cli:') && /the command line|on the command line/.test(cliRow),
        `an action added from the command line says so in words (${cliRow.replace(/\s+/g, ' ').match(/Last changed.*$/)?.[0]})`);
  check(await hasSiteNavigation(page), 'action page: the header, Sign out and breadcrumbs');
  await Promise.all([page.waitForNavigation(), page.locator('nav.govuk-breadcrumbs').getByRole('link', { name: 'Health check actions' }).click()]);
  check(new URL(page.url()).pathname === '/dashboard/actions', 'the breadcrumb leads back to every action');

  // --- The add form with the keyboard alone: every problem at once. ---
  await page.goto(`${base}/dashboard/actions/new?scope=T0001&area=wellbeing`);
  check(await page.inputValue('#agreed_period') === PERIOD, `agreed in the latest complete period (${await page.inputValue('#agreed_period')})`);
  const groups = await page.$$eval('#metric optgroup', (g) => g.map((x) => x.label));
  check(groups[0] === 'A healthy workplace', `the chosen area's metrics come first (${groups})`);
  check((await page.textContent('#due-hint')).includes('2027-03-31') && await page.getAttribute('#due', 'type') === 'text',
        'the date hint matches the field');
  check(await tabTo(page, '#metric'), 'Tab reaches the metric');
  await page.keyboard.press('ArrowDown');  // the first of the area's measures
  check(await tabTo(page, '#owner'), 'Tab reaches the owner');
  await page.keyboard.type('Service manager');
  check(await tabTo(page, '#due'), 'Tab reaches the due date');
  await page.keyboard.type('31/03/2027');
  check(await tabTo(page, 'main form[method="post"] button.govuk-button'), 'Tab reaches the button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const problems = await page.$$eval('.govuk-error-summary__list a', (a) => a.map((x) => x.getAttribute('href')));
  check(problems.includes('#title') && problems.includes('#due') && problems.length >= 2,
        `every problem listed at once (${problems})`);
  check(await page.inputValue('#owner') === 'Service manager', 'what was typed is kept');
  check(await tabTo(page, '.govuk-error-summary__list a[href="#title"]'), 'Tab reaches the summary\'s link');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement?.id) === 'title', 'the summary\'s link moves to its field');
  await w.shot(page, 'actions-6-form-errors-1366', { fullPage: true });
  await page.keyboard.type('Protected supervision time');
  check(await tabTo(page, '#due'), 'Tab back to the due date');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027-03-31');
  check(await tabTo(page, 'main form[method="post"] button.govuk-button'), 'Tab reaches the button again');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check(/^\/dashboard\/actions\/\d+$/.test(new URL(page.url()).pathname), `added by keyboard: ${page.url()}`);

  // --- At 360 px. ---
  const phoneDirector = await signIn(browser, 'director', 360);
  for (const [path, name] of [['/dashboard/actions', 'actions-7-list-360'], [new URL(actionUrl).pathname, 'actions-8-action-360'],
                              ['/dashboard/actions/new?scope=T0001&area=workload', 'actions-9-form-360']]) {
    await phoneDirector.page.goto(`${base}${path}`);
    if (name.endsWith('form-360')) await submit(phoneDirector.page);
    const wide = await fitsWidth(phoneDirector.page);
    check(wide <= 362, `${path} fits 360 px (${wide}px)`);
    check(await phoneDirector.page.locator('nav[aria-label="Sections"]').count() === 1, `${path}: the header at 360 px`);
    await w.shot(phoneDirector.page, name, { fullPage: true });
  }
  await phoneDirector.context.close();

  // --- The staff survey page opens on the run taking answers. ---
  w.hc(['survey', 'open', '--survey', 'health-check', '--period', '2026-Q4', '--teams', 'all']);
  await page.goto(`${base}/dashboard/survey`);
  check((await page.textContent('h1')).includes('2026-Q4'), `the survey page opens on the open run (${(await page.textContent('h1')).trim()})`);
  const runLinks = await page.$$eval('nav[aria-labelledby="survey-run-links"] a', (a) => a.map((x) => x.getAttribute('href')));
  check(runLinks.includes(`/dashboard/survey?period=${PERIOD}`), `a way to the closed run (${runLinks})`);
  await w.shot(page, 'actions-10-survey-open-run', { fullPage: false });
  w.hc(['survey', 'close', 'health-check-2026-Q4']);

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
  const [refusal] = await Promise.all([page.waitForNavigation(), page.click('main form[method="post"] button.govuk-button')]);
  check(refusal.status() === 403, `manager refused on another team (${refusal.status()})`);
  check((await page.textContent('main')).includes('T0002 is not one of them'), 'the refusal says why');
  await w.shot(page, 'actions-3-manager-refused', { fullPage: true });
  const list = JSON.parse(w.hc(['action', 'list', '--format', 'json']));
  check(list.length === 4 && !list.some((a) => a.title === 'Not my team'), 'nothing stored by the refused attempt');
  check(list.find((a) => a.title === 'Recruit two social workers').status === 'done', 'the CLI sees the manager\'s update');

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
