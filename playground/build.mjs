// build.mjs: builds the playground page into build/playground/ (make playground runs it):
// the bundle of src/main.js (CodeMirror 6 and its Nix mode, by esbuild), the HTML and CSS,
// and lessons.json, the lessons of examples/lessons/ and the example configuration, baked
// in so that the menu needs no request.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = process.argv[2] || join(root, 'build', 'playground');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: join(out, 'main.js'),
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, 'src', f), join(out, f));

// A lesson's title is its first comment line, "# Lesson 1: values and laziness".
const lessonsDir = join(root, 'examples', 'lessons');
const lessons = readdirSync(lessonsDir).filter((f) => f.endsWith('.nix')).sort().map((file) => {
  const text = readFileSync(join(lessonsDir, file), 'utf8');
  const title = (text.match(/^# *(.*)$/m) || [null, file])[1];
  return { file, title, text, module: '' };
});
const podman = join(root, 'examples', 'podman', 'config.nix');
lessons.push({ file: 'examples/podman/config.nix', title: 'Configuration: podman (with containers-new.nix)',
  text: readFileSync(podman, 'utf8'), module: 'containers-new.nix', option: 'virtualisation.containers.users' });
writeFileSync(join(out, 'lessons.json'), JSON.stringify(lessons));
