// main.js: the playground page. The editor (CodeMirror 6 with the Nix mode) holds a program;
// each tab asks `nixel serve` (POST /api/run) to run one of nixel's own commands on it and
// shows what nixel printed. Errors mark their line in the editor. The link's fragment holds
// the program (base64url of its UTF-8), the tab, the module and the option, so a link shares
// all of it.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, keymap } from '@codemirror/view';
import { nix } from '@replit/codemirror-lang-nix';

const $ = (id) => document.getElementById(id);
const DEFAULT_PROGRAM = `# Type a Nix expression; Ctrl-Enter evaluates it.
let
  greet = name: "hello, \${name}";
  unused = throw "never evaluated";
in
{
  message = greet "world";
  squares = map (x: x * x) [ 1 2 3 ];
}
`;

// ---- the error mark: the line an error names, and its column ----------------------------

const setError = StateEffect.define();
const errorField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      if (!e.value) { marks = Decoration.none; continue; }
      const doc = tr.state.doc;
      const { line, column } = e.value;
      if (line < 1 || line > doc.lines) { marks = Decoration.none; continue; }
      const l = doc.line(line);
      const from = Math.min(l.from + Math.max(column - 1, 0), l.to);
      const ranges = [Decoration.line({ class: 'cm-error-line' }).range(l.from)];
      if (from < l.to) ranges.push(Decoration.mark({ class: 'cm-error-mark' }).range(from, from + 1));
      marks = Decoration.set(ranges);
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// ---- the link: program, tab, module and option in the fragment ---------------------------

function toBase64url(text) {
  const bytes = new TextEncoder().encode(text);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(b64) {
  const s = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
}

function readLink() {
  const p = new URLSearchParams(location.hash.slice(1));
  let program = null;
  try { if (p.get('p')) program = fromBase64url(p.get('p')); } catch { program = null; }
  return { program, tab: p.get('tab'), module: p.get('module'), option: p.get('option') };
}

function writeLink(state) {
  const p = new URLSearchParams({ p: toBase64url(state.editor.state.doc.toString()), tab: state.tab });
  if (state.module) p.set('module', state.module);
  if (state.option) p.set('option', state.option);
  history.replaceState(null, '', '#' + p.toString());
}

// ---- running -----------------------------------------------------------------------------

const TABS = {
  value: { op: 'eval', mode: 'strict' },
  json: { op: 'eval', mode: 'json' },
  lazy: { op: 'eval', mode: 'lazy' },
  parse: { op: 'parse' },
  steps: { op: 'steps' },
  why: { op: 'why' },
  render: { op: 'render' },
};

async function call(state, request) {
  const body = { program: state.editor.state.doc.toString(), module: state.module, ...request };
  const res = await fetch('api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) return { stdout: '', stderr: `nixel serve: ${json.error}\n`, status: -1, error: null };
  return json;
}

function showFiles(files) {
  const box = $('files');
  box.replaceChildren();
  for (const f of files || []) {
    const d = document.createElement('details');
    d.dataset.path = f.path;
    const s = document.createElement('summary');
    s.textContent = `/${f.path}  (mode ${f.mode.toString(8).padStart(4, '0')})`;
    const pre = document.createElement('pre');
    pre.textContent = f.content;
    d.append(s, pre);
    box.append(d);
  }
}

function show(state, result) {
  $('command').textContent = result.command ? `$ ${result.command}` : '';
  $('output').textContent = result.stdout;
  $('errors').textContent = result.stderr;
  $('errors').classList.toggle('ok', result.status === 0);   // a message, not an error
  state.editor.dispatch({ effects: setError.of(result.error) });
  showFiles(state.tab === 'render' ? result.files : []);
}

// The options of the configuration in the editor, for the Why tab's picker.
async function loadOptions(state) {
  const result = await call(state, { op: 'options' });
  const select = $('option');
  select.replaceChildren();
  for (const name of result.options || []) select.append(new Option(name, name));
  if (state.option && (result.options || []).includes(state.option)) select.value = state.option;
  state.option = select.value;
  if (!(result.options || []).length) show(state, result);
}

async function run(state) {
  const started = performance.now();
  document.body.dataset.state = 'busy';
  $('status').textContent = 'running…';
  try {
    const t = TABS[state.tab];
    if (state.tab === 'why') {
      await loadOptions(state);
      if (state.option) show(state, await call(state, { op: 'why', option: state.option }));
    } else {
      show(state, await call(state, t));
    }
    $('status').textContent = `${state.tab}: ${Math.round(performance.now() - started)} ms`;
  } catch (e) {
    $('errors').textContent = `the server did not answer: ${e}\n`;
    $('status').textContent = 'no answer';
  }
  writeLink(state);
  document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
  document.body.dataset.state = 'done';
}

// ---- the page ----------------------------------------------------------------------------

function selectTab(state, tab) {
  state.tab = TABS[tab] ? tab : 'value';
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === state.tab);
  $('why-controls').hidden = state.tab !== 'why';
}

async function start() {
  const link = readLink();
  const state = { tab: 'value', module: link.module || '', option: link.option || '', editor: null };
  state.editor = new EditorView({
    parent: $('editor'),
    state: EditorState.create({
      doc: link.program ?? DEFAULT_PROGRAM,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => { run(state); return true; } }]),
        basicSetup, nix(), errorField,
      ],
    }),
  });
  const [lessons, info] = await Promise.all([
    fetch('lessons.json').then((r) => r.json()),
    fetch('api/info').then((r) => r.json()),
  ]);
  for (const m of info.modules.sort()) $('module').append(new Option(m, m));
  $('module').value = state.module;
  lessons.forEach((l, i) => $('lesson').append(new Option(l.title, String(i))));
  $('lesson').addEventListener('change', () => {
    const l = lessons[Number($('lesson').value)];
    if (!l) return;
    const doc = state.editor.state.doc;
    state.editor.dispatch({ changes: { from: 0, to: doc.length, insert: l.text } });
    state.module = l.module;
    $('module').value = l.module;
    if (l.option) state.option = l.option;
    run(state);
  });
  $('module').addEventListener('change', () => { state.module = $('module').value; run(state); });
  $('option').addEventListener('change', () => { state.option = $('option').value; });
  $('why-run').addEventListener('click', () => { state.option = $('option').value; run(state); });
  $('run').addEventListener('click', () => run(state));
  $('share').addEventListener('click', async () => {
    writeLink(state);
    try { await navigator.clipboard.writeText(location.href); $('status').textContent = 'link copied'; }
    catch { $('status').textContent = 'link in the address bar'; }
  });
  for (const b of document.querySelectorAll('#tabs button'))
    b.addEventListener('click', () => { selectTab(state, b.dataset.tab); run(state); });
  selectTab(state, link.tab || 'value');
  window.playground = state;   // for the browser test and the curious
  await run(state);
}

start();
