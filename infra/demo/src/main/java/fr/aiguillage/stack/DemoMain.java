package fr.aiguillage.stack;

import java.util.List;
import java.util.Map;

/** The demo: the whole stack on loopback, seeded, until Ctrl-C. Data is kept in .demo-data. */
public final class DemoMain {
  private DemoMain() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    int perTenant = Integer.getInteger("aiguillage.demo.beneficiaries", 300);
    StackConfig cfg = StackConfig.demo();
    // the automatic intake's watched folders, one per département: .demo-data/depots/08/…
    LocalStack stack =
        LocalStack.startServices(
            cfg,
            List.of(),
            Map.of(
                "aiguillage.intake.drop-dir",
                cfg.dataDir().resolve("depots").toString(),
                "aiguillage.intake.drop-interval-s",
                "10"),
            perTenant);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nArrêt d'Aiguillage…");
                  stack.close();
                }));
    stack.startLiberty();
    DemoLifecycle.advance(stack);
    long total = (System.nanoTime() - t0) / 1_000_000;
    StringBuilder out =
        new StringBuilder("\n==================== Aiguillage est prêt ====================\n");
    stack.startMillis.forEach(
        (k, v) -> out.append(String.format("  %-38s %6.1f s%n", k, v / 1000.0)));
    out.append(String.format("  %-38s %6.1f s%n%n", "Total", total / 1000.0));
    out.append("  Interface des agents     ").append(cfg.libertyUrl()).append("/\n");
    out.append("  API REST (OpenAPI)       ").append(cfg.libertyUrl()).append("/openapi/ui\n");
    out.append("  Santé                    ").append(cfg.libertyUrl()).append("/health/ready\n");
    out.append("  Keycloak                 ")
        .append(cfg.keycloakUrl())
        .append("/admin (kcadmin / kcadmin)\n");
    out.append("  PostgreSQL               localhost:")
        .append(stack.database.port())
        .append(" base aiguillage\n");
    out.append("  SMTP (GreenMail)         localhost:")
        .append(cfg.smtpPort())
        .append(" (les courriels envoyés y restent)\n");
    out.append("  Kafka                    ")
        .append(stack.kafka.bootstrapServers())
        .append(" sujet aiguillage.lifecycle.v1\n\n");
    out.append("  Dépôt automatique        ")
        .append(cfg.dataDir().resolve("depots"))
        .append("/08/ (un CSV déposé y est importé)\n\n");
    out.append("  Comptes (mot de passe « demo ») :\n");
    out.append("    admin        administrateur de la plateforme\n");
    out.append("    admin-08     administrateur du département des Ardennes\n");
    out.append("    agent-08     agent d'orientation, Ardennes (08)\n");
    out.append("    agent-59     agent d'orientation, Nord (59)\n");
    out.append("    coord-08     coordinateur RSA, Ardennes\n");
    out.append("    plie-08      partenaire : PLIE des Ardennes\n");
    out.append("    ft-08-59     partenaire : France Travail (08 et 59)\n");
    out.append("  PIDs : Liberty ")
        .append(stack.libertyPid())
        .append(", Keycloak ")
        .append(stack.keycloak.pid())
        .append(", PostgreSQL et Kafka dans ce processus (")
        .append(ProcessHandle.current().pid())
        .append(")\n");
    out.append("  Ctrl-C arrête tout ; les données restent dans ")
        .append(cfg.dataDir())
        .append("\n");
    out.append("=============================================================\n");
    System.out.println(out);
    Thread.currentThread().join();
  }
}
