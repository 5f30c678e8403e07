import { COUNT, CRLF, H, type MalformedCase, post, req } from './request-text.js'

// The malformed-HTTP corpus, first half: request lines and header lines.

/** The request line: garbage, missing parts, versions, methods, targets. */
export const REQUEST_LINE_CASES: MalformedCase[] = [
  { name: 'garbage line', send: req('GARBAGE') },
  { name: 'method only', send: req('GET') },
  // Node speaks no HTTP/0.9: the line reads as the start of a head that never ends, until the client does.
  { name: 'HTTP/0.9 (no version)', send: 'GET /healthz\r\n', fin: true },
  { name: 'HTTP/0.9 declared', send: req('GET /healthz HTTP/0.9') },
  { name: 'HTTP/2.0 over HTTP/1 framing', send: req('GET /healthz HTTP/2.0', H) },
  { name: 'HTTP/1.2', send: req('GET /healthz HTTP/1.2', H) },
  { name: 'HTTP/9.9', send: req('GET /healthz HTTP/9.9', H) },
  { name: 'lowercase version', send: req('GET /healthz http/1.1', H) },
  { name: 'extra token after version', send: req('GET /healthz HTTP/1.1 extra', H) },
  { name: 'double spaces', send: req('GET  /healthz  HTTP/1.1', H) },
  { name: 'tabs as separators', send: req('GET\t/healthz\tHTTP/1.1', H) },
  { name: 'lowercase method', send: req('get /healthz HTTP/1.1', H) },
  { name: 'unknown method', send: req('FOO /healthz HTTP/1.1', H) },
  { name: 'method with a bad character', send: req('G@T /healthz HTTP/1.1', H) },
  { name: 'very long method', send: req(`${'A'.repeat(2000)} /healthz HTTP/1.1`, H) },
  { name: 'space inside the path', send: req('GET /heal thz HTTP/1.1', H) },
  { name: 'path without a slash', send: req('GET healthz HTTP/1.1', H) },
  { name: 'asterisk form on GET', send: req('GET * HTTP/1.1', H) },
  { name: 'OPTIONS *', send: req('OPTIONS * HTTP/1.1', H) },
  { name: 'CONNECT authority form', send: req('CONNECT 127.0.0.1:80 HTTP/1.1', H) },
  { name: 'absolute form', send: req('GET http://127.0.0.1/healthz HTTP/1.1', H) },
  { name: 'absolute form to another host', send: req('POST http://evil.example/__admin/reset HTTP/1.1', H) },
  { name: 'absolute form with a bad port', send: req('GET http://127.0.0.1:99999/healthz HTTP/1.1', H) },
  { name: 'absolute form, other scheme', send: req('GET ftp://127.0.0.1/healthz HTTP/1.1', H) },
  { name: 'double slash path', send: req('GET //healthz HTTP/1.1', H) },
  { name: 'bad percent escape', send: req('GET /%zz HTTP/1.1', H) },
  { name: 'bad escape in the query', send: req('GET /serverless/v1/functions?name=%E0%A4%A HTTP/1.1', H) },
  { name: 'dot segments', send: req('GET /../../etc/passwd HTTP/1.1', H) },
  { name: 'NUL in the path', send: req('GET /\0 HTTP/1.1', H) },
  { name: 'DEL in the path', send: req('GET /\x7f HTTP/1.1', H) },
  {
    name: 'invalid UTF-8 in the path',
    send: Buffer.from([...Buffer.from('GET /'), 0xff, 0xfe, ...Buffer.from(` HTTP/1.1\r\n${H}\r\n\r\n`)]),
  },
  // Go's net/http takes a head up to 1 MiB + 4 KiB, and so does the Node face (issue 24): a long URL
  // is routed (no such route: 404); one over the limit is refused whole
  { name: 'URL of 100 KB', send: req(`GET /${'a'.repeat(100_000)} HTTP/1.1`, H), statuses: [404] },
  { name: 'URL of 2 MB', send: req(`GET /${'a'.repeat(2_000_000)} HTTP/1.1`, H), statuses: [431] },
  { name: 'LF-only line endings', send: 'GET /healthz HTTP/1.1\nHost: 127.0.0.1\n\n' },
  { name: 'bare CR line endings', send: 'GET /healthz HTTP/1.1\rHost: 127.0.0.1\r\r' },
  { name: 'empty lines before the request', send: `${CRLF}${CRLF}${req('GET /healthz HTTP/1.1', H)}` },
  { name: 'nothing at all', send: '', fin: true },
  { name: 'half a request line', send: 'GET /heal', fin: true },
  { name: 'binary junk', send: Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7919) % 256)) },
  { name: 'a TLS ClientHello', send: Buffer.from('16030100a5010000a10303', 'hex') },
  { name: 'the HTTP/2 preface', send: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' },
]

/** Header lines: syntax, folding, control characters, sizes, Host. */
export const HEADER_CASES: MalformedCase[] = [
  { name: 'header without a colon', send: req('GET /healthz HTTP/1.1', H, 'X-Bad header') },
  { name: 'space in a header name', send: req('GET /healthz HTTP/1.1', H, 'Bad Name: x') },
  { name: 'space before the colon', send: req('GET /healthz HTTP/1.1', 'Host : 127.0.0.1') },
  { name: 'empty header name', send: req('GET /healthz HTTP/1.1', H, ': x') },
  { name: 'obsolete line folding', send: req('GET /healthz HTTP/1.1', H, 'X-A: a', ' b') },
  { name: 'folding before any header', send: req('GET /healthz HTTP/1.1', ' X-A: a', H) },
  { name: 'NUL in a header value', send: req('GET /healthz HTTP/1.1', H, 'X-A: a\0b') },
  { name: 'bare CR in a header value', send: req('GET /healthz HTTP/1.1', H, 'X-A: a\rb') },
  { name: 'bare LF in a header value', send: req('GET /healthz HTTP/1.1', H, 'X-A: a\nb') },
  {
    name: 'byte 0xff in a header value',
    send: Buffer.from([
      ...Buffer.from(`GET /healthz HTTP/1.1\r\n${H}\r\nX-A: `),
      0xff,
      ...Buffer.from('\r\n\r\n'),
    ]),
  },
  { name: 'DEL in a header name', send: req('GET /healthz HTTP/1.1', H, 'X-\x7f: a') },
  {
    name: 'header value of 100 KB',
    send: req('GET /healthz HTTP/1.1', H, `X-A: ${'a'.repeat(100_000)}`),
    statuses: [200],
  },
  {
    name: 'header value of 2 MB',
    send: req('GET /healthz HTTP/1.1', H, `X-A: ${'a'.repeat(2_000_000)}`),
    statuses: [431],
  },
  {
    name: '2,000 headers',
    send: req('GET /healthz HTTP/1.1', H, ...Array.from({ length: 2000 }, (_, i) => `X-${i}: v`)),
  },
  {
    name: 'headers just under 16 KiB',
    send: req('GET /healthz HTTP/1.1', H, `X-A: ${'a'.repeat(15_000)}`),
    statuses: [200],
  },
  { name: 'two Host headers', send: req('GET /healthz HTTP/1.1', H, 'Host: evil.example') },
  { name: 'no Host on HTTP/1.1', send: req('GET /healthz HTTP/1.1') },
  { name: 'Host with a space', send: req('GET /healthz HTTP/1.1', 'Host: a b') },
  { name: 'Host with user info', send: req('GET /healthz HTTP/1.1', 'Host: user@127.0.0.1') },
  {
    name: 'foreign Host on /__admin',
    send: req('POST /__admin/reset HTTP/1.1', 'Host: evil.example', 'Content-Length: 0'),
    statuses: [403],
  },
  {
    name: 'upgrade to websocket',
    send: req('GET /healthz HTTP/1.1', H, 'Connection: Upgrade', 'Upgrade: websocket'),
  },
  {
    name: 'upgrade to h2c',
    send: req(
      'GET /healthz HTTP/1.1',
      H,
      'Connection: Upgrade, HTTP2-Settings',
      'Upgrade: h2c',
      'HTTP2-Settings: AAMAAABkAAQAAP__',
    ),
  },
  {
    name: 'Expect: 100-continue',
    send: post(COUNT, ['Expect: 100-continue', 'Content-Length: 2'], '{}'),
    answers: 1,
  },
  { name: 'Expect: something else', send: post(COUNT, ['Expect: teapot', 'Content-Length: 2'], '{}') },
  {
    name: 'huge session header',
    send: req('GET /healthz HTTP/1.1', H, `x-mock-session: ${'s'.repeat(10_000)}`),
  },
  {
    name: 'control characters in the session',
    send: req('GET /serverless/v1/functions HTTP/1.1', H, 'x-mock-session: \x01\x02'),
  },
  {
    name: 'garbage Authorization on /__admin',
    send: req('GET /__admin/health HTTP/1.1', H, 'Authorization: Bearer \x01'),
  },
  { name: 'Connection: close', send: req('GET /healthz HTTP/1.1', H, 'Connection: close'), statuses: [200] },
  { name: 'HTTP/1.0 without keep-alive', send: req('GET /healthz HTTP/1.0'), statuses: [200] },
  {
    name: 'HTTP/1.0 keep-alive',
    send: req('GET /healthz HTTP/1.0', 'Connection: keep-alive'),
    statuses: [200],
  },
]
