package fr.aiguillage.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlacementTest {
  static final UUID NORD = UUID.randomUUID();
  static final UUID SUD = UUID.randomUUID();
  static final String EMPLOI = "PROFESSIONAL,SOCIO_PROFESSIONAL";

  final Structure ftNord =
      Structure.of(
          UUID.randomUUID(), "08", "FT Nord", StructureKind.FRANCE_TRAVAIL, NORD, 100, 40, EMPLOI);
  final Structure ftSud =
      Structure.of(
          UUID.randomUUID(), "08", "FT Sud", StructureKind.FRANCE_TRAVAIL, SUD, 100, 10, EMPLOI);
  final Structure ftPlein =
      Structure.of(
          UUID.randomUUID(), "08", "FT Plein", StructureKind.FRANCE_TRAVAIL, NORD, 50, 50, EMPLOI);
  final Structure plie =
      Structure.of(UUID.randomUUID(), "08", "PLIE", StructureKind.PLIE, NORD, 80, 0, EMPLOI);
  final Structure social =
      Structure.of(UUID.randomUUID(), "08", "DT", StructureKind.DEPARTEMENT, NORD, 80, 0, "SOCIAL");

  @Test
  void structuresOfTheProposedKindInThePersonsTerritoryFirstThenByPlacesLeftFullOnesLast() {
    List<Placement.RankedStructure> ranked =
        Placement.rank(
            List.of(ftSud, ftPlein, plie, ftNord, social),
            List.of(),
            Pathway.PROFESSIONAL,
            Optional.of(StructureKind.FRANCE_TRAVAIL),
            NORD);
    assertThat(ranked)
        .extracting(Placement.RankedStructure::name)
        .containsExactly("FT Nord", "FT Sud", "FT Plein");
    assertThat(ranked.get(0).placesLeft()).isEqualTo(60);
    assertThat(ranked.get(2).full()).isTrue();
  }

  @Test
  void withoutAStructureOfTheProposedKindEveryStructureTakingThePathwayIsOffered() {
    List<Placement.RankedStructure> ranked =
        Placement.rank(
            List.of(ftNord, plie, social),
            List.of(),
            Pathway.SOCIAL,
            Optional.of(StructureKind.CCAS),
            NORD);
    assertThat(ranked).extracting(Placement.RankedStructure::name).containsExactly("DT");
  }

  @Test
  void referentsOfTheTerritoryFirstThenTheLeastLoadedFullOnesLast() {
    List<Referent> referents =
        List.of(
            Referent.of(UUID.randomUUID(), ftNord.id(), "Anne", "Loin", SUD, 5, 60, ""),
            Referent.of(UUID.randomUUID(), ftNord.id(), "Bruno", "Charge", NORD, 50, 60, ""),
            Referent.of(UUID.randomUUID(), ftNord.id(), "Chloé", "Libre", NORD, 10, 60, ""),
            Referent.of(UUID.randomUUID(), ftNord.id(), "Denis", "Complet", NORD, 60, 60, ""),
            Referent.of(UUID.randomUUID(), ftNord.id(), "Emma", "Social", NORD, 0, 60, "SOCIAL"));
    List<Placement.RankedReferent> ranked =
        Placement.rank(
                List.of(ftNord),
                referents,
                Pathway.PROFESSIONAL,
                Optional.of(StructureKind.FRANCE_TRAVAIL),
                NORD)
            .get(0)
            .referents();
    assertThat(ranked)
        .extracting(Placement.RankedReferent::name)
        .containsExactly("Chloé Libre", "Bruno Charge", "Anne Loin", "Denis Complet");
    assertThat(ranked.get(3).full()).isTrue();
  }
}
