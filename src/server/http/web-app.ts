import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Env, Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../../domain/i18n/locale';
import { pageLocale } from './locale';

/**
 * Serves the built web app from `staticDir`: hashed assets cached for a year, brotli or gzip
 * copies written at build time for browsers that take them, and every other address answered
 * with the single-page app. Returns false when there is no build to serve.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, staticDir: string): boolean {
  if (!existsSync(join(staticDir, 'index.html'))) return false;
  const root = relative(process.cwd(), staticDir);
  const indexHtml = readFileSync(join(staticDir, 'index.html'), 'utf8');
  // The page is built in English; it is sent in the reader's language from its first byte.
  const pageIn = Object.fromEntries(
    LOCALES.map((l) => [l, indexHtml.replace(/<html lang="[^"]*">/, `<html lang="${l}">`)]),
  ) as Record<Locale, string>;
  const page = (c: Context) =>
    c.html(pageIn[pageLocale(c)], 200, {
      'cache-control': 'no-store',
      vary: 'cookie, accept-language',
    });
  app.get('/', page);
  app.get('/index.html', page);
  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      // A file's name changes with its content, so a copy never goes stale.
      if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
    },
    serveStatic({ root, precompressed: true }),
  );
  // An old build's file is gone: say so, rather than answer a script request with the page.
  app.get('/assets/*', (c) => c.text('Not found', 404, { 'cache-control': 'no-store' }));
  // The service worker and the manifest keep their names from one version to the next: the
  // browser must ask each time, or a new version would never be noticed.
  app.use('/sw.js', async (c, next) => {
    await next();
    c.header('cache-control', 'no-cache');
  });
  app.use('/manifest.webmanifest', async (c, next) => {
    await next();
    c.header('cache-control', 'no-cache');
    if (c.res.status === 200) c.header('content-type', 'application/manifest+json');
  });
  app.use('/*', serveStatic({ root, precompressed: true }));
  // Client-side routes all load the single-page app.
  // Pages opened from private links carry tokens in their address: nothing may keep them.
  app.get('*', page);
  return true;
}
