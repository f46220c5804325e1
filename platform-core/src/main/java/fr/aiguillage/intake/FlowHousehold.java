package fr.aiguillage.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A household (InfosFoyerRSA) of a CAF flow, as read, with its problems. {@code rejected}: a
 * problem concerns the household itself or a person who matters (claimant, spouse, or a person
 * whose role is unreadable), so none of it may be imported; problems on children and other persons
 * are reported without rejecting the household.
 */
record FlowHousehold(
    int ordinal,
    String claimNumber,
    String cafNumber,
    LocalDate claimDate,
    State state,
    String suspensionReason,
    String benefitKind,
    Address address,
    List<FlowPerson> persons,
    List<Problem> problems,
    boolean rejected) {

  FlowHousehold {
    persons = List.copyOf(persons);
    problems = List.copyOf(problems);
  }

  boolean hasSpouse() {
    return persons.stream().anyMatch(p -> p.role() == FlowPerson.Role.CJT);
  }

  int children() {
    return (int) persons.stream().filter(p -> p.role() == FlowPerson.Role.ENF).count();
  }

  /** The address parts; the line is NUMVOIE LIBTYPEVOIE NOMVOIE. */
  record Address(
      String line, String complement, String postalCode, String communeName, String communeInsee) {}

  /** ETATDOSRSA (REFERENCE §6.2). */
  enum State {
    NEW_CLAIM("Nouvelle demande en attente de décision du département"),
    REFUSED("Droit refusé"),
    OPEN_PAYABLE("Droit ouvert et versable"),
    OPEN_SUSPENDED("Droit ouvert et suspendu"),
    PAYMENT_SUSPENDED("Droit ouvert, versement suspendu"),
    CLOSED("Droit clos"),
    CLOSED_EARLIER("Droit clos sur un mois antérieur");

    private final String label;

    State(String label) {
      this.label = label;
    }

    /** The CAF's code, 0 to 6. */
    int code() {
      return ordinal();
    }

    String label() {
      return label;
    }
  }
}
