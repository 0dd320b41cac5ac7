// Removes dist/ before a build, so chunks of earlier builds never linger.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
