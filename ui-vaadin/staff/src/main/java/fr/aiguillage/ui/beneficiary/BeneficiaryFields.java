package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.beneficiary.HouseholdRole;
import fr.aiguillage.ui.kit.FrenchDates;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a person's file, laid out in sections. Each field's name and element id is the
 * {@code BeneficiaryDraft} component it edits, so that a refusal from the service lands on it and a
 * browser test finds it ({@code #lastName}).
 */
class BeneficiaryFields extends Div {
  private final Map<String, Component> byName = new LinkedHashMap<>();

  final Select<Civility> civility =
      select("civility", "Civilité", Civility.values(), Civility::label);
  final TextField lastName = text("lastName", "Nom");
  final TextField birthName = text("birthName", "Nom de naissance");
  final TextField firstNames = text("firstNames", "Prénoms");
  final DatePicker birthDate = date("birthDate", "Date de naissance");
  final TextField nir = text("nir", "NIR (numéro de sécurité sociale)");
  final TextField cafNumber = text("cafNumber", "Numéro allocataire CAF/MSA");
  final Select<HouseholdRole> householdRole =
      select("householdRole", "Rôle dans le foyer", HouseholdRole.values(), HouseholdRole::label);
  final ComboBox<TerritoryOption> territoryId = territory();
  final DatePicker rsaClaimDate = date("rsaClaimDate", "Date de demande du RSA");
  final DatePicker rightsAndDutiesStart =
      date("rightsAndDutiesStart", "Date d'entrée dans les droits et devoirs");
  final TextField email = text("email", "Courriel");
  final TextField phone = text("phone", "Téléphone");
  final TextField addressLine = text("addressLine", "Adresse");
  final TextField addressComplement = text("addressComplement", "Complément d'adresse");
  final TextField postalCode = text("postalCode", "Code postal");
  final TextField communeName = text("communeName", "Commune");
  final TextField communeInsee = text("communeInsee", "Code INSEE de la commune");

  BeneficiaryFields() {
    addClassName("beneficiary-fields");
    for (Component required :
        new Component[] {civility, lastName, firstNames, cafNumber, householdRole}) {
      ((HasValue<?, ?>) required).setRequiredIndicatorVisible(true);
    }
    birthDate.setHelperText(
        "Facultative : le NIR, ou le numéro allocataire et le rôle, identifient la personne.");
    rsaClaimDate.setHelperText(
        "Facultative : sans elle, les délais partent de l'entrée dans les droits et devoirs.");
    email.setHelperText("Ex. prenom.nom@exemple.fr");
    phone.setHelperText("10 chiffres, ex. 06 12 34 56 78");
    postalCode.setMaxLength(5);
    communeInsee.setMaxLength(5);
    add(
        section("Identité", civility, lastName, birthName, firstNames, birthDate, nir),
        section(
            "Droits au RSA",
            cafNumber,
            householdRole,
            rsaClaimDate,
            rightsAndDutiesStart,
            territoryId),
        section(
            "Coordonnées",
            email,
            phone,
            addressLine,
            addressComplement,
            postalCode,
            communeName,
            communeInsee));
  }

  /** The field editing a draft component, if the form shows it. */
  HasValidation field(String name) {
    return (HasValidation) byName.get(name);
  }

  Map<String, Component> all() {
    return byName;
  }

  /** Placeholder and help of the NIR, which is never sent back to the browser in clear. */
  void showNirOnFile(String masked) {
    nir.setPlaceholder(masked == null ? "" : masked);
    nir.setHelperText(
        masked == null
            ? "Facultatif : 15 caractères, clé comprise."
            : "Un NIR est enregistré ; laissez vide pour le conserver.");
  }

  private TextField text(String name, String label) {
    return register(name, new TextField(label));
  }

  private DatePicker date(String name, String label) {
    return register(name, FrenchDates.picker(label));
  }

  private <T> Select<T> select(
      String name, String label, T[] items, SerializableFunction<T, String> labels) {
    Select<T> select = new Select<>();
    select.setLabel(label);
    select.setItems(items);
    select.setItemLabelGenerator(labels::apply);
    select.setPlaceholder("Choisir");
    return register(name, select);
  }

  private ComboBox<TerritoryOption> territory() {
    ComboBox<TerritoryOption> box = new ComboBox<>("Territoire");
    box.setItemLabelGenerator(TerritoryOption::name);
    box.setClearButtonVisible(true);
    return register("territoryId", box);
  }

  private <C extends Component & HasValidation> C register(String name, C field) {
    field.setId(name);
    field.setManualValidation(true);
    byName.put(name, field);
    return field;
  }

  private static Section section(String title, Component... fields) {
    FormLayout layout = new FormLayout(fields);
    layout.setResponsiveSteps(
        new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("56em", 3));
    H2 heading = new H2(title);
    Section section = new Section(heading, layout);
    section.addClassName("form-section");
    return section;
  }
}
