package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every query parameter obeys the rule of every text: no control character, and at most {@link
 * #MAX_QUERY_VALUE} characters (a search is a few words, an id 36 characters).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class QueryTextFilter implements ContainerRequestFilter {
  static final int MAX_QUERY_VALUE = 200;

  @Override
  public void filter(ContainerRequestContext request) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, List<String>> query;
    try {
      query = request.getUriInfo().getQueryParameters(true);
    } catch (IllegalArgumentException malformed) {
      request.abortWith(
          InputRefused.badRequest(
                  List.of(
                      new FieldError(
                          "query", "Les paramètres de l'adresse sont mal encodés (%XX).")))
              .getResponse());
      return;
    }
    for (Map.Entry<String, List<String>> p : query.entrySet()) {
      String name = StrictParams.shorten(p.getKey());
      for (String value : p.getValue()) {
        if (value.length() > MAX_QUERY_VALUE) {
          errors.add(
              new FieldError(
                  name,
                  "« "
                      + name
                      + " » : "
                      + MAX_QUERY_VALUE
                      + " caractères au plus (ici "
                      + value.length()
                      + ")."));
        } else {
          TextRules.problem(value).ifPresent(m -> errors.add(new FieldError(name, m)));
        }
      }
      TextRules.problem(p.getKey())
          .ifPresent(m -> errors.add(new FieldError(name, "Nom de paramètre refusé. " + m)));
    }
    if (!errors.isEmpty()) {
      request.abortWith(InputRefused.badRequest(errors).getResponse());
    }
  }
}
