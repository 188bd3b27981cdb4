// Preloaded (--import) by the e2e runners into every browser test file: gives each test() and each
// before()/after() hook (a browser's launch and close) its own time limit. Node 20's --test-timeout is no such thing: under --test it bounds each whole file (one
// budget shared by all of a file's tests, which a busy machine runs out of), and in the file's own
// process it is ignored. A test that names its own { timeout } keeps it.
//
//   E2E_TEST_TIMEOUT_MS   the limit of one test (default 180000: tests take seconds on a quiet machine)
import { createRequire, syncBuiltinESMExports } from 'node:module';

const PER_TEST_MS = Number(process.env.E2E_TEST_TIMEOUT_MS) || 180_000;
const nodeTest = createRequire(import.meta.url)('node:test');
const plainTest = nodeTest.test;

function testWithTimeout(name, options, fn) {
  if (typeof name === 'function') return plainTest({ timeout: PER_TEST_MS }, name);
  if (typeof options === 'function') return plainTest(name, { timeout: PER_TEST_MS }, options);
  return plainTest(name, { timeout: PER_TEST_MS, ...options }, fn);
}
const hookWithTimeout = (hook) => (fn, options) => hook(fn, { timeout: PER_TEST_MS, ...options });

// `import { test } from 'node:test'` reads the builtin's exports object: replace the property, then let
// the ES module view of it catch up
nodeTest.test = testWithTimeout;
nodeTest.before = hookWithTimeout(nodeTest.before);
nodeTest.after = hookWithTimeout(nodeTest.after);
syncBuiltinESMExports();
