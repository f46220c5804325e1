package fr.aiguillage.ui.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import fr.aiguillage.directory.Placement.RankedReferent;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlacementsPanelTest {
  private static RankedReferent referent(String name, int load, boolean same, boolean full) {
    return new RankedReferent(UUID.randomUUID(), name, name + "@x.fr", load, 60, same, full);
  }

  @Test
  void ranksAreShownInOrderWithTheFirstThreeReferents() {
    RankedStructure first =
        new RankedStructure(
            UUID.randomUUID(),
            "Mission locale Nord",
            StructureKind.MISSION_LOCALE,
            true,
            120,
            80,
            false,
            List.of(
                referent("Alice", 20, true, false),
                referent("Bruno", 55, false, false),
                referent("Chloé", 58, false, false),
                referent("David", 60, false, true)));
    RankedStructure second =
        new RankedStructure(
            UUID.randomUUID(), "PLIE Sud", StructureKind.PLIE, false, 10, 0, true, List.of());
    PlacementsPanel panel = new PlacementsPanel(() -> {});
    panel.show(List.of(first, second));

    Component card = Find.byId(panel, "placement-0", Component.class);
    assertThat(text(Find.byId(card, "placement-0-name", Component.class)))
        .isEqualTo("Mission locale Nord");
    assertThat(text(Find.byId(card, "placement-0-places", Component.class)))
        .isEqualTo("80 places restantes");
    String alice = text(Find.byId(card, "placement-0-referent-0", ListItem.class));
    assertThat(alice).contains("Alice", "20 / 60", "même territoire");
    assertThat(Find.find(card, "placement-0-referent-2")).isPresent();
    assertThat(Find.find(card, "placement-0-referent-3")).isEmpty();
    assertThat(text(Find.byId(panel, "placement-1-places", Component.class))).isEqualTo("complet");
  }

  @Test
  void saysSoWhenNoStructureTakesThePathway() {
    PlacementsPanel panel = new PlacementsPanel(() -> {});
    panel.show(List.of());
    assertThat(Find.byId(panel, "placements-empty", Component.class).isVisible()).isTrue();
    panel.clear();
    assertThat(Find.byId(panel, "placements-empty", Component.class).isVisible()).isFalse();
  }

  private static String text(Component c) {
    return c.getElement().getTextRecursively();
  }
}
