// `npm test`: build the weapp and H5 targets, then run every layer (unit, components, weapp, e2e).
// The weapp checks and e2e journeys test the real production builds, so they are built first.
// Pass --no-build to reuse dist/ from an earlier run; other arguments go to jest.
const { spawnSync } = require('child_process')

const args = process.argv.slice(2)
const skipBuild = args.includes('--no-build')
const jestArgs = args.filter((arg) => arg !== '--no-build')

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!skipBuild) {
  run('npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' })
  run('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
}
run('npx', ['jest', '--ci', '--selectProjects', 'unit', 'unit-h5', 'components', 'weapp', 'e2e', ...jestArgs], { NODE_ENV: 'test' })
