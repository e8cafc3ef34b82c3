// Empties the package's dist/ before a build, so that files a build no longer
// writes (an old source map, a removed module) are never packed and shipped.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
