package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: the one error format of the API, with a French detail and the fields in
 * error.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response response(
      int status, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem("about:blank", title, status, detail, errors == null ? List.of() : errors))
        .build();
  }

  public static Response response(int status, String title, String detail) {
    return response(status, title, detail, List.of());
  }

  private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

  /** For the few places outside JAX-RS that answer a problem (the server's error pages). */
  public String toJson() {
    return JSON.toJson(this);
  }
}
