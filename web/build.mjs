// Bundles the dashboard into one folder of static files:
//   node build.mjs [OUTDIR]     (default: dist/)
// dyad serve reads them from disk (build/web beside build/dyad); nothing is
// fetched at run time.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, 'dist'));
await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: 'es2020',
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
await copyFile(join(here, 'src/style.css'), join(out, 'style.css'));
console.log(`dashboard built in ${out}`);
