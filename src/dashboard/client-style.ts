/** The dashboard's styles: readable defaults, visible focus, no external fonts. */
export const CLIENT_STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5d6678; --line: #d8dde6; --accent: #1f5fbf;
  --bad: #b3261e; --ok: #1e7a3c; --bg: #f6f7f9; font: 15px/1.45 system-ui, sans-serif; color: var(--ink) }
body { margin: 0; background: var(--bg) }
header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: #1d2330; color: #fff }
header .brand { font-weight: 700 }
header nav { display: flex; gap: .3rem; flex: 1 }
header nav a { color: #dfe6f3; text-decoration: none; padding: .3rem .7rem; border-radius: 4px }
header nav a[aria-current=page] { background: #3a4a66; color: #fff }
#live { font-size: .85rem; padding: .15rem .6rem; border-radius: 1rem; background: #5d6678 }
#live[data-state=on] { background: var(--ok) }
main, #login { padding: 1rem 1.4rem; max-width: 1200px }
h1 { font-size: 1.4rem; margin: .2rem 0 .8rem } h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem }
h3 { font-size: .95rem; margin: .8rem 0 .3rem }
a { color: var(--accent) }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin-bottom: .6rem }
.filters label, #login label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted) }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid #aeb6c4; border-radius: 4px; background: #fff; color: var(--ink) }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer }
button:disabled { opacity: .6 }
.muted, .count { color: var(--muted) }
ol.rows { list-style: none; padding: 0; margin: 0; border: 1px solid var(--line); background: #fff; border-radius: 6px }
ol.rows > li { border-bottom: 1px solid var(--line) } ol.rows > li:last-child { border-bottom: 0 }
summary { cursor: pointer; padding: .35rem .6rem; display: flex; gap: .8rem; align-items: baseline }
td summary { padding: 0; display: list-item }
summary .method { font-weight: 700; width: 4.2rem } summary .path { flex: 1; font-family: ui-monospace, monospace; overflow-wrap: anywhere }
summary .time, summary .session { color: var(--muted); font-size: .85rem }
.status { font-weight: 700 } .status.bad, .fault { color: var(--bad) } .status.ok { color: var(--ok) }
.rule { background: #fff1d6; border-radius: 3px; padding: 0 .4rem; font-size: .85rem }
.detail { padding: .4rem 1rem 1rem; background: #fbfcfd; border-top: 1px dashed var(--line) }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0 }
dl.facts dt, dl.headers dt { color: var(--muted) } dl.facts dd, dl.headers dd { margin: 0; overflow-wrap: anywhere }
dl.headers { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; font-size: .85rem; font-family: ui-monospace, monospace }
pre { background: #eef1f5; padding: .5rem .7rem; border-radius: 4px; overflow: auto; max-height: 24rem; font-size: .85rem; margin: .3rem 0 }
p.near { margin: .2rem .6rem; color: var(--muted); font-size: .85rem } ul.near { margin: 0 0 .5rem; font-size: .85rem }
table { border-collapse: collapse; background: #fff; width: 100%; border: 1px solid var(--line) }
caption { text-align: left; color: var(--muted); padding: .3rem 0 }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top }
th { background: #eef1f5; font-size: .85rem } td.number { text-align: right }
td code { font-size: .8rem; overflow-wrap: anywhere }
td.actions { white-space: nowrap } td.actions button, .actions button { margin-right: .3rem }
.resources ul { display: flex; gap: 1.2rem; list-style: none; padding: 0 }
.resources a[aria-current] { font-weight: 700 }
.trail { margin: .4rem 0 }
.pager { display: flex; gap: 1rem; margin: .6rem 0; align-items: center }
section.scenario { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem 1rem; margin: .8rem 0 }
section.scenario.active { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent) }
.badge { background: var(--accent); color: #fff; border-radius: 1rem; padding: 0 .6rem; font-size: .8rem; vertical-align: middle }
#status { padding: 0 1.4rem; color: var(--muted) }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
`
