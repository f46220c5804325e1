package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.directory.PartnerOrganisation;
import fr.aiguillage.directory.StructureSummary;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Entrusts the structure shown to a partner organisation, or to none; for a département
 * administrator. It knows no service: it hands the structure and the organisation's id (null for
 * none) to the view.
 */
class OwnerForm extends HorizontalLayout {
  static final String NONE = "Aucune";
  static final String EXPLANATION =
      "Les utilisateurs de cette organisation verront et traiteront les orientations adressées à"
          + " la structure.";

  private final Select<PartnerOrganisation> organisation = new Select<>();
  private final Button save = new Button("Enregistrer");
  private List<PartnerOrganisation> organisations = List.of();
  private UUID structureId;
  private String current;

  OwnerForm(BiConsumer<UUID, String> onSave) {
    setId("owner-form");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    setWrap(true);
    organisation.setId("owner-organisation");
    organisation.setLabel("Organisation partenaire");
    organisation.setWidth("24em");
    organisation.setHelperText(EXPLANATION);
    organisation.setEmptySelectionAllowed(true);
    organisation.setEmptySelectionCaption(NONE);
    organisation.setItemLabelGenerator(o -> o == null ? NONE : o.name());
    organisation.addValueChangeListener(
        change -> {
          organisation.setInvalid(false);
          save.setEnabled(!Objects.equals(chosenId(), current));
        });
    save.setId("owner-save");
    save.setAriaLabel("Enregistrer l'organisation partenaire");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> onSave.accept(structureId, chosenId()));
    add(organisation, save);
  }

  void setOrganisations(List<PartnerOrganisation> organisations) {
    this.organisations = List.copyOf(organisations);
    organisation.setItems(this.organisations);
  }

  /** The structure's current organisation, chosen; nothing to save until it changes. */
  void show(StructureSummary structure) {
    structureId = structure.id();
    current = structure.partnerOrganisation();
    organisation.setValue(
        organisations.stream().filter(o -> o.id().equals(current)).findFirst().orElse(null));
    organisation.setInvalid(false);
    save.setEnabled(false);
  }

  /** The service refused the organisation: the reason goes under the field. */
  void refuse(String message) {
    organisation.setErrorMessage(message);
    organisation.setInvalid(true);
    organisation.focus();
  }

  /** After a save the button is disabled: the focus goes back to the field. */
  void focusField() {
    organisation.focus();
  }

  private String chosenId() {
    PartnerOrganisation chosen = organisation.getValue();
    return chosen == null ? null : chosen.id();
  }
}
