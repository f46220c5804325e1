package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.directory.StructureView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The structure selected in the grid: its contact details, capacity and referents. */
class StructureDetails extends Section {
  private final Map<UUID, String> territories;
  private final H2 title = new H2();
  private final Paragraph identity = new Paragraph();
  private final Paragraph contact = new Paragraph();
  private final Span capacity = new Span();
  private final Paragraph load = new Paragraph();
  private final Paragraph empty =
      new Paragraph("Sélectionnez une structure pour voir ses détails et ses référents.");
  private final ReferentGrid referents;

  StructureDetails(Map<UUID, String> territories) {
    this.territories = territories;
    this.referents = new ReferentGrid(territories);
    setId("structure-details");
    addClassName("structure-details");
    title.setId("structure-title");
    getElement().setAttribute("aria-labelledby", "structure-title");
    identity.setId("structure-identity");
    contact.setId("structure-contact");
    capacity.setId("structure-capacity");
    empty.setId("structure-empty");
    empty.addClassName("secondary");
    load.add(new Span("Capacité : "), capacity);
    add(empty, title, identity, contact, load, referents);
    show(null);
  }

  void show(StructureView s) {
    boolean shown = s != null;
    empty.setVisible(!shown);
    title.setVisible(shown);
    identity.setVisible(shown);
    contact.setVisible(shown);
    load.setVisible(shown);
    referents.setVisible(shown);
    if (!shown) {
      referents.setItems(List.of());
      return;
    }
    title.setText(s.name());
    identity.setText(join(identityParts(s)));
    List<String> contacts = new ArrayList<>();
    addIf(contacts, "Tél. ", s.phone());
    addIf(contacts, "Courriel : ", s.email());
    contact.setText(contacts.isEmpty() ? "Coordonnées non renseignées" : join(contacts));
    capacity.setText(LoadTexts.capacity(s.capacity(), s.currentLoad()));
    load.getChildren().filter(LoadBar.class::isInstance).toList().forEach(load::remove);
    load.add(new LoadBar(s.currentLoad(), s.capacity()));
    referents.setItems(s.referents());
  }

  private List<String> identityParts(StructureView s) {
    List<String> parts = new ArrayList<>();
    addIf(parts, "", s.kind() == null ? null : s.kind().label());
    addIf(parts, "Territoire : ", territories.get(s.territoryId()));
    addIf(parts, "Commune (INSEE) : ", s.communeInsee());
    addIf(parts, "SIRET : ", s.siret());
    addIf(parts, "Parcours : ", LoadTexts.pathways(s.pathways()));
    return parts;
  }

  private static void addIf(List<String> parts, String label, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(label + value);
    }
  }

  private static String join(List<String> parts) {
    return String.join(" · ", parts);
  }
}
