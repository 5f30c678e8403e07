import { writeTheSameFunction } from './shared-writer.js'

writeTheSameFunction('file-3')
