import { metaMockGlobalSetup } from 'yr-meta-mock/jest'

// One real server for the whole run; workers find it in YR_META_MOCK_URL.
export default metaMockGlobalSetup({ seed: 1 })
