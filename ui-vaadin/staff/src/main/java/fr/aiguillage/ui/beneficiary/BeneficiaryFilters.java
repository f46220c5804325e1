package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.aiguillage.beneficiary.BeneficiarySearch;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import java.util.List;
import java.util.Optional;

/** The filters above the list; any change asks the list to reload. */
class BeneficiaryFilters extends HorizontalLayout {
  private final TextField text = new TextField("Nom ou prénom");
  private final TextField cafNumber = new TextField("N° allocataire");
  private final ComboBox<TerritoryOption> territory = new ComboBox<>("Territoire");
  private final Select<BeneficiaryStatus> status = new Select<>();

  BeneficiaryFilters(Runnable onChange) {
    setWrap(true);
    setAlignItems(FlexComponent.Alignment.BASELINE);
    getElement().setAttribute("role", "search");
    getElement().setAttribute("aria-label", "Filtrer les personnes");
    text.setId("search");
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.setClearButtonVisible(true);
    cafNumber.setId("caf-filter");
    cafNumber.setClearButtonVisible(true);
    for (TextField field : List.of(text, cafNumber)) {
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> onChange.run());
    }
    territory.setId("territory-filter");
    territory.setItemLabelGenerator(TerritoryOption::name);
    territory.setClearButtonVisible(true);
    territory.setPlaceholder("Tous");
    territory.addValueChangeListener(e -> onChange.run());
    status.setId("status-filter");
    status.setLabel("Statut");
    status.setItems(BeneficiaryStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "Tous les statuts" : s.label());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Tous les statuts");
    status.addValueChangeListener(e -> onChange.run());
    add(text, cafNumber, territory, status);
  }

  void setTerritories(List<TerritoryOption> options) {
    territory.setItems(options);
  }

  BeneficiarySearch search() {
    return new BeneficiarySearch(
        given(text.getValue()),
        given(cafNumber.getValue()),
        Optional.ofNullable(territory.getValue()).map(TerritoryOption::id),
        Optional.ofNullable(status.getValue()));
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
