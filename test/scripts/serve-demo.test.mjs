// `npm start` serves dist/ as the README asks of a city's web server: the precompressed copy the
// browser accepts, with Content-Encoding and Vary, hashed chunks cacheable for a year, entry
// files revalidated. Node's test runner, against the built dist/ (`npm run build` first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveDemo } from '../../scripts/serve-demo.mjs';

/** A raw GET (no automatic decoding, unlike fetch): status, headers and the bytes as sent. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const parts = [];
      res.on('data', (part) => parts.push(part));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('npm start serving dist/', () => {
  let served;
  const chunk = readdirSync('dist/chunks').find((name) => /^civic-widget-.*\.js$/.test(name));

  before(async () => {
    served = await serveDemo({ quiet: true });
  });
  after(() => served.server.stop());

  it('sends a chunk Brotli-compressed, cacheable for a year, decoding to the built file', async () => {
    const res = await get(new URL(`/dist/chunks/${chunk}`, served.url), {
      'accept-encoding': 'gzip, deflate, br',
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(res.headers.vary, /accept-encoding/i);
    assert.match(res.headers['content-type'], /^text\/javascript/);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    const built = readFileSync(`dist/chunks/${chunk}`);
    assert.ok(res.body.length < built.length / 2, `${res.body.length} B sent of ${built.length}`);
    assert.deepEqual(brotliDecompressSync(res.body), built);
  });

  it('sends the entry file gzip-compressed to a browser without Brotli, revalidated each time', async () => {
    const res = await get(new URL('/dist/civic-widgets.js', served.url), {
      'accept-encoding': 'gzip',
    });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.match(res.headers.vary, /accept-encoding/i);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.deepEqual(gunzipSync(res.body), readFileSync('dist/civic-widgets.js'));
    // and answers a repeated request from the cache with 304
    const again = await get(new URL('/dist/civic-widgets.js', served.url), {
      'accept-encoding': 'gzip',
      'if-none-match': res.headers.etag,
    });
    assert.equal(again.status, 304);
  });

  it('sends the file as built to a client that accepts no encoding', async () => {
    for (const headers of [{ 'accept-encoding': 'identity' }, {}]) {
      const res = await get(new URL(`/dist/chunks/${chunk}`, served.url), headers);
      assert.equal(res.headers['content-encoding'], undefined);
      assert.match(res.headers.vary, /accept-encoding/i);
      assert.deepEqual(res.body, readFileSync(`dist/chunks/${chunk}`));
    }
  });

  it('sends Brotli only to a client that accepts it', async () => {
    const res = await get(new URL(`/dist/chunks/${chunk}`, served.url), {
      'accept-encoding': 'br;q=0, gzip',
    });
    assert.equal(res.headers['content-encoding'], 'gzip');
  });
});
