package fr.aiguillage.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every input of every operation of the API declares its bounds, so that none can be forgotten: a
 * text its maximum length, a number its range, a list or map its maximum size, down through every
 * record a body holds. StrictJsonReader then enforces them, and OpenAPI publishes them.
 */
class InputBoundsTest {

  @Test
  void everyTextNumberAndListOfEveryOperationHasItsBounds() {
    List<String> unbounded = new ArrayList<>();
    int operations = 0;
    for (Class<?> resource : resources()) {
      for (Method m : resource.getDeclaredMethods()) {
        if (!isOperation(m)) {
          continue;
        }
        operations++;
        for (Parameter p : m.getParameters()) {
          String where = resource.getSimpleName() + "." + m.getName() + "(" + p.getName() + ")";
          if (p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(HeaderParam.class)) {
            if (isNumber(p.getType()) && !ranged(p)) {
              unbounded.add(where + ": un nombre sans @Min/@Max");
            }
          } else if (!isAnnotatedParam(p)) {
            check(p.getAnnotatedType(), p, where, unbounded, new HashSet<>());
          }
        }
      }
    }
    assertThat(operations).as("operations found").isGreaterThan(60);
    assertThat(unbounded).as("inputs without bounds").isEmpty();
  }

  private static void check(
      AnnotatedType annotated,
      AnnotatedElement holder,
      String where,
      List<String> unbounded,
      Set<Class<?>> seen) {
    Class<?> type = raw(annotated);
    if (type == String.class) {
      if (!sized(holder, annotated)) {
        unbounded.add(where + ": un texte sans @Size(max)");
      }
    } else if (isNumber(type)) {
      if (!ranged(holder) && !ranged(annotated)) {
        unbounded.add(where + ": un nombre sans @Min/@Max");
      }
    } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      if (!sized(holder, annotated)) {
        unbounded.add(where + ": une liste sans @Size(max)");
      }
      if (annotated instanceof AnnotatedParameterizedType generic) {
        AnnotatedType[] args = generic.getAnnotatedActualTypeArguments();
        AnnotatedType element = args[args.length - 1];
        check(element, element, where + "[]", unbounded, seen);
      }
    } else if (type.isRecord() && type.getName().startsWith("fr.aiguillage") && seen.add(type)) {
      for (RecordComponent c : type.getRecordComponents()) {
        check(
            c.getAnnotatedType(),
            field(type, c),
            where + " → " + type.getSimpleName() + "." + c.getName(),
            unbounded,
            seen);
      }
    } else if (!(type.isEnum()
        || type == Boolean.class
        || type == boolean.class
        || type == UUID.class
        || type == Object.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Temporal.class.isAssignableFrom(type)
        || type.isRecord())) {
      unbounded.add(where + ": type " + type.getName() + " que ce test ne sait pas borner");
    }
  }

  private static AnnotatedElement field(Class<?> record, RecordComponent c) {
    try {
      return record.getDeclaredField(c.getName());
    } catch (NoSuchFieldException e) {
      return c;
    }
  }

  private static boolean sized(AnnotatedElement holder, AnnotatedType type) {
    Size size = holder.getAnnotation(Size.class);
    if (size == null) {
      size = type.getAnnotation(Size.class);
    }
    return size != null && size.max() < Integer.MAX_VALUE;
  }

  private static boolean ranged(AnnotatedElement e) {
    boolean low =
        e.isAnnotationPresent(Min.class)
            || e.isAnnotationPresent(DecimalMin.class)
            || e.isAnnotationPresent(Positive.class)
            || e.isAnnotationPresent(PositiveOrZero.class);
    boolean high = e.isAnnotationPresent(Max.class) || e.isAnnotationPresent(DecimalMax.class);
    return low && high;
  }

  private static boolean isNumber(Class<?> t) {
    return t == int.class
        || t == long.class
        || t == short.class
        || t == double.class
        || t == Integer.class
        || t == Long.class
        || t == Short.class
        || t == Double.class
        || t == BigDecimal.class;
  }

  private static Class<?> raw(AnnotatedType t) {
    java.lang.reflect.Type type = t.getType();
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static boolean isAnnotatedParam(Parameter p) {
    return p.isAnnotationPresent(PathParam.class)
        || p.isAnnotationPresent(Context.class)
        || p.isAnnotationPresent(CookieParam.class)
        || p.isAnnotationPresent(MatrixParam.class)
        || p.isAnnotationPresent(FormParam.class)
        || p.isAnnotationPresent(BeanParam.class);
  }

  private static boolean isOperation(Method m) {
    return m.isAnnotationPresent(GET.class)
        || m.isAnnotationPresent(POST.class)
        || m.isAnnotationPresent(PUT.class)
        || m.isAnnotationPresent(PATCH.class)
        || m.isAnnotationPresent(DELETE.class);
  }

  static List<Class<?>> resources() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.aiguillage")
            .stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .map(JavaClass::reflect)
            .sorted(java.util.Comparator.comparing(Class::getName))
            .toList();
  }
}
