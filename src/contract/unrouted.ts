/** gin's answers where no route matches (components.responses of the document). */
export const UNROUTED_RESPONSES = {
  PageNotFound: {
    description: 'No route takes this path and method. The body is empty for HEAD.',
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
