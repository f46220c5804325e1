package fr.aiguillage.testing;

import fr.aiguillage.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries) with the production layout: an owner role for
 * migrations, an application role that owns nothing (subject to RLS), and Keycloak's database.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DB = "aiguillage";
  public static final String OWNER = "aiguillage_owner";
  public static final String OWNER_PASSWORD = "owner";
  public static final String APP = "aiguillage_app";
  public static final String APP_PASSWORD = "app";
  public static final String KEYCLOAK = "keycloak";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir, int port, boolean keepData)
      throws IOException, SQLException {
    return start(dataDir, port, keepData, java.util.Map.of());
  }

  /** With more server settings (benchmarks: {@code shared_buffers} sized for their data). */
  public static EmbeddedDatabase start(
      Path dataDir, int port, boolean keepData, java.util.Map<String, String> settings)
      throws IOException, SQLException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(!keepData)
            .setPort(port)
            .setServerConfig("max_connections", "300")
            .setServerConfig("listen_addresses", "127.0.0.1");
    settings.forEach(builder::setServerConfig);
    EmbeddedPostgres pg = builder.start();
    EmbeddedDatabase db = new EmbeddedDatabase(pg);
    db.bootstrap();
    return db;
  }

  public int port() {
    return postgres.getPort();
  }

  /** What a DBA does once: roles and databases (idempotent). */
  private void bootstrap() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      createRole(s, OWNER, OWNER_PASSWORD, "NOSUPERUSER NOBYPASSRLS");
      createRole(s, APP, APP_PASSWORD, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
      createRole(s, KEYCLOAK, KEYCLOAK, "NOSUPERUSER");
      createDatabase(s, DB, OWNER);
      createDatabase(s, KEYCLOAK, KEYCLOAK);
    }
    try (Connection c = superuser(DB);
        Statement s = c.createStatement()) {
      s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
      s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
      s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
    }
  }

  private static void createRole(Statement s, String role, String password, String options)
      throws SQLException {
    s.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + role
            + "') THEN "
            + "CREATE ROLE "
            + role
            + " LOGIN PASSWORD '"
            + password
            + "' "
            + options
            + "; END IF; END $$");
  }

  private static void createDatabase(Statement s, String db, String owner) throws SQLException {
    try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
      if (rs.next()) {
        return;
      }
    }
    s.execute("CREATE DATABASE " + db + " OWNER " + owner + " ENCODING 'UTF8'");
  }

  public void migrate() {
    Migrations.flyway(ownerDataSource(), APP).migrate();
  }

  public DataSource ownerDataSource() {
    return dataSource(OWNER, OWNER_PASSWORD);
  }

  public DataSource appDataSource() {
    return dataSource(APP, APP_PASSWORD);
  }

  private DataSource dataSource(String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port()});
    ds.setDatabaseName(DB);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /** Superuser connection: bypasses RLS. Tests use it only to set up, never to check isolation. */
  public Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port() + "/" + database, "postgres", "postgres");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /**
   * The application's persistence unit outside a container, connected as the application role (RLS
   * forced) with the same URL options as the data source in server.xml; no weaving.
   */
  public jakarta.persistence.EntityManagerFactory applicationEntityManagerFactory() {
    java.util.Map<String, Object> props = new java.util.HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    props.put("jakarta.persistence.jdbc.url", jdbcUrl(DB) + "?stringtype=unspecified");
    props.put("jakarta.persistence.jdbc.user", APP);
    props.put("jakarta.persistence.jdbc.password", APP_PASSWORD);
    props.put("eclipselink.weaving", "false");
    return jakarta.persistence.Persistence.createEntityManagerFactory("aiguillage", props);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
