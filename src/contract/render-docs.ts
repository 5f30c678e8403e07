// The API reference page: server-rendered HTML from the OpenAPI documents, no script, no CDN. Every
// operation is a <details> element (keyboard: Tab to its summary, Enter or Space to open it).

type Json = Record<string, unknown>

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const code = (text: string) => `<code>${escapeHtml(text)}</code>`

/** Inline markdown the documents use: `code` only; newlines become breaks. */
const prose = (text: unknown) =>
  escapeHtml(String(text ?? ''))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replaceAll('\n', '<br>')

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code{background:#f1f1f1;padding:0 .2em;border-radius:3px}details{border:1px solid #ccc;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer;font-family:ui-monospace,monospace}summary:focus-visible,a:focus-visible{outline:3px solid #1565c0}
.m{display:inline-block;width:4.5rem;font-weight:bold}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top;text-align:left}
pre{background:#f7f7f7;padding:.5rem;overflow:auto;max-height:24rem}`

/** One HTML page for the documents given, in order. */
export function renderApiReference(documents: readonly Json[]): string {
  const sections = documents.map(renderDocument).join('\n')
  const toc = documents
    .map((d, i) => `<li><a href="#doc-${i}">${escapeHtml(String((d.info as Json).title))}</a></li>`)
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API reference — yr-meta-mock</title><style>${STYLE}</style></head><body>
<h1>API reference</h1><p>Machine-readable: <a href="openapi.json">openapi.json</a>, <a href="openapi.admin.json">openapi.admin.json</a>.</p>
<nav aria-label="Documents"><ul>${toc}</ul></nav>
<main>${sections}</main></body></html>\n`
}

function renderDocument(document: Json, index: number): string {
  const info = document.info as Json
  const paths = document.paths as Record<string, Record<string, Json>>
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => renderOperation(method, path, operation)),
  )
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>
  const schemaList = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<details id="schema-${escapeHtml(name)}"><summary>${escapeHtml(name)}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join('\n')
  return `<section id="doc-${index}" aria-labelledby="doc-${index}-title"><h2 id="doc-${index}-title">${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h2>
<p>${prose(info.description)}</p><h3>Operations</h3>${operations.join('\n')}
<h3>Schemas</h3>${schemaList}</section>`
}

function renderOperation(method: string, path: string, operation: Json): string {
  const parameters = (operation.parameters ?? []) as Json[]
  const rows = parameters
    .map(
      (p) =>
        `<tr><td>${code(String(p.name))}</td><td>${escapeHtml(String(p.in))}</td><td>${prose(p.description)}</td></tr>`,
    )
    .join('')
  const table = rows
    ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>`
    : ''
  const body = schemaRefs((operation.requestBody as Json | undefined)?.content)
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>)
    .map(
      ([status, response]) =>
        `<li><strong>${escapeHtml(status)}</strong> ${contentTypeOf(response)} ${schemaRefs(response.content)}<br>${prose(response.description)}</li>`,
    )
    .join('')
  return `<details><summary><span class="m">${method.toUpperCase()}</span> ${escapeHtml(path)} — ${prose(operation.summary)}</summary>
${operation.description ? `<p>${prose(operation.description)}</p>` : ''}${table}${body ? `<p>Body: ${body}</p>` : ''}<ul>${responses}</ul></details>`
}

function contentTypeOf(response: Json): string {
  if (response['x-content-type'] === '') return '<em>(Content-Type present but empty)</em>'
  const type = Object.keys((response.content ?? {}) as Json)[0]
  return type ? code(type) : ''
}

/** Links to the schemas a content map names. */
function schemaRefs(content: unknown): string {
  const refs = JSON.stringify(content ?? {}).match(/#\/components\/schemas\/\w+/g) ?? []
  return [...new Set(refs)]
    .map((ref) => ref.split('/').pop() as string)
    .map((name) => `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`)
    .join(', ')
}
