// Kostenbaten in headless Chromium (scripts/test-web.sh): the page in dist/web is served on
// 127.0.0.1, opened at 1280×720, and checked the way a user would use it:
//
// - every request goes to the page's own origin (the app sends nothing anywhere);
// - the built-in example is shown (load time measured);
// - a wage value typed into its entry gives the municipality's and society's net that the
//   engine's own command line gives for it (`kostenbaten sheet … --set wage_value_pct=…`);
// - dragging the wage-value slider to the right raises the municipality's net (a higher wage value
//   lowers the wage-cost subsidy it pays), and the CPU time per frame during the drag is measured;
// - offline, a drag back still changes the figures, and nothing is requested;
// - screenshots at 1280×720 and 1920×1080 are not blank;
// - after a reload the unsaved edit is offered back, and restoring it shows its figures again.
//
// Environment: DIST (the page's folder), OUT (screenshots), KOSTENBATEN (a native binary or the
// command that runs one, for the expected figures), CHROMIUM (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const dist = resolve(process.env.DIST ?? join(root, 'dist/web'));
const out = resolve(process.env.OUT ?? join(root, 'target/web-test'));
const model = join(root, 'assets/models/beschut-werk-2014.ron');
const kostenbaten = (process.env.KOSTENBATEN ?? join(root, 'target/debug/kostenbaten')).split(' ');
const STATUS = '#kostenbaten-status';

const failures = [];
function check(ok, message) {
  if (ok) {
    console.log(`ok   ${message}`);
  } else {
    console.log(`FOUT ${message}`);
    failures.push(message);
  }
}

/** A Dutch amount as the app shows it ("−€ 18.760", "€ 0") as a number. */
function amount(text) {
  const cleaned = text.replace(/\u2212/g, '-').replace(/[€\s\u00a0.]/g, '').replace(',', '.');
  const value = Number(cleaned);
  if (!Number.isFinite(value)) throw new Error(`geen bedrag: ${text}`);
  return value;
}

/** The municipality's and society's net in the status element's text. */
function headline(text) {
  const parts = text.split(';').map((p) => p.slice(p.lastIndexOf(':') + 1).trim());
  if (parts.length !== 2) throw new Error(`onverwachte status: ${text}`);
  return { municipality: amount(parts[0]), society: amount(parts[1]), text };
}

/** What the engine's command line gives for the model in `file`. */
function sheetOf(file) {
  const [command, ...args] = kostenbaten;
  const sheet = JSON.parse(execFileSync(command, [...args, 'sheet', file, '--format', 'json'], { encoding: 'utf8' }));
  return { municipality: Math.round(Number(sheet.municipality_net)), society: Math.round(Number(sheet.society_net)) };
}

/** Openen… (Ctrl+O) and pick `file` in the browser's file picker. */
async function open(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 15000 }),
    page.keyboard.press('Control+O'),
  ]);
  await chooser.setFiles(file);
}

/** What the engine's command line gives for the example at `wageValue` %. */
function expected(wageValue) {
  const [command, ...args] = kostenbaten;
  const json = execFileSync(command, [...args, 'sheet', model, '--set', `wage_value_pct=${wageValue}`, '--format', 'json'], { encoding: 'utf8' });
  const sheet = JSON.parse(json);
  return { municipality: Math.round(Number(sheet.municipality_net)), society: Math.round(Number(sheet.society_net)) };
}

/** Serve `dist` on 127.0.0.1 on a free port; resolves to [origin, process]. */
function serve() {
  return new Promise((resolvePromise, reject) => {
    const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dist], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`server start niet: ${seen}`)), 15000);
    server.stdout.on('data', (data) => {
      seen += data;
      const match = /port (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePromise([`http://127.0.0.1:${match[1]}`, server]);
      }
    });
    server.stderr.on('data', () => {});
    server.on('exit', (code) => reject(new Error(`server stopte (${code}): ${seen}`)));
  });
}

async function status(page) {
  return page.$eval(STATUS, (e) => ({
    text: e.textContent,
    ready: e.dataset.ready === 'true',
    cpu: Number(e.dataset.cpuMs),
    recovery: e.dataset.recovery ?? '',
    slider: e.dataset.rectWageSlider ?? '',
    entry: e.dataset.rectWageEntry ?? '',
    restore: e.dataset.rectRestore ?? '',
    error: e.dataset.error ?? '',
    simulation: e.dataset.simulation ?? '',
    uncertaintyTab: e.dataset.rectViewUncertainty ?? '',
    fileMenu: e.dataset.rectFileMenu ?? '',
    exportMenu: e.dataset.rectExportMenu ?? '',
    exports: {
      csv: e.dataset.rectExportCsv ?? '',
      xlsx: e.dataset.rectExportXlsx ?? '',
      pdf: e.dataset.rectExportPdf ?? '',
      png: e.dataset.rectExportPng ?? '',
    },
  }));
}

function rect(text, what) {
  const [left, top, width, height] = text.split(',').map(Number);
  if (!(width > 0 && height > 0)) throw new Error(`${what} niet in beeld: "${text}"`);
  return { left, top, width, height, y: top + height / 2 };
}

/** Wait for `frames` animation frames of the page (the app draws in them). */
async function frames(page, frames = 2) {
  await page.evaluate((n) => new Promise((done) => {
    const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), frames);
}

/** Wait until the status text differs from `before`; the new headline. */
async function changed(page, before, timeout = 10000) {
  await page.waitForFunction(([sel, text]) => document.querySelector(sel).textContent !== text, [STATUS, before], { timeout });
  return headline((await status(page)).text);
}

/** Drag the wage-value slider from fraction `from` to `to` of its width in `steps` moves; the
 *  CPU times per frame the app reported meanwhile. */
async function drag(page, from, to, steps = 24) {
  const slider = rect((await status(page)).slider, 'de loonwaardeschuif');
  const x = (f) => slider.left + slider.width * f;
  const cpu = [];
  await page.mouse.move(x(from), slider.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(x(from + ((to - from) * i) / steps), slider.y);
    await frames(page, 1);
    const { cpu: ms } = await status(page);
    if (Number.isFinite(ms)) cpu.push(ms);
  }
  await page.mouse.up();
  await frames(page, 2);
  return cpu;
}

/** Bestand ▸ Exporteren ▸ `format` with the mouse; the download, kept in `out`. */
async function exportAs(page, format) {
  const file = rect((await status(page)).fileMenu, 'het menu Bestand');
  await page.mouse.click(file.left + file.width / 2, file.y);
  await frames(page, 3);
  const menu = rect((await status(page)).exportMenu, 'Exporteren');
  await page.mouse.move(menu.left + 10, menu.y);
  await page.mouse.move(menu.left + menu.width / 2, menu.y, { steps: 3 });
  await frames(page, 3);
  const item = rect((await status(page)).exports[format], `Exporteren ▸ ${format}`);
  await page.mouse.move(item.left + 10, menu.y + (item.y - menu.y) / 2, { steps: 3 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    page.mouse.click(item.left + item.width / 2, item.y),
  ]);
  const path = join(out, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
}

/** The distinct colours in a sample of a PNG screenshot (drawn in the page, which decodes PNG). */
async function colours(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  mkdirSync(out, { recursive: true });
  const wasm = join(dist, 'kostenbaten_bg.wasm');
  const raw = statSync(wasm).size;
  const gz = gzipSync(readFileSync(wasm), { level: 9 }).length;
  const [origin, server] = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'kostenbaten-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const requests = [];
  let mcMs = NaN;
  let mcFrameMs = NaN;
  const problems = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`paginafout: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });

    // Load until the example's results are drawn.
    const started = Date.now();
    await page.goto(`${origin}/`);
    await page.waitForSelector(`${STATUS}[data-ready="true"]`, { state: 'attached', timeout: 60000 });
    const loadMs = Date.now() - started;
    const start = headline((await status(page)).text);
    check(await page.$('#kostenbaten-loading') === null, 'de laadmelding is weg');
    check(start.text.startsWith('Saldo gemeente'), `de status is Nederlands: "${start.text}"`);
    const atStart = expected(40);
    check(start.municipality === atStart.municipality && start.society === atStart.society,
      `het voorbeeld toont wat de engine geeft bij 40 %: ${JSON.stringify(start)} / ${JSON.stringify(atStart)}`);

    // An exact wage value typed into its entry: the figures the command line gives for it.
    const entry = rect((await status(page)).entry, 'het invoerveld van de loonwaarde');
    await page.mouse.click(entry.left + entry.width / 2, entry.y);
    await frames(page, 2);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('55');
    await page.keyboard.press('Enter');
    const typed = await changed(page, start.text);
    const at55 = expected(55);
    check(typed.municipality === at55.municipality && typed.society === at55.society,
      `loonwaarde 55 getypt: ${JSON.stringify(typed)}, engine: ${JSON.stringify(at55)}`);

    // Drag the slider to the right: a higher wage value, a better net for the municipality.
    const before = headline((await status(page)).text);
    const cpuOnline = await drag(page, 0.15, 0.85);
    const after = headline((await status(page)).text);
    check(after.municipality > before.municipality,
      `slepen naar rechts verhoogt het saldo van de gemeente: ${before.municipality} → ${after.municipality}`);

    // Offline: the page needs nothing more, and a drag back still works.
    await context.setOffline(true);
    const requestsOffline = requests.length;
    const cpuOffline = await drag(page, 0.85, 0.3);
    const back = headline((await status(page)).text);
    check(back.municipality < after.municipality,
      `offline terugslepen verlaagt het saldo: ${after.municipality} → ${back.municipality}`);
    check(requests.length === requestsOffline, `offline geen verzoeken (${requests.length - requestsOffline})`);
    await context.setOffline(false);

    // Exports, still offline: each a download of the right kind.
    const magic = { xlsx: 'PK', pdf: '%PDF', png: '\x89PNG' };
    for (const format of ['csv', 'xlsx', 'pdf', 'png']) {
      try {
        const { name, bytes } = await exportAs(page, format);
        const head = bytes.subarray(0, 4).toString('latin1');
        const kind = format === 'csv' ? bytes.toString('utf8').includes('Loonkostensubsidie') : head.startsWith(magic[format]);
        check(name.endsWith(`.${format}`) && bytes.length > 100 && kind, `export ${format}: ${name}, ${bytes.length} bytes`);
      } catch (err) {
        check(false, `export ${format}: ${err.message.split('\n')[0]}`);
      }
      await page.keyboard.press('Escape');
      await frames(page, 2);
    }
    check(requests.length === requestsOffline, `offline geen verzoeken, ook niet bij exporteren (${requests.length - requestsOffline})`);

    const cpu = [...cpuOnline, ...cpuOffline];
    check(cpu.length >= 10, `CPU-tijd per frame gemeten (${cpu.length} frames)`);

    // Screenshots: not blank, at two sizes.
    await frames(page, 3);
    const small = await page.screenshot({ path: join(out, 'web-1280x720.png') });
    check((await colours(page, small)) > 50, 'schermafdruk 1280×720 is niet leeg');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await frames(page, 6);
    const large = await page.screenshot({ path: join(out, 'web-1920x1080.png') });
    check((await colours(page, large)) > 50, 'schermafdruk 1920×1080 is niet leeg');
    await page.setViewportSize({ width: 1280, height: 720 });
    await frames(page, 4);

    // The unsaved edit survives a reload: offered back, and restored with its figures.
    const edited = headline((await status(page)).text);
    check(edited.municipality !== start.municipality, 'het model is gewijzigd ten opzichte van het voorbeeld');
    // The recovery copy is stored every 2 s (and on the frame the app asks for after that).
    await page.waitForFunction(() => (localStorage.getItem('kostenbaten.settings') ?? '').includes('recovery:Some'), null, { timeout: 15000 })
      .catch(() => {});
    const stored = await page.evaluate(() => localStorage.getItem('kostenbaten.settings') ?? '');
    check(/recovery:\s*Some/.test(stored), 'de herstelkopie staat in de opslag van de browser');
    await page.reload();
    await page.waitForSelector(`${STATUS}[data-ready="true"]`, { state: 'attached', timeout: 60000 });
    await page.waitForSelector(`${STATUS}[data-recovery="offered"]`, { state: 'attached', timeout: 10000 }).catch(() => {});
    const reloaded = await status(page);
    check(reloaded.recovery === 'offered', 'na herladen wordt de herstelkopie aangeboden');
    check(headline(reloaded.text).municipality === start.municipality, 'na herladen eerst het voorbeeld zelf');
    if (reloaded.restore) {
      const restore = rect(reloaded.restore, 'de knop herstellen');
      await page.mouse.click(restore.left + restore.width / 2, restore.y);
      const restored = await changed(page, reloaded.text);
      check(restored.municipality === edited.municipality && restored.society === edited.society,
        `hersteld: ${JSON.stringify(restored)}, was: ${JSON.stringify(edited)}`);
      await page.screenshot({ path: join(out, 'web-restored-1280x720.png') });
      // Opslaan (Ctrl+S): a download of the model, which the engine reads back to the same figures.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30000 }),
        page.keyboard.press('Control+S'),
      ]);
      const saved = join(out, download.suggestedFilename());
      await download.saveAs(saved);
      const [command, ...args] = kostenbaten;
      const sheet = JSON.parse(execFileSync(command, [...args, 'sheet', saved, '--format', 'json'], { encoding: 'utf8' }));
      check(download.suggestedFilename().endsWith('.ron') && Math.round(Number(sheet.municipality_net)) === restored.municipality,
        `opgeslagen als ${download.suggestedFilename()}; de engine leest ${sheet.municipality_net}`);
    } else {
      check(false, 'de knop herstellen is in beeld');
    }

    // Openen… (the document is saved now, so no question first): the browser's file picker, and
    // the figures the engine gives for that file.
    const lks = join(root, 'assets/models/lks-2018.ron');
    const shownBefore = (await status(page)).text;
    await open(page, lks);
    const opened = await changed(page, shownBefore);
    const lksExpected = sheetOf(lks);
    check(opened.municipality === lksExpected.municipality && opened.society === lksExpected.society,
      `geopend: lks-2018.ron ${JSON.stringify(opened)}, engine: ${JSON.stringify(lksExpected)}`);

    // The Monte Carlo of that model (it has ranges), on the page's one thread: how long it takes.
    await page.$eval(STATUS, (e) => {
      window.cpuTimes = [];
      new MutationObserver(() => window.cpuTimes.push(Number(e.dataset.cpuMs)))
        .observe(e, { attributes: true, attributeFilter: ['data-cpu-ms'] });
    });
    const tab = rect((await status(page)).uncertaintyTab, 'het tabblad Onzekerheid');
    const mcStarted = Date.now();
    await page.mouse.click(tab.left + tab.width / 2, tab.y);
    await page.waitForSelector(`${STATUS}[data-simulation="current"]`, { state: 'attached', timeout: 60000 });
    mcMs = Date.now() - mcStarted;
    await frames(page, 3);
    mcFrameMs = Math.max(...(await page.evaluate(() => window.cpuTimes)));
    check(Number.isFinite(mcFrameMs), `Monte Carlo klaar in ${mcMs} ms (langste frame ${mcFrameMs} ms)`);
    await page.screenshot({ path: join(out, 'web-onzekerheid-1280x720.png') });

    // A broken file: refused with its name and line:column, the model shown stays.
    const broken = join(out, 'kapot.ron');
    writeFileSync(broken, '(version: 1, name: "x",\n  scenarios: [ oops ]\n)\n');
    await open(page, broken);
    await page.waitForFunction((sel) => (document.querySelector(sel).dataset.error ?? '') !== '', STATUS, { timeout: 15000 });
    const refused = await status(page);
    check(refused.error.includes('kapot.ron:2:16') && headline(refused.text).municipality === opened.municipality,
      `kapot bestand geweigerd: "${refused.error}"`);

    // Every request went to the page's own origin.
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    check(foreign.length === 0, `alle ${requests.length} verzoeken naar ${origin} (anders: ${foreign.join(', ')})`);
    check(problems.length === 0, `geen fouten in de pagina ${problems.length ? problems.join(' | ') : ''}`);

    console.log(`laadtijd tot het voorbeeld: ${loadMs} ms`);
    console.log(`Monte Carlo (lks-2018, standaard aantal trekkingen): ${mcMs} ms tot het resultaat, langste frame ${mcFrameMs} ms`);
    console.log(`CPU-tijd per frame tijdens slepen: mediaan ${median(cpu).toFixed(2)} ms, max ${Math.max(...cpu).toFixed(2)} ms (${cpu.length} frames)`);
    console.log(`wasm: ${raw} bytes, gzip -9: ${gz} bytes`);
    // The size goals hold for the shipped build whatever the machine; the time goals are checked
    // only when asked for (WEB_TEST_TIME_GOALS=1): timings belong in BENCHMARKS.md, and a busy
    // CI machine must not fail on them. They are printed above either way.
    if (process.env.WEB_TEST_DEV_BUILD !== '1') {
      check(raw <= 10 * 1000 * 1000, `wasm ≤ 10 MB (${raw} bytes)`);
      check(gz <= 4 * 1000 * 1000, `wasm gzip ≤ 4 MB (${gz} bytes)`);
    }
    if (process.env.WEB_TEST_TIME_GOALS === '1') {
      check(loadMs <= 3000, `laadtijd ≤ 3 s (${loadMs} ms)`);
      check(median(cpu) <= 16, `mediane frametijd bij slepen ≤ 16 ms (${median(cpu).toFixed(2)} ms)`);
    }
  } catch (err) {
    if (problems.length) console.log(`fouten in de pagina: ${problems.join(' | ')}`);
    throw err;
  } finally {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(() => {
  if (failures.length) {
    console.log(`${failures.length} controle(s) mislukt`);
    process.exit(1);
  }
  console.log('alle controles geslaagd');
}, (err) => {
  console.error(err);
  process.exit(1);
});
