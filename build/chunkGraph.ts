import type { Rollup } from 'vite';

/** The chunks that must load before these run: themselves and what they import statically, transitively. */
export function withImports(bundle: Rollup.OutputBundle, first: Rollup.OutputChunk[]): Set<Rollup.OutputChunk> {
  const found = new Set<Rollup.OutputChunk>();
  const pending = [...first];
  for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
    if (found.has(chunk)) continue;
    found.add(chunk);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') pending.push(imported);
    }
  }
  return found;
}
