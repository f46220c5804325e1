#!/usr/bin/env bash
# The demo: builds what is needed, then starts embedded PostgreSQL, a Kafka broker, Keycloak and
# Open Liberty on loopback, seeded with two départements. Ctrl-C stops everything; data is kept
# in .demo-data (delete it to start afresh). Options: DEMO_BENEFICIAIRES=300 (per département).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl infra/demo exec:java@demo -Daiguillage.demo.beneficiaries="${DEMO_BENEFICIAIRES:-300}"
