/**
 * Starts the local servers with infra/start.sh (installing them on first use) and copies
 * the HOMEWARD_* variables of infra/env.sh into this process. Shared by the jest global
 * setup and the benchmark, so both find the servers the same way.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

exports.startLocalServers = function startLocalServers() {
  execFileSync('bash', [path.join(ROOT, 'infra/start.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const env = execFileSync('bash', ['-c', `source ${path.join(ROOT, 'infra/env.sh')} && env`], { encoding: 'utf8' });
  for (const line of env.split('\n')) {
    const [name, ...value] = line.split('=');
    if (name.startsWith('HOMEWARD_')) process.env[name] = value.join('=');
  }
};
