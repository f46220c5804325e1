package fr.aiguillage.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CEL's English diagnostics, said in French for the person who wrote the rule. */
final class CelMessages {
  private static final Pattern UNDECLARED =
      Pattern.compile("undeclared reference to '([^']+)'.*", Pattern.DOTALL);
  private static final Pattern OVERLOAD =
      Pattern.compile(
          "found no matching overload for '_?([^']*?)_?' applied to '\\((.*?)\\)'.*",
          Pattern.DOTALL);

  private CelMessages() {}

  /** The French for one of CEL's messages; an unknown one is quoted after a French lead. */
  static String french(String message) {
    Matcher m = UNDECLARED.matcher(message);
    if (m.matches()) {
      return "« " + m.group(1) + " » n'est ni une question du questionnaire ni une donnée connue.";
    }
    m = OVERLOAD.matcher(message);
    if (m.matches()) {
      return "types incompatibles pour « "
          + m.group(1)
          + " » ("
          + m.group(2)
              .replace("int", "nombre")
              .replace("string", "texte")
              .replace("bool", "oui/non")
          + ") : comparez une question oui/non à true ou false, un nombre à un nombre, un choix à un texte entre guillemets.";
    }
    if (message.startsWith("expected type 'bool'")) {
      return "la condition doit être vraie ou fausse (oui/non), pas "
          + message
              .replaceFirst(".*found '([^']+)'.*", "$1")
              .replace("int", "un nombre")
              .replace("string", "un texte")
          + ".";
    }
    if (message.contains("mismatched input")
        || message.contains("extraneous input")
        || message.contains("token recognition")
        || message.contains("Syntax error")
        || message.contains("missing")) {
      return "erreur de syntaxe (parenthèse, guillemet ou opérateur en trop ou manquant ; les opérateurs sont &&, ||, !, ==, !=, <, >, in).";
    }
    return "condition refusée : " + message;
  }
}
