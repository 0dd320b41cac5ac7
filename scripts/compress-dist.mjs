// After the build: writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9)
// beside every file in dist/ that a browser loads, so a web server sends them as they are
// instead of compressing on every request (`npm start` does; README "Serving dist/" has the
// Apache and nginx lines). Not beside what only tools read: dist/types/ (TypeScript) and
// dist/cli/ (the validate command under Node).
// Node's zlib does both; a rollup plugin would run once per build config and miss the copied
// leaflet.js, so this walks the finished folder.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TOOLS_ONLY = [join('dist', 'types'), join('dist', 'cli')];

const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !TOOLS_ONLY.some((folder) => file.startsWith(folder)));

await Promise.all(
  files.map(async (file) => {
    const source = readFileSync(file);
    const [br, gz] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
      gzipAsync(source, { level: 9 }),
    ]);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
  }),
);
console.log(`compressed ${files.length} files in dist/ (.br and .gz beside each)`);
