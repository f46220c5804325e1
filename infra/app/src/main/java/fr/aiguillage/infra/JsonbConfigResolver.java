package fr.aiguillage.infra;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Refuses unknown fields: a misspelt field must not be silently dropped. */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
