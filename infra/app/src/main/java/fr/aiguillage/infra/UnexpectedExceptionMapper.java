package fr.aiguillage.infra;

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
      if (c instanceof SQLException sql && sql.getSQLState() != null) {
        Response refused = refusedByDatabase(sql);
        if (refused != null) {
          LOG.log(Level.INFO, "Input refused by the database: " + sql.getMessage());
          return refused;
        }
      }
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + ref, e);
    return Problem.response(
        500,
        "Erreur interne",
        "Une erreur inattendue s'est produite. Référence à transmettre au support : " + ref + ".");
  }

  /** SQLSTATE classes 22 (data) and 23 (integrity), as French refusals; null for the rest. */
  static Response refusedByDatabase(SQLException sql) {
    String state = sql.getSQLState();
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
          default -> null;
        };
    if (message == null) {
      return null;
    }
    boolean conflict = state.equals("23505") || state.equals("23503");
    String field = fieldOf(sql);
    return Problem.response(
        conflict ? 409 : 400,
        conflict ? "Conflit" : "Saisie invalide",
        message,
        List.of(new FieldError(field, message)));
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
