export * from '../../src/drift/runner.js'
