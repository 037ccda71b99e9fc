// Both lowerings start a procedure or routine in a slot of its own, so code
// added to one moves nothing in another and an edit's analysis keeps the
// results of every entry whose code and data it did not touch.

/** Where a slot of `size` bytes starting at or after `address` starts; `address` itself where that is past `last`. */
export function nextSlot(address: bigint, size: bigint, last: bigint): bigint {
  const start = ((address + size - 1n) / size) * size;
  return start <= last ? start : address;
}
