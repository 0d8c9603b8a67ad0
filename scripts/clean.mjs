// Removes dist/ before a build so that outputs of deleted or renamed sources never run as tests.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
