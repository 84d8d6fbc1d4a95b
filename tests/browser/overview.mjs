// Browser test of the overview redesign and the site's frame in headless
// Chromium: the overview walked in attention order (the "Needs attention"
// list and the heat map's rows agree with the engine's ranks and reasons),
// each role's landing page and the header navigation with Sign out, the
// charts' text alternatives (process-control charts, the funnel plot,
// sparklines with their latest value), a period after the records said in
// words, and reflow: no page wider than the viewport at 360 px or at
// 1280 px with 400% zoom (320 CSS px), wide tables scrolling in their own
// box with the first column fixed, chart text at least 12 px, and every
// chart label (the funnel plot's control limits among them) inside its chart
// and not cut off by the chart's box at 1366 px, 360 px and 400% zoom; the
// metric page's bar chart shown whole (no sideways scrolling, text 12 px or
// more) at each of those, and the funnel plot's points spread over at least
// 40% of its height rather than crowding one edge. The funnel plot's and the
// process-control charts' value axes have 3 to 6 labels, 12 px or more,
// inside the chart, on their grid lines, rising upwards on a linear scale;
// the funnel plot's n axis has 3 or more labels rising to the right and a
// title saying what n counts. Every kind of mark a signal chart draws is in
// its key, and each process limit lies in its measure's range (0 to 100%,
// 0 up) and is drawn where its key says.
// Screenshots (desk and phone, and the funnel plot and a process-control
// chart on their own) are kept in ARTIFACTS_DIR.
//
//   node tests/browser/overview.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { join } from 'node:path';
import { Walk } from './server.mjs';

const w = new Walk('overview.mjs');
const { check } = w;
const PERIOD = '2026-Q3';
w.demo(8, 36);
w.hc(['council', 'set', '--name', 'Northshire County Council']);
w.addUser('director', 'director');
w.addUser('member', 'member');
w.addUser('admin', 'admin');
w.addUser('manager', 'manager', '--team', 'T0003');
const engine = JSON.parse(w.hc(['metrics', '--period', PERIOD, '--format', 'json']));

// Opens every folded part of the page (the team page's other measures), so
// that all its charts are laid out and checked.
async function unfold(page) {
  await page.$$eval('main details', (ds) => ds.forEach((d) => { d.open = true; }));
}

// Nothing wider than the viewport; every wide table in a scroll box whose
// first column stays put; chart text at least 12 px as rendered.
async function reflow(page, name, width) {
  const r = await page.evaluate(() => {
    const tables = [...document.querySelectorAll('main table')];
    const loose = tables.filter((t) => t.scrollWidth > document.documentElement.clientWidth + 1 &&
                                       !t.closest('.hc-scroll') && getComputedStyle(t).overflowX !== 'auto').length;
    const sticky = [...document.querySelectorAll('.hc-scroll tr > :first-child')]
      .every((c) => getComputedStyle(c).position === 'sticky');
    let smallest = 99;
    for (const t of document.querySelectorAll('main svg text')) {
      const box = t.getBoundingClientRect();
      if (box.height === 0) continue;
      const size = parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getScreenCTM()?.a || 1);
      smallest = Math.min(smallest, size);
    }
    return { page: document.documentElement.scrollWidth, loose, sticky, smallest };
  });
  check(r.page <= width + 1, `${name}: page ${r.page}px wide at ${width}px`);
  check(r.loose === 0, `${name}: ${r.loose} wide tables outside a scroll box`);
  check(r.sticky, `${name}: the first column of each scrolling table stays put`);
  check(r.smallest >= 12, `${name}: chart text at least 12 px (smallest ${r.smallest.toFixed(1)})`);
}

// Every label of the charts matching `selector` lies inside its chart's
// box and inside what its scroll box shows without scrolling, and no two
// labels overlap, as Chromium lays them out; the funnel plot's control
// limits are among the labels. Returns how many labels were measured.
async function chartLabels(page, name, selector) {
  const r = await page.$$eval(selector, (svgs) => {
    const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 &&
                             a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out = { labels: 0, limits: [], outside: [], hidden: [], overlapping: [] };
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;  // the layout this window does not show
      const shown = svg.closest('.hc-chart-box').getBoundingClientRect();
      // Not a funnel point's readout, shown only while the point is hovered or focused.
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && !t.closest('.hc-point__label'));
      const boxes = texts.map((t) => t.getBoundingClientRect());
      texts.forEach((t, i) => {
        const where = `${svg.id} "${t.textContent}"`;
        out.labels++;
        if (/limit/.test(t.textContent)) out.limits.push(t.textContent);
        if (!inside(boxes[i], box)) out.outside.push(where);
        if (!inside(boxes[i], shown) || boxes[i].right > document.documentElement.clientWidth) out.hidden.push(where);
        for (let k = 0; k < i; k++)
          if (overlap(boxes[i], boxes[k])) out.overlapping.push(`${where} and "${texts[k].textContent}"`);
      });
    }
    return out;
  });
  check(r.labels > 0, `${name}: chart labels measured (${r.labels})`);
  check(r.outside.length === 0, `${name}: labels outside their chart: ${r.outside.slice(0, 3).join('; ')}`);
  check(r.hidden.length === 0, `${name}: labels cut off by the chart's box: ${r.hidden.slice(0, 3).join('; ')}`);
  check(r.overlapping.length === 0, `${name}: labels overlap: ${r.overlapping.slice(0, 3).join('; ')}`);
  return r;
}

// The bar chart shown (wide or narrow, whichever the window gets) fits its
// box without sideways scrolling and its text is 12 px or more as rendered.
async function barCharts(page, name) {
  const r = await page.$$eval('.hc-chart-box', (boxes) => boxes.filter((b) => b.querySelector('svg.chart')).map((b) => {
    const shown = [...b.querySelectorAll('svg.chart')].filter((s) => s.getBoundingClientRect().width > 0);
    let smallest = 99;
    for (const t of shown.flatMap((s) => [...s.querySelectorAll('text')]))
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a);
    return { shown: shown.length, scroll: b.scrollWidth, client: b.clientWidth, smallest };
  }));
  check(r.length > 0, `${name}: bar charts found (${r.length})`);
  check(r.every((c) => c.shown === 1), `${name}: one layout of each bar chart shown: ${r.map((c) => c.shown)}`);
  const wide = r.filter((c) => c.scroll > c.client);
  check(wide.length === 0, `${name}: bar charts scroll sideways: ${wide.map((c) => `${c.scroll}px in ${c.client}px`)}`);
  const small = Math.min(...r.map((c) => c.smallest));
  check(small >= 11.99, `${name}: bar chart text at least 12 px (smallest ${small.toFixed(2)})`);
}

// The funnel plot's points spread over at least `share` of the plot's
// height (the svg's top to its axis), not crowded at one edge.
async function funnelSpread(page, name, share) {
  const r = await page.$eval('svg[id^="funnel-"]', (svg) => {
    const top = svg.getBoundingClientRect().top;
    const axis = svg.querySelector('.hc-axis')?.getBoundingClientRect();
    const ys = [...svg.querySelectorAll('g > title')].map((t) => t.nextElementSibling)
      .filter(Boolean).map((m) => { const b = m.getBoundingClientRect(); return (b.top + b.bottom) / 2; });
    return { points: ys.length, plot: axis ? axis.top - top : 0, spread: Math.max(...ys) - Math.min(...ys) };
  });
  check(r.points >= 3 && r.plot > 0, `${name}: funnel points (${r.points}) and axis found`);
  check(r.spread >= share * r.plot,
        `${name}: funnel points spread over ${(100 * r.spread / r.plot).toFixed(0)}% of the plot's height (want >= ${100 * share}%)`);
}

// The axes of the charts matching `selector` (those this window shows):
// at least 3 vertical-axis labels, each inside its chart and 12 px or more
// as rendered, their values rising upwards and their grid lines at the
// height their values say (checked against the chart's own marks: the
// value scale is linear, so the labels' heights and values fit one line).
// With `n`, also the horizontal axis of n: at least 3 labels rising to the
// right, inside the chart, and a title naming what n counts.
async function chartAxes(page, name, selector, n) {
  const r = await page.$$eval(selector, (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((svg) => {
    const box = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM().a;
    const inside = (b) => b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 &&
                          b.bottom <= box.bottom + 0.5;
    const read = (sel) => [...svg.querySelectorAll(sel)].map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent, value: parseFloat(t.textContent.replace(/[,%]/g, '')), x: (b.left + b.right) / 2,
               y: (b.top + b.bottom) / 2, inside: inside(b), px: parseFloat(getComputedStyle(t).fontSize) * scale };
    });
    const ys = read('.hc-y-axis text');
    const grid = [...svg.querySelectorAll('.hc-y-axis line')].map((l) => l.getBoundingClientRect().top);
    const xs = read('.hc-x-axis text.hc-tick');
    const title = [...svg.querySelectorAll('.hc-x-axis text.hc-axis-title')].map((t) => t.textContent).join(' ');
    return { id: svg.id, ys, grid, xs, title, scale };
  }));
  check(r.length > 0, `${name}: charts with axes found (${r.length})`);
  for (const c of r) {
    const what = `${name} ${c.id}`;
    check(c.ys.length >= 3 && c.ys.length <= 6, `${what}: ${c.ys.length} vertical-axis labels (${c.ys.map((t) => t.text)})`);
    check(c.ys.every((t) => t.inside), `${what}: vertical-axis labels inside the chart`);
    const small = Math.min(...c.ys.map((t) => t.px));
    check(small >= 12, `${what}: vertical-axis labels at least 12 px (smallest ${small.toFixed(1)})`);
    const up = [...c.ys].sort((a, b) => b.y - a.y).map((t) => t.value);
    check(up.every((v, i) => i === 0 || v > up[i - 1]), `${what}: vertical-axis values rise upwards: ${up}`);
    // Each label beside its grid line, and evenly spaced values evenly spaced.
    check(c.grid.length === c.ys.length && c.ys.every((t, i) => Math.abs(t.y - c.grid[i]) < 3 * c.scale),
          `${what}: each vertical-axis label beside its grid line`);
    const gaps = up.slice(1).map((v, i) => v - up[i]);
    const ordered = [...c.ys].sort((a, b) => b.y - a.y);
    const perUnit = ordered.slice(1).map((t, i) => (ordered[i].y - t.y) / gaps[i]);
    check(perUnit.every((p) => Math.abs(p - perUnit[0]) < 0.02 * perUnit[0] + 0.5),
          `${what}: vertical-axis labels on a linear scale (${perUnit.map((p) => p.toFixed(2))} px per unit)`);
    if (!n) continue;
    check(c.xs.length >= 3, `${what}: ${c.xs.length} labels of n (${c.xs.map((t) => t.text)})`);
    check(c.xs.every((t) => t.inside && t.px >= 12), `${what}: labels of n inside the chart, 12 px or more`);
    const right = [...c.xs].sort((a, b) => a.x - b.x).map((t) => t.value);
    check(right.every((v, i) => i === 0 || v > right[i - 1]), `${what}: n rises to the right: ${right}`);
    check(c.title.length > 0 && n.test(c.title), `${what}: the horizontal axis says what n counts: "${c.title}"`);
  }
}

// The signal charts' marks and limits (issue 24): every kind of mark drawn
// in a chart (dots, and diamonds by colour) has its sample in the key; each
// process limit the key names is drawn at that figure, to the key's
// rounding, read through the chart's value axis; and the limits, in the
// key and the text alternative, lie in the measure's range (0 to 100 for a
// share or a score, 0 and up for the rest). Returns the limits read.
async function chartKeys(page, name, selector) {
  const r = await page.$$eval(selector, (svgs) => svgs.map((svg) => {
    const key = svg.querySelector('.hc-key');
    const kind = (el) => (el.tagName === 'circle' ? 'dot' : `diamond ${el.getAttribute('fill')}`);
    const marks = (root, inKey) => [...root.querySelectorAll('circle, path')]
      .filter((el) => (el.tagName === 'circle' || /Z$/.test(el.getAttribute('d') || '')) && !!el.closest('.hc-key') === inKey)
      .map(kind);
    const drawn = [...new Set(marks(svg, false))], keyed = new Set(key ? marks(key, true) : []);
    const ticks = [...svg.querySelectorAll('.hc-y-axis line')].map((l, i) => ({
      y: parseFloat(l.getAttribute('y1')),
      v: parseFloat(svg.querySelectorAll('.hc-y-axis text')[i].textContent.replace(/[,%]/g, '')) }));
    const at = (y) => ticks[0].v + (y - ticks[0].y) / (ticks.at(-1).y - ticks[0].y) * (ticks.at(-1).v - ticks[0].v);
    const lines = [...svg.querySelectorAll('line[stroke-dasharray="6 4"]')].filter((l) => !l.closest('.hc-key'))
      .map((l) => at(parseFloat(l.getAttribute('y1'))));
    const limits = [...(key ? key.querySelectorAll('text') : [])].map((t) => t.textContent)
      .filter((t) => /^(Upper|Lower) limit /.test(t)).map((t) => {
        const figure = t.replace(/^(Upper|Lower) limit /, '');
        const number = figure.match(/-?[\d,]+(\.\d+)?/);
        return { text: t, figure, value: parseFloat(number[0].replace(/,/g, '')), decimals: (number[1] || '.').length - 1 };
      });
    const span = ticks.length > 1 ? Math.abs(ticks.at(-1).v - ticks[0].v) : 0;
    return { id: svg.id, drawn, missing: drawn.filter((k) => !keyed.has(k)), lines, limits, span,
             desc: svg.querySelector('desc')?.textContent || '' };
  }));
  check(r.length > 0, `${name}: charts found (${r.length})`);
  const noCeiling = ['turnover_rate', 'sickness_rate', 'direct_time_share'];
  const all = [];
  for (const c of r) {
    check(c.missing.length === 0, `${name} ${c.id}: every kind of mark in the key (missing: ${c.missing.join(', ')})`);
    const capped = !noCeiling.some((m) => c.id.endsWith(`-${m}`));
    for (const l of c.limits) {
      all.push(l);
      const ceiling = capped && /%|out of 100/.test(l.figure) ? 100 : Infinity;
      check(l.value >= 0 && l.value <= ceiling, `${name} ${c.id}: "${l.text}" within what the measure can take`);
      const tolerance = 0.5 * 10 ** -l.decimals + 0.01 * c.span;
      check(c.lines.some((v) => Math.abs(v - l.value) <= tolerance),
            `${name} ${c.id}: "${l.text}" drawn where the key says (lines at ${c.lines.map((v) => v.toFixed(2))})`);
    }
    check(!/process limits [^.]*-\d/.test(c.desc), `${name} ${c.id}: no limit below 0 in words: ${c.desc.slice(-90)}`);
  }
  return all;
}

await w.run(async () => {
  const base = await w.serve();
  const browser = await w.launch();
  // Each role lands where its work is; the header has the sections and Sign out.
  for (const [user, path] of [['director', '/dashboard'], ['member', '/dashboard'], ['admin', '/admin'],
                              ['manager', '/dashboard/team/T0003']]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const landed = await w.signIn(page, user);
    check(landed.pathname === path, `${user} lands on ${path} (${landed.pathname})`);
    const nav = await page.$$eval('header nav[aria-label="Sections"] a', (as) => as.map((a) => a.textContent.trim()));
    const wanted = user === 'admin' ? ['Accounts', 'Your account']
                                    : ['Overview', 'Compare', 'Staff survey', "Members' report", 'Glossary'];
    check(wanted.every((s) => nav.includes(s)), `${user}: header sections ${nav.join(', ')}`);
    check(await page.isVisible('header button:text("Sign out")'), `${user}: Sign out in the header`);
    check((await page.$$('nav.govuk-breadcrumbs')).length === 1, `${user}: breadcrumbs below the header`);
    await w.shot(page, `overview-landing-${user}`);
    if (user === 'director') {
      // /home is not a dead end.
      await page.goto(`${base}/home`);
      check(await page.isVisible('main a:text("Go to the health check overview")'), '/home links to the overview');
      // Sign out from the header.
      await Promise.all([page.waitForNavigation(), page.click('header button:text("Sign out")')]);
      check(new URL(page.url()).pathname === '/login', `signed out to ${page.url()}`);
      // next= keeps its query string.
      await page.goto(`${base}/dashboard?period=2026-Q2&sort=name`);
      const back = await w.signIn(page, 'director', { here: true });
      check(back.pathname === '/dashboard' && back.searchParams.get('period') === '2026-Q2' &&
            back.searchParams.get('sort') === 'name', `next= keeps the query string: ${back}`);
    }
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await w.signIn(page, 'director');
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  await w.shot(page, 'overview-1-desk-1366x768');
  await w.shot(page, 'overview-1-desk-full', { fullPage: true });

  // The heat map's first rows are visible without scrolling at 1366x768.
  const firstRow = await page.$eval('.hc-heatmap tbody tr', (tr) => tr.getBoundingClientRect().bottom);
  check(firstRow <= 768, `the heat map's first row is above the fold (${Math.round(firstRow)}px)`);

  // Rows in attention order, as the engine ranks them.
  const ranked = engine.scopes.filter((s) => s.level === 'team' && s.rank !== null).sort((a, b) => a.rank - b.rank);
  const rows = await page.$$eval('.hc-heatmap tbody:first-of-type tr th a', (as) => as.map((a) => a.textContent.trim()));
  check(JSON.stringify(rows.slice(0, ranked.length)) === JSON.stringify(ranked.map((t) => t.name)),
        `rows in attention order: ${rows.slice(0, 4).join(' | ')}`);
  // The "Needs attention" list: ranks 1 to 3 first, each with reasons.
  const attention = await page.$$eval('.hc-attention__list li', (lis) => lis.map((li) => li.textContent.trim()));
  check(attention.length >= Math.min(3, ranked.length), `needs attention lists ${attention.length} teams`);
  for (let i = 0; i < Math.min(3, ranked.length); i++)
    check(attention[i]?.startsWith(ranked[i].name), `needs attention ${i + 1}: ${attention[i]}`);
  check(attention.slice(0, 3).every((t) => t.includes(': ')), 'each listed team has its reasons in words');
  // Each cell: the status in words, the area score, red measures.
  const cells = await page.$$eval('.hc-heatmap td.hc-cell', (tds) => tds.map((td) => td.textContent.trim()));
  check(cells.length > 0 && cells.every((c) => /^(Red|Amber|Green|No rating)/.test(c)), 'every cell says its status');
  check(cells.some((c) => /of \d+ red/.test(c)), 'cells count their red measures');
  const t1 = ranked[0];
  const area = Object.entries(t1.areas).find(([, a]) => a.score !== null);
  const cellText = await page.textContent(`a[href^="/dashboard/team/${t1.id}?"][href$="#area-${area[0]}"]`);
  check(cellText.includes(String(Math.round(area[1].score))), `cell shows the area score ${area[1].score}: ${cellText}`);
  // No raw service ids, no "on D".
  const body = await page.textContent('main');
  check(!/\bon D\b/.test(body), 'no "on D" on the overview');
  // The sort control orders by name.
  await page.selectOption('#sort', 'name');
  await Promise.all([page.waitForNavigation(), page.click('.hc-filters button')]);
  const byName = await page.$$eval('.hc-heatmap tbody:first-of-type tr th a', (as) => as.map((a) => a.textContent.trim()));
  check(JSON.stringify(byName) === JSON.stringify([...byName].sort()), `sorted by name: ${byName.slice(0, 3).join(', ')}`);

  // A period after the records: said in words, naming the latest complete one.
  await page.goto(`${base}/dashboard?period=2027-Q1`);
  const future = await page.textContent('main');
  check(future.includes('No figures for 2027-Q1') && future.includes(PERIOD) && !(await page.$('.hc-heatmap')),
        'a period after the records is said, not drawn');
  await w.shot(page, 'overview-2-future');

  // The team page: a process-control chart per measure with a text alternative.
  await page.goto(`${base}/dashboard/team/${t1.id}?period=${PERIOD}`);
  await unfold(page);
  const spc = await page.$$eval('svg.hc-chart[id^="spc-"]', (ss) => ss.map((s) => ({
    title: s.querySelector('title')?.textContent || '', desc: s.querySelector('desc')?.textContent || '',
    labelled: s.getAttribute('aria-labelledby') || '' })));
  check(spc.length >= 20, `process-control charts on the team page: ${spc.length}`);
  check(spc.every((s) => s.title.includes('process-control chart') && s.desc.length > 40 && s.labelled),
        'each process-control chart has a title and a description');
  check(spc.some((s) => /Mean .*process limits/.test(s.desc)), 'a chart states its mean and process limits in words');
  const sparks = await page.$$eval('svg.hc-spark text', (ts) => ts.length);
  check(sparks > 0, `sparklines show their latest value (${sparks})`);
  await chartLabels(page, 'desk team', 'svg.hc-chart[id^="spc-"]');
  await chartAxes(page, 'desk team', 'svg.hc-chart[id^="spc-"]');
  const spcLimits = await chartKeys(page, 'desk team', 'svg.hc-chart[id^="spc-"]');
  check(spcLimits.length >= 2, `process limits named in the keys (${spcLimits.length})`);
  for (const m of ['vacancy_rate', 'transfer_median_days'])
    await page.locator(`figure:has(#spc-${m})`).screenshot({ path: join(w.artifacts, `overview-3-spc-${m}-1366.png`) });
  await w.shot(page, 'overview-3-team', { fullPage: true });

  // The metric page: the funnel plot beside the ranked list, no raw ids.
  await page.goto(`${base}/dashboard/metric/visit_completion_rate?period=${PERIOD}`);
  const funnel = await page.$eval('svg[id^="funnel-"]', (s) => ({ title: s.querySelector('title')?.textContent,
                                                                  desc: s.querySelector('desc')?.textContent }));
  check(funnel.title.includes('funnel plot') && funnel.desc.includes('99.8%'), `funnel plot described: ${funnel.title}`);
  const services = await page.$$eval('#spread-caption', (c) => [...c[0].closest('table').querySelectorAll('tbody td:nth-of-type(2)')].map((td) => td.textContent.trim()));
  check(services.every((s) => !['children', 'adults', 'other'].includes(s)), `services by name: ${services.slice(0, 2)}`);
  const limits = (await chartLabels(page, 'desk funnel plot', 'svg[id^="funnel-"]')).limits;
  check(limits.includes('95% limits') && limits.includes('99.8% limits'), `the funnel plot's limits named: ${limits}`);
  await funnelSpread(page, 'desk', 0.4);
  await chartKeys(page, 'desk funnel plot', 'svg[id^="funnel-"]');
  await chartAxes(page, 'desk funnel plot', 'svg[id^="funnel-"]', /^Visits scheduled \(n\)$/);
  await page.locator('.hc-funnel').screenshot({ path: join(w.artifacts, 'overview-4-funnel-1366.png') });
  await chartLabels(page, 'desk metric bar chart', 'svg.chart');
  await barCharts(page, 'desk metric');
  await w.shot(page, 'overview-4-metric', { fullPage: true });

  // The glossary explains the words the pages use.
  await page.goto(`${base}/dashboard/glossary`);
  const glossary = await page.textContent('main');
  for (const term of ['Statistical neighbours', 'Referral peak ratio', 'Direct time share', 'Funnel plot',
                      'Special cause', 'Area score'])
    check(glossary.includes(term), `glossary explains ${term}`);

  // Reflow at 360 px (a phone) and at 1280 px with 400% zoom (320 CSS px).
  for (const [label, width, scale] of [['phone', 360, 1], ['zoom400', 320, 4]]) {
    const ctx = await browser.newContext({ viewport: { width, height: 740 }, deviceScaleFactor: scale });
    const p = await ctx.newPage();
    await w.signIn(p, 'director');
    for (const [name, path] of [['overview', `/dashboard?period=${PERIOD}`],
                                ['team', `/dashboard/team/${t1.id}?period=${PERIOD}`],
                                ['metric', `/dashboard/metric/visit_completion_rate?period=${PERIOD}`],
                                ['compare', `/dashboard/compare?period=${PERIOD}`],
                                ['survey', `/dashboard/survey?period=${PERIOD}`],
                                ['members', `/report/members?period=${PERIOD}`],
                                ['home', '/home']]) {
      await p.goto(`${base}${path}`);
      if (name === 'team') await unfold(p);
      await reflow(p, `${label} ${name}`, width);
      if (name === 'team' || name === 'metric') await chartLabels(p, `${label} ${name}`, 'svg.hc-chart');
      if (name === 'metric') {
        await chartLabels(p, `${label} ${name} bar chart`, 'svg.chart');
        await barCharts(p, `${label} ${name}`);
      }
      if (name === 'metric') {
        await funnelSpread(p, label, 0.4);
        await chartAxes(p, `${label} funnel plot`, 'svg[id^="funnel-"]', /^Visits scheduled \(n\)$/);
        await p.locator('.hc-funnel').screenshot({ path: join(w.artifacts, `overview-5-${label}-funnel.png`) });
      }
      if (name === 'team') {
        await chartAxes(p, `${label} team`, 'svg.hc-chart[id^="spc-"]');
        await p.locator('figure:has(#spc-transfer_median_days)').screenshot({ path: join(w.artifacts, `overview-5-${label}-spc.png`) });
      }
      if (label === 'phone' || name === 'overview')
        await w.shot(p, `overview-5-${label}-${name}`, { fullPage: name !== 'members' });
    }
    // A funnel plot whose n needs a long title: wrapped inside the chart.
    await p.goto(`${base}/dashboard/metric/caseload_over_limit?period=${PERIOD}`);
    await chartLabels(p, `${label} caseload funnel plot`, 'svg[id^="funnel-"]');
    await chartAxes(p, `${label} caseload funnel plot`, 'svg[id^="funnel-"]', /^Staff holding cases on the last day \(n\)$/);
    await p.locator('.hc-funnel').screenshot({ path: join(w.artifacts, `overview-5-${label}-funnel-caseload.png`) });
    await ctx.close();
  }
});
