package fr.aiguillage.infra;

import fr.aiguillage.shared.DatabaseRefusal;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with a reference the person can quote; nothing internal leaks. A
 * refusal that reached the database (a text too long for its column, a check, a duplicate) is the
 * caller's input, not a fault: it is answered 400 or 409, and its raw message stays in the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof jakarta.persistence.OptimisticLockException lost) {
        // a concurrent change detected at commit, wrapped by the transaction
        return new ConcurrentChangeMapper().toResponse(lost);
      }
      if (c != e && c instanceof DomainException domain) {
        // a domain refusal wrapped by the transaction (e.g. from an observer at commit)
        return new DomainExceptionMapper().toResponse(domain);
      }
    }
    var refused = DatabaseRefusal.in(e);
    if (refused.isPresent()) {
      return answer(refused.get());
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + ref, e);
    return Problem.response(
        500,
        "Erreur interne",
        "Une erreur inattendue s'est produite. Référence à transmettre au support : " + ref + ".");
  }

  static Response answer(DatabaseRefusal refusal) {
    LOG.log(Level.INFO, "Input refused by the database: " + refusal.exception().getMessage());
    Described d = describe(refusal);
    return Problem.response(
        d.status(), d.title(), d.message(), List.of(new FieldError(d.field(), d.message())));
  }

  /** What the caller is told of a refusal: its status, title, words and field. */
  record Described(int status, String title, String message, String field) {}

  /**
   * The database's refusal in French: 400 for data it could not take (SQLSTATE class 22) or a
   * missing or checked value, 409 for a rule that holds between rows (unique, foreign key,
   * exclusion), each with the most precise words its code allows.
   */
  static Described describe(DatabaseRefusal refusal) {
    String state = refusal.sqlState();
    String message =
        switch (state) {
          case "22001" -> "Un texte dépasse la longueur permise pour son champ : raccourcissez-le.";
          case "22021", "22P05" -> "Un texte contient un caractère refusé (caractère nul).";
          case "22003" -> "Un nombre sort de l'intervalle permis pour son champ.";
          case "22007", "22008" -> "Une date ou une heure est hors des valeurs permises.";
          case "23502" -> "Un champ obligatoire manque.";
          case "23514" -> "Une valeur ne respecte pas les règles de son champ.";
          case "23505" -> "Cet élément existe déjà.";
          case "23503" -> "Cet élément dépend d'un autre, absent ou encore utilisé.";
          case "23P01" -> "Cet élément en chevauche un autre déjà enregistré.";
          default ->
              refusal.kind() == DatabaseRefusal.Kind.CONSTRAINT
                  ? "La saisie contredit une règle des données déjà enregistrées."
                  : "Une valeur n'a pas la forme attendue pour son champ.";
        };
    boolean conflict =
        refusal.kind() == DatabaseRefusal.Kind.CONSTRAINT
            && !state.equals("23502")
            && !state.equals("23514");
    return new Described(
        conflict ? 409 : 400,
        conflict ? "Conflit" : "Saisie invalide",
        message,
        fieldOf(refusal.exception()));
  }

  /** The column or constraint PostgreSQL names in its message, when it names one. */
  private static String fieldOf(SQLException sql) {
    String raw = sql.getMessage() == null ? "" : sql.getMessage();
    java.util.regex.Matcher column =
        java.util.regex.Pattern.compile("column \"([a-z_]+)\"").matcher(raw);
    if (column.find()) {
      return camel(column.group(1));
    }
    java.util.regex.Matcher key =
        java.util.regex.Pattern.compile("Key \\(([a-z_, ]+)\\)").matcher(raw);
    if (key.find()) {
      return camel(key.group(1).replaceAll(".*,\\s*", ""));
    }
    return "body";
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        out.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return out.toString();
  }
}
