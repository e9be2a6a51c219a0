/** Appends `item` to its key's list, creating the list on first use (never copying it: a copy per item is quadratic for a big group). */
export function appendTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
