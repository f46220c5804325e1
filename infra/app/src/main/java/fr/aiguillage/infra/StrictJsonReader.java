package fr.aiguillage.infra;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguillage.shared.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every JSON body of the API is read here, and read strictly: a value of the wrong JSON type is
 * refused, never coerced ({@code "yes"} is not a boolean, {@code 4.5} is not an integer, a number
 * is not a text), an unknown or repeated field is refused, a text carries no control character, and
 * the result then obeys the Bean Validation constraints of its record (lengths, ranges). Every
 * refusal names its field, all at once where the body could be read, and becomes one problem
 * ({@link InputRefused}). Reading goes through a tree first so that every text of the body's type
 * is checked for control characters before the typed read; free-form maps (answers, import rows)
 * are checked by their context.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {
  /** A body over this size is refused before it is parsed. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  static final ObjectMapper MAPPER = mapper();

  private static volatile Validator validator;

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    for (LogicalType type : LogicalType.values()) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
      mapper
          .coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return mediaType != null
        && isJson(mediaType)
        && type != InputStream.class
        && type != Reader.class
        && type != byte[].class
        && type != String.class
        && !type.getName().startsWith("jakarta.json.");
  }

  private static boolean isJson(MediaType m) {
    return "application".equalsIgnoreCase(m.getType())
        && ("json".equalsIgnoreCase(m.getSubtype())
            || m.getSubtype().toLowerCase().endsWith("+json"));
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    Object value = read(genericType == null ? type : genericType, entityStream);
    for (Annotation a : annotations) {
      if (a instanceof jakarta.validation.constraints.Size size) {
        int n =
            value instanceof Collection<?> c
                ? c.size()
                : value instanceof Map<?, ?> m ? m.size() : 0;
        if (n > size.max()) {
          throw InputRefused.badRequest(
              List.of(
                  new FieldError("body", "Au plus " + size.max() + " éléments (ici " + n + ").")));
        }
      }
    }
    return value;
  }

  /** Reads and checks a body; {@code null} when there is none. */
  static Object read(Type type, InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw InputRefused.of(
          413,
          "Corps trop volumineux",
          new FieldError(
              "body",
              "Le corps de la requête dépasse "
                  + (MAX_BODY_BYTES / (1024 * 1024))
                  + " Mo : envoyez-le en plusieurs fois."));
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw InputRefused.badRequest(List.of(unreadable(e)));
    }
    if (tree == null || tree.isMissingNode()) {
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    JavaType target = MAPPER.constructType(type);
    TextRules.check(tree, target, "", errors);
    Object value = null;
    try {
      value = MAPPER.readerFor(target).readValue(tree);
    } catch (JsonProcessingException e) {
      errors.addAll(refusedByConstructor(e).orElseGet(() -> List.of(unreadable(e))));
    }
    errors.addAll(constraintErrors(value));
    if (!errors.isEmpty()) {
      throw InputRefused.badRequest(once(errors));
    }
    return value;
  }

  /** One refusal per field (the first found), in the order of the fields. */
  private static List<FieldError> once(List<FieldError> errors) {
    Map<String, FieldError> byField = new java.util.TreeMap<>();
    errors.forEach(e -> byField.putIfAbsent(e.field(), e));
    return List.copyOf(byField.values());
  }

  /** The record's constraints, and those of each record of a list sent as the whole body. */
  static List<FieldError> constraintErrors(Object value) {
    List<FieldError> errors = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        String at = "[" + i++ + "]";
        violations(item)
            .forEach(e -> errors.add(new FieldError(at + "." + e.field(), e.message())));
      }
    } else {
      errors.addAll(violations(value));
    }
    return errors;
  }

  private static List<FieldError> violations(Object value) {
    if (value == null || value instanceof String || value instanceof Map<?, ?>) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> found = validator().validate(value);
    return found.stream().map(ConstraintTexts::fieldError).toList();
  }

  private static Validator validator() {
    Validator v = validator;
    if (v == null) {
      v = Validation.buildDefaultValidatorFactory().getValidator();
      validator = v;
    }
    return v;
  }

  /**
   * A value whose constructor checks itself (an action plan, a contract's term) refuses in French
   * with its own fields: they come back under the value's path ({@code plan.objectives[0].title}).
   */
  static java.util.Optional<List<FieldError>> refusedByConstructor(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)
        || !(rootCause(e) instanceof fr.aiguillage.shared.InvalidInputException refused)) {
      return java.util.Optional.empty();
    }
    String at = JsonPaths.of(mapping.getPath());
    return java.util.Optional.of(
        refused.errors().stream()
            .map(
                f ->
                    new FieldError(
                        at.isEmpty() ? f.field() : f.field().isEmpty() ? at : at + "." + f.field(),
                        f.message()))
            .toList());
  }

  /** What Jackson could not read, as a field and a French sentence. */
  static FieldError unreadable(JsonProcessingException e) {
    if (e instanceof JsonParseException parse) {
      String where =
          parse.getLocation() == null
              ? ""
              : " (ligne "
                  + parse.getLocation().getLineNr()
                  + ", colonne "
                  + parse.getLocation().getColumnNr()
                  + ")";
      String message = parse.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field")) {
        String field = message.replaceAll(".*'([^']*)'.*", "$1");
        return new FieldError(
            field, "Le champ « " + field + " » est écrit deux fois" + where + ".");
      }
      return new FieldError(
          "body", "Le corps de la requête n'est pas un JSON valide" + where + ".");
    }
    if (e instanceof JsonMappingException mapping) {
      String field = JsonPaths.of(mapping.getPath());
      if (e instanceof UnrecognizedPropertyException unknown) {
        String name = field.isEmpty() ? unknown.getPropertyName() : field;
        return new FieldError(
            name,
            "Le champ « "
                + unknown.getPropertyName()
                + " » n'existe pas ici : retirez-le ou vérifiez son orthographe.");
      }
      if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
        return new FieldError(
            field.isEmpty() ? "body" : field,
            (field.isEmpty() ? "Le corps de la requête" : "« " + field + " »")
                + " attend "
                + JsonPaths.expected(mismatch.getTargetType())
                + ".");
      }
      if (rootCause(e) instanceof InputCoercionException) {
        return new FieldError(
            field.isEmpty() ? "body" : field,
            "« " + field + " » est un nombre trop grand pour ce champ.");
      }
      return new FieldError(
          field.isEmpty() ? "body" : field,
          (field.isEmpty() ? "Le corps de la requête" : "« " + field + " »")
              + " n'a pas la forme attendue.");
    }
    if (e instanceof InputCoercionException) {
      return new FieldError("body", "Un nombre est trop grand pour son champ.");
    }
    return new FieldError("body", "Le corps de la requête n'a pas pu être lu comme du JSON.");
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
