export * from '../../src/drift/normalize.js'
