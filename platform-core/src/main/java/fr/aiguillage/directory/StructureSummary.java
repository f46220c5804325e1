package fr.aiguillage.directory;

import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.UUID;

/** A structure of the département's directory as the edges see it, with its referents. */
public record StructureSummary(
    UUID id,
    String name,
    StructureKind kind,
    String siret,
    String partnerOrganisation,
    UUID territoryId,
    String communeInsee,
    String phone,
    String email,
    List<String> pathways,
    Integer capacity,
    int currentLoad,
    List<ReferentView> referents) {

  public record ReferentView(
      UUID id,
      String name,
      String email,
      UUID territoryId,
      List<String> pathways,
      int caseload,
      int maxCaseload) {}
}
