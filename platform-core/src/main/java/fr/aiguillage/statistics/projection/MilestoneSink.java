package fr.aiguillage.statistics.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a person's changed milestones go, inside the event's transaction and before it commits: a
 * failure rolls the event back, so it is applied and sent again when the batch is read again.
 */
interface MilestoneSink {
  MilestoneSink NONE = (c, change) -> {};

  void send(Connection c, PersonChange change) throws SQLException;

  /** A transaction's changes of one département, in their order. */
  default void sendAll(Connection c, List<PersonChange> changes) throws SQLException {
    for (PersonChange change : changes) {
      send(c, change);
    }
  }
}
