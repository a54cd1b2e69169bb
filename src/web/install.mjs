// Installs the web build's packages (npm ci) when they are missing, once: the API and the loader both build from
// this folder, and a parallel build would otherwise run two `npm ci` over the same node_modules at once.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';

const installed = () => existsSync('node_modules/.package-lock.json');
const lock = 'node_modules.install-lock';
const staleAfterMs = 15 * 60 * 1000;
const deadline = Date.now() + staleAfterMs;

while (!installed()) {
  try {
    mkdirSync(lock);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (Date.now() - statSync(lock).mtimeMs > staleAfterMs) rmSync(lock, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`${lock} is still held after 15 minutes; remove it if no build is running`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    continue;
  }
  try {
    if (!installed()) execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
