package fr.aiguillage.stack;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from Maven Central's distribution, in dev mode on loopback, storing its data in the
 * embedded PostgreSQL (database "keycloak"), realms imported at first start.
 */
public final class KeycloakServer {
  private KeycloakServer() {}

  public static ChildProcess start(
      StackConfig cfg, EmbeddedDatabase db, List<Path> realms, Path log)
      throws IOException, InterruptedException {
    Path home = cfg.keycloakHome();
    Path importDir = home.resolve("data/import");
    Files.createDirectories(importDir);
    for (Path realm : realms) {
      Files.copy(
          realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + cfg.keycloakPort(),
                "--http-host=127.0.0.1",
                "--import-realm",
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + db.jdbcUrl(EmbeddedDatabase.KEYCLOAK),
                "--db-username=" + EmbeddedDatabase.KEYCLOAK,
                "--db-password=" + EmbeddedDatabase.KEYCLOAK,
                "--cache=local",
                "--http-management-port=" + (cfg.keycloakPort() + 10)));
    Map<String, String> env =
        Map.of(
            "JAVA_HOME", System.getProperty("java.home"),
            "KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin",
            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    ChildProcess kc = ChildProcess.start("Keycloak", cmd, home, env, log);
    String probe = cfg.keycloakUrl() + "/realms/aiguillage/.well-known/openid-configuration";
    kc.awaitReady(() -> ChildProcess.answers200(probe), Duration.ofMinutes(4));
    return kc;
  }
}
