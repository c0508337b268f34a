'use strict';
/**
 * `node -r ./tools/runtime/register.js file.ts`: runs the TypeScript sources as @swc-node/register does,
 * but each file's JavaScript is kept on disk (node_modules/.cache/homeward-ts, keyed by the file's path
 * and content, the swc version and .swcrc), and swc is loaded only when a file has changed. A start
 * with nothing changed loads neither swc's native binding nor the TypeScript compiler that
 * @swc-node/register needs: about 90 MB resident and half a second less (measured for `npm start`).
 * Plain JavaScript, so that Node runs it as it is.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = process.env.HOMEWARD_TS_CACHE || path.join(ROOT, 'node_modules', '.cache', 'homeward-ts');
const SWCRC = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));
const SALT = [require('@swc/core/package.json').version, JSON.stringify(SWCRC), fs.readFileSync(__filename, 'utf8')].join('\0');

let swc;
function transpile(source, filename) {
  swc ??= require('@swc/core');
  const { $schema: _schema, ...options } = SWCRC;
  const { code, map } = swc.transformSync(source, { ...options, filename, swcrc: false, configFile: false, sourceMaps: true });
  return `${code}\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(map).toString('base64')}`;
}

function compiled(source, filename) {
  const key = crypto.createHash('sha256').update(SALT).update('\0').update(filename).update('\0').update(source).digest('hex');
  const file = path.join(CACHE, key.slice(0, 2), `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const code = transpile(source, filename);
    // Written aside then renamed: a process reading the cache never sees half a file.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);

/** The path aliases of tsconfig.base.json (`@homeward/events` → libs/events/src/index.ts). */
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, path.resolve(ROOT, compilerOptions.baseUrl ?? '.', target)]));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

// Stack traces name the TypeScript lines.
process.setSourceMapsEnabled(true);
