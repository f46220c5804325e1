package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.directory.StructureSummary.ReferentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The structure selected in the grid: its contact details, capacity, partner organisation and
 * referents; for an administrator, the form that entrusts it to another organisation and the
 * buttons that add and correct its referents.
 */
class StructureDetails extends Section {
  private final Map<UUID, String> territories;
  private final Map<String, String> organisations;
  private final H2 title = new H2();
  private final Paragraph identity = new Paragraph();
  private final Paragraph contact = new Paragraph();
  private final Span capacity = new Span();
  private final Paragraph load = new Paragraph();
  private final Paragraph owner = new Paragraph();
  private final Paragraph empty =
      new Paragraph("Sélectionnez une structure pour voir ses détails et ses référents.");
  private final ReferentGrid referents;
  private OwnerForm ownerForm;
  private ReferentActions referentActions;
  private StructureSummary shownStructure;

  /**
   * @param territories territory names by id
   * @param organisations partner organisation names by id
   */
  StructureDetails(Map<UUID, String> territories, Map<String, String> organisations) {
    this.territories = territories;
    this.organisations = organisations;
    this.referents = new ReferentGrid(territories);
    setId("structure-details");
    addClassName("structure-details");
    title.setId("structure-title");
    getElement().setAttribute("aria-labelledby", "structure-title");
    identity.setId("structure-identity");
    contact.setId("structure-contact");
    capacity.setId("structure-capacity");
    owner.setId("structure-owner");
    empty.setId("structure-empty");
    empty.addClassName("secondary");
    load.add(new Span("Capacité : "), capacity);
    add(empty, title, identity, contact, load, owner, referents);
    show(null);
  }

  /** Shows, under the partner organisation, the form that changes it. */
  void allowOwnerChange(OwnerForm form) {
    ownerForm = form;
    addComponentAtIndex(indexOf(referents), form);
    show(null);
  }

  /**
   * Shows, under the referents, "Ajouter un référent" and "Modifier"; each hands over the structure
   * shown (and the referent selected).
   */
  void allowReferentChange(
      Consumer<StructureSummary> onAdd, BiConsumer<StructureSummary, ReferentView> onEdit) {
    referentActions =
        new ReferentActions(
            referents, () -> onAdd.accept(shownStructure), r -> onEdit.accept(shownStructure, r));
    addComponentAtIndex(indexOf(referents) + 1, referentActions);
    show(null);
  }

  /** After a referent was saved: selects them and gives the focus back to the buttons. */
  void referentSaved(UUID referentId) {
    referents.selectReferent(referentId);
    focusReferentActions();
  }

  void focusReferentActions() {
    if (referentActions != null && referentActions.isVisible()) {
      referentActions.refocus();
    }
  }

  void show(StructureSummary s) {
    shownStructure = s;
    boolean shown = s != null;
    empty.setVisible(!shown);
    title.setVisible(shown);
    identity.setVisible(shown);
    contact.setVisible(shown);
    load.setVisible(shown);
    owner.setVisible(shown);
    referents.setVisible(shown);
    if (ownerForm != null) {
      ownerForm.setVisible(shown);
    }
    if (referentActions != null) {
      referentActions.setVisible(shown);
    }
    if (!shown) {
      referents.setItems(List.of());
      refreshReferentActions();
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
    owner.setText(ownerLine(s.partnerOrganisation(), organisations));
    if (ownerForm != null) {
      ownerForm.show(s);
    }
    referents.setItems(s.referents());
    refreshReferentActions();
  }

  private void refreshReferentActions() {
    if (referentActions != null) {
      referentActions.refresh();
    }
  }

  /** "Organisation partenaire : PLIE des Ardennes", or "… : aucune"; an unknown id as it is. */
  static String ownerLine(String organisationId, Map<String, String> names) {
    return "Organisation partenaire : "
        + (organisationId == null ? "aucune" : names.getOrDefault(organisationId, organisationId));
  }

  private List<String> identityParts(StructureSummary s) {
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
