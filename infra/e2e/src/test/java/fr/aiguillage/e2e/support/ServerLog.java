package fr.aiguillage.e2e.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shared Liberty's log: where the SMS port's shipped adapter ({@code LoggingSmsSender}) writes
 * each text message, for the tests to read what a person received by SMS.
 */
public final class ServerLog {
  private ServerLog() {}

  /** The last line that matches, awaited up to 30 seconds. */
  public static String awaitLast(Predicate<String> which) {
    Path log = TestStack.get().config.libertyServerDir().resolve("logs/messages.log");
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> last(log, which), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<String> last(Path log, Predicate<String> which) throws IOException {
    if (!Files.exists(log)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (which.test(lines.get(i))) {
        return Optional.of(lines.get(i));
      }
    }
    return Optional.empty();
  }
}
