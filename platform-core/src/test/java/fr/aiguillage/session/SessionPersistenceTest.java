package fr.aiguillage.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.testing.EmbeddedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session's mapping against a real PostgreSQL, through EclipseLink as the application role (RLS
 * forced): a session with its invitations and check-ins is read back as it was; another département
 * sees none of it.
 */
class SessionPersistenceTest {
  static final Instant NOW = Instant.parse("2027-01-04T08:00:00Z");
  static EmbeddedDatabase db;
  static EntityManagerFactory emf;
  static UUID invited = UUID.randomUUID();
  static UUID walkIn = UUID.randomUUID();

  @BeforeAll
  static void start() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("session-jpa"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes'), ('59', 'Nord')");
      c.setAutoCommit(false);
      s.execute("SELECT set_config('app.tenant_id', '08', true)");
      for (UUID person : new UUID[] {invited, walkIn}) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO beneficiary (id, tenant_id, civility, last_name, first_names,"
                    + " birth_date, caf_number, household_role, rsa_claim_date, status,"
                    + " search_key, created_at, updated_at) VALUES (?, '08', 'MADAME', 'DUPONT',"
                    + " 'Marie', '1980-01-01', ?, 'CLAIMANT', '2026-01-01', 'TO_ORIENT', 'dupont',"
                    + " now(), now())")) {
          ps.setObject(1, person);
          ps.setString(2, person.equals(invited) ? "1234567" : "7654321");
          ps.executeUpdate();
        }
      }
      c.commit();
    }
    emf = db.applicationEntityManagerFactory();
  }

  @AfterAll
  static void stop() throws Exception {
    if (emf != null) {
      emf.close();
    }
    db.close();
  }

  static <T> T inTenant(String tenant, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager(Map.of("eclipselink.tenant-id", tenant));
    try {
      em.getTransaction().begin();
      em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
          .setParameter(1, tenant)
          .getSingleResult();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Test
  void aSessionWithItsInvitationsAndCheckInsIsReadBackAndStaysInItsDepartement() {
    CollectiveSession planned = CollectiveSessionTest.session(12);
    planned.invite(invited, null, 1, NOW);
    UUID id =
        inTenant(
            "08",
            em -> {
              em.persist(planned);
              return planned.id();
            });
    inTenant(
        "08",
        em -> {
          CollectiveSession s = em.find(CollectiveSession.class, id);
          s.hold();
          s.checkIn(invited, null, Attendance.LATE, NOW);
          s.checkIn(walkIn, null, Attendance.PRESENT, NOW);
          return null;
        });
    CollectiveSession read = inTenant("08", em -> em.find(CollectiveSession.class, id));
    assertThat(read.state()).isEqualTo(SessionState.HELD);
    assertThat(read.place()).isEqualTo(CollectiveSessionTest.ROOM);
    assertThat(read.remainingPlaces()).isEqualTo(11);
    assertThat(read.invitations())
        .extracting(Invitation::personId, Invitation::walkIn, i -> i.attendance().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(invited, false, Attendance.LATE),
            org.assertj.core.groups.Tuple.tuple(walkIn, true, Attendance.PRESENT));
    assertThat(read.invitations())
        .filteredOn(i -> i.personId().equals(invited))
        .extracting(Invitation::earlierAbsences)
        .containsExactly(1);
    CollectiveSession elsewhere = inTenant("59", em -> em.find(CollectiveSession.class, id));
    assertThat(elsewhere).as("another département").isNull();
    assertThatThrownBy(
            () ->
                inTenant(
                    "08",
                    em -> {
                      CollectiveSession s = em.find(CollectiveSession.class, id);
                      return s.checkIn(invited, null, null, NOW);
                    }))
        .hasMessageContaining("Indiquez présent");
  }
}
