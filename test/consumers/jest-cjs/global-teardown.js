module.exports = require('yr-meta-mock/jest').metaMockGlobalTeardown
