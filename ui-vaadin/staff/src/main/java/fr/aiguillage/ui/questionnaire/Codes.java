package fr.aiguillage.ui.questionnaire;

import fr.aiguillage.criteria.CompiledRuleSet;
import fr.aiguillage.questionnaire.Questionnaire;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes a person types, checked before anything is sent: a question's code is its name in the
 * criteria, so it follows the service's rule ({@code Questionnaire.checkExtends}) and must not be
 * taken already, neither by a question nor by a fact the criteria compute.
 */
final class Codes {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{1,49}");
  private static final Pattern CHOICE = Pattern.compile("[A-Za-z0-9_]{1,50}");
  private static final String IDENTIFIER_RULE =
      "Le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules"
          + " sans accent, des chiffres et le tiret bas _ (de 2 à 50 caractères).";

  /** Names the criteria already give a meaning to, beside the questions. */
  static final Set<String> RESERVED = reserved();

  private Codes() {}

  static Optional<String> questionProblem(String code, Set<String> taken) {
    if (code.isEmpty()) {
      return Optional.of("Saisissez le code de la question.");
    }
    if (!IDENTIFIER.matcher(code).matches()) {
      return Optional.of(IDENTIFIER_RULE);
    }
    if (RESERVED.contains(code)) {
      return Optional.of("« " + code + " » est déjà un nom calculé par les critères.");
    }
    if (taken.contains(code)) {
      return Optional.of("Ce code est déjà celui d'une autre question.");
    }
    return Optional.empty();
  }

  static Optional<String> sectionProblem(String code, Set<String> taken) {
    if (code.isEmpty()) {
      return Optional.of("Saisissez le code de la section.");
    }
    if (!IDENTIFIER.matcher(code).matches()) {
      return Optional.of(IDENTIFIER_RULE);
    }
    if (taken.contains(code)) {
      return Optional.of("Ce code est déjà celui d'une autre section.");
    }
    return Optional.empty();
  }

  static Optional<String> choiceProblem(String code) {
    if (code.isEmpty()) {
      return Optional.of("Saisissez le code de la réponse.");
    }
    if (!CHOICE.matcher(code).matches()) {
      return Optional.of(
          "Le code de la réponse ne contient que des lettres sans accent, des chiffres et _ (50"
              + " caractères au plus).");
    }
    return Optional.empty();
  }

  /** "Accès aux soins" gives "acces_aux_soins": a proposal the person may change. */
  static String suggest(String title) {
    String plain =
        Normalizer.normalize(title.strip().toLowerCase(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^[_0-9]+|_+$", "");
    return plain.length() > 50 ? plain.substring(0, 50).replaceAll("_+$", "") : plain;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(Questionnaire.FACTS.keySet());
    names.addAll(CompiledRuleSet.COMPUTED_FACTS);
    return Set.copyOf(names);
  }
}
