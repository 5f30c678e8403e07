import { useMetaMockMsw } from 'yr-meta-mock/vitest'

// Intercepts http://127.0.0.1:31182, fails unhandled requests, resets data after each test.
export const metaMock = useMetaMockMsw({ seed: 1 })
