import type { Plugin, Rollup } from 'vite';

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
 * Writes the first screen's stylesheet into index.html. A linked stylesheet blocks the first paint for one more
 * round trip; the first screen's few kilobytes cost less inline.
 */
export function inlineCss(): Plugin {
  return {
    name: 'mot-cua-inline-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, fileName: string) => inlineStylesheet(bundle, fileName) ?? tag,
        );
      },
    },
  };
}
