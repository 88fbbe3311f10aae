import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

let takingOver = false;

/** Runs the render that takes over a prerendered page (takeOver.tsx); ServerHtml keeps what it wraps during it. */
export function duringTakeOver(render: () => void): void {
  takingOver = true;
  try {
    render();
  } finally {
    takingOver = false;
  }
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A part of a page that is only read. When the app takes over a prerendered page, this leaves the prerendered DOM
 * of its part as it is instead of rendering `children` to check it node by node, which on a cheap phone is a long
 * task for a procedure sheet while the text on screen is already right. Once `deps` (what the part is made from)
 * change, it renders `children` like any component.
 */
export function ServerHtml({ class: className, deps, children }: { class: string; deps: readonly unknown[]; children: ComponentChildren }) {
  const kept = useRef<readonly unknown[] | null>(takingOver ? deps : null);
  if (kept.current && !same(kept.current, deps)) kept.current = null;
  // Preact leaves an element's DOM children alone when it hydrates one that has dangerouslySetInnerHTML.
  return kept.current ? <div class={className} dangerouslySetInnerHTML={{ __html: '' }} /> : <div class={className}>{children}</div>;
}
