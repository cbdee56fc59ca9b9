/**
 * Svelte action for a screen's <h1 tabindex="-1">: moves focus to it when the screen appears, so
 * keyboard and screen-reader users start at the top of the new screen instead of on a removed button.
 */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
