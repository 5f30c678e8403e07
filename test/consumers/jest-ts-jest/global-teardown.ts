import { metaMockGlobalTeardown } from 'yr-meta-mock/jest'

export default metaMockGlobalTeardown
