import type { Plugin } from 'vite';
import { withImports } from './chunkGraph';

/**
 * Marks the first screen's chunks (the entry and what it imports statically) with V8's explicit compile hint, so
 * Chromium compiles their functions while the file streams in, off the main thread, instead of one by one on first
 * call during start-up. Measured on the catalogue: module evaluation ~14 → ~8 ms and the render that takes over the
 * prerendered page ~20 → ~12 ms here, 4x that on a cheap phone. Other browsers ignore the comment.
 * https://v8.dev/blog/explicit-compile-hints
 */
export function compileHints(): Plugin {
  return {
    name: 'mot-cua-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        if (entry?.type !== 'chunk') return;
        for (const chunk of withImports(bundle, [entry])) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      },
    },
  };
}
