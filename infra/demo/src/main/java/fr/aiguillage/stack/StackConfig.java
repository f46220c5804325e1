package fr.aiguillage.stack;

import java.nio.file.Path;

/**
 * Where and on which ports the local stack runs. The demo keeps its data under .demo-data; the
 * tests use fresh data and other ports, so that they can run while a demo is up.
 */
public record StackConfig(
    Path dataDir,
    boolean keepData,
    int postgresPort,
    int keycloakPort,
    int libertyPort,
    int smtpPort,
    Path keycloakHome,
    Path realmFile,
    Path libertyServerDir,
    Path war) {

  static Path path(String property) {
    String v = System.getProperty(property);
    if (v == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set (run through Maven)");
    }
    return Path.of(v).toAbsolutePath();
  }

  public static StackConfig demo() {
    return new StackConfig(
        path("aiguillage.demo.data"),
        true,
        15432,
        8180,
        9080,
        10025,
        path("aiguillage.keycloak.home"),
        path("aiguillage.realm.file"),
        path("aiguillage.liberty.server.dir"),
        path("aiguillage.war"));
  }

  public static StackConfig tests() {
    Path serverDir = path("aiguillage.liberty.server.dir");
    return new StackConfig(
        serverDir.getParent().getParent().getParent().getParent().resolve("test-stack"),
        false,
        25432,
        8181,
        9081,
        20025,
        path("aiguillage.keycloak.home"),
        path("aiguillage.realm.file"),
        serverDir,
        path("aiguillage.war"));
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String libertyUrl() {
    return "http://localhost:" + libertyPort;
  }
}
