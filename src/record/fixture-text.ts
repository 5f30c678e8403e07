/**
 * A fixture's text (`JSON.stringify(fixture, null, 2)` and a line break, to the byte) in pieces: its
 * head, then one rule at a time, so a writer can hand each piece to the disk and let requests be
 * answered between them instead of holding the event loop for the whole text (a recording may hold
 * tens of MB). `rules` must be the fixture's last key, as `toRecordedFixture` makes it.
 */
export function* toFixtureTextPieces(fixture: { readonly rules: readonly unknown[] }): Generator<string> {
  const { rules, ...head } = fixture
  const headText = JSON.stringify(head, null, 2)
  if (rules.length === 0 || Object.keys(head).length === 0) {
    yield `${JSON.stringify(fixture, null, 2)}\n`
    return
  }
  // `{…}` without its closing line: the rules follow as the last key.
  yield `${headText.slice(0, -2)},\n  "rules": [`
  let first = true
  for (const rule of rules) {
    // A rule sits 4 spaces deep. JSON escapes line breaks inside strings, so every one is layout.
    const text = JSON.stringify(rule, null, 2).replaceAll('\n', '\n    ')
    yield `${first ? '' : ','}\n    ${text}`
    first = false
  }
  yield '\n  ]\n}\n'
}
