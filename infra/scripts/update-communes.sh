#!/usr/bin/env bash
# Regenerates the commune list (code officiel géographique) shipped with platform-core from
# Etalab's @etalab/decoupage-administratif npm package (MIT licence, data from INSEE's COG).
# Usage: infra/scripts/update-communes.sh [version]   (default: the version below)
set -euo pipefail
version="${1:-6.0.0}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/platform-core/src/main/resources/fr/aiguillage/shared/communes.csv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null && tar xzf ./*.tgz)
# One line per code: code;kind;département;postal codes (space-separated);name;current code
# kind: C commune, M municipal arrondissement, D delegated/associated commune, A former code
node - "$work/package/data/communes.json" "$version" <<'JS' | gzip -9n > "$out"
const [file, version] = process.argv.slice(2);
const communes = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const kinds = {'commune-actuelle': 'C', 'arrondissement-municipal': 'M',
               'commune-deleguee': 'D', 'commune-associee': 'D'};
const lines = new Map();
const put = (code, line) => { if (!lines.has(code) || line.startsWith(code + ';C;')) lines.set(code, line); };
for (const c of communes) {
  const kind = kinds[c.type];
  if (!kind) continue;
  put(c.code, [c.code, kind, c.departement || '', (c.codesPostaux || []).join(' '), c.nom, ''].join(';'));
}
for (const c of communes) {
  if (c.type !== 'commune-actuelle') continue;
  for (const old of c.anciensCodes || []) {
    if (!lines.has(old)) lines.set(old, [old, 'A', c.departement, (c.codesPostaux || []).join(' '), c.nom, c.code].join(';'));
  }
}
process.stdout.write('# @etalab/decoupage-administratif ' + version + '\n');
for (const code of [...lines.keys()].sort()) process.stdout.write(lines.get(code) + '\n');
JS
echo "$(zcat "$out" | wc -l) lines written to $out"
