/** Runs each named side `rounds` times, alternating, and collects each side's results. */
export async function alternate<T, K extends string>(
  rounds: number,
  sides: Readonly<Record<K, () => Promise<T>>>,
): Promise<Record<K, T[]>> {
  const results = Object.fromEntries(Object.keys(sides).map((key) => [key, [] as T[]])) as Record<K, T[]>
  for (let round = 0; round < rounds; round++) {
    for (const key of Object.keys(sides) as K[]) results[key].push(await sides[key]())
  }
  return results
}
