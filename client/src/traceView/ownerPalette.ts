import type { PageMapView } from '../../../server/src/run/protocol.js';

// Owners get the theme's chart colours, which VS Code tunes for contrast in
// light, dark and high-contrast themes alike. Past six owners the colours
// repeat with a hatch, so two owners never look the same.

export const CHART_COLOURS = ['red', 'blue', 'green', 'yellow', 'orange', 'purple'] as const;

/** Pages in these states belong to nobody worth a colour; they get a neutral look of their own. */
const UNOWNED_STATES = new Set(['free', 'unavailable']);

export interface OwnerStyle {
  readonly owner: string;
  /** CSS class of the owner's cells: `owner-<n>`. */
  readonly className: string;
  readonly colour: (typeof CHART_COLOURS)[number];
  readonly hatched: boolean;
}

/**
 * One style per owner across both maps, in order of first appearance (physical
 * pages before linear slots, before the run before after), so an owner keeps
 * its colour from the "before" picture to the "after" one.
 */
export function ownerStyles(maps: readonly PageMapView[]): Map<string, OwnerStyle> {
  const styles = new Map<string, OwnerStyle>();
  const add = (owner: string): void => {
    if (owner === '' || styles.has(owner)) return;
    const n = styles.size;
    styles.set(owner, { owner, className: `owner-${n}`, colour: CHART_COLOURS[n % CHART_COLOURS.length] ?? 'red', hatched: n >= CHART_COLOURS.length });
  };
  for (const map of maps) {
    for (const page of map.physical) if (!UNOWNED_STATES.has(page.state)) add(page.owner);
    for (const slot of map.linear) if (slot.present) add(slot.owner);
  }
  return styles;
}

/** The rules that give each owner class its colour; they go in the page's nonce'd style block, since CSP forbids style attributes. */
export function ownerRules(styles: Iterable<OwnerStyle>): string {
  return [...styles].map((style) => {
    const colour = `var(--vscode-charts-${style.colour})`;
    const background = style.hatched
      ? `repeating-linear-gradient(45deg, ${colour} 0 4px, transparent 4px 7px)`
      : colour;
    return `.${style.className} { background: ${background}; }`;
  }).join('\n');
}
