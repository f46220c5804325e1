package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/indicators.md and the catalogue name the same indicators: one row per definition. */
class IndicatorDocsTest {
  @Test
  void everyDefinitionHasItsRowAndEveryRowItsDefinition() throws IOException {
    Set<String> documented =
        Files.readString(Path.of("../docs/indicators.md"))
            .lines()
            .filter(line -> line.startsWith("| `"))
            .map(line -> line.substring(3, line.indexOf('`', 3)))
            .filter(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            .collect(Collectors.toSet());
    Set<String> defined =
        IndicatorCatalogue.all().stream().map(IndicatorDefinition::id).collect(Collectors.toSet());
    assertThat(documented).as("rows of docs/indicators.md").isEqualTo(defined);
  }
}
