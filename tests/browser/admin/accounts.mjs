// The accounts steps of the admin's browser walk, keyboard only: each step
// a function of the Walk (server.mjs) and a page, so that
// tests/browser/admin_accounts.mjs runs them and a walk of the whole admin
// area can chain them with the other admin parts' steps.
//
//   const link = await addManager(w, page, { username: 'mo', team: 'T0001', shot: 'accounts-1366' });
//   await signOut(w, page);
//   await setPasswordWithLink(w, page, link, 'a long new password');
//   await signInAsManager(w, page, { username: 'mo', password: 'a long new password', team: 'T0001' });
//
// Every interaction is a key press (Tab, Shift+Tab, arrows, Space, Enter,
// typing); reading the page (a heading, a link's address) is not one.

// Presses Tab until the focused element matches `selector`; throws after
// `limit` presses (a page one cannot reach a control of by keyboard fails).
export async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no keyboard path to ${selector} on ${page.url()}`);
}

// Focuses and presses Enter on `selector` (a link or a button), waiting for
// the page it leads to.
export async function activate(page, selector) {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

// Types into the field `selector`, reached by Tab.
export async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

// Chooses the radio of `name` whose value is `value`: Tab into the group,
// then the arrow keys (which check the radio they move to).
export async function chooseRadio(page, name, value) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  const focused = () => page.evaluate(() => document.activeElement.value);
  if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
  for (let i = 0; i < 10 && (await focused()) !== value; i++) await page.keyboard.press('ArrowDown');
  if ((await focused()) !== value) throw new Error(`no radio ${name}=${value}`);
}

// True when nothing on the page is wider than the window.
export async function fitsTheWindow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

// Signs in with the keyboard from /login.
export async function signInByKeyboard(w, page, username, password) {
  await page.goto(`${w.base}/login`);
  await typeInto(page, '#username', username);
  await typeInto(page, '#password', password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return new URL(page.url());
}

// From any admin page: Accounts in the header, "Add an account", a manager
// of `team`; returns the set-password link shown once on the next page.
export async function addManager(w, page, { username, team, shot }) {
  const { check } = w;
  await activate(page, 'header a[href="/admin/users"]');
  check((await page.textContent('h1')).trim() === 'Accounts', 'the accounts page');
  if (shot) await w.shot(page, `${shot}-1-accounts`, { fullPage: true });
  await activate(page, 'main a[href="/admin/users/new"]');
  check((await page.textContent('h1')).trim() === 'Add an account', 'the add form');
  await typeInto(page, '#username', username);
  await chooseRadio(page, 'role', 'manager');
  await tabTo(page, `input[name="team:${team}"]`);
  await page.keyboard.press('Space');
  check(await page.isChecked(`input[name="team:${team}"]`), `team ${team} ticked`);
  if (shot) await w.shot(page, `${shot}-2-add`, { fullPage: true });
  await tabTo(page, 'main form button.govuk-button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.textContent('.govuk-panel__title')).trim() === 'Account added', 'the account is added');
  const href = await page.getAttribute('#set-password-link', 'href');
  // The whole address to send (the server's own, as the browser reached it).
  check(href === `${new URL(page.url()).origin}/set-password/${href?.slice(-64)}` && /[0-9a-f]{64}$/.test(href ?? ''),
        `its set-password link, in full (${href})`);
  if (shot) await w.shot(page, `${shot}-3-link`, { fullPage: true });
  // The accounts list shows the new manager with their team.
  await activate(page, 'main a[href="/admin/users"]');
  const row = await page.locator('tr', { hasText: username }).textContent();
  check(row.includes('manager') && row.includes(team) && row.includes('Active'), `listed: ${row.replace(/\s+/g, ' ')}`);
  check(await fitsTheWindow(page), 'the accounts table fits the window');
  // Their account page: what can be done to it.
  await activate(page, `main a[href="/admin/users/${username}"]`);
  check((await page.textContent('h1')).trim() === username, 'the account page');
  check(await page.isVisible('form[action$="/password-link"] button') && await page.isVisible('form[action$="/disable"] button'),
        'the account page offers a new link and disabling');
  check(await fitsTheWindow(page), 'the account page fits the window');
  if (shot) await w.shot(page, `${shot}-3b-account`, { fullPage: true });
  return href;
}

// Signs out with the header's button.
export async function signOut(w, page) {
  await activate(page, 'header form[action="/logout"] button');
  w.check(new URL(page.url()).pathname === '/login', 'signed out');
}

// Opens the link (pasted from an email) and sets `password` with it.
export async function setPasswordWithLink(w, page, link, password, { shot } = {}) {
  const { check } = w;
  await page.goto(link);
  check((await page.textContent('h1')).trim() === 'Choose your password', 'the set-password page');
  // Two different copies first: the message names the field.
  await typeInto(page, '#password', password);
  await typeInto(page, '#password-again', `${password}x`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.textContent('.govuk-error-summary')).includes('Enter the same password twice'),
        'two different passwords are refused with a message');
  if (shot) await w.shot(page, `${shot}-4-set-password-error`, { fullPage: true });
  await typeInto(page, '#password', password);
  await typeInto(page, '#password-again', password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  check((await page.textContent('main')).includes('Your password is set'), 'the password is set');
  // The link works once.
  const again = await page.goto(link);
  check(again.status() === 404, `the link is used up (${again.status()})`);
  await page.goto(`${w.base}/login`);
}

// Signs in as the manager: they land on their team's page.
export async function signInAsManager(w, page, { username, password, team, shot }) {
  const landed = await signInByKeyboard(w, page, username, password);
  w.check(landed.pathname === `/dashboard/team/${team}`, `the manager lands on their team page (${landed.pathname})`);
  if (shot) await w.shot(page, `${shot}-5-manager`, { fullPage: true });
}
