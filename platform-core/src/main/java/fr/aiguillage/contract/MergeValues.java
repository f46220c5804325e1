package fr.aiguillage.contract;

import fr.aiguillage.shared.Text;
import fr.aiguillage.vocabulary.Pathway;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values a contract's merge fields take, gathered by the caller from the person's file, the
 * orientation, the referent, the structure, the diagnostic and the département. Any part or value
 * may be missing: the document then shows it as not filled in.
 */
public record MergeValues(
    Person person,
    Household household,
    Orientation orientation,
    Referent referent,
    Structure structure,
    String diagnosticSynthesis,
    ContractDates dates,
    Departement departement) {

  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

  public record Person(
      String civility,
      String lastName,
      String firstNames,
      LocalDate birthDate,
      List<String> address,
      String cafNumber) {}

  public record Household(String familySituation, Integer dependentChildren) {}

  public record Orientation(Pathway pathway, LocalDate decidedOn, LocalDate notifiedOn) {}

  public record Referent(String name, String email, String phone) {}

  public record Structure(String name, List<String> address) {}

  public record ContractDates(LocalDate start, LocalDate end, LocalDate review) {}

  public record Departement(String name, List<String> address) {}

  /** The value of {@code field}, as text, or empty when it is not known. */
  public Optional<String> valueOf(MergeField field) {
    Person p = person == null ? new Person(null, null, null, null, null, null) : person;
    Household h = household == null ? new Household(null, null) : household;
    Orientation o = orientation == null ? new Orientation(null, null, null) : orientation;
    Referent r = referent == null ? new Referent(null, null, null) : referent;
    Structure s = structure == null ? new Structure(null, null) : structure;
    ContractDates c = dates == null ? new ContractDates(null, null, null) : dates;
    Departement d = departement == null ? new Departement(null, null) : departement;
    String value =
        switch (field) {
          case PERSON_CIVILITY -> p.civility();
          case PERSON_LAST_NAME -> p.lastName();
          case PERSON_FIRST_NAMES -> p.firstNames();
          case PERSON_BIRTH_DATE -> date(p.birthDate());
          case PERSON_ADDRESS -> oneLine(p.address());
          case PERSON_CAF_NUMBER -> p.cafNumber();
          case HOUSEHOLD_SITUATION -> h.familySituation();
          case HOUSEHOLD_CHILDREN ->
              h.dependentChildren() == null ? null : h.dependentChildren().toString();
          case ORIENTATION_PATHWAY -> o.pathway() == null ? null : o.pathway().label();
          case ORIENTATION_DECISION_DATE -> date(o.decidedOn());
          case ORIENTATION_NOTIFICATION_DATE -> date(o.notifiedOn());
          case REFERENT_NAME -> r.name();
          case REFERENT_EMAIL -> r.email();
          case REFERENT_PHONE -> r.phone();
          case STRUCTURE_NAME -> s.name();
          case STRUCTURE_ADDRESS -> oneLine(s.address());
          case DIAGNOSTIC_SYNTHESIS -> diagnosticSynthesis;
          case CONTRACT_START -> date(c.start());
          case CONTRACT_END -> date(c.end());
          case CONTRACT_REVIEW -> date(c.review());
          case DEPARTEMENT_NAME -> d.name();
          case DEPARTEMENT_ADDRESS -> oneLine(d.address());
        };
    return Optional.ofNullable(Text.blankToNull(value));
  }

  /** A day as the contract writes it: 3 mai 2025, 1er juin 2025. */
  static String date(LocalDate day) {
    if (day == null) {
      return null;
    }
    return (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth()))
        + " "
        + MONTH_YEAR.format(day);
  }

  private static String oneLine(List<String> lines) {
    return lines == null
        ? null
        : String.join(", ", lines.stream().map(Text::blankToNull).filter(l -> l != null).toList());
  }
}
