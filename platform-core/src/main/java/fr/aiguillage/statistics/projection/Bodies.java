package fr.aiguillage.statistics.projection;

import fr.aiguillage.statistics.definition.BodyCategories;
import fr.aiguillage.statistics.definition.BodyCategory;
import fr.aiguillage.vocabulary.StructureKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The OARSA category of a structure of the event's département, by its kind's default. */
final class Bodies {
  private Bodies() {}

  static BodyCategory category(Connection c, UUID structureId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT kind FROM structure WHERE id = ?")) {
      ps.setObject(1, structureId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return BodyCategory.UNKNOWN;
        }
        try {
          return BodyCategories.byDefault(StructureKind.valueOf(rs.getString(1)));
        } catch (IllegalArgumentException e) {
          return BodyCategory.UNKNOWN;
        }
      }
    }
  }
}
