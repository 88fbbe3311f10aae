import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { BUILD_TARGET } from './build/browsers';
import { firstScreen } from './build/firstScreen';
import { proceduresPlugin } from './build/proceduresPlugin';
import { DECODER_FILES, isDecoderFile } from './src/offline/decoders';
import { manifest } from './src/offline/manifest';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where procedures/ is read from; tests build a changed copy of the data with this. */
const dataRoot = process.env.MOTCUA_DATA_ROOT ?? root;

/**
 * index.html as vite wrote it, with its placeholders empty, kept as shell.html: the service worker answers every
 * navigation with it, and hosts fall back to it. scripts/prerender.mjs then fills index.html with the catalogue.
 */
const emitShell: Plugin = {
  name: 'mot-cua-shell',
  apply: 'build',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the build has no index.html');
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: index.source });
    },
  },
};

export default defineConfig(({ isSsrBuild }) => ({
  // The prerender's server-side build (scripts/prerender.mjs) needs the data only.
  plugins: isSsrBuild
    ? [proceduresPlugin(dataRoot)]
    : [
        proceduresPlugin(dataRoot),
        firstScreen({ preload: 'src/offline/register.ts' }),
        emitShell,
        VitePWA({
          strategies: 'injectManifest',
          srcDir: 'src/offline',
          filename: 'sw.ts',
          // src/offline/register.ts registers it, after the first screen, and owns the update prompt.
          injectRegister: false,
          manifest,
          // The icons are among the precached files already (globPatterns); listed twice, they would be counted twice.
          includeManifestIcons: false,
          injectManifest: {
            // Not the web manifest: the plugin lists it itself.
            globPatterns: ['**/*.{html,js,css,json,svg,png,woff2}'],
            // Store screenshots are for install dialogs, not for using the app offline.
            // The prerendered pages are for first visits over the network; offline, the shell renders every page.
            globIgnores: ['screenshots/**', '.vite/**', 'index.html', 'p/**'],
            // These names already carry a content hash: no revision needed, so an unchanged file is never fetched again.
            dontCacheBustURLsMatching: /^(assets|data)\//,
            // Stored in this order, smallest first: on a weak link a visit cut short has then kept the most screens,
            // strings and sheets, and the largest files (the print fonts, the icons) come last; the scanner's decoders,
            // where they are stored at all, after those. The page puts the sheet it shows and its forms before all (src/offline/storingOrder.ts).
            manifestTransforms: [
              (entries) => {
                // The service worker tells the decoders apart by their names (src/offline/decoders.ts).
                const decoders = entries.filter((entry) => isDecoderFile(entry.url)).length;
                // No files at all: the build itself failed, and its own error is the one to show.
                if (entries.length > 0 && decoders !== DECODER_FILES)
                  throw new Error(`the precache has ${decoders} scanner decoder files, not ${DECODER_FILES}: see src/offline/decoders.ts`);
                return { manifest: [...entries].sort((a, b) => a.size - b.size), warnings: [] };
              },
            ],
          },
        }),
      ],
  build: {
    manifest: true,
    target: BUILD_TARGET,
    reportCompressedSize: false,
    // Every browser the app supports has modulepreload; the polyfill only costs start-up time.
    modulePreload: { polyfill: false },
  },
}));
