package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractTerm.day;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a contract closed: why, and the last day it ran for one that ended. Part of {@link Contract},
 * laid out as its columns. A contract that has not started is cancelled; one that has is ended —
 * before its term only with a reason.
 */
@Embeddable
public class ContractClosure {
  @Column(name = "closure_reason")
  private String reason;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected ContractClosure() {}

  /** A cancellation, refused for a signed contract that started (it is ended instead). */
  static ContractClosure cancelled(
      String reason, boolean signed, ContractTerm term, LocalDate today) {
    if (signed && !today.isBefore(term.start())) {
      throw new ConflictException(
          "state",
          "Le contrat a commencé le "
              + day(term.start())
              + " : terminez-le plutôt que de l'annuler.");
    }
    return closure(required(reason, "Indiquez pourquoi le contrat est annulé."), null);
  }

  /** An end on {@code today}: at its term, or earlier with a reason; not before it started. */
  static ContractClosure ended(String reason, ContractTerm term, LocalDate today) {
    if (today.isBefore(term.start())) {
      throw new ConflictException(
          "state", "Le contrat ne commence que le " + day(term.start()) + " : annulez-le plutôt.");
    }
    LocalDate last = term.end();
    if (today.isBefore(last)) {
      return closure(
          required(
              reason,
              "Le contrat court jusqu'au " + day(last) + " : dites pourquoi il finit plus tôt."),
          today);
    }
    return closure(
        Optional.ofNullable(Text.blankToNull(reason)).orElse("Arrivé à son terme"), last);
  }

  /** An end because a signed amendment replaces the contract from {@code today}. */
  static ContractClosure amended(int amendmentVersion, LocalDate today) {
    return closure("Remplacé par l'avenant (version " + amendmentVersion + ")", today);
  }

  static ContractClosure renewed() {
    return closure("Renouvelé par un nouveau contrat", null);
  }

  /** A reason that must be given, checked like every reason typed. */
  static String required(String reason, String missing) {
    String why = Text.blankToNull(reason);
    if (why == null) {
      throw new InvalidInputException("reason", missing);
    }
    Limits.checkText("reason", why, Limits.REASON);
    return why;
  }

  private static ContractClosure closure(String reason, LocalDate endedOn) {
    ContractClosure c = new ContractClosure();
    c.reason = reason;
    c.endedOn = endedOn;
    return c;
  }

  public String reason() {
    return reason;
  }

  /** The last day an ended contract ran; empty for a cancelled or renewed one. */
  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }
}
