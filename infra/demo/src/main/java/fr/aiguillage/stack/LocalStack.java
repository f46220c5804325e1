package fr.aiguillage.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.aiguillage.testing.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * PostgreSQL, Kafka and Keycloak on loopback, the schema migrated and the demo data seeded; then,
 * for the demo, Open Liberty with the WAR. Used by the demo command and by the integration tests.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());

  public final StackConfig config;
  public final EmbeddedDatabase database;
  public final EmbeddedKafka kafka;
  public final ChildProcess keycloak;

  /** The SMTP server notices are sent to (its messages can be read back by tests). */
  public final GreenMail mail;

  private ChildProcess liberty;
  public final Map<String, Long> startMillis = new LinkedHashMap<>();

  private LocalStack(
      StackConfig config,
      EmbeddedDatabase database,
      EmbeddedKafka kafka,
      ChildProcess keycloak,
      GreenMail mail) {
    this.config = config;
    this.database = database;
    this.kafka = kafka;
    this.keycloak = keycloak;
    this.mail = mail;
  }

  /** Starts the backing services and writes Liberty's stack.xml; the caller starts Liberty. */
  public static LocalStack startServices(
      StackConfig cfg,
      List<Path> extraRealms,
      Map<String, String> libertyVars,
      int beneficiariesPerTenant)
      throws Exception {
    requireFreePorts(
        cfg.postgresPort(),
        cfg.keycloakPort(),
        cfg.keycloakPort() + 10,
        cfg.libertyPort(),
        cfg.smtpPort());
    Files.createDirectories(cfg.dataDir());
    Map<String, Long> times = new LinkedHashMap<>();
    long t = System.nanoTime();
    EmbeddedDatabase db =
        EmbeddedDatabase.start(
            cfg.dataDir().resolve("postgresql"), cfg.postgresPort(), cfg.keepData());
    db.migrate();
    times.put("PostgreSQL (démarrage + migrations)", ms(t));
    t = System.nanoTime();
    EmbeddedKafka kafka =
        EmbeddedKafka.start(cfg.keepData() ? cfg.dataDir().resolve("kafka") : null);
    times.put("Kafka", ms(t));
    t = System.nanoTime();
    GreenMail mail = new GreenMail(new ServerSetup(cfg.smtpPort(), "127.0.0.1", "smtp"));
    mail.start();
    times.put("Serveur SMTP (GreenMail)", ms(t));
    t = System.nanoTime();
    List<Path> realms = new ArrayList<>(List.of(cfg.realmFile()));
    realms.addAll(extraRealms);
    ChildProcess kc = KeycloakServer.start(cfg, db, realms, cfg.dataDir().resolve("keycloak.log"));
    times.put("Keycloak", ms(t));
    t = System.nanoTime();
    DemoSeeder seeder = new DemoSeeder(db.ownerDataSource());
    DemoDiagnostics diagnostics = new DemoDiagnostics(db.ownerDataSource());
    seeder.seedReferenceData();
    long seed = 20261122L;
    for (DemoData.Dept d : DemoData.DEPARTEMENTS) {
      seeder.seedBeneficiaries(d, beneficiariesPerTenant, seed + d.code().hashCode());
      diagnostics.seed(
          d,
          Integer.getInteger(
              "aiguillage.demo.diagnostics", Math.min(100, beneficiariesPerTenant / 2)),
          seed);
    }
    seeder.openOrientations();
    times.put("Données de démonstration", ms(t));
    LibertyConfig.write(cfg, db, kafka.bootstrapServers(), libertyVars);
    LocalStack stack = new LocalStack(cfg, db, kafka, kc, mail);
    stack.startMillis.putAll(times);
    return stack;
  }

  /** Starts Open Liberty with the WAR in dropins, and waits until the application is ready. */
  public void startLiberty() throws IOException, InterruptedException {
    long t = System.nanoTime();
    Path dropins = config.libertyServerDir().resolve("dropins");
    Files.createDirectories(dropins);
    Files.copy(
        config.war(), dropins.resolve("aiguillage.war"), StandardCopyOption.REPLACE_EXISTING);
    // start from the WAR just built, never from a previous start's expanded copy
    deleteRecursively(config.libertyServerDir().resolve("apps/expanded/aiguillage.war"));
    Path wlp = config.libertyServerDir().getParent().getParent().getParent();
    String serverName = config.libertyServerDir().getFileName().toString();
    liberty =
        ChildProcess.start(
            "Open Liberty",
            List.of(wlp.resolve("bin/server").toString(), "run", serverName),
            wlp,
            Map.of("JAVA_HOME", System.getProperty("java.home")),
            config.dataDir().resolve("liberty.log"));
    liberty.awaitReady(
        () -> ChildProcess.answers200(config.libertyUrl() + "/health/ready"),
        Duration.ofMinutes(5));
    startMillis.put("Open Liberty (application prête)", ms(t));
  }

  /** Takes the WAR that {@link #startLiberty} dropped out of the server's dropins again. */
  public void removeDroppedWar() {
    try {
      Files.deleteIfExists(config.libertyServerDir().resolve("dropins/aiguillage.war"));
      deleteRecursively(config.libertyServerDir().resolve("apps/expanded/aiguillage.war"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  public Long libertyPid() {
    return liberty == null ? null : liberty.pid();
  }

  private static void requireFreePorts(int... ports) {
    for (int port : ports) {
      try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
      } catch (IOException busy) {
        throw new IllegalStateException(
            "Le port "
                + port
                + " est déjà utilisé : une autre démo ou une autre série de tests tourne-t-elle encore ?");
      }
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public void close() {
    closeQuietly("Open Liberty", liberty);
    closeQuietly("Keycloak", keycloak);
    closeQuietly("Kafka", kafka);
    closeQuietly("PostgreSQL", database);
    if (mail != null) {
      mail.stop();
    }
  }

  private static void closeQuietly(String name, AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warning(name + " did not stop cleanly: " + e);
    }
  }
}
