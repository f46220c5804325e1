package fr.aiguillage.shared;

import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL refused a statement's data, which is the caller's input rather than a fault: SQLSTATE
 * class 22 (a data exception: a text too long for its column, a nul character, a number or a date
 * out of range) or 23 (an integrity constraint: a missing value, a check, a duplicate, a foreign
 * key). The one place that tells such a refusal from any other database error.
 *
 * @param sqlState the five-character SQLSTATE
 * @param exception the driver's exception, whose message stays in the server's log
 */
public record DatabaseRefusal(Kind kind, String sqlState, SQLException exception) {
  /** What the database refused. */
  public enum Kind {
    /** Class 22: a value the column's type does not take. */
    BAD_DATA,
    /** Class 23: a value a constraint refuses. */
    CONSTRAINT
  }

  /** The refusal {@code e} is, if its SQLSTATE is of class 22 or 23. */
  public static Optional<DatabaseRefusal> of(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      return Optional.empty();
    }
    if (state.startsWith("22")) {
      return Optional.of(new DatabaseRefusal(Kind.BAD_DATA, state, e));
    }
    if (state.startsWith("23")) {
      return Optional.of(new DatabaseRefusal(Kind.CONSTRAINT, state, e));
    }
    return Optional.empty();
  }

  /**
   * The first refusal in {@code t}'s chain of causes ({@code t} included), through whatever wraps
   * the driver's exception (the persistence provider, the transaction).
   */
  public static Optional<DatabaseRefusal> in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql) {
        Optional<DatabaseRefusal> refusal = of(sql);
        if (refusal.isPresent()) {
          return refusal;
        }
      }
    }
    return Optional.empty();
  }

  /** A row with the same unique key is already there (23505). */
  public boolean duplicate() {
    return "23505".equals(sqlState);
  }

  /** A row that another depends on, or that names one absent (23503). */
  public boolean dependency() {
    return "23503".equals(sqlState);
  }
}
