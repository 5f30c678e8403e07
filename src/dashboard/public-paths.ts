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
  return request.method === 'GET' && PUBLIC_PATHS.has(new URL(request.url).pathname)
}
