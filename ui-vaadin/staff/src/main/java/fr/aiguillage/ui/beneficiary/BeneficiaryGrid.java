package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.ui.kit.Formats;
import java.util.function.Consumer;

/**
 * The list of people, one plain-text cell per value (a test reads the Nom column as text). A click
 * or Enter on a row opens the person.
 */
class BeneficiaryGrid extends Grid<BeneficiarySummary> {
  static final int PAGE_SIZE = 50;

  private BeneficiarySummary focused;

  BeneficiaryGrid(Consumer<BeneficiarySummary> open) {
    super(PAGE_SIZE);
    setId("beneficiaries");
    setAriaLabel("Personnes suivies par le département");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    setEmptyStateText("Aucune personne ne correspond à ces critères.");
    column("lastName", "Nom", BeneficiarySummary::lastName);
    column("firstNames", "Prénoms", BeneficiarySummary::firstNames);
    column("birthDate", "Date de naissance", s -> Formats.day(s.birthDate()));
    column("cafNumber", "N° allocataire", BeneficiarySummary::cafNumber);
    column("householdRole", "Rôle", s -> s.householdRole().label());
    column("communeName", "Commune", BeneficiarySummary::communeName);
    column("territoryName", "Territoire", BeneficiarySummary::territoryName);
    column("rsaClaimDate", "Date de demande RSA", s -> Formats.day(s.rsaClaimDate()));
    column(
        "rightsAndDutiesStart",
        "Entrée droits et devoirs",
        s -> Formats.day(s.rightsAndDutiesStart()));
    column("status", "Statut", s -> s.status().label());
    addItemClickListener(click -> open.accept(click.getItem()));
    addCellFocusListener(focus -> focused = focus.getItem().orElse(null));
    getElement()
        .addEventListener(
            "keydown",
            enter -> {
              if (focused != null) {
                open.accept(focused);
              }
            })
        .setFilter("event.key === 'Enter'");
  }

  private void column(String key, String header, ValueProvider<BeneficiarySummary, String> value) {
    addColumn(value).setKey(key).setHeader(header).setSortable(false).setAutoWidth(true);
  }
}
