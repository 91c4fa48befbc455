// WijkWijzer browser suite: Debian's Chromium through playwright-core. Logs in, creates a
// programme, switches language, walks every page, checks keyboard use and landmarks, and runs
// axe-core (WCAG 2.1 A/AA) on every page it visits: zero violations allowed.
//
// Usage: node suite.mjs BASE_URL   (env: ADMIN_EMAIL, ADMIN_PASSWORD, CHROMIUM)
// Normally started by `cargo test` (tests/browser.rs) with WIJKWIJZER_TEST_BROWSER=1.

import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = process.argv[2];
const EMAIL = process.env.ADMIN_EMAIL;
const PASSWORD = process.env.ADMIN_PASSWORD;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// RFC 6238 (SHA-1, 6 digits, 30 s): the code an authenticator app shows for a base32 key.
function totp(key, seconds = Date.now() / 1000) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of key.replace(/[\s=]/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
  const h = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const o = h[19] & 15;
  const n = (((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1000000;
  return String(n).padStart(6, '0');
}

let passed = 0;
let failed = 0;
const failures = [];

async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed += 1;
    failures.push(`${name}: ${e.message}`);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Run axe-core in the page (through the DevTools protocol, so the page's CSP stays strict). */
async function axeOnce(page, label) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert(lines.length === 0, `axe on ${label}: ${lines.length} violation(s)\n      ${lines.join('\n      ')}`);
}

/**
 * How the page is laid out at the current width: no horizontal scroll of the page (wide tables
 * scroll inside their own region), and no word broken inside — a word whose letters land on two
 * lines ("R a n g", "1 / , / 3 / 6"). Words are what lies between spaces, hyphens and slashes;
 * secrets shown to be copied may break anywhere.
 */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow > 1) {
      // Name the element that sticks out furthest, so the failure says where to look.
      const width = document.documentElement.clientWidth;
      let widest = null;
      for (const el of document.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right > width + 1 && (!widest || right > widest.right)) widest = { el, right };
      }
      if (!widest) {
        // Text can stick out of a box that itself fits: name the innermost such box.
        for (const el of document.body.querySelectorAll('*')) {
          if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible') widest = { el };
        }
      }
      const where = widest ? ` (${widest.el.tagName.toLowerCase()}.${widest.el.className}: “${(widest.el.textContent || '').trim().slice(0, 60)}”)` : '';
      problems.push(`horizontal scroll of ${overflow}px${where}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const skip = '.secret, code, pre, script, style, .visually-hidden, .skip-link, [hidden], option';
    for (let n = walker.nextNode(); n && problems.length < 8; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || el.getClientRects().length === 0) continue;
      const words = /[^\s\-\/–—]{2,}/g;
      for (let m = words.exec(n.data); m; m = words.exec(n.data)) {
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) {
          const where = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
          problems.push(`“${m[0]}” broken over ${lines.size} lines in <${where}>`);
          break;
        }
      }
    }
    // Every field in the page's own type size (an unstyled search, date or number field is 13 px).
    for (const field of document.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea')) {
      if (field.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(field).fontSize);
      if (size < 16) problems.push(`the field ${field.name || field.id} has ${size}px text`);
    }
    // A choice's label beside its button, not on the line below.
    for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      const label = input.id && document.querySelector(`label[for="${input.id}"]`);
      if (!label || input.getClientRects().length === 0) continue;
      const [i, l] = [input.getBoundingClientRect(), label.getBoundingClientRect()];
      if (l.top >= i.bottom || l.left < i.right - 1) problems.push(`the label “${label.textContent.trim().slice(0, 30)}” is not beside its button`);
    }
    return problems;
  });
}

/** Every page state the suite visits, at a phone's width and a laptop's: laid out, and axe-clean. */
async function axe(page, label) {
  const before = page.viewportSize();
  for (const [width, height] of [[1366, 800], [360, 740]]) {
    await page.setViewportSize({ width, height });
    const problems = await layoutProblems(page);
    assert(problems.length === 0, `${label} at ${width}px: ${problems.join('; ')}`);
    await axeOnce(page, `${label} at ${width}px`);
  }
  await page.setViewportSize(before);
  console.log(`     axe: 0 violations on ${label}, laid out at 360 and 1366 px`);
}

/**
 * Visual snapshots: the first screen of a key page at 360 and 1366 px, compared with the picture
 * in docs/screenshots/ (the same pictures the README shows). More than 1% of the pixels
 * different fails, and the new picture and a diff are written next to the temporary folder for
 * review; WIJKWIJZER_UPDATE_SNAPSHOTS=1 writes the new pictures instead. Dates are masked.
 */
const SNAPSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const UPDATE_SNAPSHOTS = process.env.WIJKWIJZER_UPDATE_SNAPSHOTS === '1';
const SNAPSHOT_TOLERANCE = 0.01;

async function snapshot(page, name) {
  const before = page.viewportSize();
  const problems = [];
  for (const [width, height] of [[360, 780], [1366, 860]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.screenshot({ animations: 'disabled', caret: 'hide', mask: [page.locator('time')], maskColor: '#dddddd' });
    const file = join(SNAPSHOTS, `${name}-${width}.png`);
    if (UPDATE_SNAPSHOTS) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, shot);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`no reference picture ${file} (run with WIJKWIJZER_UPDATE_SNAPSHOTS=1 and review it)`);
      continue;
    }
    const want = PNG.sync.read(readFileSync(file));
    const got = PNG.sync.read(shot);
    const out = join(tmpdir(), 'wijkwijzer-snapshots');
    if (want.width !== got.width || want.height !== got.height) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${name}-${width}.png`), shot);
      problems.push(`${name} at ${width}px: ${got.width}×${got.height} instead of ${want.width}×${want.height}`);
      continue;
    }
    const diff = new PNG({ width: want.width, height: want.height });
    const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
    const share = differing / (want.width * want.height);
    if (share > SNAPSHOT_TOLERANCE) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${name}-${width}.png`), shot);
      writeFileSync(join(out, `${name}-${width}-diff.png`), PNG.sync.write(diff));
      problems.push(`${name} at ${width}px: ${(share * 100).toFixed(1)}% of the pixels differ (see ${out})`);
    }
  }
  await page.setViewportSize(before);
  assert(problems.length === 0, problems.join('; '));
}

/** Landmarks and headings every page has. */
async function structure(page, label) {
  const counts = await page.evaluate(() => ({
    main: document.querySelectorAll('main').length,
    header: document.querySelectorAll('body > header').length,
    nav: document.querySelectorAll('nav').length,
    footer: document.querySelectorAll('body > footer').length,
    h1: document.querySelectorAll('h1').length,
    skip: document.querySelector('a.skip-link')?.getAttribute('href'),
    lang: document.documentElement.lang,
  }));
  assert(counts.main === 1 && counts.header === 1 && counts.footer === 1 && counts.nav >= 1, `${label}: landmarks ${JSON.stringify(counts)}`);
  assert(counts.h1 === 1, `${label}: ${counts.h1} h1 elements`);
  assert(counts.skip === '#inhoud', `${label}: skip link`);
  assert(counts.lang === 'nl' || counts.lang === 'en', `${label}: lang ${counts.lang}`);
}

async function visit(page, path, { status = 200 } = {}) {
  const res = await page.goto(BASE + path);
  assert(res.status() === status, `${path}: status ${res.status()}, expected ${status}`);
  await structure(page, path);
  await axe(page, path);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'nl-NL' });
const page = await context.newPage();
const external = [];
page.on('request', (req) => { if (!req.url().startsWith(BASE)) external.push(req.url()); });
const consoleErrors = [];
// Error statuses the suite asks for on purpose (404, 401, 422) show up as 'Failed to load resource';
// anything else (a CSP violation, a script error) is a failure.
page.on('console', (msg) => {
  if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource: the server responded with a status of')) consoleErrors.push(msg.text());
});

try {
  await check('the public home page is accessible', async () => {
    await visit(page, '/');
    assert(await page.getByRole('link', { name: 'Inloggen' }).isVisible(), 'login link');
  });

  await check('the skip link is the first stop of the keyboard and moves focus to the content', async () => {
    await page.goto(BASE + '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className);
    assert(focused === 'skip-link', `first focus on ${focused}`);
    assert(await page.locator('a.skip-link').isVisible(), 'skip link visible when focused');
    await page.keyboard.press('Enter');
    assert(page.url().endsWith('#inhoud'), `url ${page.url()}`);
  });

  await check('the login page is accessible and a wrong password is explained', async () => {
    await visit(page, '/inloggen');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    assert(await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').isVisible(), 'message');
    assert(await page.getByLabel('E-mailadres').inputValue() === EMAIL, 'the address is kept');
    await structure(page, 'failed login');
    await axe(page, 'failed login');
  });

  await check('an administrator sets up two-step verification at the first sign-in and lands where they were going', async () => {
    await page.goto(BASE + '/inloggen?terug=%2F');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(BASE + '/inloggen/code');
    assert(await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).isVisible(), 'enrolment');
    assert(await page.getByRole('img', { name: /QR-code/ }).isVisible(), 'the QR code');
    await structure(page, 'enrolment');
    await axe(page, '/inloggen/code (enrolment)');
    const key = await page.locator('code.secret').innerText();
    await page.getByLabel('Code', { exact: true }).fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    assert(await page.getByText('Deze code klopt niet.').first().isVisible(), 'a wrong code is explained');
    await axe(page, '/inloggen/code (wrong code)');
    await page.getByLabel('Code', { exact: true }).fill(totp(key));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    assert(await page.getByRole('heading', { name: 'Uw herstelcodes' }).isVisible(), 'recovery codes shown');
    assert(await page.locator('.recovery-codes li').count() === 10, 'ten codes');
    await axe(page, 'recovery codes');
    await page.getByRole('link', { name: 'Ik heb de codes bewaard, verder' }).click();
    await page.waitForURL(BASE + '/');
    assert(await page.getByText('Ingelogd als').isVisible(), 'header shows the user');
    assert(await page.getByRole('button', { name: 'Uitloggen' }).isVisible(), 'logout button');
    await axe(page, '/ (logged in)');
  });

  // Ten key pages look as they did (a layout regression fails); before anything is changed.
  for (const [name, path] of [
    ['home', '/'],
    ['urgentiescan', '/urgentie?gemeente=GM0599&niveau=buurt'],
    ['buurtprofiel', '/gebieden/BU05991081'],
    ['kaart', '/gebieden/BU05991081/kaart?tabel=50090NED&sleutel=MoeiteMetRondkomen_38&variant=Leeftijd%3D20300%3BMarges%3DMW00000&periode=2020JJ00'],
    ['wijkaanpak', '/programmas/1'],
    ['coalitie', '/programmas/1/coalitie'],
    ['agenda', '/programmas/1/agenda'],
    ['randvoorwaarden', '/programmas/1/randvoorwaarden'],
    ['voortgang', '/programmas/1/voortgang'],
    ['rapportage', '/programmas/1/voortgang/rapportages/2026'],
  ]) {
    await check(`${name} looks as it did at 360 and 1366 px`, async () => {
      await page.goto(BASE + path);
      await snapshot(page, name);
    });
  }

  await check('an empty programme form comes back with messages next to the fields', async () => {
    await visit(page, '/programmas/nieuw');
    await page.getByLabel('Naam van de wijkaanpak').fill('');
    await page.getByLabel('Horizonjaar').fill('1900');
    await page.getByRole('button', { name: 'Wijkaanpak aanmaken' }).click();
    assert(await page.locator('#f-name-error').isVisible(), 'name error');
    assert(await page.locator('#f-horizon_year-error').isVisible(), 'horizon error');
    assert(await page.getByLabel('Horizonjaar').inputValue() === '1900', 'typed value kept');
    await structure(page, 'programme form with errors');
    await axe(page, 'programme form with errors');
  });

  let programmeUrl = '';
  await check('an administrator creates a programme', async () => {
    await page.getByLabel('Naam van de wijkaanpak').fill('Browsertest Bloemhof');
    await page.getByLabel('CBS-gemeentecode').fill('GM0599');
    await page.getByLabel('Naam van de gemeente').fill('Rotterdam');
    await page.getByLabel('Startjaar').fill('2025');
    await page.getByLabel('Horizonjaar').fill('2045');
    await page.getByLabel('Gebieden (één per regel)').fill('BU05991081 Bloemhof\nBU05991082 Hillesluis');
    await page.getByLabel('Jaar van de gebiedsindeling').fill('2024');
    await page.getByRole('button', { name: 'Wijkaanpak aanmaken' }).click();
    await page.waitForURL(/\/programmas\/\d+\?melding=aangemaakt$/);
    programmeUrl = new URL(page.url()).pathname;
    assert(await page.getByRole('heading', { level: 1, name: 'Browsertest Bloemhof' }).isVisible(), 'title');
    assert(await page.getByText('2 gebieden').isVisible(), 'areas counted');
    await structure(page, programmeUrl);
    await axe(page, programmeUrl);
  });

  for (const sub of ['/bewerken', '/publicatie', '/leden', '/geschiedenis', '/verwijderen']) {
    await check(`programme page ${sub} is accessible`, async () => visit(page, programmeUrl + sub));
  }

  await check('a manager publishes the overview', async () => {
    await page.goto(BASE + programmeUrl + '/publicatie');
    await page.getByLabel('Overzicht (deze startpagina)').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen/);
    await axe(page, 'programme after publishing');
  });

  await check('a process lead records a story while talking with a resident, linked to a figure', async () => {
    await visit(page, programmeUrl + '/verhalen');
    assert(await page.getByText('Nog geen verhalen vastgelegd.').isVisible(), 'empty state');
    await page.getByRole('link', { name: 'Verhaal vastleggen' }).click();
    await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
    assert(await page.locator('#f-text-error').isVisible(), 'text error next to the field');
    assert(await page.locator('#f-themes-error').isVisible(), 'themes error');
    await structure(page, 'story form with errors');
    await axe(page, 'story form with errors');
    await page.getByLabel('Verhaal', { exact: true }).fill('Aan het eind van de maand is er niets meer over.');
    await page.getByLabel('Rol van de verteller').fill('bewoner');
    await page.getByLabel('Gebied', { exact: true }).selectOption('BU05991081');
    await page.getByLabel('Werk en bestaanszekerheid', { exact: true }).check();
    await page.getByLabel(/^Moeite met rondkomen/).first().check();
    await page.getByLabel('De verteller geeft toestemming om dit verhaal te publiceren').check();
    await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
    await page.waitForURL(/verhalen\?melding=verhaal$/);
    assert(await page.getByText('Aan het eind van de maand is er niets meer over.').isVisible(), 'listed');
    await axe(page, 'stories list');
  });

  await check('the dossier is written, shows the scan position and the story beside its figure, and prints as a document', async () => {
    await visit(page, programmeUrl + '/stand/bewerken');
    await page.getByLabel('Soort aanleiding').selectOption('bewoners');
    await page.getByLabel('Beschrijving van de aanleiding').fill('Bewonersavond in het buurthuis.');
    await page.getByLabel('Gezondheid, zorg en hulpverlening').fill('2');
    await page.getByLabel('Onderbouwing', { exact: true }).fill('Waarom Bloemhof, waarom nu.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/stand\?melding=opgeslagen$/);
    await structure(page, 'dossier');
    await axe(page, 'dossier');
    assert(await page.getByRole('cell', { name: /van \d+ buurten/ }).first().isVisible(), 'rank in the scan');
    assert(await page.getByText('Aan het eind van de maand is er niets meer over.').first().isVisible(), 'the story');
    assert(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), 'print button');
    await page.emulateMedia({ media: 'print' });
    assert(!(await page.locator('.site-header').isVisible()), 'no header on paper');
    assert(!(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()), 'no button on paper');
    assert(await page.getByRole('heading', { name: 'Onderbouwing van de coalitie' }).isVisible(), 'content prints');
    await page.emulateMedia({ media: 'screen' });
  });

  await check('a figure of the profile opens on the map of the gemeente, reachable by keyboard', async () => {
    await visit(page, '/gebieden/BU05991081');
    const card = page.locator('#cijfer-50090ned-moeitemetrondkomen-38-leeftijd-20300-marges-mw00000');
    assert(await card.getByText('Aan het eind van de maand is er niets meer over.').isVisible(), 'the story beside its figure');
    await card.getByRole('link', { name: 'Moeite met rondkomen op de kaart' }).click();
    await page.waitForURL(/kaart\?/);
    await structure(page, 'map of one figure');
    await axe(page, 'map of one figure');
    await page.locator('figure.map a').first().focus();
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert(name && name.includes('%'), `focused area named with its figure: ${name}`);
  });

  await check('a process lead builds the coalition: parties by type, a leave with its reason, the timeline', async () => {
    await visit(page, programmeUrl + '/coalitie');
    assert(await page.getByText('Er doet nog geen enkele partij mee.').isVisible(), 'empty coalition signalled');
    for (const [name, kind] of [['Gemeente Rotterdam', 'gemeente'], ['Woonstad Rotterdam', 'woningcorporatie'], ['Bewonersorganisatie Bloemhof', 'bewoners']]) {
      await page.getByRole('link', { name: 'Partij toevoegen' }).click();
      await page.getByLabel('Naam van de partij').fill(name);
      await page.getByLabel('Soort partij').selectOption(kind);
      await page.getByLabel('Sloot aan op').fill('2025-01-15');
      await page.getByRole('button', { name: 'Partij toevoegen' }).click();
      await page.waitForURL(/partijen\/\d+\?melding=aangemaakt$/);
      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Coalitie' }).click();
    }
    await structure(page, 'coalition');
    await axe(page, 'coalition');
    assert(!(await page.getByText('Er doen geen bewoners of bewonersorganisatie mee.').isVisible()), 'residents take part');
    assert(!(await page.getByText('Er doen geen maatschappelijke organisaties mee.').isVisible()), 'all three types take part');
    await page.getByRole('link', { name: 'Woonstad Rotterdam', exact: true }).click();
    await structure(page, 'party');
    await axe(page, 'party');
    await page.getByLabel('Naam', { exact: true }).fill('Fatima Yilmaz');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.waitForURL(/melding=opgeslagen/);
    assert(await page.getByRole('cell', { name: 'Fatima Yilmaz', exact: true }).isVisible(), 'contact listed');
    await page.getByRole('link', { name: 'Vertrek vastleggen' }).click();
    await page.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    assert(await page.locator('#f-reason-error').isVisible(), 'a reason is asked for');
    await axe(page, 'leave form with an error');
    await page.getByLabel('Reden van vertrek').fill('Fusie met een andere corporatie');
    await page.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    await page.waitForURL(/coalitie\?melding=opgeslagen$/);
    assert(await page.getByText('Er doen geen maatschappelijke organisaties mee.').isVisible(), 'the gap is signalled');
    assert(await page.getByText('Fusie met een andere corporatie').isVisible(), 'the reason on the timeline');
    await axe(page, 'coalition after a leave');
  });

  await check('a process lead adds a steering group, a member and a meeting with decisions', async () => {
    await visit(page, programmeUrl + '/coalitie');
    assert(await page.getByText('Er is geen stuurgroep.').isVisible(), 'missing steering group signalled');
    await page.getByRole('link', { name: 'Overleg toevoegen' }).click();
    await page.getByLabel('Naam van het overleg').fill('Stuurgroep Bloemhof');
    await page.getByLabel('een trekkende partij besluit').check();
    await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
    assert(await page.locator('#f-lead_party-error').isVisible(), 'the lead party is asked for');
    await axe(page, 'body form with an error');
    await page.getByLabel('Trekkende partij', { exact: true }).selectOption({ label: 'Gemeente Rotterdam' });
    await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
    await page.waitForURL(/overleg\/\d+\?melding=aangemaakt$/);
    await page.getByLabel('Naam', { exact: true }).fill('Wethouder Wonen');
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.waitForURL(/melding=opgeslagen/);
    await page.getByLabel('Besluiten').fill('Wijkdeal vastgesteld\nBudget akkoord');
    await page.getByRole('button', { name: 'Vergadering toevoegen' }).click();
    await page.waitForURL(/vergaderingen\/\d+\?melding=aangemaakt$/);
    assert(await page.getByText(/^SG-\d{4}-2$/).isVisible(), 'decisions numbered');
    await structure(page, 'meeting');
    await axe(page, 'meeting with its decisions');
    await page.getByRole('link', { name: 'Stuurgroep Bloemhof' }).click();
    await structure(page, 'body');
    await axe(page, 'body');
  });

  await check('the coalition records its shared vision, citing a decision, and the earlier version stays readable', async () => {
    await visit(page, programmeUrl + '/agenda');
    assert(await page.getByText('De coalitie heeft haar visie nog niet vastgelegd.').isVisible(), 'empty state');
    await page.getByRole('link', { name: 'Visie vastleggen' }).click();
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    assert(await page.locator('#f-text-error').isVisible(), 'the text is asked for');
    await axe(page, 'vision form with errors');
    await page.getByLabel('Visie', { exact: true }).fill('Bloemhof: een wijk waar kinderen kansen krijgen.');
    await page.getByLabel('Vastgesteld door').fill('Stuurgroep Bloemhof');
    await page.getByLabel('Besluit').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    await page.waitForURL(/agenda\?melding=opgeslagen$/);
    await page.getByRole('link', { name: 'Nieuwe versie van de visie' }).click();
    await page.getByLabel('Visie', { exact: true }).fill('Bloemhof: een wijk waar iedereen kansen krijgt.');
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    assert(await page.locator('#f-reason-error').isVisible(), 'a new version says why');
    await page.getByLabel('Reden van de wijziging').fill('Bewoners misten zichzelf in de tekst.');
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    await page.waitForURL(/agenda\?melding=opgeslagen$/);
    await page.getByText('Eerdere versies').isVisible();
    await page.locator('details.vision-version summary').first().click();
    assert(await page.getByText('Bloemhof: een wijk waar kinderen kansen krijgen.').isVisible(), 'the earlier version opens');
    await structure(page, 'agenda');
    await axe(page, 'agenda with an earlier version open');
    await page.getByRole('link', { name: 'Wijzigingen', exact: true }).click();
    assert(await page.getByText('Bewoners misten zichzelf in de tekst.').isVisible(), 'the revision log tells why');
    await page.getByText('Oude en nieuwe tekst').click();
    await axe(page, 'revision log with texts open');
  });

  await check('a process lead sets a goal, adds a measure with a commitment and a budget line, and the financing adds up', async () => {
    await visit(page, programmeUrl + '/agenda');
    assert(await page.getByText('Er zijn nog geen doelen.').isVisible(), 'empty state');
    await page.getByRole('link', { name: 'Doel toevoegen' }).click();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    assert(await page.locator('#f-themes-error').isVisible() && await page.locator('#f-title-error').isVisible(), 'errors next to the fields');
    await structure(page, 'goal form with errors');
    await axe(page, 'goal form with errors');
    await page.getByLabel('Titel', { exact: true }).fill('Minder huishoudens met geldzorgen');
    await page.getByLabel('Werk en bestaanszekerheid').check();
    await page.getByLabel('Cijfer', { exact: true }).selectOption({ label: 'Moeite met rondkomen (%)' });
    // A new goal is measured for the whole programme area; RIVM's percentages cannot be combined, so one area.
    assert(await page.getByLabel('Gemeten voor gebied').inputValue() === 'programma', 'the programme area by default');
    await page.getByLabel('Gemeten voor gebied').selectOption({ index: 1 });
    await page.getByLabel('Nulmeting', { exact: true }).fill('33,6');
    await page.getByLabel('Periode van de nulmeting').fill('2020');
    await page.getByLabel('Streefwaarde', { exact: true }).fill('28');
    await page.getByLabel('Streefjaar').fill('2030');
    await page.getByLabel('Tussendoelen').fill('2027: 31');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.waitForURL(/agenda\?melding=aangemaakt#doel-\d+$/);
    assert(await page.getByText('28 in 2030').isVisible(), 'the target shows');
    await axe(page, 'agenda with a goal');
    await page.getByRole('link', { name: 'Maatregel toevoegen voor Minder huishoudens met geldzorgen' }).click();
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    assert(await page.locator('#f-owner-error').isVisible(), 'the owner is asked for');
    await axe(page, 'measure form with errors');
    assert(await page.getByLabel('Minder huishoudens met geldzorgen').isChecked(), 'the goal stays ticked');
    await page.getByLabel('Titel', { exact: true }).fill('Schuldhulp aan de keukentafel');
    await page.getByLabel('Eigenaar').selectOption({ label: 'Gemeente Rotterdam' });
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await page.waitForURL(/maatregelen\/\d+\?melding=aangemaakt$/);
    await page.getByRole('link', { name: 'Toezegging toevoegen' }).click();
    await structure(page, 'commitment form');
    await page.getByLabel('Wat is toegezegd').fill('huishoudens bereikt');
    await page.getByLabel('Toegezegd aantal').fill('400');
    await page.getByLabel('Geleverd tot nu toe').fill('100');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen#toezeggingen$/);
    await page.getByRole('link', { name: 'Begrotingsregel toevoegen' }).click();
    await page.getByLabel('Begroot bedrag').fill('twaalf');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert(await page.locator('#f-planned-error').isVisible(), 'the amount is explained');
    await axe(page, 'budget line form with an error');
    await page.getByLabel('Begroot bedrag').fill('12.500');
    await page.getByLabel('Besteed bedrag').fill('2.500,50');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen#begroting$/);
    assert(await page.getByText('(25%)').isVisible(), '100 of 400 delivered');
    await structure(page, 'measure');
    await axe(page, 'measure with a commitment and a budget line');
    await visit(page, programmeUrl + '/agenda/financiering');
    assert(await page.getByText('€ 12.500 begroot en € 2.500,50 besteed over 1 maatregel.').isVisible(), 'the summary');
    for (const path of ['/agenda/maatregelen', '/agenda/plannen', '/agenda/wie-doet-wat']) {
      await visit(page, programmeUrl + path);
    }
  });

  await check('the wijkdeal prints as an agreement with a signature line per party', async () => {
    await visit(page, '/programmas/1/agenda/wijkdeal');
    assert(await page.getByText('Namens Bewonersplatform Feijenoord: naam, datum en handtekening').isVisible(), 'signature line');
    await page.emulateMedia({ media: 'print' });
    assert(!(await page.locator('.site-header').isVisible()), 'no header on paper');
    assert(!(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()), 'no button on paper');
    assert(await page.getByRole('heading', { name: 'Partijen en hun bijdragen' }).isVisible(), 'content prints');
    await page.emulateMedia({ media: 'screen' });
  });

  await check('a process lead publishes the dossier and the scan as snapshots a phone can read', async () => {
    await visit(page, '/programmas/1/publicaties');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    assert(await page.locator('#f-soort-error').isVisible(), 'a page is asked for');
    await axe(page, 'publications with an error');
    await page.getByLabel('Stand van de wijk').check();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.waitForURL(/publicaties\/\d+\?melding=gepubliceerd$/);
    await structure(page, 'published dossier');
    assert(await page.getByRole('heading', { level: 1, name: /^Stand van de wijk: / }).isVisible(), 'the dossier as published');
    assert(await page.getByText('deze pagina verandert niet meer').isVisible(), 'said to be a snapshot');
    await axe(page, 'published dossier');
    await visit(page, '/programmas/1/publicaties');
    await page.getByLabel('De urgentiescan van de gemeente').check();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.waitForURL(/publicaties\/\d+\?melding=gepubliceerd$/);
    assert(await page.getByRole('region', { name: 'Rangorde' }).isVisible(), 'the ranking table');
    await axe(page, 'published scan');
    await visit(page, '/programmas/1/publicaties');
  });

  await check('residents bring in an item and the process lead answers with a tegenbod and publishes it', async () => {
    await visit(page, '/programmas/1/agenda/bewonersagenda');
    await page.getByRole('button', { name: 'Onderwerp inbrengen' }).click();
    assert(await page.locator('#f-title-error').isVisible(), 'the subject is asked for');
    await axe(page, 'residents agenda with errors');
    await page.getByLabel('Onderwerp', { exact: true }).fill('Bankjes op het plein');
    await page.getByLabel('Toelichting', { exact: true }).fill('Ouderen willen kunnen zitten.');
    await page.getByLabel('Ingebracht door').fill('Bewonersplatform Feijenoord');
    await page.getByRole('button', { name: 'Onderwerp inbrengen' }).click();
    await page.waitForURL(/bewonersagenda\/\d+\?melding=aangemaakt$/);
    await structure(page, 'agenda item');
    await page.getByRole('button', { name: 'Tegenbod opslaan' }).click();
    assert(await page.locator('#f-answer-error').isVisible(), 'an answer is asked for');
    await axe(page, 'tegenbod with errors');
    await page.getByLabel('We pakken het samen op').check();
    await page.getByLabel('Uitleg').fill('De gemeente plaatst ze, bewoners kiezen de plek.');
    await page.getByRole('button', { name: 'Tegenbod opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen$/);
    await page.getByRole('button', { name: 'Openbaar maken' }).click();
    await page.waitForURL(/melding=opgeslagen$/);
    assert(await page.getByRole('button', { name: 'Niet meer openbaar maken' }).isVisible(), 'published');
    await axe(page, 'answered and published item');
  });

  await check('a process lead opens a preconditions round, answers it, and a resident answers through a one-time link', async () => {
    await visit(page, programmeUrl + '/randvoorwaarden');
    await page.getByRole('button', { name: 'Peiling openen' }).click();
    assert(await page.locator('#f-name-error').isVisible(), 'the name is asked for');
    await axe(page, 'preconditions with an error');
    await page.getByLabel('Naam van de peiling').fill('Peiling Bloemhof');
    await page.getByRole('button', { name: 'Peiling openen' }).click();
    await page.waitForURL(/peilingen\/\d+\?melding=aangemaakt$/);
    await page.getByRole('link', { name: 'Peiling invullen' }).click();
    await structure(page, 'precondition form');
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    assert(await page.locator('#f-level-error').isVisible(), 'the level is asked for');
    await axe(page, 'precondition form with errors');
    await page.getByLabel('Bestuur (directeur of bestuurder van een betrokken organisatie)').check();
    await page.locator('#f-vertrouwen-5').check();
    await page.locator('#f-urgentie-4').check();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.waitForURL(/melding=opgeslagen$/);
    await page.getByLabel('Waarvoor').fill('Bewonersavond');
    await page.getByLabel('Aantal links').fill('2');
    await page.getByRole('button', { name: 'Links maken' }).click();
    await structure(page, 'links');
    await axe(page, 'links for residents');
    const link = (await page.locator('.links-list code').first().textContent()).trim();
    const resident = await browser.newContext({ locale: 'nl-NL' });
    const rpage = await resident.newPage();
    const res = await rpage.goto(link);
    assert(res.status() === 200, `resident link: ${res.status()}`);
    await structure(rpage, 'resident form');
    await axe(rpage, 'resident form');
    await rpage.locator('#f-vertrouwen-2').check();
    await rpage.getByRole('button', { name: 'Antwoorden versturen' }).click();
    assert(await rpage.getByRole('heading', { name: 'Bedankt' }).isVisible(), 'thanked');
    await axe(rpage, 'resident thanks');
    await resident.close();
    await page.getByRole('link', { name: 'Terug naar de peiling' }).click();
    assert(await page.getByText('Vertrouwen: Bestuur geeft 5, Bewoners 2').isVisible(), 'the disagreement shows');
    await structure(page, 'preconditions results');
    await axe(page, 'preconditions results with the radar chart');
  });

  await check('a resident on a phone proposes for the wijkbudget, votes with a household code and reads the result', async () => {
    const year = new Date().getFullYear();
    const iso = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
    // The programme: a new wijkbudget taking proposals from today, through the form.
    await visit(page, '/programmas/1/wijkbudget');
    await page.getByRole('link', { name: 'Nieuw wijkbudget' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert(await page.locator('.error-summary').isVisible(), 'an empty form is refused with messages');
    await axe(page, 'wijkbudget form with errors');
    await page.getByLabel('Titel', { exact: true }).fill(`Wijkbudget ${year + 1}`);
    await page.getByLabel('Jaar', { exact: true }).fill(String(year + 1));
    await page.getByLabel('Bedrag', { exact: true }).fill('25.000');
    await page.getByLabel('Wie mag een voorstel doen').fill('Bewoners van Feijenoord');
    await page.getByLabel('Voorstellen vanaf').fill(iso(0));
    await page.getByLabel('Beoordeling vanaf').fill(iso(30));
    await page.getByLabel('Stemmen vanaf').fill(iso(60));
    await page.getByLabel('Uitslag vanaf').fill(iso(90));
    await page.getByLabel('Uitvoering vanaf').fill(iso(120));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/wijkbudget\/\d+\?melding=aangemaakt$/);
    const newCode = (await page.locator('.code-display code').first().textContent()).trim();
    await axe(page, 'a new wijkbudget');
    // This year's (voting) and last year's (result): their flyer codes, and one household code.
    await visit(page, '/programmas/1/wijkbudget');
    await page.getByRole('link', { name: `Wijkbudget ${year}`, exact: true }).click();
    await structure(page, 'wijkbudget in its voting phase');
    await page.getByLabel('Waarvoor').fill('Bewonersavond');
    await page.getByLabel('Aantal stemcodes').fill('1');
    await page.getByRole('button', { name: 'Stemcodes maken' }).click();
    await axe(page, 'voting codes to print');
    const voteCode = (await page.locator('.vote-slip__code code').first().textContent()).trim();
    await visit(page, '/programmas/1/wijkbudget');
    await page.getByRole('link', { name: `Wijkbudget ${year - 1}`, exact: true }).click();
    await axe(page, 'wijkbudget with its result and measures');
    const lastCode = (await page.locator('.code-display code').first().textContent()).trim();
    // The resident, on a phone, without an account.
    const resident = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
    const r = await resident.newPage();
    await r.goto(BASE + '/wijkbudget');
    await axe(r, '/wijkbudget');
    await r.getByLabel('Code van de flyer').fill(newCode.toLowerCase().replace('-', ' '));
    await r.getByRole('button', { name: 'Naar het wijkbudget' }).click();
    await r.getByRole('button', { name: 'Voorstel insturen' }).click();
    assert(await r.locator('.error-summary').isVisible(), 'an empty proposal is refused with messages');
    await axe(r, 'proposal form with errors');
    await r.getByLabel('Uw voorstel in een paar woorden').fill('Bankjes bij de speeltuin');
    await r.getByLabel('Wat wilt u doen, en waarom?').fill('Zodat ouders en grootouders kunnen zitten.');
    await r.getByLabel('Waar gaat het over').selectOption('samenleven');
    await r.getByLabel('Wat het kost').fill('2.500');
    await r.getByLabel('In welke buurt').selectOption({ index: 1 });
    // A photo of the place, from the phone's gallery.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await r.getByLabel('Foto of schets (mag ook niet)').setInputFiles({ name: 'speeltuin.png', mimeType: 'image/png', buffer: png });
    await r.getByRole('button', { name: 'Voorstel insturen' }).click();
    await r.waitForURL(/melding=voorstel/);
    assert(await r.getByText('Uw voorstel is binnen').isVisible(), 'thanked for the proposal');
    assert(await r.getByRole('heading', { name: 'Bankjes bij de speeltuin' }).isVisible(), 'the proposal is listed');
    const overflow = await r.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 1, `wijkbudget page: horizontal scroll of ${overflow}px at 360px`);
    await r.goto(BASE + '/stemmen');
    await r.getByLabel('Stemcode').fill(voteCode);
    await r.getByRole('button', { name: 'Naar het stembiljet' }).click();
    await structure(r, 'ballot');
    await axe(r, 'ballot');
    await r.locator('input[name=voorstel]').first().check();
    await r.getByRole('button', { name: 'Stem uitbrengen' }).click();
    assert(await r.getByRole('heading', { name: 'Dank u wel voor uw stem' }).isVisible(), 'the vote is counted');
    await axe(r, 'vote counted');
    await r.goto(BASE + '/wijkbudget/' + lastCode);
    assert(await r.getByText('Gekozen').first().isVisible(), 'last year\'s result is public');
    await axe(r, 'wijkbudget result');
    // The residents' agenda through the programme's code: the tegenbod, and an item sent in.
    await visit(page, '/programmas/1/agenda/bewonersagenda');
    const residentsCode = (await page.locator('.code-display code').first().textContent()).trim();
    await r.goto(BASE + '/bewonersagenda/' + residentsCode);
    await structure(r, 'residents\' agenda through the code');
    await axe(r, 'residents\' agenda through the code');
    await r.getByLabel('Onderwerp', { exact: true }).fill('Meer groen op het plein');
    await r.getByLabel('Toelichting', { exact: true }).fill('Er staan geen bomen.');
    await r.getByRole('button', { name: 'Onderwerp inbrengen' }).click();
    await r.waitForURL(/melding=agendapunt/);
    assert(await r.getByText('Uw punt is binnen').isVisible(), 'the item is received');
    await resident.close();
  });

  await check('a secretary prepares the stuurgroep\'s next meeting: agenda, invitees, a document and the agenda as PDF', async () => {
    await visit(page, '/programmas/1/coalitie');
    await page.getByRole('link', { name: 'Stuurgroep Zuid' }).first().click();
    await structure(page, 'body');
    await axe(page, 'body with its meetings');
    await page.locator('h3 a', { hasText: 'Vergadering van' }).first().click();
    await structure(page, 'planned meeting');
    assert(await page.getByText('gepland').first().isVisible(), 'the next meeting is planned');
    assert(await page.locator('.agenda-points strong', { hasText: 'Stand van de wijk: de nieuwe cijfers van CBS en RIVM' }).isVisible(), 'its agenda');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    assert(await page.locator('.error-summary').isVisible(), 'a point without a title is refused');
    await axe(page, 'meeting with an error');
    await page.getByLabel('Agendapunt', { exact: true }).fill('Verkeersveiligheid rond de scholen');
    await page.getByLabel('Inbreng door').fill('Werkgroep Jeugd');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await page.waitForURL(/melding=opgeslagen#agenda$/);
    assert(await page.locator('.agenda-points strong', { hasText: 'Verkeersveiligheid rond de scholen' }).isVisible(), 'the new point');
    await axe(page, 'planned meeting with its agenda');
    await page.getByRole('link', { name: 'Document toevoegen' }).click();
    await structure(page, 'document form');
    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    assert(await page.getByText('Kies een bestand.').first().isVisible(), 'a file is asked for');
    await axe(page, 'document form with an error');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n');
    await page.getByLabel('Titel', { exact: true }).fill('Notitie verkeersveiligheid');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'notitie.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.waitForURL(/melding=document-toegevoegd/);
    assert(await page.getByRole('link', { name: 'Notitie verkeersveiligheid', exact: true }).isVisible(), 'the document is listed');
    await axe(page, 'meeting with a document');
    const agenda = await page.request.get(BASE + await page.getByRole('link', { name: 'Agenda als pdf (afdrukken)' }).getAttribute('href'));
    assert(agenda.status() === 200 && (await agenda.body()).subarray(0, 4).toString() === '%PDF', 'the agenda prints as PDF');
  });

  await check('progress shows each goal against its path, and a process lead enters a value with its source', async () => {
    await visit(page, '/programmas/1/voortgang');
    assert(await page.getByText(/van 6 doelen behaald of op koers\./).isVisible(), 'the summary');
    await page.getByRole('link', { name: 'Meer bewonersinitiatieven' }).click();
    await structure(page, 'goal progress');
    await page.getByRole('button', { name: 'Waarde opslaan' }).click();
    assert(await page.locator('#f-source_text-error').isVisible(), 'the source is asked for');
    await axe(page, 'goal progress with errors');
    await page.getByLabel('Jaar', { exact: true }).fill('2025');
    await page.getByLabel('Waarde', { exact: true }).fill('14');
    await page.getByLabel('Bron', { exact: true }).fill('Registratie bewonersbudget');
    await page.getByRole('button', { name: 'Waarde opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen$/);
    assert(await page.getByRole('cell', { name: 'Registratie bewonersbudget' }).first().isVisible(), 'the value with its source');
    await axe(page, 'goal progress with entered values');
    await visit(page, programmeUrl + '/voortgang');
  });

  for (const path of ['/programmas/1/agenda', '/programmas/1/agenda/maatregelen', '/programmas/1/agenda/maatregelen/1',
    '/programmas/1/agenda/wie-doet-wat', '/programmas/1/agenda/financiering', '/programmas/1/agenda/doelen/1/bewerken',
    '/programmas/1/agenda/maatregelen/1/bewerken', '/programmas/1/agenda/maatregelen/1/toezeggingen/1',
    '/programmas/1/agenda/maatregelen/1/begroting/1', '/programmas/1/agenda/maatregelen/1/verwijderen',
    '/programmas/1/agenda/bewonersagenda/1', '/programmas/1/agenda/plannen/1/bewerken', '/programmas/1/agenda/wijzigingen']) {
    await check(`${path} (demo agenda) is accessible`, async () => visit(page, path));
  }

  for (const path of ['/account', '/account/tweestapsverificatie', '/wachtwoord-vergeten', '/beheer/mail', '/beheer/gebruikers', '/beheer/gebruikers/nieuw', '/beheer/gebruikers/1', '/beheer/geschiedenis', '/beheer/indicatoren',
    '/beheer/indicatoren?pagina=2', '/beheer/import', '/gemeenten/GM0599', '/programmas/1', '/programmas/1/gebied', '/programmas/1/agenda/doelen/nieuw']) {
    await check(`${path} is accessible`, async () => visit(page, path));
  }

  await check('a gegevensbeheerder checks the scan against a list of focus buurten', async () => {
    await visit(page, '/urgentie/methode');
    await page.getByRole('link', { name: /Controleer de scan tegen een eigen lijst/ }).click();
    await page.getByRole('button', { name: 'Controleer de scan' }).click();
    assert(await page.locator('.error-summary').isVisible(), 'an empty list is refused with a message');
    await axe(page, 'checking the scan, with an error');
    await page.getByLabel('Of plak de gebiedscodes').fill(
      ['BU05991081', 'BU05991082', 'BU05991086', 'BU05991087', 'BU05991571', 'BU05991572', 'BU05991574'].join('\n'));
    await page.getByLabel('Gemeente', { exact: true }).fill('GM0599');
    await page.getByRole('button', { name: 'Controleer de scan' }).click();
    assert(await page.getByRole('heading', { name: 'Uitkomst' }).isVisible(), 'the outcome is shown');
    assert(await page.getByRole('rowheader', { name: 'Urgentiescore (alle indicatoren samen)' }).isVisible(), 'the score row');
    await axe(page, 'checking the scan against the NPRZ focus buurten');
  });

  await check('a gegevensbeheerder fetches a table from StatLine and keeps one current', async () => {
    await visit(page, '/beheer/import/ophalen');
    await page.getByLabel('Tabel', { exact: true }).fill('85984NED');
    await page.getByLabel('Niveau').selectOption('wijk');
    await page.getByLabel('Gemeenten').fill('GM0599');
    await page.getByRole('button', { name: 'Ophalen', exact: true }).click();
    assert(await page.getByText('Het ophalen is begonnen').isVisible(), 'the fetch starts');
    let done = false;
    for (let i = 0; i < 40 && !done; i++) {
      await page.waitForTimeout(500);
      await page.goto(BASE + '/beheer/import/ophalen');
      done = (await page.locator('.badge--opgehaald').count()) > 0;
    }
    assert(done, 'the log shows the fetch as fetched');
    assert(await page.getByRole('cell', { name: 'wijk · GM0599' }).first().isVisible(), 'with its selection');
    await axe(page, '/beheer/import/ophalen with a fetch in the log');
    await visit(page, '/beheer/import/ophalen/bijhouden');
    await page.getByLabel('Controleren om de hoeveel dagen').fill('0');
    await page.getByRole('button', { name: 'Actueel houden' }).click();
    assert(await page.locator('.error-summary').isVisible(), 'what is missing is said');
    await axe(page, 'keeping a table current, with errors');
    await page.getByLabel('Tabel', { exact: true }).fill('50090NED');
    await page.getByLabel('Niveau').selectOption('buurt');
    await page.getByLabel('Gemeenten').fill('GM0599');
    await page.getByLabel('Controleren om de hoeveel dagen').fill('7');
    await page.getByRole('button', { name: 'Actueel houden' }).click();
    assert(await page.getByText('elke 7 dagen').isVisible(), 'the kept table is listed');
    await page.getByRole('link', { name: '50090NED niet meer bijhouden' }).click();
    await axe(page, 'confirming to stop keeping a table current');
    await page.getByRole('button', { name: 'Niet meer bijhouden' }).click();
    assert(await page.getByText('Er worden nog geen tabellen actueel gehouden.').isVisible(), 'it is gone after confirming');
  });

  await check('a site administrator finds, exports and erases a former contact person', async () => {
    await visit(page, '/beheer/privacy');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    assert(await page.locator('#f-email-error').isVisible(), 'an address or a name is asked for');
    await axe(page, 'privacy search with an error');
    await page.getByLabel('Volledige naam').fill('fatima yilmaz');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    assert(await page.getByText('Fatima Yilmaz — Woonstad Rotterdam', { exact: false }).isVisible(), 'the contact is found');
    await structure(page, 'privacy record');
    await axe(page, 'privacy record');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gegevens downloaden (JSON)' }).click();
    assert((await download).suggestedFilename() === 'persoonsgegevens.json', 'the export downloads');
    await page.getByRole('button', { name: 'Gegevens verwijderen…' }).click();
    assert(await page.getByRole('heading', { name: 'Gegevens van deze persoon verwijderen?' }).isVisible(), 'asks first');
    await axe(page, 'privacy erase confirmation');
    await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
    assert(await page.getByText('1 contactgegevens verwijderd.').isVisible(), 'erased');
    await axe(page, 'privacy after erasing');
  });

  await check('a process lead records a success and sees the results of a measure', async () => {
    await visit(page, '/programmas/1/voortgang/successen');
    await page.getByLabel('Wat is er bereikt?').fill('Honderdste keukentafelgesprek');
    await page.getByLabel('Mijlpaal').check();
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.waitForURL(/successen\?melding=opgeslagen/);
    assert(await page.getByText('Honderdste keukentafelgesprek', { exact: true }).isVisible(), 'the success is listed');
    await structure(page, 'successes');
    await axe(page, 'successes with a new one');
    await visit(page, '/programmas/1/agenda/maatregelen/2');
    assert(await page.getByRole('heading', { name: 'Is iemand er beter van geworden?' }).isVisible(), 'the RBA triad');
    await page.getByRole('link', { name: 'Resultaat toevoegen' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert(await page.locator('#f-kind-error').isVisible(), 'the question is asked for');
    await axe(page, 'result form with errors');
  });

  await check('a process lead publishes the yearly report and the public reads it and its PDF', async () => {
    await visit(page, '/programmas/1/voortgang/rapportages');
    await page.getByRole('link', { name: 'Rapportage 2026 lezen' }).click();
    await page.waitForURL(/rapportages\/2026$/);
    assert(await page.getByText('Concept: zo ziet de rapportage er nu uit.').isVisible(), 'a draft for members');
    assert(await page.getByRole('heading', { name: 'Resultaten per thema' }).isVisible(), 'results first');
    await structure(page, 'report draft');
    await axe(page, 'report draft');
    await page.getByRole('link', { name: 'Rapportage 2026 publiceren' }).click();
    await page.waitForURL(/publiceren$/);
    assert(await page.getByRole('heading', { name: 'Rapportage 2026 publiceren?' }).isVisible(), 'asked first');
    await axe(page, 'publish confirmation');
    await page.getByRole('button', { name: 'Rapportage 2026 publiceren' }).click();
    await page.waitForURL(/melding=gepubliceerd/);
    assert(await page.getByText('Gepubliceerde versie, vastgelegd op').isVisible(), 'the published version shown');
    assert(!(await page.getByText('Alleen leden zien dit').isVisible()), 'not called a draft');
    await axe(page, 'report after publishing');
    const pdf = await page.request.get(BASE + '/programmas/1/voortgang/rapportages/2026/pdf');
    assert(pdf.headers()['content-type'] === 'application/pdf', 'a PDF');
    assert((await pdf.body()).subarray(0, 5).toString() === '%PDF-', 'PDF bytes');
    const anonymous = await browser.newContext({ locale: 'nl-NL' });
    const p2 = await anonymous.newPage();
    await p2.goto(BASE + '/programmas/1/voortgang/rapportages/2026');
    assert(await p2.getByRole('heading', { level: 1 }).innerText().then((t) => t.startsWith('Voortgangsrapportage 2026')), 'public without login');
    assert(!(await p2.getByText('Concept').first().isVisible().catch(() => false)), 'no draft for the public');
    await axe(p2, 'published report (public)');
    await anonymous.close();
  });

  for (const path of ['/programmas/1/agenda/maatregelen/2', '/programmas/1/agenda/maatregelen/2/resultaten/nieuw',
    '/programmas/1/voortgang/successen/1/bewerken', '/programmas/1/voortgang/successen/1/verwijderen',
    '/programmas/1/voortgang/rapportages/2026/intrekken', '/programmas/1/voortgang/doelen/5', '/programmas/1/voortgang']) {
    await check(`${path} is accessible`, async () => visit(page, path));
  }

  await check('the not-found page is accessible', async () => visit(page, '/bestaat-niet', { status: 404 }));

  await check('the language switch shows the site in English and back', async () => {
    await page.goto(BASE + programmeUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(BASE + programmeUrl);
    assert(await page.evaluate(() => document.documentElement.lang) === 'en', 'lang=en');
    assert(await page.getByRole('heading', { name: 'The five steps' }).isVisible(), 'English heading');
    await structure(page, `${programmeUrl} (en)`);
    await axe(page, `${programmeUrl} (en)`);
    await visit(page, '/programmas/nieuw');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    assert(await page.evaluate(() => document.documentElement.lang) === 'nl', 'back to nl');
  });

  await check('a narrow phone screen keeps the page usable', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await visit(page, programmeUrl);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 1, `horizontal scroll of ${overflow}px`);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('a site administrator gives the site the gemeente\'s look, and the pages stay readable in it', async () => {
    await visit(page, '/beheer/huisstijl');
    await page.getByLabel('Naam in de kopbalk').fill('Gemeente Browserstad');
    await page.getByLabel('Achtergrond van de kopbalk').fill('#FFD700');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert(await page.locator('#f-header_text-error').getByText('Te weinig contrast: #ffffff op #ffd700 is 1,4:1').isVisible(), 'contrast refused with its ratio');
    assert(await page.getByLabel('Naam in de kopbalk').inputValue() === 'Gemeente Browserstad', 'typed name kept');
    await axe(page, 'look form with a contrast error');
    // A second theme: a dark red header, green buttons, a PNG logo.
    const logo = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 48, height: 48 } });
    await page.getByLabel('Achtergrond van de kopbalk').fill('#7a003c');
    await page.getByLabel('Links', { exact: true }).fill('#7a003c');
    await page.getByLabel('Achtergrond van hoofdknoppen').fill('#00594f');
    await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen/);
    const header = await page.evaluate(() => getComputedStyle(document.querySelector('body > header')).backgroundColor);
    assert(header === 'rgb(122, 0, 60)', `header in the gemeente's colour: ${header}`);
    assert(await page.locator('a.site-logo').getByText('Gemeente Browserstad').isVisible(), 'the name in the header');
    assert(await page.locator('a.site-logo img').evaluate((img) => img.complete && img.naturalWidth === 48), 'the logo shows');
    for (const path of ['/', programmeUrl, programmeUrl + '/agenda', '/gebieden/BU05991081', '/urgentie?gemeente=GM0599&niveau=buurt', '/beheer/huisstijl']) {
      await visit(page, path);
    }
    // Back to WijkWijzer's own look for the pages that follow.
    await page.getByLabel('Naam in de kopbalk').fill('');
    for (const label of ['Achtergrond van de kopbalk', 'Links', 'Achtergrond van hoofdknoppen']) {
      await page.getByLabel(label, { exact: true }).fill('');
    }
    await page.getByLabel('Logo verwijderen').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/melding=opgeslagen/);
    assert(await page.locator('a.site-logo').innerText() === 'WijkWijzer', 'own look again');
  });

  await check('logging out returns to the public view', async () => {
    await page.goto(BASE + '/');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/melding=uitgelogd/);
    assert(await page.getByText('U bent uitgelogd.').isVisible(), 'notice');
    assert(await page.getByRole('link', { name: 'Browsertest Bloemhof' }).isVisible(), 'published programme is public');
    await axe(page, '/ (logged out)');
  });

  await check('a resident finds a buurt by name and reads its profile with real figures', async () => {
    await visit(page, '/gebieden');
    await page.getByLabel('Naam of code').fill('Bloemhof');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/q=Bloemhof/);
    await structure(page, 'search results');
    await axe(page, 'search results');
    await page.getByRole('link', { name: 'Bloemhof' }).first().click();
    await page.waitForURL(/\/gebieden\/BU\d+$/);
    await structure(page, page.url());
    await axe(page, page.url());
    const card = page.locator('#cijfer-50090ned-moeitemetrondkomen-38-leeftijd-20300-marges-mw00000');
    assert(await card.getByText('33,6%').isVisible(), 'the figure');
    assert(await card.getByText('Bron: RIVM, Gezondheidsmonitor 2020').isVisible(), 'the source');
    assert(await card.getByRole('img', { name: 'Moeite met rondkomen: ontwikkeling 2012–2020' }).isVisible(), 'the chart has a name');
    // The table alternative opens from the keyboard.
    await card.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert(await card.getByRole('cell', { name: '49,9' }).isVisible(), 'the trend as a table');
    await axe(page, 'profile with an open trend table');
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Rotterdam' }).click();
    await page.waitForURL(BASE + '/gebieden/GM0599');
    await axe(page, '/gebieden/GM0599');
  });

  for (const path of ['/gebieden/NL01', '/gebieden/WK059910', '/gebieden?q=a', '/gebieden?q=oost&pagina=2', '/gebieden/BU05992194']) {
    await check(`${path} is accessible`, async () => visit(page, path));
  }

  await check('a process lead runs the urgency scan for Rotterdam and follows a row to its profile', async () => {
    await visit(page, '/urgentie?gemeente=GM0599&niveau=buurt');
    const first = page.locator('table.scan-table tbody tr').first();
    assert((await first.innerText()).includes('Feijenoord'), 'Feijenoord first');
    await page.getByLabel('Opgave', { exact: true }).selectOption('gezondheid');
    await page.getByRole('button', { name: 'Scan tonen' }).click();
    await page.waitForURL(/thema=gezondheid/);
    await structure(page, 'scan with a theme');
    await axe(page, 'scan with a theme');
    await page.locator('table.scan-table tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/gebieden\/BU\d+$/);
    await axe(page, 'profile from the scan');
  });

  await check('a resident types the gemeente by name and the map zooms to the city, with the port one link away', async () => {
    await visit(page, '/urgentie?niveau=buurt');
    await page.getByLabel('Gemeente', { exact: true }).fill('rotterdam');
    await page.getByRole('button', { name: 'Scan tonen' }).click();
    await page.waitForURL(/gemeente=rotterdam/);
    assert(await page.locator('figure.map text.map__label', { hasText: 'Feijenoord' }).count() === 1, 'the most urgent buurt is named');
    assert(await page.getByText('De kaart toont waar de cijfers zijn.', { exact: false }).isVisible(), 'the crop is said');
    assert(await page.locator('figure.map a[aria-label^="Maasvlakte"]').count() === 0, 'the port is left off');
    await structure(page, 'scan by name');
    await axe(page, 'scan by name');
    await page.getByRole('link', { name: 'De hele gemeente op de kaart tonen' }).click();
    await page.waitForURL(/kaart=heel/);
    assert(await page.locator('figure.map a[aria-label^="Maasvlakte"]').count() === 1, 'the whole gemeente');
    await axe(page, 'scan map whole');
  });

  await check('the scan map of Den Haag draws every wijk as a named link that the keyboard reaches', async () => {
    await visit(page, '/urgentie?niveau=wijk&gemeente=GM0518');
    assert(await page.locator('figure.map a').count() === 44, 'every wijk on the map');
    await page.locator('figure.map a').first().focus();
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert(name && name.includes(': '), `focused area named: ${name}`);
  });

  for (const path of ['/urgentie/methode', '/urgentie?niveau=wijk&gemeente=GM0518', '/urgentie?niveau=straat']) {
    await check(`${path} is accessible`, async () => visit(page, path, { status: path.includes('straat') ? 422 : 200 }));
  }

  await check('the profile works on a phone and in English', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await visit(page, '/urgentie?gemeente=GM0599&niveau=buurt');
    const scanOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(scanOverflow <= 1, `scan page: horizontal scroll of ${scanOverflow}px`);
    await visit(page, '/gebieden/BU05991081');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 1, `horizontal scroll of ${overflow}px`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const en = await browser.newContext({ locale: 'en-GB' });
    const p2 = await en.newPage();
    await p2.goto(BASE + '/gebieden/BU05991081');
    assert(await p2.getByText('Source: RIVM, Health Monitor 2020').first().isVisible(), 'English source line');
    await axe(p2, '/gebieden/BU05991081 (en)');
    await en.close();
  });

  if (process.env.OIDC_PROVIDER_NAME) {
    // In a browser of its own: the provider is another host, which the main page may never visit.
    await check('a resident signs in with the organisation\'s account and comes back where they were going', async () => {
      const ctx = await browser.newContext({ locale: 'nl-NL' });
      const p = await ctx.newPage();
      for (const width of [360, 1366]) {
        await p.setViewportSize({ width, height: 800 });
        await p.goto(BASE + '/inloggen?terug=%2Fprogrammas%2F1');
        assert((await layoutProblems(p)).length === 0, `login page with a provider laid out at ${width}px`);
      }
      const button = p.getByRole('link', { name: `Inloggen met ${process.env.OIDC_PROVIDER_NAME}` });
      assert(await button.isVisible(), 'the provider\'s button');
      await axe(p, '/inloggen (with an identity provider)');
      await button.click();
      // The provider's own pages (oidc-provider's development login, then consent).
      await p.locator('input[name=login]').fill('anna');
      await p.locator('input[name=password]').fill('wachtwoord');
      await p.locator('button[type=submit]').first().click();
      await p.locator('button[type=submit]').first().click();
      await p.waitForURL(BASE + '/programmas/1');
      assert(await p.getByText('Ingelogd als').isVisible(), 'signed in');
      assert(await p.getByText('Anna de Vries').first().isVisible(), 'the name the provider gave');
      await axe(p, '/programmas/1 (signed in through the provider)');
      await p.getByRole('button', { name: 'Uitloggen' }).click();
      // The provider asks whether to sign out there too, then sends the browser back.
      await p.locator('button[name=logout][value=yes], button[type=submit]').first().click();
      await p.waitForURL(BASE + '/?melding=uitgelogd');
      assert(await p.getByRole('link', { name: 'Inloggen' }).first().isVisible(), 'signed out');
      await ctx.close();
    });
  }

  await check('no page made a request to another host or logged an error', async () => {
    assert(external.length === 0, `external requests: ${external.join(', ')}`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
  });
} finally {
  await browser.close();
}

for (const f of failures) console.log(`failure: ${f}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
