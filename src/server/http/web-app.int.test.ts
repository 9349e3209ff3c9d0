import { Hono } from 'hono';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './web-app';

/** A build as vite writes it: the page, a hashed script and its two compressed copies. */
const dir = mkdtempSync(join(tmpdir(), 'reliefpath-web-'));
const script = Buffer.from(`console.log(${JSON.stringify('x'.repeat(5000))});\n`);
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>ReliefPath</title>');
writeFileSync(join(dir, 'assets/index-AbC123.js'), script);
writeFileSync(join(dir, 'assets/index-AbC123.js.br'), brotliCompressSync(script));
writeFileSync(join(dir, 'assets/index-AbC123.js.gz'), gzipSync(script));
writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"ReliefPath"}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = new Hono();
serveWebApp(app, dir);
const get = (path: string, encoding?: string) =>
  app.request(path, { headers: encoding ? { 'accept-encoding': encoding } : {} });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('serving the built web app', () => {
  it('sends the brotli copy to a browser that takes brotli, and it unpacks to the script', async () => {
    const res = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(brotliDecompressSync(await bytes(res)).equals(script)).toBe(true);
  });

  it('sends gzip where only gzip is taken, and the plain file where nothing is', async () => {
    const gz = await get('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gz)).equals(script)).toBe(true);
    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await bytes(plain)).equals(script)).toBe(true);
  });

  it('lets browsers keep hashed files for a year, and never keeps the page', async () => {
    const asset = await get('/assets/index-AbC123.js', 'br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('/plan');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('<title>ReliefPath</title>');
  });

  it('has the browser ask again for the service worker and the manifest, whose names never change', async () => {
    const sw = await get('/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(await manifest.json()).toEqual({ name: 'ReliefPath' });
  });

  it('answers a file of an older build with 404, kept by no one', async () => {
    const res = await get('/assets/index-Old999.js', 'br');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('says there is nothing to serve without a build', () => {
    expect(serveWebApp(new Hono(), join(dir, 'missing'))).toBe(false);
  });

  it("sends the page in the language chosen on this browser, else in the browser's own", async () => {
    const lang = async (headers: Record<string, string>, path = '/plan') =>
      /<html lang="(\w+)">/.exec(await (await app.request(path, { headers })).text())?.[1];
    expect(await lang({})).toBe('en');
    expect(await lang({ 'accept-language': 'es-MX,es;q=0.9,en;q=0.8' })).toBe('es');
    expect(await lang({ 'accept-language': 'fr-FR, en;q=0.5, es;q=0.4' })).toBe('en');
    expect(await lang({ 'accept-language': 'de, es;q=0' })).toBe('en');
    expect(await lang({ 'accept-language': 'en;q=0.2, es;q=0.9' }, '/')).toBe('es');
    expect(await lang({ 'accept-language': 'es', cookie: 'rp_locale=en' })).toBe('en');
    expect(await lang({ cookie: 'rp_locale=es' }, '/index.html')).toBe('es');
    expect(await lang({ cookie: 'rp_locale=xx', 'accept-language': 'es' })).toBe('es');
    const page = await app.request('/', { headers: { 'accept-language': 'es' } });
    expect(page.headers.get('vary')).toMatch(/accept-language/);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });
});
