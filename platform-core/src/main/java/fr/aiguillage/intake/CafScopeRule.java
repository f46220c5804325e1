package fr.aiguillage.intake;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who a département follows from the CNAF's flow (REFERENCE §6.2, §6.3): the claimant and the
 * spouse, subject to rights and duties, whose household's right is in one of {@code states}; in
 * state 4 (payment suspended) only for {@code state4Reasons} when that set is not empty. By default
 * WebRSA's rule: states 2, 3 and 4, any reason. Children and other people of the household are
 * never followed. A person followed whose right closes (state 5 or 6) or who is no longer subject
 * to rights and duties leaves.
 */
public record CafScopeRule(Set<Integer> states, Set<String> state4Reasons) {
  public static final CafScopeRule WEBRSA = new CafScopeRule(Set.of(2, 3, 4), Set.of());

  public CafScopeRule {
    states = Set.copyOf(new TreeSet<>(states));
    state4Reasons = Set.copyOf(new TreeSet<>(state4Reasons));
  }

  /**
   * What the flow means for one person: followed; else why not, and whether a person already
   * followed leaves ({@code exitReason} not null).
   */
  public record Decision(boolean followed, String why, String exitReason) {
    static final Decision FOLLOWED = new Decision(true, null, null);
  }

  public Decision decide(String role, boolean subjectToRightsAndDuties, int state, String reason) {
    if (!"DEM".equals(role) && !"CJT".equals(role)) {
      return new Decision(false, "Enfant ou autre personne du foyer : jamais suivi(e).", null);
    }
    if (state == 5 || state == 6) {
      String why = "Droit au RSA clos (état " + state + ").";
      return new Decision(false, why, why);
    }
    if (!subjectToRightsAndDuties) {
      String why = "N'est plus soumis(e) aux droits et devoirs.";
      return new Decision(false, why, why);
    }
    if (!states.contains(state)) {
      return new Decision(
          false,
          "État du droit " + state + " (" + stateLabel(state) + ") hors du champ du département.",
          null);
    }
    if (state == 4 && !state4Reasons.isEmpty() && !state4Reasons.contains(reason)) {
      return new Decision(
          false,
          "Versement suspendu pour le motif "
              + (reason == null ? "(non donné)" : reason)
              + ", hors du champ du département (motifs suivis : "
              + String.join(", ", new TreeSet<>(state4Reasons))
              + ").",
          null);
    }
    return Decision.FOLLOWED;
  }

  static String stateLabel(int state) {
    return fr.aiguillage.beneficiary.RsaRight.stateLabel(state).toLowerCase(java.util.Locale.ROOT);
  }

  /** As stored and shown: "2,3,4". */
  public String statesText() {
    return new TreeSet<>(states).stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** As stored and shown: "05,44,70", empty for any reason. */
  public String reasonsText() {
    return String.join(",", new TreeSet<>(state4Reasons));
  }

  /**
   * A rule as a département writes it: states among 0 to 4 (a closed right, 5 or 6, is never
   * followed), separated by commas; suspension reasons of two letters or digits, or nothing.
   */
  public static CafScopeRule parse(String statesText, String reasonsText) {
    List<FieldError> errors = new ArrayList<>();
    Set<Integer> states = new TreeSet<>();
    String st = statesText == null ? "" : statesText.strip();
    if (st.length() > 20 || !st.matches("[0-6](\\s*,\\s*[0-6])*")) {
      errors.add(
          new FieldError(
              "states", "Indiquez les états du droit suivis, de 0 à 4, séparés par des virgules."));
    } else {
      Arrays.stream(st.split(",")).map(String::strip).map(Integer::valueOf).forEach(states::add);
      if (states.contains(5) || states.contains(6)) {
        errors.add(
            new FieldError(
                "states",
                "Un droit clos (état 5 ou 6) n'est jamais suivi : la personne sort du RSA."));
      }
    }
    Set<String> reasons = new TreeSet<>();
    String rs = reasonsText == null ? "" : reasonsText.strip().toUpperCase(java.util.Locale.ROOT);
    if (!rs.isEmpty()) {
      if (rs.length() > 200 || !rs.matches("[0-9A-Z]{2}(\\s*,\\s*[0-9A-Z]{2})*")) {
        errors.add(
            new FieldError(
                "state4Reasons",
                "Les motifs de suspension sont des codes de deux lettres ou chiffres séparés par"
                    + " des virgules (ex. 05, 44, 70), ou rien pour tous les motifs."));
      } else {
        Arrays.stream(rs.split(",")).map(String::strip).forEach(reasons::add);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CafScopeRule(states, reasons);
  }
}
