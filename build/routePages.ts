import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { withImports } from './chunkGraph';
import { inlineStylesheet } from './inlineCss';
import { pageFile } from './prerender';

/**
 * The addresses whose screen is drawn by a lazily loaded module, and those modules. Their content depends on the
 * device (its dossiers, its camera), so they cannot be prerendered, but their code is known.
 */
export const ROUTE_MODULES: Record<string, string[]> = {
  // A new dossier's screen hands over to the dossier's own at once.
  '/d/new': ['src/dossier/DossierNewPage.tsx', 'src/dossier/DossierPage.tsx'],
  '/scan': ['src/scan/ScanPage.tsx'],
  '/drafts': ['src/dossier/DraftsPage.tsx'],
  '/desk': ['src/desk/DeskPage.tsx'],
};

type OutputChunk = Rollup.OutputChunk;

/** The files the route pages are written to (d/new.html, scan.html…). */
export const routePageFiles = Object.keys(ROUTE_MODULES).map(pageFile);

/**
 * Writes, for each route above, `<path>.html`: the shell with `modulepreload` links for its screen's code and its
 * stylesheet inline (as build/inlineCss.ts does for the first screen's), so a first visit over the network asks for
 * that code beside the app's own instead of one round trip after it. Static hosts serve /d/new from d/new.html as
 * they serve /p/<code> from p/<code>.html; a host that does not still answers with the shell, only a round trip
 * slower. Offline, the service worker answers every address with the shell, and these pages are not stored.
 */
export function routePages(): Plugin {
  let root = '';
  return {
    name: 'mot-cua-route-pages',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset') throw new Error('routePages: the build has no index.html');
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('routePages: the build has no entry chunk');
        const loaded = withImports(bundle, [entry]);
        for (const [path, modules] of Object.entries(ROUTE_MODULES)) {
          const screens = modules.map((module) => {
            const id = resolve(root, module);
            const chunk = chunks.find((c) => c.moduleIds.includes(id));
            if (!chunk) throw new Error(`routePages: no chunk holds ${module} for ${path}`);
            return chunk;
          });
          const needed = [...withImports(bundle, screens)].filter((chunk) => !loaded.has(chunk));
          const styles = new Set(needed.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
          const inline = (file: string) => {
            const tags = inlineStylesheet(bundle, file);
            if (tags === null) throw new Error(`routePages: ${file}, a stylesheet of ${path}, is not in the build`);
            return tags;
          };
          const links = [
            ...[...styles].map(inline),
            ...needed.map((chunk) => `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">`),
          ].join('');
          const html = String(shell.source).replace('</head>', () => `${links}</head>`);
          this.emitFile({ type: 'asset', fileName: pageFile(path), source: html });
        }
      },
    },
  };
}
