import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/**
 * A stylesheet of the bundle written into a page. The file is still emitted, and the inline copy names it
 * (`data-href`), so that src/app/inlinedCss.ts can show vite's loader for lazy screens that the page has it already.
 */
export function inlineStylesheet(bundle: Rollup.OutputBundle, fileName: string): string | null {
  const asset = bundle[fileName];
  if (!asset || asset.type !== 'asset') return null;
  const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  return `<style data-href="/${fileName}">${css.replace(/<\/style/gi, '<\\/style')}</style>`;
}

/**
 * `<link rel="modulepreload">` for the chunk of `module` and what it imports, less what the page loads already: it is
 * fetched with the first screen's scripts, to be run later.
 */
function preloadTags(html: string, bundle: Rollup.OutputBundle, module: string): HtmlTagDescriptor[] {
  const chunks = new Map(Object.values(bundle).flatMap((c): [string, Rollup.OutputChunk][] => (c.type === 'chunk' ? [[c.fileName, c]] : [])));
  const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(module));
  if (!chunk) throw new Error(`the bundle has no chunk for ${module}, which every page preloads`);
  const files = new Set<string>();
  const add = (fileName: string) => {
    if (files.has(fileName) || html.includes(`/${fileName}"`)) return;
    files.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
  };
  add(chunk.fileName);
  return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
}

/**
 * What index.html carries for the first screen, on a weak link each a round trip saved:
 * - its stylesheet, inline: a linked one blocks the first paint for one more round trip, and the first screen's few
 *   kilobytes cost less inline;
 * - a preload of `preload`, run lazily: src/offline/register.ts, which src/main.tsx runs once the screen is shown to
 *   store the app for offline use. Fetched only then, it cost a round trip (2 s on Slow 3G) before registering could
 *   begin; it is 5 KB gzipped.
 */
export function firstScreen({ preload }: { preload: string }): Plugin {
  return {
    name: 'mot-cua-first-screen',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, fileName: string) => inlineStylesheet(bundle, fileName) ?? tag,
        );
        return { html: inlined, tags: preloadTags(inlined, bundle, preload) };
      },
    },
  };
}
