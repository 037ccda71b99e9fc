// The word mixer under the prints that let unchanged work be recognised
// without comparing it field by field (analysis/valueDigest.ts for entry
// keys, objasm/statePrint.ts for a pass's state): two 32-bit lanes of
// different hash functions, MurmurHash3's and xxHash32's rounds, over the
// same words, so one lane's weakness is not the other's.

/** MurmurHash3's finaliser: every bit of the lane moves every bit of the result. */
export function avalanche(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35);
  return h ^ (h >>> 16);
}

export class TwoLanes {
  protected a = 0x2f0b_3c5d;
  protected b = 0x61c8_8647;

  word(w: number): void {
    let k = Math.imul(w, 0xcc9e_2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b87_3593);
    const a = this.a ^ k;
    this.a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe654_6b64) | 0;
    const b = (this.b + Math.imul(w, 0x85eb_ca77)) | 0;
    this.b = Math.imul((b << 13) | (b >>> 19), 0x9e37_79b1);
  }
}
