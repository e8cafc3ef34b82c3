#!/usr/bin/env node
import { ConfigError, readConfig } from './config.js';
import { startServer } from './server.js';

// Configuration comes only from environment variables; see the README for each, with its default.
try {
  const server = await startServer(readConfig());
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (problem) {
  if (problem instanceof ConfigError) {
    process.stderr.write(`kollegalaering-server: ${problem.message}\n`);
    process.exit(2);
  }
  throw problem;
}
