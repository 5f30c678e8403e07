import { describeReleaseCorpus } from './release-corpus.js'

// 0.8.0's corpus, recorded from its own binary, replayed on every face of a fake answering as 0.8.0.
describeReleaseCorpus('0.8.0')
