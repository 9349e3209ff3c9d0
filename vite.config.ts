import { Resvg } from '@resvg/resvg-js';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CATALOGS } from './content/catalog';
import type { Locale } from './src/domain/i18n/locale';
import { BROWSER_CATALOGUES, compiledCatalogue } from './content/messages/compile';
import { dataModule } from './src/build/data-module';
import { markSchemasPure } from './src/build/pure-schemas';

const OUT_DIR = resolve(import.meta.dirname, 'dist/web');
const ICON_SVG = resolve(import.meta.dirname, 'src/web/icons/app-icon.svg');
/** Raster copies of the icon for launchers that take no SVG (Android's home screen, iOS). */
const ICON_SIZES = [192, 512, 180] as const;
const iconFile = (size: number) => (size === 180 ? 'apple-touch-icon.png' : `icon-${size}.png`);
const THEME = '#0f5c5a';

const CATALOG_ID = '\0reliefpath-catalog';
/**
 * The browser gets the content catalog as data: it is parsed and checked by its schemas here,
 * at build time, so neither the parser nor zod is downloaded (about 50 KB gzip on every page).
 */
function prebuiltCatalog(): Plugin {
  return {
    name: 'reliefpath-prebuilt-catalog',
    enforce: 'pre',
    resolveId(source) {
      const locale = /(^|\/)content\/catalog(-es)?(\.ts)?$/.exec(source);
      if (!locale) return null;
      return `${CATALOG_ID}-${locale[2] ? 'es' : 'en'}`;
    },
    load(id) {
      if (!id.startsWith(`${CATALOG_ID}-`)) return null;
      // Each language's catalog alone: a page carries the words of the language it shows.
      return dataModule({ ...CATALOGS[id.slice(CATALOG_ID.length + 1) as Locale] });
    },
  };
}

/**
 * Interface messages reach the browser compiled (ICU parsed here, at build time), so the page
 * carries no message parser: Lingui's runtime only fills in the values.
 */
function compiledMessages(): Plugin {
  const prefix = '\0reliefpath-messages-';
  return {
    name: 'reliefpath-compiled-messages',
    enforce: 'pre',
    resolveId(source) {
      const file = /(^|\/)content\/messages\/([\w-]+?)(\.ts)?$/.exec(source)?.[2];
      return file && file in BROWSER_CATALOGUES ? `${prefix}${file}` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const { name, messages } = BROWSER_CATALOGUES[id.slice(prefix.length)]!;
      return dataModule({ [name]: compiledCatalogue(messages) });
    },
  };
}

/** Schemas nothing in the browser uses are left out of its code, and zod with them. */
function pureSchemas(): Plugin {
  return {
    name: 'reliefpath-pure-schemas',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return /\/(src|content)\/.*\.tsx?$/.test(id) ? markSchemasPure(code, id) : null;
    },
  };
}

/** Draws the app icon from its SVG at each size, at build time: no hand-made images. */
function appIcons(): Plugin {
  return {
    name: 'reliefpath-app-icons',
    apply: 'build',
    generateBundle() {
      const svg = readFileSync(ICON_SVG);
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: svg });
      for (const size of ICON_SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: iconFile(size), source: png });
      }
    },
  };
}

/**
 * The manifest and the service worker (src/web/sw.ts, built with Workbox). The install keeps
 * every patient screen on the device; staff screens (therapist, admin, the clinic map) load
 * from the network when opened.
 */
const pwa = () =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: '.',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'ReliefPath',
      short_name: 'ReliefPath',
      description: 'Safe, personal stretching for sciatica, with a guide that knows when to stop.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME,
      background_color: '#ffffff',
      icons: [
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      globIgnores: ['**/assets/therapist-*', '**/assets/admin*', '**/assets/map-drawing-*'],
    },
  });

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, so the
 * server sends them as they are instead of compressing each request.
 */
function precompress(): Plugin {
  return {
    name: 'reliefpath-precompress',
    apply: 'build',
    closeBundle() {
      const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => /\.(js|css|html|svg|json|webmanifest)$/.test(f))) {
        const path = resolve(OUT_DIR, file);
        const body = readFileSync(path);
        if (body.length < 1024) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/web'),
  plugins: [
    prebuiltCatalog(),
    compiledMessages(),
    pureSchemas(),
    react(),
    appIcons(),
    pwa(),
    precompress(),
  ],
  // The app is written against React's API and runs on Preact's compatible one: the same
  // components for about a tenth of the code a phone downloads first (react-dom was 68 KB gzip).
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
