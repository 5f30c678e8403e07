const { metaMockGlobalSetup } = require('yr-meta-mock/jest')

// One real server for the whole run; workers find it in YR_META_MOCK_URL.
module.exports = metaMockGlobalSetup({ seed: 1 })
