#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so no build step stands between `npm ci` and use.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
