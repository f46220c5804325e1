package fr.aiguillage.stack;

import static fr.aiguillage.stack.DemoData.DEPARTEMENTS;
import static fr.aiguillage.stack.DemoData.MEN;
import static fr.aiguillage.stack.DemoData.WOMEN;

import fr.aiguillage.beneficiary.Nir;
import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.beneficiary.ProtectedNir;
import fr.aiguillage.shared.Text;
import fr.aiguillage.stack.DemoData.Commune;
import fr.aiguillage.stack.DemoData.Dept;
import fr.aiguillage.stack.DemoData.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import net.datafaker.Faker;

/**
 * Seeds the demo départements ({@link DemoData}): territories, partner organisations, structures,
 * referents and synthetic beneficiaries with realistic French names, CAF numbers, NIRs and RSA
 * dates over the last 12 months. Idempotent: what exists is kept.
 */
public final class DemoSeeder {
  private final DataSource owner;
  private final NirProtector nirProtector;

  public DemoSeeder(DataSource owner) {
    this.owner = owner;
    this.nirProtector = demoNirProtector();
  }

  /** The NIR keys of microprofile-config.properties: the ones the application uses in the demo. */
  static NirProtector demoNirProtector() {
    Properties p = new Properties();
    try (InputStream in =
        DemoSeeder.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new NirProtector(
        p.getProperty("aiguillage.crypto.nir-key"),
        p.getProperty("aiguillage.crypto.nir-hash-key"));
  }

  public static UUID territoryId(String tenant, String code) {
    return UUID.nameUUIDFromBytes(
        ("territory:" + tenant + ":" + code).getBytes(StandardCharsets.UTF_8));
  }

  public static UUID structureId(String tenant, String name) {
    return UUID.nameUUIDFromBytes(
        ("structure:" + tenant + ":" + name).getBytes(StandardCharsets.UTF_8));
  }

  /** Gives every seeded person their orientation, in the state their file is in (idempotent). */
  public int openOrientations() throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT open_missing_orientations('demo')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Reference data: départements, territories, partners, structures, referents. */
  public void seedReferenceData() throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      exec(
          c,
          "INSERT INTO partner_organisation (id, name) VALUES ('plie-ardennes', 'PLIE des Ardennes'),"
              + " ('france-travail', 'France Travail') ON CONFLICT DO NOTHING");
      for (Dept d : DEPARTEMENTS) {
        tenant(c, d.code());
        exec(
            c,
            "INSERT INTO tenant (code, name, coordination_email) VALUES ('"
                + d.code()
                + "', '"
                + d.name()
                + "', 'coordination-"
                + d.code()
                + "@departement.localhost') ON CONFLICT DO NOTHING");
        for (Territory t : d.territories()) {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO territory (id, tenant_id, code, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, territoryId(d.code(), t.code()));
            ps.setString(2, d.code());
            ps.setString(3, t.code());
            ps.setString(4, t.name());
            ps.executeUpdate();
          }
        }
      }
      tenant(c, "08");
      String emploi = "PROFESSIONAL,SOCIO_PROFESSIONAL";
      structure(c, "08", "PLIE des Ardennes", "PLIE", "plie-ardennes", "NORD", 120, emploi);
      structure(
          c,
          "08",
          "France Travail Charleville-Mézières",
          "FRANCE_TRAVAIL",
          "france-travail",
          "NORD",
          400,
          emploi);
      structure(
          c,
          "08",
          "France Travail Sedan",
          "FRANCE_TRAVAIL",
          "france-travail",
          "SEDAN",
          250,
          emploi);
      structure(
          c, "08", "France Travail Rethel", "FRANCE_TRAVAIL", "france-travail", "SUD", 150, emploi);
      structure(
          c, "08", "Mission locale Nord Ardennes", "MISSION_LOCALE", null, "NORD", 80, emploi);
      structure(c, "08", "Cap emploi Ardennes", "CAP_EMPLOI", null, "NORD", 60, "PROFESSIONAL");
      structure(
          c,
          "08",
          "Service insertion – DT Sedanais",
          "DEPARTEMENT",
          null,
          "SEDAN",
          150,
          "SOCIAL,SOCIO_PROFESSIONAL");
      structure(
          c,
          "08",
          "Service insertion – DT Nord Ardennes",
          "DEPARTEMENT",
          null,
          "NORD",
          200,
          "SOCIAL,SOCIO_PROFESSIONAL");
      referent(c, "08", "PLIE des Ardennes", "Camille", "Lefèvre", "NORD", "", 41);
      referent(c, "08", "France Travail Charleville-Mézières", "Sophie", "Renard", "NORD", "", 55);
      referent(c, "08", "France Travail Charleville-Mézières", "Karim", "Haddad", "NORD", "", 32);
      referent(c, "08", "France Travail Sedan", "Lucie", "Pierson", "SEDAN", "", 48);
      referent(c, "08", "Service insertion – DT Sedanais", "Julien", "Marchand", "SEDAN", "", 60);
      referent(
          c, "08", "Service insertion – DT Nord Ardennes", "Hélène", "Collard", "NORD", "", 37);
      referent(c, "08", "Mission locale Nord Ardennes", "Théo", "Wauthier", "NORD", "", 22);
      tenant(c, "59");
      structure(
          c,
          "59",
          "France Travail Lille Centre",
          "FRANCE_TRAVAIL",
          "france-travail",
          "METRO",
          600,
          emploi);
      structure(
          c, "59", "Association Solidarité Hainaut", "ASSOCIATION", null, "HAINAUT", 60, "SOCIAL");
      structure(
          c,
          "59",
          "Service RSA – DT Flandre maritime",
          "DEPARTEMENT",
          null,
          "FLANDRE",
          200,
          "SOCIAL,SOCIO_PROFESSIONAL");
      referent(c, "59", "Service RSA – DT Flandre maritime", "Nadia", "Benali", "FLANDRE", "", 44);
      referent(c, "59", "France Travail Lille Centre", "Marc", "Delattre", "METRO", "", 58);
      c.commit();
    }
  }

  /** Adds synthetic beneficiaries to a département that has fewer than {@code count}. */
  public int seedBeneficiaries(Dept d, int count, long seed) throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      tenant(c, d.code());
      int existing;
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM beneficiary")) {
        rs.next();
        existing = rs.getInt(1);
      }
      if (existing >= count) {
        c.commit();
        return 0;
      }
      Random random = new Random(seed + existing);
      Faker faker = new Faker(Locale.FRANCE, random);
      Set<String> cafNumbers = new HashSet<>();
      LocalDate today = LocalDate.now();
      Instant now = Instant.now();
      String sql =
          "INSERT INTO beneficiary (id, tenant_id, civility, last_name, birth_name, first_names, birth_date,"
              + " caf_number, household_role, nir_cipher, nir_hash, email, phone, address_line, postal_code,"
              + " commune_name, commune_insee, territory_id, rsa_claim_date, rights_duties_start, status, search_key,"
              + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING";
      int added = 0;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = existing; i < count; i++) {
          boolean woman = random.nextInt(100) < 55;
          List<String> names = woman ? WOMEN : MEN;
          String first = names.get(random.nextInt(names.size()));
          if (random.nextInt(4) == 0) {
            first = first + " " + names.get(random.nextInt(names.size()));
          }
          String last = faker.name().lastName();
          LocalDate birth =
              today.minusYears(18 + random.nextInt(47)).minusDays(random.nextInt(365));
          Commune commune = d.communes().get(random.nextInt(d.communes().size()));
          String caf;
          do {
            caf = String.format("%07d", 1_000_000 + random.nextInt(9_000_000));
          } while (!cafNumbers.add(caf));
          LocalDate claim = today.minusDays(random.nextInt(365));
          LocalDate rdd = random.nextInt(10) == 0 ? null : claim.plusDays(random.nextInt(30));
          if (rdd != null && rdd.isAfter(today)) {
            rdd = today;
          }
          ProtectedNir nir =
              random.nextInt(10) < 7
                  ? nirProtector.protect(nir(woman, birth, commune, random))
                  : null;
          int p = 0;
          ps.setObject(
              ++p,
              UUID.nameUUIDFromBytes(
                  ("beneficiary:" + d.code() + ":" + i + ":" + seed)
                      .getBytes(StandardCharsets.UTF_8)));
          ps.setString(++p, d.code());
          ps.setString(++p, woman ? "MADAME" : "MONSIEUR");
          ps.setString(++p, last);
          ps.setString(++p, woman && random.nextInt(3) == 0 ? faker.name().lastName() : null);
          ps.setString(++p, first);
          ps.setDate(++p, Date.valueOf(birth));
          ps.setString(++p, caf);
          ps.setString(++p, random.nextInt(5) == 0 ? "PARTNER" : "CLAIMANT");
          ps.setString(++p, nir == null ? null : nir.cipher());
          ps.setString(++p, nir == null ? null : nir.hash());
          ps.setString(
              ++p,
              random.nextInt(4) == 0
                  ? null
                  : Text.searchKey(first.split(" ")[0]).replace(' ', '-')
                      + "."
                      + Text.searchKey(last).replace(' ', '-')
                      + "@exemple.fr");
          ps.setString(++p, "06" + String.format("%08d", random.nextInt(100_000_000)));
          ps.setString(++p, (1 + random.nextInt(120)) + " " + faker.address().streetName());
          ps.setString(++p, commune.postalCode());
          ps.setString(++p, commune.name());
          ps.setString(++p, commune.insee());
          ps.setObject(++p, territoryId(d.code(), commune.territoryCode()));
          ps.setDate(++p, Date.valueOf(claim));
          ps.setDate(++p, rdd == null ? null : Date.valueOf(rdd));
          ps.setString(++p, rdd == null ? "INTAKE" : "TO_ORIENT");
          ps.setString(++p, Text.searchKey(last + " " + first));
          ps.setTimestamp(++p, Timestamp.from(now));
          ps.setTimestamp(++p, Timestamp.from(now));
          ps.addBatch();
          if (++added % 1000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return added;
    }
  }

  static Nir nir(boolean woman, LocalDate birth, Commune commune, Random random) {
    String body =
        (woman ? "2" : "1")
            + String.format("%02d", birth.getYear() % 100)
            + String.format("%02d", birth.getMonthValue())
            + commune.insee()
            + String.format("%03d", 1 + random.nextInt(999));
    int key = 97 - new java.math.BigInteger(body).mod(java.math.BigInteger.valueOf(97)).intValue();
    return Nir.parse("nir", body + String.format("%02d", key));
  }

  static void tenant(Connection c, String code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, code);
      ps.execute();
    }
  }

  private static void structure(
      Connection c,
      String tenant,
      String name,
      String kind,
      String org,
      String territory,
      int capacity,
      String pathways)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO structure (id, tenant_id, name, kind, partner_org_id, territory_id, capacity, pathways, current_load)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET pathways = EXCLUDED.pathways")) {
      ps.setObject(1, structureId(tenant, name));
      ps.setString(2, tenant);
      ps.setString(3, name);
      ps.setString(4, kind);
      ps.setString(5, org);
      ps.setObject(6, territoryId(tenant, territory));
      ps.setInt(7, capacity);
      ps.setString(8, pathways);
      ps.setInt(9, capacity / 3);
      ps.executeUpdate();
    }
  }

  private static void referent(
      Connection c,
      String tenant,
      String structure,
      String first,
      String last,
      String territory,
      String pathways,
      int caseload)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO referent (id, tenant_id, structure_id, first_name, last_name, email, territory_id, pathways, current_caseload)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET territory_id = EXCLUDED.territory_id,"
                + " pathways = EXCLUDED.pathways, current_caseload = EXCLUDED.current_caseload")) {
      ps.setObject(
          1,
          UUID.nameUUIDFromBytes(
              ("referent:" + tenant + ":" + last).getBytes(StandardCharsets.UTF_8)));
      ps.setString(2, tenant);
      ps.setObject(3, structureId(tenant, structure));
      ps.setString(4, first);
      ps.setString(5, last);
      ps.setString(
          6,
          Text.searchKey(first)
              + "."
              + Text.searchKey(last)
              + "@"
              + tenant
              + ".demo.aiguillage.fr");
      ps.setObject(7, territoryId(tenant, territory));
      ps.setString(8, pathways);
      ps.setInt(9, caseload);
      ps.executeUpdate();
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
