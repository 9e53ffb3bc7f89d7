// Bundles the dashboard into one folder of static files (index.html, app.js, style.css): no CDN, no
// network at run time. Maven calls `npm run build -- <outdir>` with target/classes/dashboard, so the
// jar carries it and `report-etl serve` serves it. Run by hand: `npm ci && npm run build -- out`.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] || 'dist'
mkdirSync(out, { recursive: true })
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(out, 'app.js'),
  legalComments: 'linked',
  logLevel: 'warning',
})
for (const f of ['index.html', 'style.css']) copyFileSync(join('src', f), join(out, f))
console.log('dashboard built into ' + out)
