// The backlog as the chair reads it: each item under its parent (its epic), in the backlog's own
// order among siblings. Pure: gavel-core decides the order and the parents; this only nests them.

import type { BacklogItem } from "./generated/types";

/** An item and how deep it sits: 0 for a top item, 1 for a child of a top item, and so on. */
export type NestedItem = { item: BacklogItem; depth: number };

/**
 * The items in backlog order, each followed by its children. An item whose parent is not in the
 * list, or whose parents form a cycle (possible after merging sync files), is shown at the top
 * level, so every item is shown exactly once.
 */
export function nestUnderParents(items: BacklogItem[]): NestedItem[] {
  const keys = new Set(items.map((item) => item.key));
  const children = new Map<string, BacklogItem[]>();
  for (const item of items) {
    if (item.parent === null || !keys.has(item.parent)) continue;
    const siblings = children.get(item.parent) ?? [];
    siblings.push(item);
    children.set(item.parent, siblings);
  }
  const shown = new Set<string>();
  const nested: NestedItem[] = [];
  const visit = (item: BacklogItem, depth: number) => {
    if (shown.has(item.key)) return;
    shown.add(item.key);
    nested.push({ item, depth });
    for (const child of children.get(item.key) ?? []) visit(child, depth + 1);
  };
  for (const item of items) {
    if (item.parent === null || !keys.has(item.parent)) visit(item, 0);
  }
  // Items on a cycle of parents have no top item above them: show them at the top level.
  for (const item of items) visit(item, 0);
  return nested;
}
