/** The dashboard's own path under the admin prefix. */
export const DASHBOARD_PATH = '/__admin/ui'

/** The files that hold no data and are served without the admin token: the page, its script and styles. */
const PUBLIC_PATHS = new Set([
  DASHBOARD_PATH,
  `${DASHBOARD_PATH}/`,
  `${DASHBOARD_PATH}/app.js`,
  `${DASHBOARD_PATH}/app.css`,
])

/** Whether a request is for the token-free shell of the dashboard (so the page can ask for the token). */
export function isPublicDashboardRequest(request: Request): boolean {
  // Asked of every /__admin call: a URL without "ui" has no such path, and parsing it cost ~1 µs of
  // an average request of the soak's mix. A path segment is never joined from parts of the text
  // around it, so the pathname holds "ui" only if the URL does.
  return (
    request.method === 'GET' && request.url.includes('ui') && PUBLIC_PATHS.has(new URL(request.url).pathname)
  )
}
