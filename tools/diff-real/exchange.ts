export * from '../../src/drift/exchange.js'
