import { html } from 'hono/html'

/**
 * The page the browser loads first. It holds no data, so it is served without the admin token;
 * everything it shows comes from token-guarded fragments fetched by the client script.
 */
export function renderShell() {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>yr-meta-mock dashboard</title>
        <!-- An empty icon: the browser's own /favicon.ico request would land in the fake's journal. -->
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/__admin/ui/app.css" />
        <script type="module" src="/__admin/ui/app.js"></script>
      </head>
      <body>
        <header>
          <span class="brand">yr-meta-mock</span>
          <nav id="pages" aria-label="Dashboard pages">
            <a href="#/requests" data-view="requests">Requests</a>
            <a href="#/state" data-view="state">State</a>
            <a href="#/scenarios" data-view="scenarios">Scenarios</a>
            <a href="#/sessions" data-view="sessions">Sessions and snapshots</a>
          </nav>
          <span id="live" data-state="off" role="status" aria-label="Live updates">connecting</span>
        </header>
        <form id="login" hidden aria-labelledby="login-title">
          <h1 id="login-title">Admin token</h1>
          <!-- Replaced by the server's own reason (the 401's "error"): given, or generated beyond loopback. -->
          <p id="login-why">
            This fake's admin surface needs a token: the one given with <code>--admin-token</code>, or the
            one it printed at start.
          </p>
          <p>It is kept in this tab only.</p>
          <label for="token">Token</label>
          <input id="token" name="token" type="password" autocomplete="off" required />
          <button type="submit">Sign in</button>
        </form>
        <main id="main" tabindex="-1"></main>
        <p id="status" role="status" aria-live="polite"></p>
      </body>
    </html>`
}
