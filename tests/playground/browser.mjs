// browser.mjs: drives the playground page in headless Chromium (Debian's /usr/bin/chromium,
// through playwright-core from playground/node_modules) and checks each tab against what
// build/nixel prints on the command line for the same program, run the same way: the program
// at DIR/examples/lessons/play.nix (DIR/modules linking nixel's modules), DIR shown as
// /playground. Prints "ok - ..." / "not ok - ..." lines, then "N passed, N failed"; keeps a
// screenshot of each tab in ARTIFACTS.
//   node browser.mjs URL NIXEL SEED_DIR ARTIFACTS
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, readFileSync, readdirSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(join(root, 'playground', 'package.json'))('playwright-core');
const [url, nixelArg, seed, artifacts] = process.argv.slice(2);
const nixel = resolve(nixelArg);
mkdirSync(artifacts, { recursive: true });

let passed = 0, failed = 0;
function check(what, ok, detail = '') {
  if (ok) { passed++; console.log(`ok - ${what}`); }
  else { failed++; console.log(`not ok - ${what}${detail ? '\n' + detail : ''}`); }
}
function same(what, actual, expected) {
  check(what, actual === expected, `--- expected\n${expected}\n--- actual\n${actual}`);
}

// ---- the command line --------------------------------------------------------------------

// Runs build/nixel with args(dir, file) over the program laid out as the server lays it out.
function cli(program, args) {
  const dir = mkdtempSync(join(tmpdir(), 'nixel-play-test-'));
  mkdirSync(join(dir, 'examples', 'lessons'), { recursive: true });
  symlinkSync(join(root, 'modules'), join(dir, 'modules'));
  const file = join(dir, 'examples', 'lessons', 'play.nix');
  writeFileSync(file, program);
  // An empty environment, as the server's children have (but make asan's ASAN_OPTIONS).
  const env = process.env.ASAN_OPTIONS ? { ASAN_OPTIONS: process.env.ASAN_OPTIONS } : {};
  const r = spawnSync(nixel, args(dir, file), { cwd: dir, encoding: 'utf8', env });
  const shown = (s) => s.split(dir).join('/playground');
  const files = [];
  const walk = (d, rel) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name), q = rel ? `${rel}/${name}` : name, st = lstatSync(p);
      if (st.isDirectory()) walk(p, q);
      else files.push({ path: q, content: st.isSymbolicLink() ? `-> ${readlinkSync(p)}` : readFileSync(p, 'utf8') });
    }
  };
  try { walk(join(dir, 'out'), ''); } catch { /* no render */ }
  rmSync(dir, { recursive: true, force: true });
  return { stdout: shown(r.stdout), stderr: shown(r.stderr), status: r.status, files: files.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

// ---- the page ----------------------------------------------------------------------------

const runs = (page) => page.evaluate(() => Number(document.body.dataset.runs || 0));
async function afterRun(page, action) {
  const before = await runs(page);
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs || 0) > n && document.body.dataset.state === 'done', before, { timeout: 20000 });
}
const text = (page, sel) => page.locator(sel).evaluate((e) => e.textContent);
const doc = (page) => page.evaluate(() => window.playground.editor.state.doc.toString());
async function setProgram(page, program) {
  await page.evaluate((p) => {
    const v = window.playground.editor;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: p } });
  }, program);
}
const tab = (page, name) => afterRun(page, () => page.click(`#tabs button[data-tab="${name}"]`));
const shot = (page, name) => page.screenshot({ path: join(artifacts, `${name}.png`) });

// A fresh profile each run; the flags keep Chromium off the (closed) network.
const profile = mkdtempSync(join(tmpdir(), 'nixel-chromium-'));
const launch = () => chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  timeout: 60000,
  viewport: { width: 1280, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
// On a loaded machine Chromium may start too slowly once; a second start decides.
const browser = await launch().catch((e) => { console.log(`# Chromium did not start (${e.message.split('\n')[0]}); again`); return launch(); });
try {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1, null, { timeout: 20000 });
  console.log(`# page loaded and first value shown in ${Date.now() - started} ms`);

  // Typed: the keys go through CodeMirror (its bracket closing included).
  const typed = 'let xs = [ 1 2 3 ]; in map (x: x * 10) xs ++ [ "done" ]';
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(typed);
  same('the typed program is in the editor', await doc(page), typed);
  const t0 = Date.now();
  await afterRun(page, () => page.keyboard.press('Control+Enter'));
  console.log(`# one evaluation, request to page updated: ${Date.now() - t0} ms`);
  same('value tab: --eval --strict', await text(page, '#output'), cli(typed, (d, f) => ['--eval', '--strict', f]).stdout);
  const command = await text(page, '#command');
  check('the page shows the command line it ran', command.startsWith('$ nixel --eval --strict ') && command.endsWith(' /playground/examples/lessons/play.nix'), command);
  check('the Nix mode highlights the program', (await page.locator('.cm-content span[class]').count()) > 3);
  await shot(page, 'value');

  const program = 'let\n  double = x: x * 2;\n  unused = throw "never";\nin { a = double 21; b = [ (double 1) "x" ]; c.d = { e = null; }; }\n';
  await setProgram(page, program);
  await tab(page, 'json');
  same('JSON tab: --eval --strict --json', await text(page, '#output'), cli(program, (d, f) => ['--eval', '--strict', '--json', f]).stdout);
  await shot(page, 'json');
  await tab(page, 'lazy');
  same('lazy tab: --eval (unevaluated parts are <CODE>)', await text(page, '#output'), cli(program, (d, f) => ['--eval', f]).stdout);
  check('lazy tab shows <CODE>', (await text(page, '#output')).includes('<CODE>'));
  await shot(page, 'lazy');
  await tab(page, 'parse');
  same('parse tab: --parse', await text(page, '#output'), cli(program, (d, f) => ['--parse', f]).stdout);
  await shot(page, 'parse');
  await tab(page, 'steps');
  same('steps tab: nixel eval --steps', await text(page, '#output'), cli(program, (d, f) => ['eval', '--steps=3000', '-f', f]).stdout);
  await shot(page, 'steps');

  // An error marks its line.
  const bad = 'let\n  a = 1;\n  b = a + "two";\nin b\n';
  await setProgram(page, bad);
  await tab(page, 'value');
  const expected = cli(bad, (d, f) => ['--eval', '--strict', f]);
  same('an error: the message is the command line\'s', await text(page, '#errors'), expected.stderr);
  const line = Number((expected.stderr.match(/play\.nix:(\d+):\d+/) || [])[1]);
  const marked = await page.locator('.cm-error-line').allTextContents();
  check(`an error marks its line (${line}) in the editor`, marked.length === 1 && marked[0] === bad.split('\n')[line - 1], JSON.stringify(marked));
  await shot(page, 'error');
  await setProgram(page, '1 +');
  await afterRun(page, () => page.click('#run'));
  same('a syntax error: the message is the command line\'s', await text(page, '#errors'), cli('1 +', (d, f) => ['--eval', '--strict', f]).stderr);
  check('a syntax error marks line 1', (await page.locator('.cm-error-line').count()) === 1);

  // Lessons load from the menu; lesson 5 imports nixel's lib by a relative path.
  const lessons = readdirSync(join(root, 'examples', 'lessons')).filter((f) => f.endsWith('.nix')).sort();
  for (const i of [0, lessons.length - 1]) {
    await afterRun(page, () => page.selectOption('#lesson', String(i)));
    const source = readFileSync(join(root, 'examples', 'lessons', lessons[i]), 'utf8');
    same(`lesson ${lessons[i]} loads into the editor`, await doc(page), source);
    same(`lesson ${lessons[i]}: its value`, await text(page, '#output'), cli(source, (d, f) => ['--eval', '--strict', f]).stdout);
  }
  await shot(page, 'lesson');

  // A configuration: why an option has its value, and the rendered /etc.
  const podman = readFileSync(join(root, 'examples', 'podman', 'config.nix'), 'utf8');
  const module = join(seed, 'containers-new.nix');
  await afterRun(page, () => page.selectOption('#lesson', String(lessons.length)));
  same('the podman configuration loads', await doc(page), podman);
  await tab(page, 'why');
  const options = await page.locator('#option option').allTextContents();
  check('the option picker lists the options', options.includes('virtualisation.containers.users') && options.includes('networking.hostName'), options.slice(0, 10).join(' '));
  same('why tab: virtualisation.containers.users', await text(page, '#output'),
    cli(podman, (d, f) => ['why', '--module', module, f, 'virtualisation.containers.users']).stdout);
  check('why shows the definitions', (await text(page, '#output')).includes('definitions'));
  await shot(page, 'why');
  await page.selectOption('#option', 'networking.hostName');
  await afterRun(page, () => page.click('#why-run'));
  same('why tab: networking.hostName, picked from the list', await text(page, '#output'),
    cli(podman, (d, f) => ['why', '--module', module, f, 'networking.hostName']).stdout);
  await tab(page, 'render');
  const rendered = cli(podman, (d, f) => ['render', '--module', module, f, '-o', join(d, 'out')]);
  const listed = await page.locator('#files details').evaluateAll((ds) => ds.map((d) => d.dataset.path));
  same('render tab lists the files', listed.join('\n'), rendered.files.map((f) => f.path).join('\n'));
  const contents = await page.locator('#files details pre').allTextContents();
  same('render tab shows their contents', contents.join('\n----\n'), rendered.files.map((f) => f.content).join('\n----\n'));
  await page.locator('#files details').first().evaluate((d) => { d.open = true; });
  await shot(page, 'render');

  // The link holds the program, the tab and the module.
  const link = page.url();
  const second = await browser.newPage();
  await second.goto(link);
  await second.waitForFunction(() => Number(document.body.dataset.runs || 0) >= 1, null, { timeout: 20000 });
  same('a shared link opens the same program', await doc(second), podman);
  same('a shared link opens the same tab', await second.locator('#tabs button.active').textContent(), 'Render /etc');
  const listed2 = await second.locator('#files details').evaluateAll((ds) => ds.map((d) => d.dataset.path));
  same('a shared link renders the same files', listed2.join('\n'), listed.join('\n'));
} catch (e) {
  check(`the browser session ran to its end: ${e.message}`, false);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
