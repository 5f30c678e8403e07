export * from '../../src/drift/compare.js'
