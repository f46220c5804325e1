package fr.aiguillage.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows, whatever type the JDBC driver returned them as. */
public final class SqlValues {
  private SqlValues() {}

  /** A {@code timestamptz} column: null stays null. */
  public static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) o;
  }
}
