package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.intake.ColumnMapping;
import fr.aiguillage.intake.IntakeField;
import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of the file holds which information: one list per field, offering the file's columns
 * or none, the required ones marked, each showing what is wrong with its choice. It knows no
 * service.
 */
class MappingForm extends Section {
  static final String PREFIX = "mapping.";
  static final String NONE = "(aucune)";

  private final Map<IntakeField, Select<String>> selects = new EnumMap<>(IntakeField.class);

  MappingForm() {
    setId("import-mapping");
    H2 title = new H2("Correspondance des colonnes");
    title.setId("mapping-title");
    getElement().setAttribute("aria-labelledby", "mapping-title");
    FormLayout layout = new FormLayout();
    layout.setResponsiveSteps(
        new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("56em", 3));
    for (IntakeField field : IntakeField.values()) {
      Select<String> select = select(field);
      selects.put(field, select);
      layout.add(select);
    }
    add(
        title,
        new Paragraph(
            "Pour chaque information, choisissez la colonne du fichier qui la contient, ou"
                + " « (aucune) ». Les informations marquées d'un astérisque (*) sont obligatoires."
                + " La correspondance est enregistrée pour les prochains imports."),
        layout);
  }

  /** The file's columns, the mapping proposed for it and what is wrong with it. */
  void show(List<String> header, ColumnMapping mapping, List<FieldError> problems) {
    List<String> columns = header.stream().filter(Objects::nonNull).distinct().toList();
    selects.forEach(
        (field, select) -> {
          select.setItems(columns);
          select.setValue(mapping.column(field).filter(columns::contains).orElse(null));
        });
    showProblems(problems);
  }

  /** Shows each problem under its field; returns the messages that name no field of the form. */
  List<String> showProblems(List<FieldError> problems) {
    Map<IntakeField, List<String>> byField = new EnumMap<>(IntakeField.class);
    List<String> others = new ArrayList<>();
    for (FieldError e : problems) {
      IntakeField field = field(e.field());
      if (field == null) {
        others.add(e.message());
      } else {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(e.message());
      }
    }
    selects.forEach(
        (field, select) -> {
          List<String> messages = byField.getOrDefault(field, List.of());
          select.setErrorMessage(messages.isEmpty() ? null : String.join(" ", messages));
          select.setInvalid(!messages.isEmpty());
        });
    return others;
  }

  /** Puts the keyboard on the first field in error, if any. */
  void focusFirstProblem() {
    selects.values().stream().filter(Select::isInvalid).findFirst().ifPresent(Select::focus);
  }

  ColumnMapping mapping() {
    Map<IntakeField, String> columns = new LinkedHashMap<>();
    selects.forEach(
        (field, select) -> {
          if (select.getValue() != null) {
            columns.put(field, select.getValue());
          }
        });
    return new ColumnMapping(columns);
  }

  /** While a run reads the file, its mapping cannot change. */
  void lock(boolean locked) {
    selects.values().forEach(select -> select.setReadOnly(locked));
  }

  private static Select<String> select(IntakeField field) {
    Select<String> select = new Select<>();
    select.setId("mapping-" + field.name());
    select.setLabel(field.label());
    select.setRequiredIndicatorVisible(field.required());
    select.setManualValidation(true);
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption(NONE);
    // called with null for the empty choice once it is selected
    select.setItemLabelGenerator(c -> c == null ? NONE : c.isBlank() ? "(colonne sans titre)" : c);
    return select;
  }

  private static IntakeField field(String name) {
    if (name == null || !name.startsWith(PREFIX)) {
      return null;
    }
    try {
      return IntakeField.valueOf(name.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
