package fr.aiguillage.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and the application role can reach PostgreSQL. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = "jdbc/app")
  DataSource appDataSource;

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    boolean up;
    try (Connection c = appDataSource.getConnection()) {
      up = migrations.done() && c.isValid(2);
    } catch (Exception e) {
      up = false;
    }
    return HealthCheckResponse.named("postgresql").status(up).build();
  }
}
