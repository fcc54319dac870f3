/**
 * Draws from a small deterministic generator (xorshift32), for tests that compare two implementations over many
 * made-up inputs: no Math.random, so a failure names an input that the next run makes again. Each draw is read
 * from the state's high bits, which vary well even for small `n`.
 */
export function seededDraws(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n: number): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}
