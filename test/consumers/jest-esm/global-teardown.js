export { metaMockGlobalTeardown as default } from 'yr-meta-mock/jest'
