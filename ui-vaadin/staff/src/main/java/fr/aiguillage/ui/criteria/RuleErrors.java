package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.RuleError;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Where a refusal of the rule table goes in the editor, and how it reads there. */
final class RuleErrors {
  private static final Pattern PATH = Pattern.compile("rules\\[(\\d+)]\\.(\\w+)");

  private RuleErrors() {}

  /** A rule row and one of its fields. */
  record Place(int row, RuleField field) {}

  /**
   * {@code rules[3].condition} is row 3 (from 0, as the service counts), its condition; a path
   * about the whole table ({@code rules}) or an unknown part has no place in a row.
   */
  static Optional<Place> place(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return RuleField.of(m.group(2)).map(field -> new Place(Integer.parseInt(m.group(1)), field));
  }

  /** The message under the field: "Ligne 1, colonne 5 : …" for a condition, else the sentence. */
  static String inline(RuleError error) {
    String message = error.message() == null ? "" : error.message();
    if (error.line() > 0) {
      return "Ligne " + error.line() + ", colonne " + error.column() + " : " + message;
    }
    return capitalised(message);
  }

  /** "1 erreur dans la règle 2." / "3 erreurs dans les règles 2 et 5." */
  static String summary(List<RuleError> errors) {
    int n = errors.size();
    String count = n == 1 ? "1 erreur" : n + " erreurs";
    TreeSet<Integer> rules =
        errors.stream()
            .filter(e -> place(e.field()).isPresent())
            .map(e -> e.ruleIndex() + 1)
            .collect(Collectors.toCollection(TreeSet::new));
    if (rules.isEmpty()) {
      return count + " dans la table de critères.";
    }
    if (rules.size() == 1) {
      return count + " dans la règle " + rules.first() + ".";
    }
    List<String> numbers = rules.stream().map(String::valueOf).toList();
    return count
        + " dans les règles "
        + String.join(", ", numbers.subList(0, numbers.size() - 1))
        + " et "
        + numbers.get(numbers.size() - 1)
        + ".";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
