package fr.aiguillage.partner.portal;

import fr.aiguillage.directory.PartnerStructure;
import java.io.Serializable;
import java.util.UUID;

/** One of the caller's structures in the filter: "Mission locale de Sedan (Ardennes)". */
record StructureOption(UUID id, String label) implements Serializable {
  static StructureOption of(PartnerStructure s) {
    String where =
        s.tenantName() == null || s.tenantName().isBlank() ? s.tenantCode() : s.tenantName();
    return new StructureOption(s.id(), where == null ? s.name() : s.name() + " (" + where + ")");
  }
}
