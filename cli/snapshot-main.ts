// The entry of the startup snapshot, dist/dianjing.blob (scripts/build-cli.mjs): the engine's modules
// evaluated and the gazetteer's place index built once at build time, kept in a V8 heap snapshot that
// `node --snapshot-blob` maps in at start, instead of decoding and indexing the gazetteer at every run.
// jieba-wasm cannot live in a snapshot (WebAssembly): it is required at run time, as in the bundle.
//   node --snapshot-blob dist/dianjing.blob BUNDLE_URL ARGS…   (as bin/dianjing.mjs runs it)
import { startupSnapshot } from 'node:v8';
import { loadPlaceIndex } from '../lib/places';
import { runCli } from './run';

loadPlaceIndex();
startupSnapshot.setDeserializeMainFunction(() => {
  const [bundleUrl, ...argv] = process.argv.slice(1);
  runCli(argv, bundleUrl);
});
