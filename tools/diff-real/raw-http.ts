export * from '../../src/node/raw-http.js'
