package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/**
 * Bean Validation's refusals in French, written here once from the constraint itself (its kind and
 * bounds), so that records only declare {@code @Size(max = 120)} or {@code @Min(1) @Max(365)}. A
 * constraint whose message was written by hand (not a {@code {jakarta.validation…}} key) keeps it.
 */
final class ConstraintTexts {
  private ConstraintTexts() {}

  static FieldError fieldError(ConstraintViolation<?> v) {
    return new FieldError(path(v.getPropertyPath()), message(v));
  }

  static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        appendIndex(out, node);
        continue;
      }
      if (node.getKind() == ElementKind.METHOD
          || node.getKind() == ElementKind.PARAMETER
          || node.getKind() == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      appendIndex(out, node);
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  /** An element's index or key belongs to the node after the collection in BV's path. */
  private static void appendIndex(StringBuilder out, Path.Node node) {
    if (node.getIndex() != null) {
      out.append('[').append(node.getIndex()).append(']');
    } else if (node.getKey() != null) {
      out.append('[').append(node.getKey()).append(']');
    }
  }

  static String message(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    if (template != null && !template.startsWith("{jakarta.validation")) {
      return v.getMessage();
    }
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
    Object value = v.getInvalidValue();
    String kind = a.annotationType().getSimpleName();
    return switch (kind) {
      case "Size" -> size(value, (Integer) attrs.get("min"), (Integer) attrs.get("max"));
      case "Min", "DecimalMin" -> "Doit être au moins " + attrs.get("value") + ".";
      case "Max", "DecimalMax" -> "Doit être au plus " + attrs.get("value") + ".";
      case "Positive" -> "Doit être supérieur à 0.";
      case "PositiveOrZero" -> "Doit être positif ou nul.";
      case "NotNull", "NotBlank", "NotEmpty" -> "Ce champ est obligatoire.";
      case "Email" -> "Cette adresse électronique n'est pas valide.";
      case "Pattern" -> "Ce texte n'a pas la forme attendue.";
      default -> "Valeur refusée.";
    };
  }

  private static String size(Object value, int min, int max) {
    boolean text = value instanceof CharSequence;
    int length =
        value instanceof CharSequence s
            ? s.length()
            : value instanceof Collection<?> c
                ? c.size()
                : value instanceof Map<?, ?> m ? m.size() : -1;
    String unit = text ? "caractères" : "éléments";
    String got = length >= 0 ? " (ici " + length + ")" : "";
    if (length >= 0 && length < min) {
      return "Au moins " + min + " " + unit + got + ".";
    }
    return text
        ? "Texte trop long : " + max + " caractères au plus" + got + "."
        : "Au plus " + max + " " + unit + got + ".";
  }
}
