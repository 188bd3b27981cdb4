// Stands in for linkedom inside the startup snapshot (scripts/build-cli.mjs): V8 cannot build a snapshot that
// holds the DOM library, so bin/ runs every HTML page from the bundle and the snapshot never parses one.
export function parseHTML(): never {
  throw new Error('the startup snapshot reads no HTML: bin/dianjing.mjs runs HTML pages from the bundle');
}
