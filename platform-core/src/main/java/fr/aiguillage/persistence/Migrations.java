package fr.aiguillage.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before any traffic, as the table owner (a separate
 * non-JTA datasource); the application itself connects as a role that owns nothing.
 */
@ApplicationScoped
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/owner")
  DataSource ownerDataSource;

  @Inject
  @ConfigProperty(name = "aiguillage.db.app-role", defaultValue = "aiguillage_app")
  String appRole;

  private volatile boolean done;

  void migrate(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object ignored) {
    MigrateResult r = flyway(ownerDataSource, appRole).migrate();
    done = true;
    LOG.info(
        "Schema at version "
            + r.targetSchemaVersion
            + " ("
            + r.migrationsExecuted
            + " migration(s) run)");
  }

  public boolean done() {
    return done;
  }

  /** The one Flyway configuration, shared with the tests and the demo seeder. */
  public static Flyway flyway(DataSource ownerDataSource, String appRole) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(ownerDataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("appRole", appRole))
        .load();
  }
}
