package fr.aiguillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page and layout of the UI says who may open it: unannotated means denied, by mistake. */
class AccessAnnotationsTest {

  @Test
  void everyViewAndLayoutCarriesAnAccessAnnotation() throws Exception {
    List<Class<?>> pages =
        uiClasses()
            .filter(
                c ->
                    c.isAnnotationPresent(Route.class)
                        || HasErrorParameter.class.isAssignableFrom(c)
                        || RouterLayout.class.isAssignableFrom(c))
            .filter(c -> !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
            .toList();
    assertThat(pages).as("the scan found the views").hasSizeGreaterThan(5);
    assertThat(pages)
        .allSatisfy(
            c ->
                assertThat(
                        c.isAnnotationPresent(RolesAllowed.class)
                            || c.isAnnotationPresent(PermitAll.class))
                    .as(c.getName() + " has @RolesAllowed or @PermitAll")
                    .isTrue());
  }

  @Test
  void aStatsReaderOpensTheHomePageAndTheNationalStatisticsOnly() throws Exception {
    List<String> open =
        uiClasses()
            .filter(c -> c.isAnnotationPresent(Route.class))
            .filter(
                c ->
                    c.isAnnotationPresent(PermitAll.class)
                        || (c.isAnnotationPresent(RolesAllowed.class)
                            && List.of(c.getAnnotation(RolesAllowed.class).value())
                                .contains(Roles.STATS_READER)))
            .map(Class::getSimpleName)
            .sorted()
            .toList();
    assertThat(open).containsExactly("HomeView", "NationalStatisticsView");
  }

  private static Stream<Class<?>> uiClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            AccessAnnotationsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    Path classes = root.getParent().resolve("classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
          .map(p -> classes.relativize(p).toString().replace('/', '.').replace(".class", ""))
          .map(AccessAnnotationsTest::load)
          .toList()
          .stream();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AccessAnnotationsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
