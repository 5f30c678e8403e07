/**
 * Sets `key` as an own, enumerable data property. A plain assignment of `__proto__` would set the
 * object's prototype instead (or be ignored for a string), silently dropping a key a client sent: Go
 * keeps `"__proto__"` as any other map key, and so must the fake.
 */
export function setOwnKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
