package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.directory.ReferentDraft;
import fr.aiguillage.directory.Referents.ReferentLine;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.vocabulary.Pathway;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A referent as an administrator types it: name, e-mail, territory, pathways among those of the
 * structure, and how many people they follow at most. It knows no service: it reads a draft and
 * puts the service's refusals on the fields.
 */
class ReferentForm extends FormLayout {
  /** What the service keeps when no maximum is given; a new referent starts with it. */
  static final int DEFAULT_MAX = 60;

  static final int MIN_MAX = 1;
  static final int MAX_MAX = 1000;
  static final String NO_TERRITORY = "Aucun territoire";

  /** The draft's fields this form shows; a refusal on another one is said otherwise. */
  static final Set<String> FIELDS =
      Set.of("firstName", "lastName", "email", "territoryId", "pathways", "maxCaseload");

  static final String MAX_MISSING = "Saisissez un nombre de personnes de 1 à 1000.";

  private final TextField firstName = new TextField("Prénom");
  private final TextField lastName = new TextField("Nom");
  private final EmailField email = new EmailField("Courriel");
  private final Select<UUID> territory = new Select<>();
  private final CheckboxGroup<Pathway> pathways = new CheckboxGroup<>("Parcours");
  private final IntegerField max = new IntegerField("Nombre maximal de personnes suivies");
  private final Map<String, HasValidation> byField = new LinkedHashMap<>();
  private final Map<UUID, String> territoryNames;

  /**
   * @param territoryNames the département's territory names by id
   */
  ReferentForm(Map<UUID, String> territoryNames) {
    this.territoryNames = territoryNames;
    setId("referent-form");
    firstName.setId("referent-first-name");
    lastName.setId("referent-last-name");
    email.setId("referent-email");
    territory.setId("referent-territory");
    pathways.setId("referent-pathways");
    max.setId("referent-max");
    for (TextField text : List.of(firstName, lastName)) {
      text.setRequiredIndicatorVisible(true);
      text.setMaxLength(100);
      text.setManualValidation(true);
    }
    firstName.setAutocomplete(Autocomplete.OFF);
    lastName.setAutocomplete(Autocomplete.OFF);
    email.setRequiredIndicatorVisible(true);
    email.setMaxLength(254);
    email.setManualValidation(true);
    email.setHelperText("Exemple : prenom.nom@cd08.fr");
    territory.setLabel("Territoire");
    territory.setHelperText("Facultatif.");
    territory.setManualValidation(true);
    territory.setEmptySelectionAllowed(true);
    territory.setEmptySelectionCaption(NO_TERRITORY);
    territory.setItemLabelGenerator(id -> id == null ? NO_TERRITORY : territoryNames.get(id));
    territory.setItems(
        territoryNames.keySet().stream()
            .sorted(Comparator.comparing(territoryNames::get, String.CASE_INSENSITIVE_ORDER))
            .toList());
    pathways.setItemLabelGenerator(Pathway::label);
    pathways.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    pathways.setManualValidation(true);
    max.setMin(MIN_MAX);
    max.setMax(MAX_MAX);
    max.setStepButtonsVisible(true);
    max.setRequiredIndicatorVisible(true);
    max.setManualValidation(true);
    max.setHelperText("De 1 à 1000.");
    byField.put("firstName", firstName);
    byField.put("lastName", lastName);
    byField.put("email", email);
    byField.put("territoryId", territory);
    byField.put("pathways", pathways);
    byField.put("maxCaseload", max);
    add(firstName, lastName, email, territory, pathways, max);
    setColspan(pathways, 2);
  }

  /**
   * Shows a referent, or an empty one; the pathways offered are those the structure takes, and
   * those the referent already has (the service then says which the structure does not take).
   *
   * @param shown the referent corrected, or {@code null} for a new one
   * @param structurePathways the pathway codes the structure takes
   */
  void fill(ReferentLine shown, List<String> structurePathways) {
    Set<String> offered = new LinkedHashSet<>(orEmpty(structurePathways));
    if (shown != null) {
      offered.addAll(orEmpty(shown.pathways()));
    }
    List<Pathway> items =
        Arrays.stream(Pathway.values()).filter(p -> offered.contains(p.name())).toList();
    pathways.setItems(items);
    pathways.setHelperText(
        items.isEmpty()
            ? "La structure n'accueille aucun parcours : il n'y a rien à cocher."
            : "Les parcours que la structure accueille.");
    if (shown == null) {
      firstName.clear();
      lastName.clear();
      email.clear();
      territory.clear();
      max.setValue(DEFAULT_MAX);
    } else {
      firstName.setValue(orBlank(shown.firstName()));
      lastName.setValue(orBlank(shown.lastName()));
      email.setValue(orBlank(shown.email()));
      territory.setValue(
          territoryNames.containsKey(shown.territoryId()) ? shown.territoryId() : null);
      pathways.setValue(
          new LinkedHashSet<>(
              items.stream().filter(p -> orEmpty(shown.pathways()).contains(p.name())).toList()));
      max.setValue(shown.maxCaseload());
    }
    clearErrors();
  }

  /**
   * The typed referent for the structure, or empty when the maximum is missing or unreadable (the
   * service would otherwise keep its default without saying so).
   */
  Optional<ReferentDraft> read(UUID structureId) {
    clearErrors();
    Integer typedMax = max.getValue();
    if (typedMax == null) {
      showErrors(List.of(new FieldError("maxCaseload", MAX_MISSING)));
      return Optional.empty();
    }
    List<String> codes =
        Arrays.stream(Pathway.values())
            .filter(pathways.getValue()::contains)
            .map(Pathway::name)
            .toList();
    return Optional.of(
        new ReferentDraft(
            structureId,
            firstName.getValue().strip(),
            lastName.getValue().strip(),
            email.getValue().strip(),
            territory.getValue(),
            codes,
            typedMax));
  }

  /**
   * Puts each refusal on its field, focuses the first one, and returns the messages that have no
   * field here (e.g. the structure), for the caller to show otherwise.
   */
  List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    return FieldErrors.place(errors, byField::get);
  }

  void focusFirst() {
    firstName.focus();
  }

  private void clearErrors() {
    FieldErrors.clear(byField.values());
  }

  private static List<String> orEmpty(List<String> codes) {
    return codes == null ? List.of() : codes;
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }
}
