package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Query, path and header parameters that are numbers or booleans, read strictly and by name: {@code
 * page=abc} is a 400 on « page » (JAX-RS alone would answer 404), {@code overdue=yes} is not {@code
 * false}, and a declared {@code @Min}/{@code @Max} is the parameter's range.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    if (name == null) {
      return null;
    }
    Long min = find(annotations, Min.class).map(Min::value).orElse(null);
    Long max = find(annotations, Max.class).map(Max::value).orElse(null);
    if (rawType == int.class || rawType == Integer.class) {
      return (ParamConverter<T>)
          new Converter<>(
              name,
              raw ->
                  (int)
                      integer(
                          name,
                          raw,
                          min == null ? Integer.MIN_VALUE : min,
                          max == null ? Integer.MAX_VALUE : max));
    }
    if (rawType == long.class || rawType == Long.class) {
      return (ParamConverter<T>)
          new Converter<>(
              name,
              raw ->
                  integer(
                      name,
                      raw,
                      min == null ? Long.MIN_VALUE : min,
                      max == null ? Long.MAX_VALUE : max));
    }
    if (rawType == boolean.class || rawType == Boolean.class) {
      return (ParamConverter<T>) new Converter<>(name, raw -> bool(name, raw));
    }
    return null;
  }

  private static long integer(String name, String raw, long min, long max) {
    long value;
    try {
      value = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw refused(
          name, "« " + name + " » attend un nombre entier (reçu « " + shorten(raw) + " »).");
    }
    if (value < min || value > max) {
      throw refused(name, "« " + name + " » doit être compris entre " + min + " et " + max + ".");
    }
    return value;
  }

  private static boolean bool(String name, String raw) {
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw refused(
              name, "« " + name + " » attend true ou false (reçu « " + shorten(raw) + " »).");
    };
  }

  static String shorten(String raw) {
    return Text.printable(raw, 40);
  }

  private static InputRefused refused(String name, String message) {
    return InputRefused.badRequest(java.util.List.of(new FieldError(name, message)));
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
      if (a instanceof PathParam p) {
        return p.value();
      }
      if (a instanceof HeaderParam h) {
        return h.value();
      }
    }
    return null;
  }

  private static <A extends Annotation> Optional<A> find(Annotation[] annotations, Class<A> type) {
    for (Annotation a : annotations) {
      if (type.isInstance(a)) {
        return Optional.of(type.cast(a));
      }
    }
    return Optional.empty();
  }

  private record Converter<T>(String name, java.util.function.Function<String, T> parse)
      implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      return parse.apply(value);
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }
}
