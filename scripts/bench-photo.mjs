// Benchmark of downscalePhoto (src/defect-reporter/photo-downscale.ts) in headless Chromium:
// a 12-megapixel JPEG (4000×3000, generated in the page) down to 2048 px, median of 5 runs after
// one warm-up. Serves the TypeScript source through @web/dev-server, so no build is needed.
//   node scripts/bench-photo.mjs        prints a markdown table header and row
//   import { runPhotoBench } from './bench-photo.mjs'   returns the numbers and prints the row
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { freePort } from './free-port.mjs';
import { launchChromium } from './launch-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGE = '/__bench-photo';
const MODULE = '/src/defect-reporter/photo-downscale.ts';

export const PHOTO_BENCH_HEADER =
  '| Browser | Input | Output | Median (5 runs) | Min – max |\n|---|---|---|---|---|';

/** Runs in the page: generates the photo, times downscalePhoto. */
async function benchInPage(modulePath, runs) {
  const { downscalePhoto } = await import(modulePath);

  // A photo-like JPEG: gradients over a noise tile, so the encoder sees realistic entropy
  // (a flat colour would decode and encode unrealistically fast).
  const width = 4000;
  const height = 3000;
  const tile = new OffscreenCanvas(256, 256);
  const tileCtx = tile.getContext('2d');
  const noise = tileCtx.createImageData(256, 256);
  for (let i = 0; i < noise.data.length; i += 4) {
    const v = Math.random() * 255;
    noise.data[i] = v;
    noise.data[i + 1] = (v * 0.8 + Math.random() * 50) | 0;
    noise.data[i + 2] = (v * 0.6 + Math.random() * 100) | 0;
    noise.data[i + 3] = 255;
  }
  tileCtx.putImageData(noise, 0, 0);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = ctx.createPattern(tile, 'repeat');
  ctx.fillRect(0, 0, width, height);
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, 'rgba(40, 90, 160, 0.7)');
  gradient.addColorStop(0.5, 'rgba(120, 160, 80, 0.5)');
  gradient.addColorStop(1, 'rgba(220, 180, 60, 0.7)');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  const input = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  canvas.width = canvas.height = 0;

  await downscalePhoto(input); // warm-up: first decode/encode pays for code loading
  const times = [];
  let output;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    output = await downscalePhoto(input);
    times.push(performance.now() - start);
  }
  const bitmap = await createImageBitmap(output);
  const result = {
    times,
    input: { width, height, bytes: input.size },
    output: { width: bitmap.width, height: bitmap.height, bytes: output.size },
  };
  bitmap.close();
  return result;
}

/** Starts server and browser, measures, prints one markdown table row, stops both. */
export async function runPhotoBench({ runs = 5 } = {}) {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir: root,
      port,
      hostname: 'localhost',
      nodeResolve: true,
      watch: false,
      middleware: [
        (ctx, next) => {
          if (ctx.path !== PAGE) return next();
          ctx.type = 'html';
          ctx.body = '<!doctype html><meta charset="utf-8"><title>bench-photo</title>';
          return undefined;
        },
      ],
      plugins: [
        esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json'), target: 'es2022' }),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });

  let browser;
  try {
    browser = await launchChromium({ args: ['--headless=new'] });
    const version = (await browser.version()).replace('/', ' ');
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}${PAGE}`);
    const result = await page.evaluate(benchInPage, MODULE, runs);

    const sorted = [...result.times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
    const ms = (t) => `${Math.round(t)} ms`;
    const row =
      `| ${version} (headless) ` +
      `| ${result.input.width}×${result.input.height} JPEG, ${mb(result.input.bytes)} ` +
      `| ${result.output.width}×${result.output.height} JPEG, ${kb(result.output.bytes)} ` +
      `| ${ms(median)} | ${ms(sorted[0])} – ${ms(sorted[sorted.length - 1])} |`;
    console.log(row);
    return { ...result, median, browser: version, row };
  } finally {
    await browser?.close();
    await server.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(PHOTO_BENCH_HEADER);
  runPhotoBench().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
