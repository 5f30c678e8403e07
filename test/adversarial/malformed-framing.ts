import { COUNT, FUNCTIONS, H, type MalformedCase, MIB, post, req, SMUGGLED } from './request-text.js'

// The malformed-HTTP corpus, second half: body framing (smuggling), chunked bodies, pipelining.

/** Content-Length and Transfer-Encoding: conflicts, duplicates, and request smuggling. */
export const FRAMING_CASES: MalformedCase[] = [
  {
    name: 'Content-Length and chunked (CL.TE)',
    send: post(COUNT, ['Content-Length: 6', 'Transfer-Encoding: chunked'], '0\r\n\r\nG'),
    statuses: [400],
  },
  {
    name: 'chunked and Content-Length (TE.CL)',
    send: post(COUNT, ['Transfer-Encoding: chunked', 'Content-Length: 3'], '2\r\n{}\r\n0\r\n\r\n'),
    statuses: [400],
  },
  {
    name: 'two differing Content-Lengths',
    send: post(COUNT, ['Content-Length: 2', 'Content-Length: 7'], '{}'),
    statuses: [400],
  },
  {
    name: 'two equal Content-Lengths',
    send: post(COUNT, ['Content-Length: 2', 'Content-Length: 2'], '{}'),
    statuses: [400],
  },
  { name: 'Content-Length list', send: post(COUNT, ['Content-Length: 2, 2'], '{}'), statuses: [400] },
  { name: 'negative Content-Length', send: post(COUNT, ['Content-Length: -1'], '{}'), statuses: [400] },
  { name: 'Content-Length not a number', send: post(COUNT, ['Content-Length: abc'], '{}'), statuses: [400] },
  {
    name: 'Content-Length past 2^64',
    send: post(COUNT, ['Content-Length: 99999999999999999999999'], '{}'),
    statuses: [400],
  },
  { name: 'Content-Length with a plus', send: post(COUNT, ['Content-Length: +2'], '{}'), statuses: [400] },
  { name: 'Content-Length in hex', send: post(COUNT, ['Content-Length: 0x2'], '{}'), statuses: [400] },
  {
    name: 'Content-Length beyond the body',
    send: post(COUNT, ['Content-Length: 100'], '{}'),
    fin: true,
    never: [200],
  },
  {
    name: 'Content-Length short of the body',
    send: post(COUNT, ['Content-Length: 2'], '{}GARBAGE'),
    answers: 2,
  },
  {
    name: 'body on a GET',
    send: `GET /healthz HTTP/1.1\r\n${H}\r\nContent-Length: 5\r\n\r\nhello`,
    statuses: [200],
  },
  { name: 'Transfer-Encoding: gzip', send: post(COUNT, ['Transfer-Encoding: gzip'], '{}'), fin: true },
  {
    name: 'Transfer-Encoding: chunked, chunked',
    send: post(COUNT, ['Transfer-Encoding: chunked, chunked'], '2\r\n{}\r\n0\r\n\r\n'),
  },
  {
    name: 'Transfer-Encoding: xchunked',
    send: post(COUNT, ['Transfer-Encoding: xchunked'], '2\r\n{}\r\n0\r\n\r\n'),
    fin: true,
  },
  {
    name: 'Transfer-Encoding with a tab',
    send: post(COUNT, ['Transfer-Encoding:\tchunked'], '2\r\n{}\r\n0\r\n\r\n'),
  },
  {
    name: 'chunked then identity (TE.TE)',
    send: post(COUNT, ['Transfer-Encoding: chunked', 'Transfer-Encoding: identity'], '2\r\n{}\r\n0\r\n\r\n'),
    statuses: [400],
  },
  {
    name: 'chunked on HTTP/1.0',
    send: `POST ${COUNT} HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
  },
  {
    name: 'a reset smuggled in a body (CL.0)',
    send: post('/healthz', [`Content-Length: ${SMUGGLED.length}`], SMUGGLED),
    fin: true,
    statuses: [404],
  },
]

/** Chunked bodies that lie about their sizes or their ends. */
const chunked = (body: string) => post(COUNT, ['Transfer-Encoding: chunked'], body)
export const CHUNK_CASES: MalformedCase[] = [
  { name: 'chunk size not hex', send: chunked('zz\r\n{}\r\n0\r\n\r\n'), statuses: [400] },
  { name: 'negative chunk size', send: chunked('-1\r\n{}\r\n0\r\n\r\n'), statuses: [400] },
  {
    name: 'chunk size past 2^64',
    send: chunked('ffffffffffffffffffffff\r\n{}\r\n0\r\n\r\n'),
    statuses: [400],
  },
  { name: 'chunk extension', send: chunked('2;name=value\r\n{}\r\n0\r\n\r\n'), statuses: [200] },
  { name: 'chunk extension of 20 KB', send: chunked(`2;${'x'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`) },
  { name: 'no CRLF after chunk data', send: chunked('2\r\n{}0\r\n\r\n') },
  { name: 'chunk data longer than its size', send: chunked('1\r\n{}\r\n0\r\n\r\n') },
  { name: 'no last chunk', send: chunked('2\r\n{}\r\n'), fin: true, never: [200] },
  {
    name: 'trailers after the last chunk',
    send: chunked('2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n'),
    statuses: [200],
  },
  { name: 'a trailer without a colon', send: chunked('2\r\n{}\r\n0\r\nbroken\r\n\r\n') },
  { name: 'spaces before a chunk size', send: chunked('  2\r\n{}\r\n0\r\n\r\n') },
  { name: 'LF-only chunk lines', send: chunked('2\n{}\n0\n\n') },
  {
    name: '10,000 one-byte chunks',
    send: chunked(`${'1\r\n \r\n'.repeat(10_000)}2\r\n{}\r\n0\r\n\r\n`),
    statuses: [200],
  },
  {
    name: '2 MiB in chunks',
    send: post(
      FUNCTIONS,
      ['Transfer-Encoding: chunked'],
      `${`100000\r\n${' '.repeat(MIB)}\r\n`.repeat(2)}0\r\n\r\n`,
    ),
    statuses: [413],
  },
  {
    name: '2 MiB declared in Content-Length',
    send: post(FUNCTIONS, [`Content-Length: ${2 * MIB}`], '{'),
    statuses: [413],
  },
]

/** Several requests on one connection, and requests split over several writes. */
const healthz = req('GET /healthz HTTP/1.1', H)
export const PIPELINE_CASES: MalformedCase[] = [
  { name: 'two pipelined requests', send: healthz + healthz, answers: 2, statuses: [200, 200] },
  { name: '50 pipelined requests', send: healthz.repeat(50), answers: 50 },
  { name: 'a request, then garbage', send: `${healthz}GARBAGE\r\n\r\n`, answers: 2 },
  { name: 'garbage, then a request', send: `GARBAGE\r\n\r\n${healthz}` },
  {
    name: 'a POST with a body, then a GET',
    send: post(COUNT, ['Content-Length: 2'], '{}') + healthz,
    answers: 2,
    statuses: [200, 200],
  },
  { name: 'HEAD, then GET', send: req('HEAD /healthz HTTP/1.1', H) + healthz, answers: 2 },
  { name: 'a request one byte per write', send: [...healthz] },
  {
    name: 'headers in two writes',
    send: ['GET /healthz HTTP/1.1\r\nHo', 'st: 127.0.0.1\r\n\r\n'],
    statuses: [200],
  },
]
