// Packages that only some inputs need are required when first needed rather than imported at the top:
// linkedom and iconv-lite (HTML pages) cost ~150 ms of CPU to load, which a text page, --jsonl and every
// --jobs worker would otherwise pay at each start. They are required from the bundle's folder (runCli says
// where), which is also how the startup snapshot, holding no package, finds them at run time.
import { createRequire } from 'node:module';

let from: string | undefined;

/** `url`: the file that node_modules is found from (the bundle's URL). */
export function requirePackagesFrom(url: string): void {
  from = url;
}

/** A package by name, loaded on first call (Node caches it after). */
export function requirePackage<T>(name: string): T {
  // unset when a module is used outside the command (the tests import cli/ directly): found from here
  return createRequire(from ?? import.meta.url)(name) as T;
}
