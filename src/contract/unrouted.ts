/** gin's answers where no route matches (components.responses of the document). */
export const UNROUTED_RESPONSES = {
  PageNotFound: {
    description:
      'No route takes this path and method (HEAD included: gin adds no HEAD routes). The body is empty for HEAD.',
    'x-content-type': 'text/plain',
    content: { 'text/plain': { schema: { type: 'string', enum: ['404 page not found', ''] } } },
  },
  MovedPermanently: {
    description: 'GET on a path with a trailing slash whose slashless form is a route.',
    headers: { Location: { schema: { type: 'string' }, required: true } },
    content: {
      'text/html': { schema: { type: 'string', pattern: '^<a href=".*">Moved Permanently</a>\\.\\n\\n$' } },
    },
  },
  TemporaryRedirect: {
    description: 'Any other method on a path with a trailing slash whose slashless form is a route; no body.',
    headers: { Location: { schema: { type: 'string' }, required: true } },
  },
} as const

/** The frontend's answers on `/admin/v1` where none of its routes matches: no redirects, charset included. */
export const FRONTEND_UNROUTED_RESPONSES = {
  FrontendPageNotFound: {
    description:
      "No route of the frontend's takes this path and method (HEAD included; no trailing-slash redirects). The body is empty for HEAD.",
    'x-content-type': 'text/plain; charset=utf-8',
    content: { 'text/plain': { schema: { type: 'string', enum: ['404 page not found', ''] } } },
  },
} as const
