package fr.aiguillage.ops;

import fr.aiguillage.statistics.projection.LifecycleConsumer;
import fr.aiguillage.statistics.projection.StatisticsRebuild;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The statistics' rebuild from the command line (ADR 0025, operations.md "Statistics"), with the
 * application's own environment variables (demo defaults): rebuilds from the lifecycle topic's
 * start next to the live figures, compares, and with {@code swap} puts the rebuilt figures in
 * place. Exit status 0: identical or swapped; 1: differences found (the rebuilt generation is kept
 * in schema {@code stat_rebuild}); 2: the rebuild failed.
 *
 * <pre>./mvnw -B -pl infra/demo exec:java@stats-rebuild [-Dexec.args=swap]</pre>
 */
public final class StatisticsRebuildCommand {
  private StatisticsRebuildCommand() {}

  public static void main(String[] args) {
    boolean swap =
        java.util.Arrays.stream(args).anyMatch(a -> a.equals("swap") || a.equals("--swap"));
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setServerNames(new String[] {env("DB_HOST", "localhost")});
    owner.setPortNumbers(new int[] {Integer.parseInt(env("DB_PORT", "15432"))});
    owner.setDatabaseName(env("DB_NAME", "aiguillage"));
    owner.setUser(env("DB_OWNER_USER", "aiguillage_owner"));
    owner.setPassword(env("DB_OWNER_PASSWORD", "owner"));
    owner.setSslMode(env("DB_SSL_MODE", "disable"));
    StatisticsRebuild rebuild =
        new StatisticsRebuild(
            owner,
            env("AIGUILLAGE_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092"),
            env("AIGUILLAGE_KAFKA_LIFECYCLE_TOPIC", "aiguillage.lifecycle.v1"),
            LifecycleConsumer.GROUP);
    int status;
    try {
      StatisticsRebuild.Report report = rebuild.run(swap);
      report.lines().forEach(System.out::println);
      status = report.identical() || report.swapped() ? 0 : 1;
    } catch (Exception e) {
      e.printStackTrace(System.out);
      System.out.println("Échec de la reconstruction / rebuild failed: " + e);
      status = 2;
    }
    System.exit(status);
  }

  private static String env(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? otherwise : v;
  }
}
