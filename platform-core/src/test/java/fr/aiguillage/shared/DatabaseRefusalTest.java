package fr.aiguillage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Classes 22 and 23 are the caller's input; any other SQLSTATE is a fault. */
class DatabaseRefusalTest {
  @Test
  void classTwentyTwoIsBadData() {
    SQLException tooLong =
        new SQLException("value too long for type character varying(300)", "22001");
    assertThat(DatabaseRefusal.of(tooLong))
        .get()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(DatabaseRefusal.Kind.BAD_DATA);
              assertThat(r.sqlState()).isEqualTo("22001");
              assertThat((Object) r.exception()).isSameAs(tooLong);
              assertThat(r.duplicate()).isFalse();
            });
  }

  @Test
  void classTwentyThreeIsAConstraintAndADuplicateIsToldApart() {
    assertThat(DatabaseRefusal.of(new SQLException("duplicate key", "23505")))
        .get()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(DatabaseRefusal.Kind.CONSTRAINT);
              assertThat(r.duplicate()).isTrue();
              assertThat(r.dependency()).isFalse();
            });
    assertThat(DatabaseRefusal.of(new SQLException("violates foreign key", "23503")))
        .get()
        .satisfies(r -> assertThat(r.dependency()).isTrue());
    assertThat(DatabaseRefusal.of(new SQLException("violates check", "23514")))
        .get()
        .extracting(DatabaseRefusal::kind, DatabaseRefusal::duplicate)
        .containsExactly(DatabaseRefusal.Kind.CONSTRAINT, false);
  }

  @Test
  void otherClassesAndNoStateAreNoRefusal() {
    assertThat(DatabaseRefusal.of(new SQLException("terminating connection", "57P01"))).isEmpty();
    assertThat(DatabaseRefusal.of(new SQLException("connection refused", "08001"))).isEmpty();
    assertThat(DatabaseRefusal.of(new SQLException("deadlock detected", "40P01"))).isEmpty();
    assertThat(DatabaseRefusal.of(new SQLException("no state"))).isEmpty();
  }

  @Test
  void theChainOfCausesIsWalkedToTheDriversException() {
    SQLException driver = new SQLException("null value in column \"last_name\"", "23502");
    RuntimeException wrapped =
        new RuntimeException("rolled back", new PersistenceException("flush failed", driver));
    assertThat(DatabaseRefusal.in(wrapped))
        .get()
        .satisfies(
            r -> {
              assertThat((Object) r.exception()).isSameAs(driver);
              assertThat(r.kind()).isEqualTo(DatabaseRefusal.Kind.CONSTRAINT);
            });
  }

  @Test
  void aFaultAboveARefusalIsPassedAndNothingBelowIsNothing() {
    SQLException refusal = new SQLException("numeric field overflow", "22003");
    SQLException fault = new SQLException("batch failed", "08006", refusal);
    assertThat(DatabaseRefusal.in(new IllegalStateException(fault)))
        .get()
        .extracting(DatabaseRefusal::sqlState)
        .isEqualTo("22003");
    assertThat(DatabaseRefusal.in(new IllegalStateException("no cause"))).isEmpty();
    assertThat(DatabaseRefusal.in(new IllegalStateException(new SQLException("x", "57P01"))))
        .isEmpty();
    assertThat(DatabaseRefusal.in(null)).isEmpty();
  }
}
