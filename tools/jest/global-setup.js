/**
 * Integration tests need real PostgreSQL, Kafka and a MongoDB-wire server.
 * - URLs already in the environment: use those servers.
 * - A Docker engine reachable: start them with testcontainers.
 * - Otherwise: install and start them as local processes with infra/start.sh.
 */
const { startLocalServers } = require('../local-servers');

const URLS = ['HOMEWARD_PG_URL', 'HOMEWARD_KAFKA_BROKERS', 'HOMEWARD_MONGO_URL'];

module.exports = async function globalSetup() {
  if (process.env.HOMEWARD_UNIT_ONLY === '1') return;
  if (URLS.every((name) => process.env[name])) return;
  if (await dockerReachable()) return require('./testcontainers-setup').start();
  console.log('\n[homeward] starting local servers with infra/start.sh (first run installs them)');
  startLocalServers();
};

async function dockerReachable() {
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await Promise.race([getContainerRuntimeClient(), new Promise((_, no) => setTimeout(() => no(new Error('timeout')), 3000))]);
    return true;
  } catch {
    return false;
  }
}
