// Browser test of the directors' dashboard in a real headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core), walked as a
// director would: sign in, load the overview, follow a heat-map cell to the
// team page, change the period, download the XLSX, print the members'
// report to PDF, open the comparison with other councils from the header (the DfE's
// figures of tests/national/data imported first), open the staff survey
// page (a survey export imported first), and look at the overview and the
// comparison's bar charts on a phone. On every page it
// checks the figures against `healthcheck metrics --format json` and the
// accessibility basics: text alternatives for every image and chart,
// headings in order, tables with captions and header scopes, and a WCAG
// contrast of at least 4.5:1 for every status colour as rendered
// (getComputedStyle). Screenshots, the XLSX and the PDF are kept in
// ARTIFACTS_DIR.
//
//   node tests/browser/dashboard.mjs HEALTHCHECK_BINARY ARTIFACTS_DIR
//
// Exits non-zero on any failure; the last line reads "N passed, M failed".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Walk, root } from './server.mjs';

const w = new Walk('dashboard.mjs');
const { check } = w;
const PERIOD = '2026-Q3', EARLIER = '2026-Q2';
w.demo(6, 12);
w.addUser('director', 'director');
// The DfE's figures (2024 and 2025, North East) with the council as
// Darlington (841): the comparison and the benchmark lines use 2025.
const national = join(root, 'tests/national/data');
w.hc(['benchmarks', 'import', join(national, 'indicators_small.csv')]);
w.hc(['benchmarks', 'neighbours', 'import', join(national, 'neighbours_small.csv')]);
w.hc(['council', 'set', '--name', 'Northshire Council', '--la', '841']);
// A staff survey of the period, imported as another tool's export: ten
// responses from one team and two (too few to show) from another.
const scaleIds = w.importSurvey(PERIOD, [...Array(10).fill(['T0001', () => 4]), ...Array(2).fill(['T0002', () => 2])]);
// The engine's own figures, to compare the pages with.
const engine = JSON.parse(w.hc(['metrics', '--period', PERIOD, '--format', 'json']));

// The accessibility basics, computed in the page.
async function accessibility(page, name) {
  const a = await page.evaluate(() => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (x, y) => { const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p); return (l1 + 0.05) / (l2 + 0.05); };
    const contrasts = [];
    for (const el of document.querySelectorAll('[class*="hc-status--"]')) {
      const text = el.querySelector('a') || el;
      contrasts.push({ text: text.textContent.trim(),
                       ratio: ratio(rgb(getComputedStyle(text).color), rgb(getComputedStyle(el).backgroundColor)) });
    }
    const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));
    const skipped = levels.some((l, i) => i > 0 && l > levels[i - 1] + 1) || levels[0] !== 1;
    const images = [...document.querySelectorAll('img, svg, [role="img"]')].filter((e) => !e.closest('svg') || e.tagName === 'svg');
    const unnamed = images.filter((e) => {
      if (e.tagName === 'IMG') return !e.hasAttribute('alt');
      if (e.getAttribute('aria-hidden') === 'true') return false;
      const ids = (e.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      const labelled = ids.some((id) => (document.getElementById(id)?.textContent || '').trim());
      return !(labelled || e.getAttribute('aria-label') || e.querySelector('title')?.textContent.trim());
    }).length;
    const tables = [...document.querySelectorAll('table')];
    return { contrasts, levels, skipped, h1s: levels.filter((l) => l === 1).length, images: images.length, unnamed,
             tables: tables.length, captionless: tables.filter((t) => !t.querySelector('caption')).length,
             scopeless: tables.filter((t) => !t.querySelector('th[scope]')).length };
  });
  check(a.h1s === 1, `${name}: one h1 (${a.h1s})`);
  check(!a.skipped, `${name}: headings in order (${a.levels.join(',')})`);
  check(a.unnamed === 0, `${name}: ${a.unnamed} of ${a.images} images or charts have no text alternative`);
  check(a.captionless === 0 && a.scopeless === 0, `${name}: every table has a caption and th scope`);
  const low = a.contrasts.filter((c) => c.ratio < 4.5);
  check(low.length === 0, `${name}: status colour contrast below 4.5:1: ${JSON.stringify(low.slice(0, 3))}`);
  return a;
}

// The shown bar charts of the page: how long each one's longest bar is
// drawn, in px, and any text running past its right edge.
async function barCharts(page) {
  return page.$$eval('svg.chart', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => {
    const width = s.viewBox.baseVal.width;
    const bars = [...s.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') !== 'none' &&
      !(r.getAttribute('width') === '14' && r.getAttribute('height') === '14'));  // not the legend's swatches
    const longest = Math.max(0, ...bars.map((r) => Number(r.getAttribute('width')))) *
                    s.getBoundingClientRect().width / width;  // in CSS px
    const cut = [...s.querySelectorAll('text')].filter((t) => { const b = t.getBBox(); return b.x + b.width > width + 1; })
      .map((t) => t.textContent);
    return { id: s.querySelector('title').id, longest: Math.round(longest), cut };
  }));
}

// The team page by area (issue 24, item 7): in each area the measures the
// engine has red, significantly worse than the council or a special cause
// getting worse are open, with their process-control charts; the others
// folded in a closed <details>, and the page far shorter for it.
async function teamLayout(page, team, name) {
  for (const [area, result] of Object.entries(team.areas)) {
    const rows = await page.$$eval(`#area-${area} tr[id^="metric-"]`, (trs) => trs.map((tr) => ({
      id: tr.id.slice('metric-'.length), folded: !!tr.closest('details'),
      shown: tr.checkVisibility() })));
    const first = Object.entries(result.metrics).filter(([, m]) => !m.suppressed && (m.status === 'red' ||
      m.signal.vs_council === 'worse' || m.signal.trend === 'concern')).map(([id]) => id).sort();
    const open = rows.filter((r) => !r.folded).map((r) => r.id).sort();
    check(JSON.stringify(open) === JSON.stringify(first),
          `${name} ${team.id} ${area}: open measures ${open} are the red and signalled ones ${first}`);
    check(rows.every((r) => r.shown === !r.folded), `${name} ${team.id} ${area}: the other measures folded away: ${JSON.stringify(rows)}`);
    check(rows.length === Object.keys(result.metrics).length, `${name} ${team.id} ${area}: every measure on the page`);
  }
  const folded = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.$$eval('main details', (ds) => ds.forEach((d) => { d.open = true; }));
  const unfolded = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.$$eval('main details', (ds) => ds.forEach((d) => { d.open = false; }));
  check(folded < 0.8 * unfolded, `${name} ${team.id}: the team page ${folded} px tall, ${unfolded} px unfolded`);
  return folded;
}

// The funnel plot's points (issue 24, item 7): each one a link Tab
// reaches, named (its title) and naming itself in the readout under the
// plot while focused, the readout inside the chart; and the table beside
// it says the same of each team.
async function funnelPoints(page, name) {
  const points = await page.$$eval('svg[id^="funnel-"] a.hc-point', (as) => as.map((a) => ({
    title: a.querySelector('title')?.textContent || '', label: a.getAttribute('aria-label'),
    href: a.getAttribute('href') })));
  check(points.length >= 3 && points.every((p) => p.title && p.label === p.title && /^\/dashboard\/team\//.test(p.href)),
        `${name}: every funnel point a named link to its team (${points.length}): ${JSON.stringify(points[0])}`);
  const against = await page.$$eval('#spread-caption', (c) => Object.fromEntries(
    [...c[0].closest('table').querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th').textContent.trim(),
                                                                          tr.lastElementChild.textContent.trim()])));
  const said = { 'significantly worse than the council': 'Significantly worse',
                 'significantly better than the council': 'Significantly better', 'within the limits': 'Within the limits' };
  check(points.every((p) => { const [team, rest] = p.title.split(/: (?=[^:]*$)/); return against[team] === said[rest.split(', ').pop()]; }),
        `${name}: the table says each team's place against the council as its point does`);
  // Tab to the first point: focused, its readout shown inside the chart.
  await page.focus('svg[id^="funnel-"] a.hc-point');
  const r = await page.$eval('svg[id^="funnel-"] a.hc-point:focus', (a) => {
    const svg = a.ownerSVGElement.getBoundingClientRect();
    const texts = [...a.querySelectorAll('.hc-point__label text')].map((t) => t.getBoundingClientRect());
    return { text: [...a.querySelectorAll('.hc-point__label text')].map((t) => t.textContent).join(' '),
             title: a.querySelector('title').textContent,
             inside: texts.length > 0 && texts.every((b) => b.width > 0 && b.left >= svg.left - 0.5 &&
                                                     b.right <= svg.right + 0.5 && b.bottom <= svg.bottom + 0.5) };
  });
  check(r.text.replace(/\s+/g, ' ') === r.title.replace(/\s+/g, ' ') && r.inside,
        `${name}: a focused point names its team inside the chart: "${r.text}"`);
}

await w.run(async () => {
  const base = await w.serve();
  const browser = await w.launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();

  // Sign in: the dashboard is for directors, managers and admins.
  await page.goto(`${base}/dashboard`);
  check(new URL(page.url()).pathname === '/login', `the dashboard asks to sign in first (${page.url()})`);
  await w.signIn(page, 'director', { here: true });
  if (new URL(page.url()).pathname !== '/dashboard') await page.goto(`${base}/dashboard`);

  // The overview: the default period is the latest complete quarter.
  const h1 = await page.textContent('h1');
  check(h1.includes(`Health check overview: ${PERIOD}`), `overview heading: ${h1}`);
  await w.shot(page, 'dashboard-1-overview', { fullPage: true });
  const overview = await accessibility(page, 'overview');
  check(overview.contrasts.length >= 5 * (6 + 1), `status cells coloured: ${overview.contrasts.length}`);
  check(overview.contrasts.every((c) => /^(Red|Amber|Green|No rating)/.test(c.text)),
        'every heat-map cell says its status in words');

  // The heat map agrees with the engine, team by team and area by area.
  const teams = engine.scopes.filter((s) => s.level === 'team');
  let agree = 0;
  for (const t of teams) {
    for (const [area, result] of Object.entries(t.areas)) {
      const word = result.status ? result.status[0].toUpperCase() + result.status.slice(1) : 'No rating';
      const text = await page.textContent(`a[href^="/dashboard/team/${t.id}?"][href$="#area-${area}"]`);
      if (text.trim().startsWith(word)) agree++;
      else console.log(`  ${t.id} ${area}: page "${text.trim()}", engine ${word}`);
    }
  }
  check(agree === teams.length * 5, `heat-map cells agree with the engine: ${agree} of ${teams.length * 5}`);

  // Follow a cell to the team page, keeping the period.
  const team = teams[0];
  await Promise.all([page.waitForNavigation(),
                     page.click(`a[href^="/dashboard/team/${team.id}?"][href$="#area-workload"]`)]);
  const teamUrl = new URL(page.url());
  check(teamUrl.searchParams.get('period') === PERIOD && teamUrl.hash === '#area-workload',
        `cell link keeps the period and opens the area: ${page.url()}`);
  check((await page.textContent('h1')).includes(team.name), 'team page is the team\'s');
  const vacancy = team.areas.workload.metrics.vacancy_rate;
  const shown = (await page.textContent('#metric-vacancy_rate td')).trim();
  const want = vacancy.value === null ? 'No figure' : `${vacancy.value.toFixed(1)}%`;
  check(shown === want, `vacancy rate on the team page ${shown}, engine ${want}`);
  check((await page.$$('svg.hc-spark > title')).length === 32, 'a titled trend chart for every metric');
  const sparkLines = await page.$$eval('svg.hc-spark .hc-benchmark > title', (ts) => ts.map((t) => t.textContent));
  check(sparkLines.filter((t) => t.startsWith('England')).length === 5,
        `a titled England line on the 5 published measures' trend charts (${sparkLines.length} lines)`);
  await w.shot(page, 'dashboard-2-team', { fullPage: true });
  await accessibility(page, 'team page');
  await teamLayout(page, team, 'desk');

  // Change the period from the team page.
  await Promise.all([page.waitForNavigation(), page.click(`nav[aria-label="Recent quarters"] a:text-is("${EARLIER}")`)]);
  check(new URL(page.url()).searchParams.get('period') === EARLIER, `period changed: ${page.url()}`);
  check((await page.textContent('h1')).includes(EARLIER), 'team page heading shows the new period');
  await w.shot(page, 'dashboard-3-team-earlier', { fullPage: true });

  // A metric page: every team's value, sorted, against the thresholds.
  const folded = await page.$('details:has(#metric-vacancy_rate) > summary');
  if (folded) await folded.click();  // among the measures folded away: unfolded first
  await Promise.all([page.waitForNavigation(), page.click('#metric-vacancy_rate th a')]);
  check((await page.textContent('#limits')).includes('Green:'), 'metric page states the thresholds');
  await w.shot(page, 'dashboard-4-metric', { fullPage: true });
  await accessibility(page, 'metric page');
  // A metric with a funnel plot, at 1366 px: its points named and chosen.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${base}/dashboard/metric/visit_completion_rate?period=${PERIOD}`);
  await funnelPoints(page, 'desk');
  await page.locator('.hc-funnel').screenshot({ path: join(w.artifacts, 'dashboard-4-funnel-focus-1366.png') });
  await page.goto(`${base}/dashboard/team/${team.id}?period=${PERIOD}`);
  await teamLayout(page, team, '1366');
  await w.shot(page, 'dashboard-2-team-1366', { fullPage: true });
  // A link to a folded measure (the metric page's, a funnel point's) opens it.
  const hidden = await page.$eval('main details tr[id^="metric-"]', (tr) => tr.id);
  await page.goto(`${base}/dashboard/team/${team.id}?period=${PERIOD}#${hidden}`);
  check(await page.$eval(`#${hidden}`, (tr) => tr.checkVisibility() && tr.closest('details').open),
        `a link to the folded #${hidden} unfolds it`);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The comparison page, from the overview's navigation.
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  await Promise.all([page.waitForNavigation(), page.click('header nav[aria-label="Sections"] a:text-is("Compare")')]);
  check(new URL(page.url()).pathname === '/dashboard/compare' &&
        new URL(page.url()).searchParams.get('period') === PERIOD, `comparison page keeps the period: ${page.url()}`);
  check((await page.textContent('h1')).includes(`Compared with other councils: ${PERIOD}`), 'comparison heading');
  const council = (await page.textContent('#compare-vacancy_rate strong')).trim();
  check(council === 'Northshire Council (DfE: Darlington)', `the council is marked in words: ${council}`);
  check((await page.textContent('#compare-childrens')).includes("children's services teams"),
        'the comparison says it sets the children\'s services figure against the DfE\'s');
  // Every benchmark marker has a text alternative of its own, and its chart
  // states it in its description too.
  const markers = await page.$$eval('svg .hc-benchmark', (gs) => gs.map((g) => ({
    title: (g.querySelector('title')?.textContent || '').trim(),
    desc: (g.closest('svg').querySelector('desc')?.textContent || '') })));
  check(markers.length >= 10, `benchmark markers on the comparison charts: ${markers.length}`);
  check(markers.every((m) => m.title && m.desc.includes(m.title)),
        `every marker has a title stated in its chart's description: ${JSON.stringify(markers.slice(0, 2))}`);
  check(markers.some((m) => m.title === 'England (DfE, year to 30 September 2025): 14.2%'),
        'the England vacancy rate marker says its figure');
  await w.shot(page, 'dashboard-5-compare', { fullPage: true });
  await accessibility(page, 'comparison page');
  // The councils' rates on a scale fitted to them, bars long enough to
  // compare and the key wrapped inside the chart (issue 24, item 6); the
  // two vacancy rates' difference said.
  const counts = await page.$('#compare-vacancy_rate-counts');
  check(counts && (await counts.textContent()).includes('The two vacancy rates count different things'),
        'the comparison says why its vacancy rate and the DfE\'s differ');
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const c of await barCharts(page))
    check(c.longest >= 150 && c.cut.length === 0, `1366: ${c.id}: the longest bar ${c.longest} px, cut: ${c.cut}`);
  await page.locator('#compare-vacancy_rate').screenshot({ path: join(w.artifacts, 'dashboard-5-compare-vacancy-1366.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The staff survey page, from the overview's navigation: the council's
  // answers question by question, the small team's not shown.
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  await Promise.all([page.waitForNavigation(),
                     page.click('header nav[aria-label="Sections"] a:text-is("Staff survey")')]);
  check((await page.textContent('h1')).includes(`Staff survey: ${PERIOD}`), 'staff survey heading');
  check((await page.textContent('#survey-row-T0001')).includes('10'), 'the surveyed team\'s responses are shown');
  check((await page.textContent('#survey-row-T0002')).includes('fewer than 5 responses: not shown'),
        'the team with two responses is not shown');
  const answers = await page.$eval('#survey-1-answers',
                                   (caption) => caption.closest('table').querySelectorAll('tbody tr').length);
  check(answers === scaleIds.length, `the council's answers to every question: ${answers} of ${scaleIds.length}`);
  await w.shot(page, 'dashboard-5b-survey', { fullPage: true });
  await accessibility(page, 'staff survey page');

  // Download the XLSX of the overview.
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/dashboard.xlsx"]')]);
  const xlsxPath = join(w.artifacts, 'dashboard.xlsx');
  await download.saveAs(xlsxPath);
  const xlsx = readFileSync(xlsxPath);
  check(xlsx.length > 1000 && xlsx.subarray(0, 2).toString() === 'PK', `XLSX downloaded (${xlsx.length} bytes)`);
  check(download.suggestedFilename() === `healthcheck-${PERIOD}.xlsx`, `XLSX name ${download.suggestedFilename()}`);

  // The members' report, printed to PDF.
  await page.goto(`${base}/report/members?period=${PERIOD}`);
  check((await page.title()).includes(PERIOD), `members' report title: ${await page.title()}`);
  await w.shot(page, 'dashboard-6-members');
  const pdfPath = join(w.artifacts, 'members-report.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const pdf = readFileSync(pdfPath);
  check(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 10000, `members' report PDF (${pdf.length} bytes)`);
  // Its cover from the bar's form, a way back and a print link; the bar is never printed.
  await page.fill('#cover-meeting', 'Cabinet, 8 January 2027');
  await page.fill('#cover-author', 'Jo Smith, Head of Quality Assurance');
  await page.fill('#cover-contact', '01234 567890');
  await Promise.all([page.waitForNavigation(), page.click('nav.screen-only button')]);
  const cover = await page.textContent('#cover');
  check(cover.includes('Cabinet, 8 January 2027') && cover.includes('Jo Smith') && cover.includes('01234 567890'),
        `the cover names the meeting, author and contact: ${cover.replace(/\s+/g, ' ').slice(0, 200)}`);
  const printLink = await page.getAttribute('nav.screen-only a[href^="/report/members.pdf"]', 'href');
  check(printLink && printLink.includes('meeting=Cabinet'), `print link ${printLink}`);
  await w.shot(page, 'dashboard-6b-members-cover');
  await page.emulateMedia({ media: 'print' });
  check(!(await page.isVisible('nav.screen-only')), 'the report bar is not printed');
  await page.emulateMedia({ media: 'screen' });
  await Promise.all([page.waitForNavigation(), page.click('text=Back to the overview')]);
  check(new URL(page.url()).pathname === '/dashboard', `back to the overview: ${page.url()}`);
  check(await page.isVisible('#rank-basis'), 'the overview says what the order of attention rests on');

  // On a phone the heat map scrolls in its own container, not the page.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}/dashboard?period=${PERIOD}`);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth,
                                              region: document.querySelector('.hc-scroll')?.scrollWidth || 0 }));
  check(widths.page <= 362 && widths.region > 360, `phone: page ${widths.page}px, heat map ${widths.region}px`);
  await w.shot(page, 'dashboard-7-phone', { fullPage: true });
  // The comparison's bar charts: the narrow layout, whole, without scrolling.
  await page.goto(`${base}/dashboard/compare?period=${PERIOD}`);
  const boxes = await page.$$eval('.hc-chart-box', (bs) => bs.filter((b) => b.querySelector('svg.chart')).map((b) => ({
    shown: [...b.querySelectorAll('svg.chart')].filter((s) => s.getBoundingClientRect().width > 0)
      .map((s) => s.getAttribute('class')).join(), scroll: b.scrollWidth, client: b.clientWidth })));
  check(boxes.length >= 5 && boxes.every((b) => b.shown === 'chart chart--narrow' && b.scroll <= b.client),
        `phone: the comparison's bar charts fit: ${JSON.stringify(boxes.slice(0, 2))}`);
  for (const c of await barCharts(page))
    check(c.longest >= 150 && c.cut.length === 0, `360: ${c.id}: the longest bar ${c.longest} px, cut: ${c.cut}`);
  await page.locator('#compare-vacancy_rate').screenshot({ path: join(w.artifacts, 'dashboard-8-compare-vacancy-360.png') });
  await w.shot(page, 'dashboard-8-phone-compare', { fullPage: true });
  // The team page and the funnel plot on a phone.
  await page.goto(`${base}/dashboard/team/${team.id}?period=${PERIOD}`);
  await teamLayout(page, team, '360');
  await w.shot(page, 'dashboard-9-phone-team', { fullPage: true });
  await page.goto(`${base}/dashboard/metric/visit_completion_rate?period=${PERIOD}`);
  await funnelPoints(page, '360');
  await page.locator('.hc-funnel').screenshot({ path: join(w.artifacts, 'dashboard-9-phone-funnel-focus.png') });
});
